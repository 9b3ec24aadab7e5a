#include "targetindex.h"

#include "erasure.h"
#include "username.h"

#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace majlis::server {

namespace {

const QString kColumns = QStringLiteral(
    "target_id, chapter_key, campaign_id, contact_id, assignee_key, lease_until, attempts, position, done, deleted");

qint64 number(const QJsonObject &data, const char *field)
{
    return qint64(data.value(QLatin1String(field)).toDouble());
}

QString text(const QJsonObject &data, const char *field)
{
    return data.value(QLatin1String(field)).toString();
}

} // namespace

bool isOpenCampaign(const StoredRecord &campaign)
{
    return !erasure::isErased(campaign) && campaign.data.value(QStringLiteral("deleted")).toInt() == 0
           && campaign.data.value(QStringLiteral("closed")).toInt() == 0;
}

Status TargetIndex::update(const StoredRecord &target)
{
    QSqlQuery query(m_db);
    if (erasure::isErased(target)) {
        // The erased record no longer names its campaign, contact or assignee; the row keeps
        // them, so the caller's laptop can be told to erase the person too.
        query.prepare(QStringLiteral("UPDATE target_assignments SET chapter_key = ?, deleted = 1 WHERE target_id = ?"));
        query.addBindValue(sqlText(target.chapterKey));
        query.addBindValue(target.id);
        return query.exec() ? success() : Status(sqlError(query));
    }
    const QJsonObject &data = target.data;
    query.prepare(QStringLiteral("INSERT INTO target_assignments (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (target_id) DO UPDATE SET chapter_key = excluded.chapter_key, "
                                 "campaign_id = excluded.campaign_id, contact_id = excluded.contact_id, "
                                 "assignee_key = excluded.assignee_key, lease_until = excluded.lease_until, "
                                 "attempts = excluded.attempts, position = excluded.position, done = excluded.done, "
                                 "deleted = excluded.deleted")
                      .arg(kColumns));
    const QString assignee = text(data, "assignee");
    for (const QVariant &value :
         {QVariant(target.id), QVariant(target.chapterKey), QVariant(text(data, "campaign_id")),
          QVariant(text(data, "contact_id")), QVariant(assignee.trimmed().isEmpty() ? QString() : UserName::key(assignee)),
          QVariant(number(data, "lease_until")), QVariant(number(data, "attempts")), QVariant(number(data, "position")),
          QVariant(number(data, "done") != 0 ? 1 : 0), QVariant(number(data, "deleted") != 0 ? 1 : 0)})
        query.addBindValue(sqlText(value));
    return query.exec() ? success() : Status(sqlError(query));
}

Status TargetIndex::rebuild()
{
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT row_id, chapter_key, data FROM records WHERE table_name = 'campaign_targets'")))
        return sqlError(rows);
    QList<StoredRecord> targets;
    while (rows.next()) {
        StoredRecord target;
        target.table = QStringLiteral("campaign_targets");
        target.id = rows.value(0).toString();
        target.chapterKey = rows.value(1).toString();
        target.data = QJsonDocument::fromJson(rows.value(2).toString().toUtf8()).object();
        targets.append(std::move(target));
    }
    rows.finish();
    for (const StoredRecord &target : std::as_const(targets)) {
        if (auto s = update(target); !s)
            return s;
    }
    return success();
}

Result<QList<TargetAssignment>> TargetIndex::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM target_assignments WHERE %2").arg(kColumns, where));
    for (const QVariant &value : values)
        query.addBindValue(sqlText(value));
    if (!query.exec())
        return sqlError(query);
    QList<TargetAssignment> found;
    while (query.next()) {
        found.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong(),
                      query.value(6).toLongLong(), query.value(7).toLongLong(), query.value(8).toInt() != 0,
                      query.value(9).toInt() != 0});
    }
    return found;
}

Result<QList<TargetAssignment>> TargetIndex::assignedTo(const QString &assigneeKey) const
{
    if (assigneeKey.isEmpty())
        return QList<TargetAssignment>();
    return select(QStringLiteral("assignee_key = ? AND deleted = 0"), {assigneeKey});
}

Result<QList<TargetAssignment>> TargetIndex::ofContact(const QString &contactId) const
{
    return select(QStringLiteral("contact_id = ?"), {contactId});
}

Result<std::optional<TargetAssignment>> TargetIndex::find(const QString &campaignId, const QString &contactId) const
{
    // A hostile laptop could make a second row for one person under another id: the live one
    // counts, and of two live ones the first by id, the same on every request.
    auto rows = select(QStringLiteral("contact_id = ? AND campaign_id = ? ORDER BY deleted, target_id"), {contactId, campaignId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<TargetAssignment>();
    return std::optional<TargetAssignment>(rows->first());
}

Result<QList<TargetAssignment>> TargetIndex::available(const QString &campaignId, qint64 now) const
{
    return select(QStringLiteral("campaign_id = ? AND deleted = 0 AND done = 0 AND "
                                 "(assignee_key = '' OR (lease_until > 0 AND lease_until <= ?)) "
                                 "ORDER BY attempts, position, target_id"),
                  {campaignId, now});
}

Result<QList<TargetAssignment>> TargetIndex::leased(const QString &campaignId) const
{
    return select(QStringLiteral("campaign_id = ? AND deleted = 0 AND lease_until > 0 ORDER BY target_id"), {campaignId});
}

} // namespace majlis::server
