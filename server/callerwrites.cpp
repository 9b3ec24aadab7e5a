#include "callerwrites.h"

#include "username.h"

#include "common/naturalid.h"

#include <QSet>

namespace majlis::server {

namespace {

// Every change names these; a new row also its id, creation time and deleted mark. A row made
// on two laptops under one natural id (naturalid.h) arrives as a second insert: its creation
// time then differs and changes nothing that matters.
const QSet<QString> kBookkeeping{QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("device_id")};
const QSet<QString> kNewRow{QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("deleted"),
                            QStringLiteral("updated_at"), QStringLiteral("device_id")};

bool onlyFields(const QJsonObject &fields, const QSet<QString> &allowed, const QSet<QString> &bookkeeping)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!allowed.contains(it.key()) && !bookkeeping.contains(it.key()))
            return false;
    }
    return true;
}

QJsonValue pushed(const QJsonObject &fields, const QString &field)
{
    return fields.value(field).toObject().value(QStringLiteral("v"));
}

// The value the row will hold: the pushed one, else the stored one.
QJsonValue valueOf(const QJsonObject &fields, const std::optional<StoredRecord> &stored, const QString &field)
{
    if (fields.contains(field))
        return pushed(fields, field);
    return stored ? stored->data.value(field) : QJsonValue();
}

// A pushed field holds `wanted`, or is not pushed at all.
bool absentOr(const QJsonObject &fields, const QString &field, double wanted)
{
    return !fields.contains(field) || pushed(fields, field).toDouble(-1) == wanted;
}

} // namespace

std::optional<Refusal> CallerWrites::check(const QString &table, const std::optional<StoredRecord> &stored, const QJsonObject &pushedFields)
{
    // A field pushed with the value the row already holds changes nothing: the laptop's insert of
    // a row another laptop made first under the same natural id repeats every column.
    QJsonObject fields = pushedFields;
    if (stored) {
        for (auto it = fields.begin(); it != fields.end();)
            it = stored->data.value(it.key()) == pushed(fields, it.key()) ? fields.erase(it) : std::next(it);
    }
    const Refusal role{QStringLiteral("role"),
                       tr("A caller's account records calls for the people assigned to it and changes nothing else.")};
    const Refusal notAssigned{QStringLiteral("forbidden"),
                              tr("This person is not assigned to you, or the campaign is closed; the change was not kept.")};
    if (!m_scope) {
        auto scope = CallerScope::load(m_store, m_account);
        if (!scope) {
            qWarning("majlis-server: internal error: %s", qPrintable(scope.error().message));
            return Refusal{QStringLiteral("internal"), {}};
        }
        m_scope = std::move(scope).value();
    }
    const auto text = [&](const char *field) { return valueOf(fields, stored, QLatin1String(field)).toString(); };
    // Whatever the table, a caller's new row is not deleted: only organizers roll results back.
    if (!stored && !absentOr(fields, QStringLiteral("deleted"), 0))
        return role;

    if (table == u"campaign_results") {
        if (stored || !onlyFields(fields,
                                  {QStringLiteral("campaign_id"), QStringLiteral("contact_id"), QStringLiteral("code"),
                                   QStringLiteral("answers"), QStringLiteral("follow_up"), QStringLiteral("pledge"),
                                   QStringLiteral("opt_out"), QStringLiteral("caller"), QStringLiteral("recorded_at")},
                                  kNewRow))
            return role;
        if (UserName::key(text("caller")) != UserName::key(m_account.name))
            return Refusal{QStringLiteral("invalid"), tr("A result must name as its caller the account that records it.")};
        return assigned(text("contact_id"), text("campaign_id")) ? std::nullopt : std::optional(notAssigned);
    }
    if (table == u"campaign_targets") {
        if (!stored || !onlyFields(fields, {QStringLiteral("attempts"), QStringLiteral("done")}, kBookkeeping))
            return role;
        const auto target = m_scope->assigned.value(text("contact_id")).value(text("campaign_id"));
        return target.targetId == stored->id ? std::nullopt : std::optional(notAssigned);
    }
    if (table == u"contacts") {
        if (!stored || !onlyFields(fields, {QStringLiteral("do_not_contact")}, kBookkeeping))
            return role;
        if (fields.contains(QStringLiteral("do_not_contact")) && pushed(fields, QStringLiteral("do_not_contact")).toString().isEmpty())
            return Refusal{QStringLiteral("role"),
                           tr("A caller can record that someone does not want to be contacted, but not take it back.")};
        return assigned(stored->id) ? std::nullopt : std::optional(notAssigned);
    }
    if (table == u"contact_phones") {
        if (!stored || !onlyFields(fields, {QStringLiteral("bad")}, kBookkeeping) || !absentOr(fields, QStringLiteral("bad"), 1))
            return role;
        return assigned(text("contact_id")) ? std::nullopt : std::optional(notAssigned);
    }
    if (table == u"contact_activities") {
        if (stored || !onlyFields(fields, {QStringLiteral("contact_id"), QStringLiteral("kind"), QStringLiteral("detail"),
                                           QStringLiteral("occurred_at")},
                                  kNewRow))
            return role;
        return assigned(text("contact_id")) ? std::nullopt : std::optional(notAssigned);
    }
    if (table == u"contact_tags") {
        // The row of a (contact, tag) pair has one id on every laptop (naturalid.h): a tag the
        // person had before and lost is the same row again, brought back, never moved.
        if (!onlyFields(fields, {QStringLiteral("contact_id"), QStringLiteral("tag_id")}, kNewRow)
            || !absentOr(fields, QStringLiteral("deleted"), 0))
            return role;
        for (const QString &link : {QStringLiteral("contact_id"), QStringLiteral("tag_id")}) {
            if (stored && fields.contains(link) && pushed(fields, link) != stored->data.value(link))
                return role;
        }
        if (!assigned(text("contact_id")))
            return notAssigned;
        return checkTag(text("tag_id"));
    }
    if (table == u"tags") {
        // Only a tag a script's answer puts on people, made on the laptop (or brought back)
        // because the server's had not reached it yet.
        if (!onlyFields(fields, {QStringLiteral("name")}, kNewRow) || !absentOr(fields, QStringLiteral("deleted"), 0))
            return role;
        const QString name = nocaseKey(text("name").trimmed());
        if (stored && fields.contains(QStringLiteral("name"))
            && name != nocaseKey(stored->data.value(QStringLiteral("name")).toString().trimmed()))
            return role;
        return m_scope->tagKeys.contains(name) ? std::nullopt : std::optional(role);
    }
    if (table == u"election_turnout") {
        const bool allowed
            = stored ? onlyFields(fields, {QStringLiteral("pledged"), QStringLiteral("deleted")}, kBookkeeping)
                     : onlyFields(fields, {QStringLiteral("election_id"), QStringLiteral("contact_id"), QStringLiteral("pledged"),
                                           QStringLiteral("voted"), QStringLiteral("voted_at")},
                                  kNewRow);
        // A pledge, and nothing about having voted: that is marked at the polls, not on a call.
        if (!allowed || !absentOr(fields, QStringLiteral("pledged"), 1) || !absentOr(fields, QStringLiteral("voted"), 0)
            || !absentOr(fields, QStringLiteral("voted_at"), 0) || !absentOr(fields, QStringLiteral("deleted"), 0))
            return role;
        return assignedForElection(text("contact_id"), text("election_id")) ? std::nullopt : std::optional(notAssigned);
    }
    return role;
}

std::optional<Refusal> CallerWrites::checkTag(const QString &tagId)
{
    auto tag = m_store.record(QStringLiteral("tags"), tagId);
    if (!tag) {
        qWarning("majlis-server: internal error: %s", qPrintable(tag.error().message));
        return Refusal{QStringLiteral("internal"), {}};
    }
    if (tag->has_value() && m_scope->tagKeys.contains(nocaseKey((**tag).data.value(QStringLiteral("name")).toString().trimmed())))
        return std::nullopt;
    return Refusal{QStringLiteral("role"), tr("A caller can only put on people the tags their campaign's script names.")};
}

bool CallerWrites::assigned(const QString &contactId, const QString &campaignId) const
{
    const auto person = m_scope->assigned.constFind(contactId);
    if (person == m_scope->assigned.cend())
        return false;
    return campaignId.isEmpty() || person->contains(campaignId);
}

bool CallerWrites::assignedForElection(const QString &contactId, const QString &electionId) const
{
    if (electionId.isEmpty())
        return false;
    const QHash<QString, TargetAssignment> targets = m_scope->assigned.value(contactId);
    for (auto it = targets.begin(); it != targets.end(); ++it) {
        if (m_scope->electionOf(it.key()) == electionId)
            return true;
    }
    return false;
}

} // namespace majlis::server
