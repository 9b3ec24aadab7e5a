#include "sync/pullapplier.h"

#include "common/clock.h"
#include "common/crashpoint.h"
#include "contacts/contactstore.h"
#include "contacts/searchrefresh.h"
#include "privacy/personerasure.h"
#include "storage/scopedpragma.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "sync/clockset.h"
#include "sync/localstate.h"
#include "sync/rowjson.h"
#include "sync/syncschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace majlis::sync {

namespace {

// Foreign keys cannot be checked page by page: a child may arrive a page before the parent it
// points to, and a row may point at another chapter's row this laptop never sees. The switch
// only works outside a transaction.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(const QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); }

private:
    QSqlDatabase m_db;
};

QString rowKey(const QString &table, const QString &id)
{
    return table + u'\x1f' + id;
}

// The fields each row has changed here and not yet pushed, read once per page: the log after
// the acknowledged position is short, the page is not.
Result<QHash<QString, QSet<QString>>> pendingFields(const QSqlDatabase &db, qint64 pushedSeq)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT table_name, row_id, fields FROM change_log WHERE seq > ?"));
    query.addBindValue(pushedSeq);
    if (!query.exec())
        return sqlError(query);
    QHash<QString, QSet<QString>> pending;
    while (query.next()) {
        QSet<QString> &fields = pending[rowKey(query.value(0).toString(), query.value(1).toString())];
        const QString list = query.value(2).toString();
        if (list == u"*")
            fields.insert(QStringLiteral("*"));
        for (const QString &field : list.split(u',', Qt::SkipEmptyParts))
            fields.insert(field);
    }
    return pending;
}

} // namespace

PullApplier::PullApplier(QSqlDatabase db, QString deviceId) : m_db(db), m_deviceId(std::move(deviceId)), m_columns(db) {}

Result<PullOutcome> PullApplier::apply(const QJsonObject &page, qint64 pushedSeq)
{
    PullOutcome outcome;
    outcome.more = page.value(QStringLiteral("more")).toBool();
    m_touchedContacts.clear();

    const QJsonArray rows = page.value(QStringLiteral("rows")).toArray();
    const bool erasing = std::any_of(rows.begin(), rows.end(),
                                     [](const QJsonValue &row) { return row.toObject().value(QStringLiteral("erased")).toBool(); });
    std::optional<SecureDelete> secureDelete;
    if (erasing)
        secureDelete.emplace(m_db);
    ForeignKeysOff foreignKeysOff(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto pending = pendingFields(m_db, pushedSeq);
    if (!pending)
        return pending.error();
    m_pending = std::move(pending).value();
    auto everyoneStale = searchrefresh::isEveryoneStale(m_db);
    if (!everyoneStale)
        return everyoneStale.error();
    m_markContacts = !everyoneStale.value();
    // The rows about to be written are the server's, not edits made here: they must not be
    // logged, or they would be pushed back (0007_change_log_pause.sql).
    if (auto s = execute(m_db, QStringLiteral("INSERT INTO change_log_pause (only) VALUES (1)"), {}); !s)
        return s.error();

    for (const QJsonValue &chapter : page.value(QStringLiteral("purge")).toArray()) {
        if (auto s = removeChapter(chapter.toString(), outcome); !s)
            return s.error();
    }
    for (const QJsonValue &eviction : page.value(QStringLiteral("evictions")).toArray()) {
        const QJsonObject e = eviction.toObject();
        const QString table = e.value(QStringLiteral("table")).toString();
        if (!ruleFor(table))
            continue;
        const QString id = e.value(QStringLiteral("id")).toString();
        if (e.value(QStringLiteral("cascade")).toBool()) {
            auto removed = removeRowsUnder(table, id);
            if (!removed)
                return removed.error();
            outcome.rowsRemoved += removed.value();
        }
        if (auto s = removeRow(table, id); !s)
            return s.error();
        ++outcome.rowsRemoved;
    }
    for (const QJsonValue &row : rows) {
        if (auto s = applyRow(row.toObject(), outcome); !s)
            return s.error();
    }
    // Rewritten once at the end of the pull (SyncClient), not once per page that carries one of
    // a contact's rows.
    if (auto s = m_markContacts ? markTouchedContacts() : success(); !s)
        return s.error();

    if (auto s = execute(m_db, QStringLiteral("DELETE FROM change_log_pause"), {}); !s)
        return s.error();
    if (auto s = localstate::setValue(m_db, localstate::kCursor, page.value(QStringLiteral("cursor")).toString()); !s)
        return s.error();
    crashpoint::hit("sync.pull.before-commit");
    if (auto s = tx.commit(); !s)
        return s.error();
    crashpoint::hit("sync.pull.after-commit");
    return outcome;
}

NativeStatement &PullApplier::upsertFor(const QString &table, const QStringList &names)
{
    // A snapshot brings every row of a table with the same columns: one prepared statement,
    // found by its table and columns without writing its SQL for every row, and most often
    // the one the row before used.
    if (m_lastUpsert && table == m_lastUpsertTable && names == m_lastUpsertNames)
        return *m_lastUpsert;
    const QString key = table + u'\x1f' + names.join(u',');
    std::unique_ptr<NativeStatement> &query = m_upserts[key];
    if (!query) {
        QStringList marks;
        QStringList updates;
        for (const QString &name : names) {
            marks.append(QStringLiteral("?"));
            if (name != u"id")
                updates.append(QStringLiteral("%1 = excluded.%1").arg(name));
        }
        query = std::make_unique<NativeStatement>(
            m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO %4")
                      .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                           updates.isEmpty() ? QStringLiteral("NOTHING") : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", "))));
    }
    m_lastUpsert = query.get();
    m_lastUpsertTable = table;
    m_lastUpsertNames = names;
    return *query;
}

QSqlQuery &PullApplier::statement(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db);
        query->prepare(sql);
    }
    return *query;
}

Status PullApplier::applyRow(const QJsonObject &row, PullOutcome &outcome)
{
    const QString table = row.value(QStringLiteral("table")).toString();
    const QString id = row.value(QStringLiteral("id")).toString();
    const TableRule *rule = ruleFor(table);
    if (!rule || id.isEmpty())
        return success(); // a table this version does not know: skipped, not fatal
    if (row.value(QStringLiteral("erased")).toBool()) {
        ++outcome.rowsErased;
        return eraseRow(table, id);
    }
    const QJsonObject values = row.value(QStringLiteral("values")).toObject();
    const QJsonObject clocks = row.value(QStringLiteral("clocks")).toObject();
    // A tombstone comes without its values (protocol 4): a row this laptop has is marked
    // deleted and keeps what it held, one it never had is not made.
    if (values.value(QStringLiteral("deleted")).toInt() == 1) {
        QSqlQuery &exists = statement(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
        exists.addBindValue(id);
        if (!exists.exec())
            return sqlError(exists);
        const bool had = exists.next();
        exists.finish();
        if (!had)
            return success();
    }
    const QSet<QString> &known = m_columns.setOf(table);

    const QSet<QString> pending = m_pending.isEmpty() ? QSet<QString>() : m_pending.value(rowKey(table, id));
    QJsonObject oldClocks; // needed only to keep the base of fields edited here
    if (!pending.isEmpty()) {
        QSqlQuery &shadow = statement(QStringLiteral("SELECT clocks FROM sync_rows WHERE table_name = ? AND row_id = ?"));
        shadow.addBindValue(table);
        shadow.addBindValue(id);
        if (!shadow.exec())
            return sqlError(shadow);
        if (shadow.next())
            oldClocks = QJsonDocument::fromJson(shadow.value(0).toByteArray()).object();
        shadow.finish();
    }

    QStringList names;
    QList<QJsonValue> fieldValues;
    QJsonObject kept; // fields edited here keep the clock of the value their edit started from
    const bool wholeRowPending = pending.contains(QStringLiteral("*"));
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString field = it.key();
        if (!known.contains(field))
            continue; // a column of a newer schema: kept on the server, not here
        if (wholeRowPending || pending.contains(field)) {
            if (const QJsonValue clock = clockset::clockOf(oldClocks, field); !clock.isUndefined())
                kept.insert(field, clock);
            continue;
        }
        names.append(field);
        fieldValues.append(it.value());
    }
    if (!names.isEmpty()) {
        NativeStatement &upsert = upsertFor(table, names);
        for (int i = 0; i < fieldValues.size(); ++i)
            upsert.bind(i + 1, fieldValues.at(i));
        if (!upsert.run()) {
            // Most often the same tag or consent made separately on two laptops before they
            // first synced: kept aside for the user rather than stopping every later page.
            QSqlQuery refusal(m_db);
            refusal.prepare(QStringLiteral("INSERT INTO sync_refusals (table_name, row_id, reason, at) VALUES (?, ?, ?, ?)"));
            refusal.addBindValue(table);
            refusal.addBindValue(id);
            refusal.addBindValue(QStringLiteral("not applied here: %1").arg(upsert.errorText()));
            refusal.addBindValue(nowMs());
            if (!refusal.exec())
                return sqlError(refusal);
            return success();
        }
    }
    if (!m_recordRow)
        m_recordRow = std::make_unique<NativeStatement>(
            m_db, QStringLiteral("INSERT INTO sync_rows (table_name, row_id, chapter_key, clocks) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (table_name, row_id) DO UPDATE SET chapter_key = excluded.chapter_key, "
                                 "clocks = excluded.clocks"));
    NativeStatement &record = *m_recordRow;
    record.bind(1, table);
    record.bind(2, id);
    record.bind(3, row.value(QStringLiteral("chapter")).toString());
    QJsonObject shadowClocks = clocks;
    if (!pending.isEmpty()) {
        QJsonObject perField = clockset::expand(clocks, names);
        for (auto it = kept.begin(); it != kept.end(); ++it)
            perField.insert(it.key(), it.value());
        shadowClocks = clockset::compact(perField);
    }
    record.bind(4, QJsonDocument(shadowClocks).toJson(QJsonDocument::Compact));
    if (auto s = record.run(); !s)
        return s;

    ++outcome.rowsApplied;
    if (table == u"sync_conflicts")
        ++outcome.conflictsSeen;
    if (!m_markContacts)
        return success();
    if (table == u"contacts")
        m_touchedContacts.insert(id);
    else if (rule->parentTable == u"contacts")
        m_touchedContacts.insert(values.value(rule->column).toString());
    return success();
}

Status PullApplier::removeRow(const QString &table, const QString &id)
{
    if (table == u"contacts") {
        if (auto s = contactstore::unindexContact({m_db, m_deviceId, nowMs()}, id); !s)
            return s;
    }
    for (const QString &sql : {QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table),
                               QStringLiteral("DELETE FROM sync_rows WHERE table_name = '%1' AND row_id = ?").arg(table),
                               QStringLiteral("DELETE FROM change_log WHERE table_name = '%1' AND row_id = ?").arg(table)}) {
        QSqlQuery query(m_db);
        query.prepare(sql);
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(query);
    }
    return success();
}

Result<int> PullApplier::removeRowsUnder(const QString &table, const QString &id)
{
    int removed = 0;
    for (const TableRule &rule : tableRules()) {
        if (rule.scope != Scope::Parent || rule.parentTable != table)
            continue;
        QSqlQuery rows(m_db);
        rows.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(rule.table, rule.column));
        rows.addBindValue(id);
        if (!rows.exec())
            return sqlError(rows);
        QStringList ids;
        while (rows.next())
            ids.append(rows.value(0).toString());
        for (const QString &child : std::as_const(ids)) {
            auto under = removeRowsUnder(rule.table, child);
            if (!under)
                return under;
            if (auto s = removeRow(rule.table, child); !s)
                return s.error();
            removed += under.value() + 1;
        }
    }
    return removed;
}

Status PullApplier::eraseRow(const QString &table, const QString &id)
{
    // With the person go the rows made here about them that the server refused to take.
    if (table == u"contacts") {
        if (auto s = PersonErasure::removeErased(m_db, m_deviceId, id); !s)
            return s;
    }
    if (auto s = removeRow(table, id); !s)
        return s;
    for (const QString &sql : {QStringLiteral("DELETE FROM sync_conflicts WHERE table_name = ? AND row_id = ?"),
                               QStringLiteral("DELETE FROM sync_refusals WHERE table_name = ? AND row_id = ?"),
                               QStringLiteral("DELETE FROM search_stale WHERE ? = 'contacts' AND contact_id = ?")}) {
        QSqlQuery query(m_db);
        query.prepare(sql);
        query.addBindValue(table);
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(query);
    }
    m_touchedContacts.remove(id);
    return success();
}

Status PullApplier::removeChapter(const QString &chapterKey, PullOutcome &outcome)
{
    if (chapterKey.isEmpty())
        return success(); // organization-wide rows are never purged
    QSqlQuery rows(m_db);
    rows.prepare(QStringLiteral("SELECT table_name, row_id FROM sync_rows WHERE chapter_key = ?"));
    rows.addBindValue(chapterKey);
    if (!rows.exec())
        return sqlError(rows);
    QList<std::pair<QString, QString>> doomed;
    while (rows.next())
        doomed.append({rows.value(0).toString(), rows.value(1).toString()});
    for (const auto &[table, id] : std::as_const(doomed)) {
        if (!ruleFor(table))
            continue;
        if (auto s = removeRow(table, id); !s)
            return s;
        ++outcome.rowsRemoved;
    }
    return success();
}

Status PullApplier::markTouchedContacts()
{
    QSqlQuery &mark = statement(QStringLiteral("INSERT OR IGNORE INTO search_stale (contact_id) VALUES (?)"));
    for (const QString &id : std::as_const(m_touchedContacts)) {
        if (id.isEmpty())
            continue;
        mark.addBindValue(id);
        if (!mark.exec())
            return sqlError(mark);
    }
    return success();
}

} // namespace majlis::sync
