#include "legislatures/districtwriter.h"

#include "common/clock.h"
#include "common/naturalid.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QJsonValue>
#include <QSqlQuery>

namespace majlis {

namespace {

// Keyed as their targets are, so a second write of one row or contact replaces the first, as it
// would have overwritten it.
const char *const kCreateTables[] = {
    "DROP TABLE IF EXISTS temp.district_writer_rows",
    "DROP TABLE IF EXISTS temp.district_writer_contacts",
    "CREATE TEMP TABLE district_writer_rows (id TEXT NOT NULL, contact_id TEXT NOT NULL, body_id TEXT NOT NULL, "
    "chamber TEXT NOT NULL, district TEXT NOT NULL, status TEXT NOT NULL, candidates TEXT NOT NULL, "
    "source TEXT NOT NULL, PRIMARY KEY (contact_id, body_id, chamber))",
    "CREATE TEMP TABLE district_writer_contacts (contact_id TEXT PRIMARY KEY NOT NULL, district INTEGER, "
    "state TEXT NOT NULL)",
};

Status createTables(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    for (const char *sql : kCreateTables) {
        if (!query.exec(QString::fromLatin1(sql)))
            return sqlError(query);
    }
    return success();
}

} // namespace

DistrictWriter::DistrictWriter(Database &database)
    : m_db(database.connection()),
      m_deviceId(database.deviceId()),
      m_now(nowMs()),
      m_tables(createTables(m_db)),
      m_queueRow(m_db, QStringLiteral("INSERT OR REPLACE INTO temp.district_writer_rows (id, contact_id, body_id, "
                                      "chamber, district, status, candidates, source) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")),
      m_queueContact(m_db, QStringLiteral("INSERT OR REPLACE INTO temp.district_writer_contacts (contact_id, district, "
                                          "state) VALUES (?1, ?2, ?3)")),
      // WHERE true: without it SQLite would read ON CONFLICT as part of a join.
      m_upsert(m_db,
               QStringLiteral("INSERT INTO main.contact_districts (id, contact_id, body_id, chamber, district, status, "
                              "candidates, source, created_at, updated_at, deleted, device_id) "
                              "SELECT id, contact_id, body_id, chamber, district, status, candidates, source, ?1, ?1, 0, ?2 "
                              "FROM temp.district_writer_rows WHERE true "
                              "ON CONFLICT (contact_id, body_id, chamber) DO UPDATE SET district = excluded.district, "
                              "status = excluded.status, candidates = excluded.candidates, source = excluded.source, "
                              "updated_at = excluded.updated_at, deleted = 0, device_id = excluded.device_id")),
      m_contact(m_db, QStringLiteral("UPDATE main.contacts SET district = w.district, "
                                     "us_state = CASE WHEN w.state = '' THEN contacts.us_state ELSE w.state END, "
                                     "updated_at = ?1, device_id = ?2 "
                                     "FROM temp.district_writer_contacts w WHERE contacts.id = w.contact_id")),
      m_remove(m_db, QStringLiteral("UPDATE main.contact_districts SET deleted = 1, updated_at = ?1, device_id = ?2 "
                                    "WHERE contact_id = ?3 AND body_id = ?4 AND chamber = ?5 AND deleted = 0"))
{
}

DistrictWriter::~DistrictWriter()
{
    // Gone with the connection anyway; dropped now so what was not applied cannot linger. After
    // a rollback they may be gone already.
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("DROP TABLE IF EXISTS temp.district_writer_rows"));
    query.exec(QStringLiteral("DROP TABLE IF EXISTS temp.district_writer_contacts"));
}

Status DistrictWriter::writeRow(const QString &contactId, const QString &bodyId, Chamber chamber,
                                const DistrictRow &before, const DistrictRow &after)
{
    if (!m_tables)
        return m_tables;
    if (before.holds(after))
        return success();
    const QString key = chamberKey(chamber);
    m_queueRow.bind(1, naturalId(QStringLiteral("contact_districts"), {contactId, bodyId, key}));
    m_queueRow.bind(2, contactId);
    m_queueRow.bind(3, bodyId);
    m_queueRow.bind(4, key);
    m_queueRow.bind(5, after.district);
    m_queueRow.bind(6, after.status);
    m_queueRow.bind(7, after.candidates);
    m_queueRow.bind(8, after.source);
    return m_queueRow.run();
}

Status DistrictWriter::setHouseDistrict(const QString &contactId, std::optional<int> district, const QString &state)
{
    if (!m_tables)
        return m_tables;
    m_queueContact.bind(1, contactId);
    m_queueContact.bind(2, district ? QJsonValue(*district) : QJsonValue());
    m_queueContact.bind(3, state);
    return m_queueContact.run();
}

Status DistrictWriter::apply()
{
    if (!m_tables)
        return m_tables;
    for (NativeStatement *statement : {&m_contact, &m_upsert}) {
        statement->bind(1, QJsonValue(double(m_now)));
        statement->bind(2, m_deviceId);
        if (auto s = statement->run(); !s)
            return s;
    }
    QSqlQuery query(m_db);
    for (const QString &table : {QStringLiteral("temp.district_writer_rows"), QStringLiteral("temp.district_writer_contacts")}) {
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(table)))
            return sqlError(query);
    }
    return success();
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
