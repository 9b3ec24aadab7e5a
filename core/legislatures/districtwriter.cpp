#include "legislatures/districtwriter.h"

#include "common/clock.h"
#include "common/naturalid.h"
#include "storage/database.h"

#include <QJsonValue>

namespace majlis {

DistrictWriter::DistrictWriter(Database &database)
    : m_deviceId(database.deviceId()),
      m_now(nowMs()),
      m_upsert(database.connection(),
               QStringLiteral("INSERT INTO contact_districts (id, contact_id, body_id, chamber, district, status, "
                              "candidates, source, created_at, updated_at, deleted, device_id) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, 0, ?10) "
                              "ON CONFLICT (contact_id, body_id, chamber) DO UPDATE SET district = excluded.district, "
                              "status = excluded.status, candidates = excluded.candidates, source = excluded.source, "
                              "updated_at = excluded.updated_at, deleted = 0, device_id = excluded.device_id")),
      m_contact(database.connection(),
                QStringLiteral("UPDATE contacts SET district = ?1, us_state = CASE WHEN ?2 = '' THEN us_state ELSE ?2 END, "
                               "updated_at = ?3, device_id = ?4 WHERE id = ?5")),
      m_remove(database.connection(),
               QStringLiteral("UPDATE contact_districts SET deleted = 1, updated_at = ?1, device_id = ?2 "
                              "WHERE contact_id = ?3 AND body_id = ?4 AND chamber = ?5 AND deleted = 0"))
{
}

Status DistrictWriter::writeRow(const QString &contactId, const QString &bodyId, Chamber chamber,
                                const DistrictRow &before, const DistrictRow &after)
{
    if (before.holds(after))
        return success();
    const QString key = chamberKey(chamber);
    m_upsert.bind(1, naturalId(QStringLiteral("contact_districts"), {contactId, bodyId, key}));
    m_upsert.bind(2, contactId);
    m_upsert.bind(3, bodyId);
    m_upsert.bind(4, key);
    m_upsert.bind(5, after.district);
    m_upsert.bind(6, after.status);
    m_upsert.bind(7, after.candidates);
    m_upsert.bind(8, after.source);
    m_upsert.bind(9, QJsonValue(double(m_now)));
    m_upsert.bind(10, m_deviceId);
    return m_upsert.run();
}

Status DistrictWriter::setHouseDistrict(const QString &contactId, std::optional<int> district, const QString &state)
{
    m_contact.bind(1, district ? QJsonValue(*district) : QJsonValue());
    m_contact.bind(2, state);
    m_contact.bind(3, QJsonValue(double(m_now)));
    m_contact.bind(4, m_deviceId);
    m_contact.bind(5, contactId);
    return m_contact.run();
}

Status DistrictWriter::removeRow(const QString &contactId, const QString &bodyId, Chamber chamber)
{
    m_remove.bind(1, QJsonValue(double(m_now)));
    m_remove.bind(2, m_deviceId);
    m_remove.bind(3, contactId);
    m_remove.bind(4, bodyId);
    m_remove.bind(5, chamberKey(chamber));
    return m_remove.run();
}

} // namespace majlis
