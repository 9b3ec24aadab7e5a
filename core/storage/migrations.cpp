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
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
            return sqlError(query);
        if (auto status = tx.commit(); !status)
            return status;
    }
    return success();
}

} // namespace majlis
