#include "sync/rowjson.h"

#include "storage/sqlvalue.h"
#include "sync/syncschema.h"

#include <QSqlQuery>


namespace majlis::sync::rowjson {

QJsonValue fromSql(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

QVariant toSql(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double:
        if (const auto whole = wholeNumber(value.toDouble()))
            return QVariant(*whole);
        return QVariant(value.toDouble());
    default:
        return QVariant(QMetaType(QMetaType::QString)); // SQL NULL
    }
}

QStringList syncedColumns(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
        return columns;
    while (query.next()) {
        const QString column = query.value(0).toString();
        if (!isLocalColumn(table, column))
            columns.append(column);
    }
    return columns;
}

const QStringList &ColumnCache::of(const QString &table)
{
    auto it = m_columns.find(table);
    if (it == m_columns.end())
        it = m_columns.insert(table, syncedColumns(m_db, table));
    return *it;
}

const QSet<QString> &ColumnCache::setOf(const QString &table)
{
    auto it = m_sets.find(table);
    if (it == m_sets.end()) {
        const QStringList &columns = of(table);
        it = m_sets.insert(table, QSet<QString>(columns.begin(), columns.end()));
    }
    return *it;
}

} // namespace majlis::sync::rowjson
