#include "leases.h"

#include "erasure.h"
#include "fieldmerge.h"
#include "username.h"

#include "storage/sqlerror.h"
#include "sync/hybridclock.h"
#include "sync/syncschema.h"

#include <QSqlQuery>

#include <algorithm>

namespace majlis::server {

namespace {

bool isLive(const StoredRecord &record)
{
    return !erasure::isErased(record) && record.data.value(QStringLiteral("deleted")).toInt() == 0;
}

} // namespace

Status Leases::lock(const QString &campaignId)
{
    // An upsert writes the row whatever its state: on PostgreSQL it takes the row's lock, on
    // SQLite the database's write lock, either held until the transaction ends.
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("INSERT INTO lease_locks (campaign_id, taken_at) VALUES (?, ?) "
                                 "ON CONFLICT (campaign_id) DO UPDATE SET taken_at = excluded.taken_at"));
    query.addBindValue(campaignId);
    query.addBindValue(m_now);
    return query.exec() ? success() : Status(sqlError(query));
}

Result<QList<TargetAssignment>> Leases::grant(const Account &account, const StoredRecord &campaign, int count)
{
    auto open = TargetIndex(m_store.connection()).available(campaign.id, m_now);
    if (!open)
        return open.error();
    const bool needsPhone = campaign.data.value(QStringLiteral("kind")).toString() != u"door";
    QList<TargetAssignment> granted;
    for (const TargetAssignment &candidate : open.value()) {
        if (granted.size() >= count)
            break;
        if (!account.chapterIds.contains(candidate.chapterKey))
            continue;
        auto target = m_store.record(QStringLiteral("campaign_targets"), candidate.targetId);
        if (!target)
            return target.error();
        if (!target->has_value() || !isLive(**target))
            continue;
        // Someone who opted out, was erased or can no longer be dialled since the list was made
        // is not handed to anyone.
        auto callable = reachable(candidate.contactId, needsPhone);
        if (!callable)
            return callable.error();
        if (!callable.value())
            continue;
        if (auto s = write(**target, {{QStringLiteral("assignee"), account.name}, {QStringLiteral("lease_until"), double(m_until)}},
                           granted.size());
            !s)
            return s.error();
        TargetAssignment leased = candidate;
        leased.assigneeKey = UserName::key(account.name);
        leased.leaseUntil = m_until;
        granted.append(leased);
    }
    return granted;
}

Result<bool> Leases::reachable(const QString &contactId, bool needsPhone)
{
    auto contact = m_store.record(QStringLiteral("contacts"), contactId);
    if (!contact)
        return contact.error();
    if (!contact->has_value() || !isLive(**contact) || !(**contact).data.value(QStringLiteral("do_not_contact")).toString().isEmpty())
        return false;
    if (!needsPhone)
        return true;
    auto children = m_store.children(QStringLiteral("contacts"), contactId);
    if (!children)
        return children.error();
    return std::any_of(children->begin(), children->end(), [](const StoredRecord &row) {
        return row.table == u"contact_phones" && isLive(row) && row.data.value(QStringLiteral("bad")).toInt() == 0;
    });
}

Status Leases::endAll(const QString &campaignId, const QStringList &chapters)
{
    auto leased = TargetIndex(m_store.connection()).leased(campaignId);
    if (!leased)
        return leased.error();
    qint64 counter = 0;
    for (const TargetAssignment &lease : leased.value()) {
        if (!chapters.contains(lease.chapterKey))
            continue;
        auto target = m_store.record(QStringLiteral("campaign_targets"), lease.targetId);
        if (!target)
            return target.error();
        if (!target->has_value())
            continue;
        if (auto s = write(**target, {{QStringLiteral("lease_until"), 0}}, counter++); !s)
            return s;
    }
    return success();
}

Status Leases::write(StoredRecord target, const QJsonObject &changes, qint64 counter)
{
    // Through the same merge as a pushed change, with clocks after every value it replaces, so
    // each laptop takes the change and none logs a conflict for it.
    QJsonObject values = changes;
    values.insert(QStringLiteral("updated_at"), double(m_now));
    values.insert(QStringLiteral("device_id"), QStringLiteral("server"));
    QString newest;
    for (auto it = values.begin(); it != values.end(); ++it)
        newest = std::max(newest, target.clocks.value(it.key()).toString());
    const QString clock = sync::hybridclock::forEdit(m_now, counter, QStringLiteral("server"), newest);
    QJsonObject incoming;
    for (auto it = values.begin(); it != values.end(); ++it)
        incoming.insert(it.key(), QJsonObject{{QStringLiteral("v"), it.value()},
                                              {QStringLiteral("c"), clock},
                                              {QStringLiteral("b"), target.clocks.value(it.key()).toString()}});
    const MergedRow merged = mergeFields(target.data, target.clocks, incoming, sync::ruleFor(target.table)->quietFields);
    target.data = merged.data;
    target.clocks = merged.clocks;
    return m_store.putRecord(target);
}

std::optional<Refusal> Leases::checkResult(const Account &account, const QJsonObject &fields)
{
    const auto value = [&](const char *field) {
        return fields.value(QLatin1String(field)).toObject().value(QStringLiteral("v")).toString();
    };
    auto target = TargetIndex(m_store.connection()).find(value("campaign_id"), value("contact_id"));
    if (!target) {
        qWarning("majlis-server: internal error: %s", qPrintable(target.error().message));
        return Refusal{QStringLiteral("internal"), {}};
    }
    if (!target->has_value() || (**target).deleted || !(**target).leaseRunning(m_now)
        || (**target).assigneeKey == UserName::key(account.name))
        return std::nullopt;
    auto campaign = m_store.record(QStringLiteral("campaigns"), (**target).campaignId);
    if (!campaign) {
        qWarning("majlis-server: internal error: %s", qPrintable(campaign.error().message));
        return Refusal{QStringLiteral("internal"), {}};
    }
    if (!campaign->has_value() || !isOpenCampaign(**campaign))
        return std::nullopt;
    return Refusal{QStringLiteral("leased"),
                   tr("Someone else is calling this person for this campaign now; the result was not kept, so that "
                      "nobody is called twice.")};
}

} // namespace majlis::server
