#include "storage/migrations.h"

#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace majlis {

namespace {

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

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

// Every table shaped for sync (id, updated_at, deleted, device_id) logs its inserts and updates
// to change_log. The triggers are made here, for any such table that lacks them, so a new
// migration only declares its tables and cannot forget one.
Status ensureChangeLogTriggers(const QSqlDatabase &db)
{
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' AND name <> 'change_log' ORDER BY name")))
        return sqlError(tables);
    QStringList synced;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery columns(db);
        if (!columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
            return sqlError(columns);
        QStringList names;
        while (columns.next())
            names.append(columns.value(0).toString());
        if (names.contains(QStringLiteral("id")) && names.contains(QStringLiteral("updated_at")) && names.contains(QStringLiteral("deleted"))
            && names.contains(QStringLiteral("device_id")))
            synced.append(table);
    }

    QByteArray script;
    for (const QString &table : std::as_const(synced)) {
        script += QStringLiteral(
                      "CREATE TRIGGER IF NOT EXISTS %1_log_insert AFTER INSERT ON %1 BEGIN "
                      "INSERT INTO change_log (table_name, row_id, op, changed_at, device_id) "
                      "VALUES ('%1', NEW.id, 'insert', NEW.updated_at, NEW.device_id); END;\n"
                      "CREATE TRIGGER IF NOT EXISTS %1_log_update AFTER UPDATE ON %1 BEGIN "
                      "INSERT INTO change_log (table_name, row_id, op, changed_at, device_id) "
                      "VALUES ('%1', NEW.id, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' "
                      "WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, "
                      "NEW.updated_at, NEW.device_id); END;\n")
                      .arg(table)
                      .toUtf8();
    }
    return script.isEmpty() ? success() : execScript(db, script);
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

Status applyMigrations(const QSqlDatabase &db, int currentVersion)
{
    for (const Migration &migration : availableMigrations()) {
        if (migration.version <= currentVersion)
            continue;
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Database, QStringLiteral("Missing migration %1").arg(migration.resourcePath)};

        Transaction tx(db);
        if (!tx.isActive())
            return tx.beginStatus();
        if (auto status = execScript(db, file.readAll()); !status)
            return status;
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
