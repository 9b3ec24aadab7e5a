#include "storage/migrations.h"

#include "storage/nativestatement.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace majlis {

namespace {

// A migration file holds many statements (triggers among them), which QSqlQuery cannot run in
// one call; sqlite3_exec can, on the same connection and inside our transaction.
Status execScript(const QSqlDatabase &db, const QByteArray &script)
{
    sqlite3 *handle = nativeHandle(db);
    if (!handle)
        return Error{Error::Code::Database, QStringLiteral("The SQLite driver gave no native handle.")};
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return sqlError(QSqlError(text, text, QSqlError::StatementError, QString::number(rc)));
    }
    return success();
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery columns(db);
    QStringList names;
    if (columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table))) {
        while (columns.next())
            names.append(columns.value(0).toString());
    }
    return names;
}

// The first schema logged only which row changed; from version 5 on, an update also lists the
// columns it changed, so sync can merge two laptops' edits of different fields.
QString changeLogTriggers(const QString &table, const QStringList &columns, bool withFields, bool pausable)
{
    if (!withFields) {
        return QStringLiteral(
                   "CREATE TRIGGER IF NOT EXISTS %1_log_insert AFTER INSERT ON %1 BEGIN "
                   "INSERT INTO change_log (table_name, row_id, op, changed_at, device_id) "
                   "VALUES ('%1', NEW.id, 'insert', NEW.updated_at, NEW.device_id); END;\n"
                   "CREATE TRIGGER IF NOT EXISTS %1_log_update AFTER UPDATE ON %1 BEGIN "
                   "INSERT INTO change_log (table_name, row_id, op, changed_at, device_id) "
                   "VALUES ('%1', NEW.id, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' "
                   "WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, "
                   "NEW.updated_at, NEW.device_id); END;\n")
            .arg(table);
    }
    QStringList changed;
    for (const QString &column : columns) {
        if (column != u"updated_at" && column != u"device_id" && column != u"rid")
            changed.append(QStringLiteral("CASE WHEN NEW.%1 IS NOT OLD.%1 THEN ',%1' ELSE '' END").arg(column));
    }
    // From version 7 on, a pull pauses the log while it writes the server's rows (0007).
    const QString unlessPaused = pausable ? QStringLiteral("WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) ") : QString();
    return QStringLiteral(
               "DROP TRIGGER IF EXISTS %1_log_insert;\n"
               "DROP TRIGGER IF EXISTS %1_log_update;\n"
               "DROP TRIGGER IF EXISTS %1_changes_insert;\n"
               "DROP TRIGGER IF EXISTS %1_changes_update;\n"
               "CREATE TRIGGER %1_changes_insert AFTER INSERT ON %1 %3BEGIN "
               "INSERT INTO change_log (table_name, row_id, op, changed_at, device_id, fields) "
               "VALUES ('%1', NEW.id, 'insert', NEW.updated_at, NEW.device_id, '*'); END;\n"
               "CREATE TRIGGER %1_changes_update AFTER UPDATE ON %1 %3BEGIN "
               "INSERT INTO change_log (table_name, row_id, op, changed_at, device_id, fields) "
               "VALUES ('%1', NEW.id, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' "
               "WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, "
               "NEW.updated_at, NEW.device_id, substr(%2, 2)); END;\n")
        .arg(table, changed.join(QStringLiteral(" || ")), unlessPaused);
}

// Every table shaped for sync (id, updated_at, deleted, device_id) logs its inserts and updates
// to change_log. The triggers are (re)made here after every migration, so a new migration only
// declares its tables or columns and cannot forget one.
Status ensureChangeLogTriggers(const QSqlDatabase &db)
{
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' AND name <> 'change_log' ORDER BY name")))
        return sqlError(tables);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    const bool withFields = columnsOf(db, QStringLiteral("change_log")).contains(QStringLiteral("fields"));
    const bool pausable = names.contains(QStringLiteral("change_log_pause"));

    QByteArray script;
    for (const QString &table : std::as_const(names)) {
        const QStringList columns = columnsOf(db, table);
        if (columns.contains(QStringLiteral("id")) && columns.contains(QStringLiteral("updated_at"))
            && columns.contains(QStringLiteral("deleted")) && columns.contains(QStringLiteral("device_id")))
            script += changeLogTriggers(table, columns, withFields, pausable).toUtf8();
    }
    return script.isEmpty() ? success() : execScript(db, script);
}

// Turns foreign keys off for a rebuild and on again afterwards, whatever the rebuild's outcome.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(const QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    QSqlDatabase m_db;
};

// Rows pointing at a missing row, as "table/rowid/parent". A workspace can hold some from before
// (a synced child that arrived before its parent); a rebuild must only not add any.
Result<QSet<QString>> danglingRows(const QSqlDatabase &db)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(check);
    QSet<QString> rows;
    while (check.next())
        rows.insert(check.value(0).toString() + u'/' + check.value(1).toString() + u'/' + check.value(2).toString());
    return rows;
}

Status checkNoNewDanglingRows(const QSqlDatabase &db, const QSet<QString> &before)
{
    auto after = danglingRows(db);
    if (!after)
        return after.error();
    for (const QString &row : std::as_const(after.value())) {
        if (!before.contains(row))
            return Error{Error::Code::Database,
                         QStringLiteral("Upgrading the workspace would leave a row pointing at a missing row (%1).").arg(row)};
    }
    return success();
}

} // namespace

QList<Migration> availableMigrations()
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(file);
        if (match.hasMatch())
            migrations.append({match.captured(1).toInt(), dir.filePath(file)});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

Status applyMigrations(const QSqlDatabase &db, int currentVersion, int lastVersion)
{
    for (const Migration &migration : availableMigrations()) {
        if (migration.version <= currentVersion || migration.version > lastVersion)
            continue;
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Database, QStringLiteral("Missing migration %1").arg(migration.resourcePath)};
        const QByteArray script = file.readAll();

        // A migration that rebuilds a table others point at runs with foreign keys off, which
        // SQLite only allows outside a transaction, and checks them all before it commits.
        const bool rebuilds = script.startsWith("-- majlis: foreign-keys-off");
        std::optional<ForeignKeysOff> keysOff;
        QSet<QString> danglingBefore;
        if (rebuilds) {
            keysOff.emplace(db);
            auto rows = danglingRows(db);
            if (!rows)
                return rows.error();
            danglingBefore = rows.value();
        }
        Transaction tx(db);
        if (!tx.isActive())
            return tx.beginStatus();
        if (auto status = execScript(db, script); !status)
            return status;
        if (rebuilds) {
            if (auto status = checkNoNewDanglingRows(db, danglingBefore); !status)
                return status;
        }
        if (auto status = ensureChangeLogTriggers(db); !status)
            return status;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
            return sqlError(query);
        if (auto status = tx.commit(); !status)
            return status;
    }
    return success();
}

} // namespace majlis
