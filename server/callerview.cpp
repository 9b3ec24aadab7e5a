#include "callerview.h"

#include "erasure.h"
#include "username.h"

#include "common/naturalid.h"
#include "sync/clockset.h"

#include <QJsonDocument>

#include <algorithm>

namespace majlis::server {

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QString kContacts = QStringLiteral("contacts");

QString rowUnit(const QString &table, const QString &id)
{
    return QStringLiteral("0/%1/%2").arg(table, id);
}

QString personUnit(const QString &contactId)
{
    return QStringLiteral("1/") + contactId;
}

QSet<QString> keysOf(const QHash<QString, TargetAssignment> &targets)
{
    QSet<QString> keys;
    for (auto it = targets.begin(); it != targets.end(); ++it)
        keys.insert(it.key());
    return keys;
}

} // namespace

const QStringList &callerContactFields()
{
    static const QStringList fields{
        QStringLiteral("id"),          QStringLiteral("given_name"), QStringLiteral("family_name"),
        QStringLiteral("preferred_name"), QStringLiteral("sort_key"), QStringLiteral("languages"),
        QStringLiteral("street"),      QStringLiteral("locality"),   QStringLiteral("region"),
        QStringLiteral("postal_code"), QStringLiteral("country"),    QStringLiteral("us_state"),
        QStringLiteral("district"),    QStringLiteral("chapter_id"), QStringLiteral("do_not_contact"),
        QStringLiteral("created_at"),  QStringLiteral("updated_at"), QStringLiteral("deleted"),
        QStringLiteral("device_id")};
    return fields;
}

Result<QByteArray> CallerView::page(const pullcursor::Decoded &decoded, int limit, qsizetype maxPageBytes)
{
    const QString epoch = m_store.meta(QStringLiteral("epoch"));
    QStringList visible{QString()};
    QStringList chapters = m_account.chapterIds;
    chapters.sort();
    visible += chapters;

    QJsonArray purge;
    QJsonObject state;
    bool reset = false;
    if (decoded.kind == pullcursor::Kind::Chapters) {
        // The workspace last synced under a role that sees whole chapters (a volunteer who is now
        // a caller, or a workspace another user handed over): everything it holds goes, and the
        // caller's people come as if to a new laptop.
        QSet<QString> held;
        for (const char *member : {"k", "s"}) {
            const QJsonObject positions = decoded.cursor.value(QLatin1String(member)).toObject();
            for (auto it = positions.begin(); it != positions.end(); ++it) {
                if (!it.key().isEmpty())
                    held.insert(it.key());
            }
        }
        QStringList sorted(held.begin(), held.end());
        sorted.sort();
        for (const QString &chapter : std::as_const(sorted))
            purge.append(chapter);
        // Organization-wide rows are never purged by chapter: each one is evicted.
        auto shared = m_store.rowKeys(QString());
        if (!shared)
            return shared.error();
        for (const auto &[table, id] : shared.value())
            m_evictions.append(QJsonObject{{QStringLiteral("table"), table}, {QStringLiteral("id"), id}});
    } else if (decoded.kind == pullcursor::Kind::Caller) {
        state = decoded.cursor;
        // A restored server: every row again, but the people the laptop holds are still known,
        // so those no longer the caller's are still taken off it.
        reset = state.value(QStringLiteral("e")).toString() != epoch;
        if (reset) {
            for (const char *member : {"k", "n", "a"})
                state.remove(QLatin1String(member));
        }
        const QJsonObject positions = state.value(QStringLiteral("k")).toObject();
        for (auto it = positions.begin(); it != positions.end(); ++it) {
            if (!visible.contains(it.key()))
                purge.append(it.key());
        }
    }

    auto scope = CallerScope::load(m_store, m_account);
    if (!scope)
        return scope.error();
    m_scope = std::move(scope).value();
    m_visible = m_scope.visible(m_now);
    m_positions = state.value(QStringLiteral("k")).toObject();

    // The positions this pass brings the laptop to: those of its first page.
    QJsonObject through = state.value(QStringLiteral("n")).toObject();
    const bool resuming = state.contains(QStringLiteral("a"));
    if (!resuming) {
        through = {};
        for (const QString &chapter : std::as_const(visible)) {
            auto seq = m_store.currentSeq(chapter);
            if (!seq)
                return seq.error();
            through.insert(chapter, double(seq.value()));
        }
    }
    const QString after = state.value(QStringLiteral("a")).toString();

    QHash<QString, QSet<QString>> held; // contact -> campaigns, as the laptop has them
    const QJsonObject people = state.value(QStringLiteral("t")).toObject();
    for (auto it = people.begin(); it != people.end(); ++it) {
        for (const QJsonValue &contact : it.value().toArray())
            held[contact.toString()].insert(it.key());
    }
    QSet<QString> heldTags;
    for (const QJsonValue &tag : state.value(QStringLiteral("g")).toArray())
        heldTags.insert(tag.toString());

    std::map<QString, Unit> units;
    if (auto s = addUnits(units, held, heldTags); !s)
        return s.error();

    bool complete = true;
    bool any = false;
    QString last = after;
    for (auto it = units.upper_bound(after); it != units.end(); ++it) {
        if (any && (sent() >= limit || m_page.size() >= maxPageBytes)) {
            complete = false;
            break;
        }
        if (auto s = process(it->second, held, heldTags); !s)
            return s.error();
        // The laptop now holds what this unit sent, and no longer what it took away.
        if (it->second.kind == Unit::Kind::Person) {
            held.remove(it->second.id);
            for (const QString &campaign : keysOf(m_visible.value(it->second.id)))
                held[it->second.id].insert(campaign);
        } else if (it->second.kind == Unit::Kind::Tag) {
            if (m_neededTags.contains(it->second.id))
                heldTags.insert(it->second.id);
            else
                heldTags.remove(it->second.id);
        }
        last = it->first;
        any = true;
    }

    QJsonObject next{{QStringLiteral("e"), epoch}, {QStringLiteral("c"), 1}};
    if (complete) {
        next.insert(QStringLiteral("k"), through);
    } else {
        next.insert(QStringLiteral("k"), m_positions);
        next.insert(QStringLiteral("n"), through);
        next.insert(QStringLiteral("a"), last);
    }
    QMap<QString, QStringList> byCampaign; // sorted, so the same holdings make the same cursor
    for (auto it = held.begin(); it != held.end(); ++it) {
        for (const QString &campaign : it.value())
            byCampaign[campaign].append(it.key());
    }
    QJsonObject t;
    for (auto it = byCampaign.begin(); it != byCampaign.end(); ++it) {
        QStringList contacts = it.value();
        contacts.sort();
        t.insert(it.key(), QJsonArray::fromStringList(contacts));
    }
    next.insert(QStringLiteral("t"), t);
    QStringList tags(heldTags.begin(), heldTags.end());
    tags.sort();
    next.insert(QStringLiteral("g"), QJsonArray::fromStringList(tags));

    return m_page.finish({{QStringLiteral("evictions"), m_evictions},
                          {QStringLiteral("purge"), purge},
                          {QStringLiteral("reset"), reset},
                          {QStringLiteral("more"), !complete},
                          {QStringLiteral("cursor"), QString::fromLatin1(pullcursor::encode(next))}});
}

Status CallerView::addUnits(std::map<QString, Unit> &units, const QHash<QString, QSet<QString>> &held,
                            const QSet<QString> &heldTags)
{
    for (const QString &chapter : m_account.chapterIds) {
        auto row = m_store.record(QStringLiteral("chapters"), chapter);
        if (!row)
            return row.error();
        if (row->has_value())
            units[rowUnit(QStringLiteral("chapters"), chapter)] = {Unit::Kind::Row, **row, {}};
    }
    for (const QHash<QString, StoredRecord> *rows : {&m_scope.campaigns, &m_scope.elections}) {
        for (const StoredRecord &row : *rows)
            units[rowUnit(row.table, row.id)] = {Unit::Kind::Row, row, {}};
    }
    auto tags = m_store.tableRows(QString(), QStringLiteral("tags"));
    if (!tags)
        return tags.error();
    for (const StoredRecord &tag : tags.value()) {
        const bool live = tag.data.value(QStringLiteral("deleted")).toInt() == 0 && !erasure::isErased(tag);
        if (live && m_scope.tagKeys.contains(nocaseKey(tag.data.value(QStringLiteral("name")).toString().trimmed()))) {
            m_neededTags.insert(tag.id);
            units[rowUnit(tag.table, tag.id)] = {Unit::Kind::Tag, tag, tag.id};
        }
    }
    for (const QString &tag : heldTags) {
        if (!m_neededTags.contains(tag))
            units[rowUnit(QStringLiteral("tags"), tag)] = {Unit::Kind::Tag, {}, tag};
    }
    for (auto it = m_visible.begin(); it != m_visible.end(); ++it)
        units[personUnit(it.key())] = {Unit::Kind::Person, {}, it.key()};
    for (auto it = held.begin(); it != held.end(); ++it)
        units[personUnit(it.key())] = {Unit::Kind::Person, {}, it.key()};
    return success();
}

Status CallerView::process(const Unit &unit, const QHash<QString, QSet<QString>> &held, const QSet<QString> &heldTags)
{
    switch (unit.kind) {
    case Unit::Kind::Row:
        if (fresh(unit.record))
            send(unit.record);
        return success();
    case Unit::Kind::Tag:
        if (!m_neededTags.contains(unit.id))
            m_evictions.append(QJsonObject{{QStringLiteral("table"), QStringLiteral("tags")}, {QStringLiteral("id"), unit.id}});
        else if (!heldTags.contains(unit.id) || fresh(unit.record))
            send(unit.record);
        return success();
    case Unit::Kind::Person:
        if (!m_visible.contains(unit.id))
            return dropPerson(unit.id);
        return person(unit.id, held.value(unit.id));
    }
    return success();
}

Status CallerView::person(const QString &contactId, const QSet<QString> &heldCampaigns)
{
    const QHash<QString, TargetAssignment> &targets = m_visible[contactId];
    const bool arriving = heldCampaigns.isEmpty();
    QSet<QString> elections;
    for (auto it = targets.begin(); it != targets.end(); ++it)
        elections.insert(m_scope.electionOf(it.key()));
    QSet<QString> heldElections;
    for (const QString &campaign : heldCampaigns)
        heldElections.insert(m_scope.electionOf(campaign));
    elections.remove(QString());
    heldElections.remove(QString());

    auto contact = m_store.record(kContacts, contactId);
    if (!contact)
        return contact.error();
    if (contact->has_value() && (arriving || fresh(**contact)))
        send(**contact, true);
    auto children = m_store.children(kContacts, contactId);
    if (!children)
        return children.error();
    for (const StoredRecord &child : children.value()) {
        const QString campaign = child.data.value(QStringLiteral("campaign_id")).toString();
        if (child.table == u"contact_phones") {
            if (arriving || fresh(child))
                send(child);
        } else if (child.table == u"campaign_targets" || child.table == u"campaign_results") {
            const bool theirs = targets.contains(campaign)
                                && (child.table == u"campaign_results" || targets.value(campaign).targetId == child.id);
            if (theirs && (!heldCampaigns.contains(campaign) || fresh(child)))
                send(child);
            else if (!theirs && heldCampaigns.contains(campaign) && !targets.contains(campaign))
                remove(child);
        } else if (child.table == u"election_turnout") {
            const QString election = child.data.value(QStringLiteral("election_id")).toString();
            if (elections.contains(election) && (!heldElections.contains(election) || fresh(child)))
                send(child);
            else if (!elections.contains(election) && heldElections.contains(election))
                remove(child);
        }
    }
    return success();
}

Status CallerView::dropPerson(const QString &contactId)
{
    auto contact = m_store.record(kContacts, contactId);
    if (!contact)
        return contact.error();
    if (contact->has_value() && erasure::isErased(**contact)) {
        // Erased on request: the laptop removes them the thorough way, as every other laptop
        // does. Only for someone who really was this caller's; the cursor is the laptop's word.
        auto targets = TargetIndex(m_store.connection()).ofContact(contactId);
        if (!targets)
            return targets.error();
        const QString me = UserName::key(m_account.name);
        if (std::any_of(targets->begin(), targets->end(), [&](const TargetAssignment &t) { return t.assigneeKey == me; })) {
            send(**contact);
            return success();
        }
    }
    // The person may have moved to a chapter this request cannot read: the laptop takes the rows
    // under the contact off with it, without the server naming them.
    m_evictions.append(QJsonObject{{QStringLiteral("table"), kContacts}, {QStringLiteral("id"), contactId},
                                   {QStringLiteral("cascade"), true}});
    return success();
}

bool CallerView::fresh(const StoredRecord &record) const
{
    const QJsonValue position = m_positions.value(record.chapterKey);
    return position.isUndefined() || record.seq > qint64(position.toDouble());
}

void CallerView::send(const StoredRecord &record, bool asCaller)
{
    QJsonObject data = record.data;
    QJsonObject clocks = record.clocks;
    if (asCaller) {
        // Not even the clock of a hidden field goes out: it would say when someone edited it.
        const QStringList &fields = callerContactFields();
        for (auto it = data.begin(); it != data.end();)
            it = fields.contains(it.key()) ? std::next(it) : data.erase(it);
        for (auto it = clocks.begin(); it != clocks.end();)
            it = fields.contains(it.key()) ? std::next(it) : clocks.erase(it);
    }
    m_page.addRow(record.table, record.id, record.chapterKey, json(data), json(sync::clockset::compact(clocks)),
                  erasure::isErased(record));
    ++m_rows;
}

void CallerView::remove(const StoredRecord &record)
{
    if (erasure::isErased(record))
        send(record);
    else
        m_evictions.append(QJsonObject{{QStringLiteral("table"), record.table}, {QStringLiteral("id"), record.id}});
}

} // namespace majlis::server
