#pragma once

#include <QJsonValue>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace majlis::sync::rowjson {

// Column values travel as JSON: text, integers (ms timestamps fit a double exactly) and null.
QJsonValue fromSql(const QVariant &value);
QVariant toSql(const QJsonValue &value);

// The columns of a local table that travel (everything but local-only keys), in table order.
QStringList syncedColumns(const QSqlDatabase &db, const QString &table);

} // namespace majlis::sync::rowjson
