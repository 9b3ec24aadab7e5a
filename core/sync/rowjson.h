#pragma once

#include <QHash>
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

// syncedColumns() asked once per table, for code that reads or writes many rows.
class ColumnCache
{
public:
    explicit ColumnCache(QSqlDatabase db) : m_db(std::move(db)) {}
    const QStringList &of(const QString &table);

private:
    QSqlDatabase m_db;
    QHash<QString, QStringList> m_columns;
};

} // namespace majlis::sync::rowjson
