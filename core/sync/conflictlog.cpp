#include "sync/conflictlog.h"

#include "common/clock.h"
#include "contacts/contactstore.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "sync/rowjson.h"
#include "sync/syncschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace majlis::sync {

namespace {

const QString kColumns = QStringLiteral("id, table_name, row_id, field, kept_value, lost_value, lost_device, lost_at, created_at, resolved");

QJsonValue jsonValue(const QVariant &text)
{
    // Stored as a JSON document holding one value: wrap it so any scalar parses.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toString().toUtf8() + QByteArray("]"));
    return doc.isArray() && !doc.array().isEmpty() ? doc.array().first() : QJsonValue();
}

ConflictEntry entryFrom(const QSqlQuery &q)
{
    ConflictEntry e;
    e.id = q.value(0).toString();
    e.table = q.value(1).toString();
    e.rowId = q.value(2).toString();
    e.field = q.value(3).toString();
    e.kept = jsonValue(q.value(4));
    e.lost = jsonValue(q.value(5));
    e.lostDevice = q.value(6).toString();
    e.lostAt = q.value(7).toLongLong();
    e.createdAt = q.value(8).toLongLong();
    e.resolved = q.value(9).toBool();
    return e;
}

// The columns that name a row for a person reading the log, in order of preference.
QString rowLabel(const QSqlDatabase &db, rowjson::ColumnCache &columns, const QString &table, const QString &id)
{
    if (!ruleFor(table))
        return {};
    if (table == u"contacts") { // no single name column: the name as the contact list shows it
        auto contact = contactstore::loadContact(db, id, true);
        return contact ? contact->displayName() : QString();
    }
    for (const char *candidate : {"display_name", "name", "title", "full_name"}) {
        const QString column = QLatin1String(candidate);
        if (!columns.of(table).contains(column))
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
        q.addBindValue(id);
        if (q.exec() && q.next())
            return q.value(0).toString();
        return {};
    }
    return {};
}

} // namespace

Result<QList<ConflictEntry>> ConflictLog::entries(bool includeResolved) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM sync_conflicts WHERE deleted = 0 %2 ORDER BY created_at DESC, id")
                  .arg(kColumns, includeResolved ? QString() : QStringLiteral("AND resolved = 0")));
    if (!q.exec())
        return sqlError(q);
    QList<ConflictEntry> list;
    rowjson::ColumnCache columns(db);
    while (q.next()) {
        ConflictEntry e = entryFrom(q);
        e.rowLabel = rowLabel(db, columns, e.table, e.rowId);
        list.append(e);
    }
    return list;
}

Result<int> ConflictLog::openCount() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE deleted = 0 AND resolved = 0")) || !q.next())
        return sqlError(q);
    return q.value(0).toInt();
}

Result<ConflictEntry> ConflictLog::entry(const QString &id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sync_conflicts WHERE id = ? AND deleted = 0").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error{Error::Code::NotFound, tr("This conflict is no longer in the log.")};
    return entryFrom(q);
}

Status ConflictLog::markResolved(const QString &id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved = 1, updated_at = ?, device_id = ? WHERE id = ?"));
    q.addBindValue(nowMs());
    q.addBindValue(m_database.deviceId());
    q.addBindValue(id);
    return q.exec() ? success() : Status(sqlError(q));
}

Status ConflictLog::restore(const QString &id)
{
    auto found = entry(id);
    if (!found)
        return found.error();
    const ConflictEntry &e = found.value();
    const QSqlDatabase db = m_database.connection();
    // The entry came from the server: its table and field name a synced column, or nothing is
    // written (they end up in SQL text, so they are checked against the schema, never trusted).
    const TableRule *rule = ruleFor(e.table);
    if (!rule || rule->scope == Scope::ServerOnly || !rowjson::syncedColumns(db, e.table).contains(e.field)
        || e.field == u"id" || rule->quietFields.contains(e.field))
        return Error{Error::Code::InvalidInput, tr("This conflict names a field Majlis does not know, so it cannot be restored.")};

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ?, device_id = ? WHERE id = ? AND deleted = 0").arg(e.table, e.field));
    update.addBindValue(rowjson::toSql(e.lost));
    update.addBindValue(nowMs());
    update.addBindValue(m_database.deviceId());
    update.addBindValue(e.rowId);
    if (!update.exec())
        return sqlError(update);
    if (update.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("The record this value belonged to has been deleted since.")};
    if (e.table == u"contacts") {
        const contactstore::WriteContext ctx{db, m_database.deviceId(), nowMs()};
        auto contact = contactstore::loadContact(db, e.rowId, false);
        if (!contact)
            return contact.error();
        if (auto s = contactstore::indexContact(ctx, contact.value()); !s)
            return s;
    }
    if (auto s = markResolved(id); !s)
        return s;
    return tx.commit();
}

Status ConflictLog::dismiss(const QString &id)
{
    if (auto found = entry(id); !found)
        return found.error();
    return markResolved(id);
}

} // namespace majlis::sync
