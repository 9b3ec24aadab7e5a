#include "campaigns/calllist.h"

#include "campaigns/campaignrepository.h"
#include "campaigns/streetorder.h"
#include "common/naturalid.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace majlis {

namespace {

const QString kDisplayName = QStringLiteral(
    "CASE WHEN trim(c.preferred_name) <> '' THEN trim(c.preferred_name) "
    "ELSE trim(trim(c.given_name) || ' ' || trim(c.family_name)) END");

QStringList languagesOf(const QString &json)
{
    QStringList languages;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        languages.append(value.toString());
    return languages;
}

// "ar" speaks to "ar-EG" and the other way round: a volunteer who speaks Arabic calls any Arabic speaker.
bool sameLanguage(const QString &a, const QString &b)
{
    const QString x = a.toLower().section(u'-', 0, 0);
    const QString y = b.toLower().section(u'-', 0, 0);
    return !x.isEmpty() && x == y;
}

bool speaksAny(const Volunteer &volunteer, const QStringList &languages)
{
    for (const QString &spoken : volunteer.languages) {
        for (const QString &wanted : languages) {
            if (sameLanguage(spoken, wanted))
                return true;
        }
    }
    return false;
}

} // namespace

Result<QStringList> CallList::matching(const QString &campaignId, const ListFilter &filter) const
{
    auto campaign = CampaignRepository(m_database).get(campaignId);
    if (!campaign)
        return campaign.error();
    if (!filter.question.isEmpty() && filter.answeredCampaignId.isEmpty())
        return Error{Error::Code::InvalidInput, tr("Say which campaign the answer was given in.")};
    if ((filter.pledgedOnly || filter.notVotedOnly) && filter.electionId.isEmpty())
        return Error{Error::Code::InvalidInput, tr("Say which election the pledges or votes are for.")};

    // The unary + keeps SQLite from walking all contacts in name order through contacts_by_name
    // (deleted, sort_key) when a narrower set, such as a tag's people, can lead the query: over
    // 100,000 contacts that walk costs a second, the tag's people a tenth of that.
    QStringList where = {QStringLiteral("+c.deleted = 0"), QStringLiteral("c.do_not_contact = ''"),
                         QStringLiteral("NOT EXISTS (SELECT 1 FROM campaign_targets t WHERE t.campaign_id = ? "
                                        "AND t.contact_id = c.id)")};
    QVariantList values = {campaignId};
    if (campaign->kind == CampaignKind::Door) {
        where << QStringLiteral("trim(c.street) <> ''");
    } else {
        where << QStringLiteral("EXISTS (SELECT 1 FROM contact_consents k WHERE k.contact_id = c.id "
                                "AND k.channel = 'phone' AND k.granted = 1 AND k.deleted = 0)")
              << QStringLiteral("EXISTS (SELECT 1 FROM contact_phones p WHERE p.contact_id = c.id "
                                "AND p.deleted = 0 AND p.bad = 0)");
    }
    if (!filter.chapterId.isEmpty()) {
        where << QStringLiteral("c.chapter_id = ?");
        values << filter.chapterId;
    }
    if (!filter.tags.isEmpty()) {
        QStringList marks;
        for (const QString &tag : filter.tags) {
            marks << QStringLiteral("?");
            values << tag.trimmed();
        }
        // A set rather than a test per contact, so the tag's people can lead the query.
        where << QStringLiteral("c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags g ON g.id = ct.tag_id "
                                "WHERE ct.deleted = 0 AND g.deleted = 0 AND g.name COLLATE NOCASE IN (%1))")
                     .arg(marks.join(u", "));
    }
    if (!filter.language.trimmed().isEmpty()) {
        const QString base = filter.language.trimmed().toLower().section(u'-', 0, 0);
        where << QStringLiteral("json_valid(c.languages) AND EXISTS (SELECT 1 FROM json_each(c.languages) l "
                                "WHERE lower(l.value) = ? OR lower(l.value) LIKE ?)");
        values << base << base + QStringLiteral("-%");
    }
    if (!filter.usState.isEmpty()) {
        where << QStringLiteral("c.us_state = ?");
        values << filter.usState.trimmed().toUpper();
    }
    if (!filter.district.isEmpty()) {
        if (filter.bodyCode.isEmpty())
            return Error{Error::Code::InvalidInput, tr("Say which legislature the district is of.")};
        where << QStringLiteral("EXISTS (SELECT 1 FROM contact_districts d JOIN legislative_bodies b "
                                "ON b.id = d.body_id WHERE d.contact_id = c.id AND d.deleted = 0 "
                                "AND b.code = ? AND lower(d.district) = lower(?))");
        values << filter.bodyCode.trimmed().toLower() << filter.district.trimmed();
    }
    if (!filter.attendedEventId.isEmpty()) {
        where << QStringLiteral("c.id IN (SELECT r.contact_id FROM event_registrations r WHERE r.event_id = ? "
                                "AND r.deleted = 0 AND r.checked_in_at IS NOT NULL)");
        values << filter.attendedEventId;
    }
    if (!filter.voterStatus.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM voter_records v WHERE v.contact_id = c.id "
                                "AND v.deleted = 0 AND v.status = ?)");
        values << filter.voterStatus;
    }
    if (!filter.answeredCampaignId.isEmpty()) {
        // An answer is text, or a list of keys for a multiple-choice question.
        where << QStringLiteral("EXISTS (SELECT 1 FROM campaign_results r, json_each(r.answers) a "
                                "WHERE r.contact_id = c.id AND r.campaign_id = ? AND r.deleted = 0 "
                                "AND json_valid(r.answers) AND a.key = ? AND (a.value = ? OR (a.type = 'array' "
                                "AND EXISTS (SELECT 1 FROM json_each(a.value) m WHERE m.value = ?))))");
        values << filter.answeredCampaignId << filter.question << filter.answer << filter.answer;
    }
    if (filter.pledgedOnly) {
        where << QStringLiteral("c.id IN (SELECT e.contact_id FROM election_turnout e WHERE e.election_id = ? "
                                "AND e.deleted = 0 AND e.pledged = 1)");
        values << filter.electionId;
    }
    if (filter.notVotedOnly) {
        where << QStringLiteral("NOT EXISTS (SELECT 1 FROM election_turnout e WHERE e.contact_id = c.id "
                                "AND e.election_id = ? AND e.deleted = 0 AND e.voted = 1)");
        values << filter.electionId;
    }

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id, c.locality, c.postal_code, c.street FROM contacts c WHERE %1 "
                                 "ORDER BY c.sort_key, c.id")
                      .arg(where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : std::as_const(values))
        query.addBindValue(v);
    if (!query.exec())
        return sqlError(query);
    QList<StreetStop> stops;
    while (query.next())
        stops.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString()});
    // A door list is walked street by street, houses in order; a call list goes by name.
    if (campaign->kind == CampaignKind::Door)
        sortForWalking(stops);
    QStringList ids;
    ids.reserve(stops.size());
    for (const StreetStop &stop : std::as_const(stops))
        ids.append(stop.id);
    return ids;
}

Result<int> CallList::preview(const QString &campaignId, const ListFilter &filter) const
{
    auto ids = matching(campaignId, filter);
    if (!ids)
        return ids.error();
    return int(ids->size());
}

Result<int> CallList::build(const QString &campaignId, const ListFilter &filter)
{
    int added = 0;
    const Status written = writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        // Read inside the write transaction, so a list built on two windows at once cannot
        // give two people one position.
        auto ids = matching(campaignId, filter);
        if (!ids)
            return ids.error();
        QSqlQuery last(m_database.connection());
        last.prepare(QStringLiteral("SELECT coalesce(max(position), 0) FROM campaign_targets WHERE campaign_id = ?"));
        last.addBindValue(campaignId);
        if (!last.exec() || !last.next())
            return sqlError(last);
        int position = last.value(0).toInt();

        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO campaign_targets (id, campaign_id, contact_id, position, created_at, updated_at, device_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, contact_id) DO NOTHING"));
        for (const QString &contactId : std::as_const(ids.value())) {
            insert.addBindValue(naturalId(QStringLiteral("campaign_targets"), {campaignId, contactId}));
            insert.addBindValue(campaignId);
            insert.addBindValue(contactId);
            insert.addBindValue(++position);
            insert.addBindValue(writer.now());
            insert.addBindValue(writer.now());
            insert.addBindValue(m_database.deviceId());
            if (!insert.exec())
                return sqlError(insert);
            added += insert.numRowsAffected() > 0 ? 1 : 0;
        }
        return success();
    });
    if (!written)
        return written.error();
    return added;
}

Result<QList<ListEntry>> CallList::entries(const QString &campaignId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT t.contact_id, %1, t.position, t.assignee, t.attempts, t.done, "
        "  coalesce((SELECT r.code FROM campaign_results r WHERE r.campaign_id = t.campaign_id "
        "            AND r.contact_id = t.contact_id AND r.deleted = 0 ORDER BY r.recorded_at DESC LIMIT 1), ''), "
        "  c.languages "
        "FROM campaign_targets t JOIN contacts c ON c.id = t.contact_id "
        "WHERE t.campaign_id = ? AND t.deleted = 0 ORDER BY t.position")
                      .arg(kDisplayName));
    query.addBindValue(campaignId);
    if (!query.exec())
        return sqlError(query);
    QList<ListEntry> entries;
    while (query.next()) {
        ListEntry e;
        e.contactId = query.value(0).toString();
        e.name = query.value(1).toString();
        e.position = query.value(2).toInt();
        e.assignee = query.value(3).toString();
        e.attempts = query.value(4).toInt();
        e.done = query.value(5).toBool();
        e.lastResult = query.value(6).toString();
        e.languages = languagesOf(query.value(7).toString());
        entries.append(e);
    }
    return entries;
}

Result<QHash<QString, ListSize>> CallList::sizes() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT campaign_id, count(*), sum(done) FROM campaign_targets WHERE deleted = 0 "
                                   "GROUP BY campaign_id")))
        return sqlError(query);
    QHash<QString, ListSize> sizes;
    while (query.next())
        sizes.insert(query.value(0).toString(), {query.value(1).toInt(), query.value(2).toInt()});
    return sizes;
}

Result<QList<Share>> CallList::shares(const QString &campaignId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT assignee, sum(done = 0), sum(done) FROM campaign_targets "
                                 "WHERE campaign_id = ? AND deleted = 0 GROUP BY assignee "
                                 "ORDER BY assignee = '', assignee COLLATE NOCASE"));
    query.addBindValue(campaignId);
    if (!query.exec())
        return sqlError(query);
    QList<Share> shares;
    while (query.next())
        shares.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt()});
    return shares;
}

Result<int> CallList::assign(const QString &campaignId, const std::function<QString(const ListEntry &)> &choose)
{
    auto all = entries(campaignId);
    if (!all)
        return all.error();
    int assigned = 0;
    const Status written = writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        for (const ListEntry &entry : std::as_const(all.value())) {
            if (!entry.assignee.isEmpty() || entry.done)
                continue;
            const QString volunteer = choose(entry);
            if (volunteer.isEmpty())
                continue;
            if (auto s = writer.update(QStringLiteral("campaign_targets"),
                                       naturalId(QStringLiteral("campaign_targets"), {campaignId, entry.contactId}),
                                       {{QStringLiteral("assignee"), volunteer}});
                !s)
                return s;
            ++assigned;
        }
        return success();
    });
    if (!written)
        return written.error();
    return assigned;
}

Result<int> CallList::assignByCount(const QString &campaignId, const QStringList &volunteers)
{
    QStringList names;
    for (const QString &name : volunteers) {
        if (!name.trimmed().isEmpty() && !names.contains(name.trimmed()))
            names.append(name.trimmed());
    }
    if (names.isEmpty())
        return Error{Error::Code::InvalidInput, tr("Name at least one volunteer to give the list to.")};
    auto all = entries(campaignId);
    if (!all)
        return all.error();
    const auto open = std::count_if(all->cbegin(), all->cend(),
                                    [](const ListEntry &e) { return e.assignee.isEmpty() && !e.done; });
    const qsizetype run = std::max<qsizetype>(1, (open + names.size() - 1) / names.size());
    qsizetype index = 0;
    return assign(campaignId, [&](const ListEntry &) { return names.at(std::min(index++ / run, names.size() - 1)); });
}

Result<int> CallList::assignByLanguage(const QString &campaignId, const QList<Volunteer> &volunteers)
{
    QList<Volunteer> team;
    for (const Volunteer &v : volunteers) {
        if (!v.name.trimmed().isEmpty())
            team.append({v.name.trimmed(), v.languages});
    }
    if (team.isEmpty())
        return Error{Error::Code::InvalidInput, tr("Name at least one volunteer to give the list to.")};
    QList<int> load(team.size(), 0);
    return assign(campaignId, [&](const ListEntry &entry) {
        qsizetype best = -1;
        for (bool needLanguage : {true, false}) {
            for (qsizetype i = 0; i < team.size(); ++i) {
                if (needLanguage && !speaksAny(team.at(i), entry.languages))
                    continue;
                if (best < 0 || load.at(i) < load.at(best))
                    best = i;
            }
            if (best >= 0)
                break;
        }
        ++load[best];
        return team.at(best).name;
    });
}

Result<int> CallList::unassign(const QString &campaignId, const QString &volunteer)
{
    int released = 0;
    const Status written = writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        QSqlQuery update(m_database.connection());
        update.prepare(QStringLiteral("UPDATE campaign_targets SET assignee = '', lease_until = 0, updated_at = ?, "
                                      "device_id = ? WHERE campaign_id = ? AND deleted = 0 AND done = 0 "
                                      "AND assignee <> '' AND (? = '' OR assignee = ?)"));
        for (const QVariant &v : {QVariant(writer.now()), QVariant(m_database.deviceId()), QVariant(campaignId),
                                  QVariant(volunteer), QVariant(volunteer)})
            update.addBindValue(v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
        if (!update.exec())
            return sqlError(update);
        released = update.numRowsAffected();
        return success();
    });
    if (!written)
        return written.error();
    return released;
}

} // namespace majlis
