#include "sync/localstate.h"

#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"

#include <QSqlQuery>

namespace majlis::sync::localstate {

QString value(const QSqlDatabase &db, const QString &key, const QString &fallback)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM local_settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

Status setValue(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO local_settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(sqlText(value));
    if (!query.exec())
        return sqlError(query);
    return success();
}

} // namespace majlis::sync::localstate
