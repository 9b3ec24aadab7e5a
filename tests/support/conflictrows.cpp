#include "support/conflictrows.h"

#include "common/clock.h"
#include "contacts/contactrepository.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace majlis::test {

QString addConflict(Database &db, const QString &table, const QString &rowId, const QString &field, const QString &keptJson,
                    const QString &lostJson, qint64 createdAt, bool resolved)
{
    const QString id = newId();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_conflicts (id, table_name, row_id, field, kept_value, lost_value, lost_device, "
                             "lost_at, resolved, created_at, updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'server')"));
    for (const QVariant &value : {QVariant(id), QVariant(table), QVariant(rowId), QVariant(field), QVariant(keptJson),
                                  QVariant(lostJson), QVariant(QStringLiteral("0f3c9a7e-laptop-b")), QVariant(createdAt - 1000),
                                  QVariant(resolved ? 1 : 0), QVariant(createdAt), QVariant(createdAt)})
        q.addBindValue(value);
    REQUIRE(q.exec());
    return id;
}

Contact addSampleContact(Database &db)
{
    Contact c;
    c.givenName = QStringLiteral("Amina");
    c.familyName = QStringLiteral("Yusuf");
    auto created = ContactRepository(db).create(c);
    REQUIRE(created);
    return created.value();
}

} // namespace majlis::test
