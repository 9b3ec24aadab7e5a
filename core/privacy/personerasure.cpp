#include "privacy/personerasure.h"

#include "common/clock.h"
#include "contacts/contactstore.h"
#include "privacy/personrows.h"
#include "storage/database.h"
#include "storage/scopedpragma.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "sync/syncschema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace majlis {

namespace {

// What the sync bookkeeping and the conflict log hold about one row.
Status forgetRow(const QSqlDatabase &db, const QString &table, const QString &id)
{
    for (const char *sql : {"DELETE FROM change_log WHERE table_name = ? AND row_id = ?",
                            "DELETE FROM sync_rows WHERE table_name = ? AND row_id = ?",
                            "DELETE FROM sync_refusals WHERE table_name = ? AND row_id = ?",
                            "DELETE FROM sync_conflicts WHERE table_name = ? AND row_id = ?"}) {
        if (auto s = execute(db, QString::fromLatin1(sql), {table, id}); !s)
            return s;
    }
    return success();
}

// The contact, the rows about them, their search document, what the conflict log kept of them
// and the sync bookkeeping of every one of those rows.
Result<int> removeOwned(const QSqlDatabase &db, const QString &deviceId, const QString &contactId, const PersonRows &found, qint64 now)
{
    if (auto s = contactstore::unindexContact({db, deviceId, now}, contactId); !s)
        return s.error();
    if (auto s = execute(db, QStringLiteral("DELETE FROM search_stale WHERE contact_id = ?"), {contactId}); !s)
        return s.error();
    int removed = 0;
    // Rows that hang on others go first, so no foreign key is left pointing at nothing.
    for (auto table = found.order.crbegin(); table != found.order.crend(); ++table) {
        for (const QJsonObject &row : found.owned.value(*table)) {
            const QString id = row.value(QStringLiteral("id")).toString();
            if (auto s = execute(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(*table), {id}); !s)
                return s.error();
            if (auto s = forgetRow(db, *table, id); !s)
                return s.error();
            ++removed;
        }
    }
    for (const QJsonObject &conflict : found.conflicts) {
        if (auto s = forgetRow(db, QStringLiteral("sync_conflicts"), conflict.value(QStringLiteral("id")).toString()); !s)
            return s.error();
    }
    return removed;
}

} // namespace

Result<PersonErasure::Summary> PersonErasure::erase(Database &database, const QString &contactId)
{
    const QSqlDatabase db = database.connection();
    SecureDelete secureDelete(db);
    Summary summary;
    {
        Transaction tx(db);
        if (!tx.isActive())
            return tx.beginStatus().error();
        auto found = PersonRows::collect(db, contactId);
        if (!found)
            return found.error();
        const qint64 now = nowMs();

        for (const PersonRows::Mention &mention : found->mentions) {
            if (auto s = execute(db, QStringLiteral("UPDATE %1 SET %2 = NULL, updated_at = ?, device_id = ? WHERE id = ?")
                                     .arg(mention.table, mention.column),
                             {now, database.deviceId(), mention.id});
                !s)
                return s.error();
            ++summary.mentionsCleared;
        }
        auto removed = removeOwned(db, database.deviceId(), contactId, found.value(), now);
        if (!removed)
            return removed.error();
        summary.rowsErased = removed.value();
        // The one change that travels: the server erases its copy and every other laptop's.
        if (auto s = execute(db,
                         QStringLiteral("INSERT INTO change_log (table_name, row_id, op, changed_at, device_id, fields) "
                                        "VALUES ('contacts', ?, 'delete', ?, ?, ?)"),
                         {contactId, now, database.deviceId(), sync::kErasureMark});
            !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    scrubFreedText(db);
    return summary;
}

Status PersonErasure::removeErased(const QSqlDatabase &db, const QString &deviceId, const QString &contactId)
{
    auto found = PersonRows::collect(db, contactId);
    if (!found)
        return found.error().code == Error::Code::NotFound ? success() : Status(found.error());
    auto removed = removeOwned(db, deviceId, contactId, found.value(), nowMs());
    return removed ? success() : Status(removed.error());
}

void PersonErasure::scrubFreedText(const QSqlDatabase &db)
{
    // Deleting from a full-text index only marks the words as gone until its segments merge;
    // "optimize" merges them now. The write-ahead log still holds the old pages until it is
    // checkpointed. Both are best effort: the erasure itself is committed.
    QSqlQuery tidy(db);
    if (!tidy.exec(QStringLiteral("INSERT INTO contact_search (contact_search) VALUES ('optimize')")))
        qWarning("majlis: the search index could not be compacted after an erasure: %s", qPrintable(tidy.lastError().text()));
    if (!tidy.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qWarning("majlis: the write-ahead log could not be emptied after an erasure: %s", qPrintable(tidy.lastError().text()));
}

} // namespace majlis
