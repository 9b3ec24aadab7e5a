#include "storage/rowwriter.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace majlis {

RowWriter::RowWriter(Database &database)
    : m_database(database)
    , m_now(nowMs())
{ }

Status RowWriter::insert(const QString &table, const QString &id, const Columns &columns) const
{
    QStringList names {QStringLiteral("id")};
    QVariantList values {id};
    for (const auto &[name, value] : columns) {
        names.append(name);
        values.append(sqlText(value));
    }
    names << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("device_id");
    values << m_now << m_now << m_database.deviceId();

    QSqlQuery query(m_database.connection());
    QStringList markers;
    markers.fill(QStringLiteral("?"), names.size());
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(u", "), markers.join(u", ")));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    return success();
}

Status RowWriter::update(const QString &table, const QString &id, const Columns &columns) const
{
    QStringList assignments;
    QSqlQuery query(m_database.connection());
    for (const auto &[name, value] : columns)
        assignments.append(name + QStringLiteral(" = ?"));
    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("device_id = ?");
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND deleted = 0").arg(table, assignments.join(u", ")));
    for (const auto &[name, value] : columns)
        query.addBindValue(sqlText(value));
    query.addBindValue(m_now);
    query.addBindValue(m_database.deviceId());
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (query.numRowsAffected() == 0)
        return Error {Error::Code::NotFound,
            QCoreApplication::translate(
                "majlis::RowWriter", "The record was deleted meanwhile, perhaps in another window.")};
    return success();
}

Status RowWriter::tombstone(const QString &table, const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ?, device_id = ? WHERE deleted = 0 AND (%2)")
                      .arg(table, where));
    query.addBindValue(m_now);
    query.addBindValue(m_database.deviceId());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    return success();
}

Status RowWriter::tombstoneOthers(
    const QString &table, const QString &parentColumn, const QString &parentId, const QStringList &keptIds) const
{
    QVariantList values {parentId};
    for (const QString &id : keptIds)
        values.append(id);
    QStringList markers;
    markers.fill(QStringLiteral("?"), keptIds.size());
    const QString where = keptIds.isEmpty()
        ? parentColumn + QStringLiteral(" = ?")
        : QStringLiteral("%1 = ? AND id NOT IN (%2)").arg(parentColumn, markers.join(u','));
    return tombstone(table, where, values);
}

Status writeInTransaction(Database &database, const std::function<Status(const RowWriter &)> &write)
{
    Transaction tx(database.connection());
    if (!tx.isActive())
        return tx.beginStatus();
    if (auto status = write(RowWriter(database)); !status)
        return status;
    return tx.commit();
}

} // namespace majlis
