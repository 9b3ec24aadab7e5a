#pragma once

#include <QHash>
#include <QSet>
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
    // The same columns as a set, for a check per field of every pulled row.
    const QSet<QString> &setOf(const QString &table);

private:
    QSqlDatabase m_db;
    QHash<QString, QStringList> m_columns;
    QHash<QString, QSet<QString>> m_sets;
};

} // namespace majlis::sync::rowjson
