#include "events/voterrecords.h"

#include "common/clock.h"
#include "common/naturalid.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace majlis {

Status VoterRecords::record(const QString &eventId, const VoterRecord &r)
{
    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        QSqlQuery upsert(m_database.connection());
        upsert.prepare(QStringLiteral(
            "INSERT INTO voter_records (id, event_id, contact_id, eligible, status, pledged, follow_up_done, notes, "
            "created_at, updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (event_id, contact_id) DO UPDATE SET eligible = excluded.eligible, status = excluded.status, "
            "pledged = excluded.pledged, follow_up_done = excluded.follow_up_done, notes = excluded.notes, deleted = "
            "0, "
            "updated_at = excluded.updated_at, device_id = excluded.device_id"));
        for (const QVariant &v : {QVariant(naturalId(QStringLiteral("voter_records"), {eventId, r.contactId})),
                 QVariant(eventId), QVariant(r.contactId),
                 r.eligible ? QVariant(*r.eligible ? 1 : 0) : QVariant(), QVariant(voterStatusKey(r.status)),
                 QVariant(r.pledged ? 1 : 0), QVariant(r.followUpDone ? 1 : 0), QVariant(r.notes),
                 QVariant(writer.now()), QVariant(writer.now()), QVariant(m_database.deviceId())})
            upsert.addBindValue(
                v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
        if (!upsert.exec())
            return sqlError(upsert);
        return success();
    });
}

Result<QList<VoterRecord>> VoterRecords::forDrive(const QString &eventId) const
{
    return read(QStringLiteral("v.event_id = ?"), {eventId});
}

Result<QList<VoterRecord>> VoterRecords::openFollowUps(const QString &eventId) const
{
    if (eventId.isEmpty())
        return read(QStringLiteral("v.status = 'needs_follow_up' AND v.follow_up_done = 0"), {});
    return read(QStringLiteral("v.event_id = ? AND v.status = 'needs_follow_up' AND v.follow_up_done = 0"), {eventId});
}

Result<QList<VoterRecord>> VoterRecords::read(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT v.contact_id, CASE WHEN trim(c.preferred_name) <> '' THEN trim(c.preferred_name) "
                       "  ELSE trim(trim(c.given_name) || ' ' || trim(c.family_name)) END, "
                       "  v.eligible, v.status, v.pledged, v.follow_up_done, v.notes "
                       "FROM voter_records v JOIN contacts c ON c.id = v.contact_id "
                       "WHERE v.deleted = 0 AND c.deleted = 0 AND %1 ORDER BY c.sort_key, c.id")
            .arg(where));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return sqlError(query);
    QList<VoterRecord> records;
    while (query.next()) {
        VoterRecord r;
        r.contactId = query.value(0).toString();
        r.name = query.value(1).toString();
        if (!query.value(2).isNull())
            r.eligible = query.value(2).toBool();
        r.status = voterStatusFromKey(query.value(3).toString()).value_or(VoterRecord::Status::Unknown);
        r.pledged = query.value(4).toBool();
        r.followUpDone = query.value(5).toBool();
        r.notes = query.value(6).toString();
        records.append(r);
    }
    return records;
}

} // namespace majlis
