#include "storage/database.h"

#include "common/clock.h"
#include "storage/migrations.h"
#include "storage/sqlerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace majlis {

namespace {

constexpr qint64 kApplicationId = 1298229836; // 'MJLS', set by the first migration

QString newConnectionName()
{
    return QStringLiteral("majlis-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QSqlDatabase addConnection(const QString &name, const QString &path, int busyTimeoutMs, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    return db;
}

// Removes a connection when the scope ends, whatever path the checks leave by.
struct ConnectionGuard
{
    QString name;
    ~ConnectionGuard()
    {
        if (!name.isEmpty() && QSqlDatabase::contains(name))
            QSqlDatabase::removeDatabase(name);
    }
};

Error make(Error::Code code, const QString &message)
{
    return {code, message};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    const auto migrations = availableMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("workspace.majlis"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const QString folder = QDir::toNativeSeparators(info.absolutePath());

    if (info.exists()) {
        if (info.isDir())
            return make(Error::Code::InvalidInput,
                        tr("%1 is a folder. Choose a workspace file instead.").arg(shown));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return make(Error::Code::ReadOnly,
                        tr("Majlis cannot read %1: %2. Check the file's permissions.").arg(shown, file.errorString()));
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return make(Error::Code::NotSqlite,
                        tr("%1 is not a Majlis workspace (it is not an SQLite database). Choose another file.").arg(shown));
        if (!info.isWritable())
            return make(Error::Code::ReadOnly,
                        tr("%1 is read-only. Copy it to a folder you can write to, or change its permissions.").arg(shown));
        // SQLite keeps its write-ahead log beside the file, so the folder must be writable too.
        if (!QFileInfo(info.absolutePath()).isWritable())
            return make(Error::Code::ReadOnly,
                        tr("The folder %1 is read-only, and Majlis needs to write beside the workspace. Move the file to a writable folder.").arg(folder));
    } else {
        if (!options.createIfMissing)
            return make(Error::Code::NotFound, tr("There is no workspace at %1.").arg(shown));
        if (!QDir().mkpath(info.absolutePath()))
            return make(Error::Code::ReadOnly,
                        tr("Majlis cannot create the folder %1. Choose a location you can write to.").arg(folder));
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return make(Error::Code::ReadOnly,
                        tr("Majlis cannot create a workspace in %1: %2. Choose a location you can write to.")
                            .arg(folder, probe.errorString()));
        probe.close();
        probe.remove();
    }

    // Read-only inspection first: nothing about a file we refuse may change on disk.
    if (info.exists() && info.size() > 0) {
        ConnectionGuard guard{newConnectionName()};
        QSqlDatabase db = addConnection(guard.name, path, options.busyTimeoutMs, true);
        if (!db.open())
            return sqlError(db.lastError());
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
            Error error = sqlError(query);
            if (error.code == Error::Code::Corrupt || error.code == Error::Code::Database)
                error = make(Error::Code::Corrupt,
                             tr("%1 is damaged and cannot be opened. Restore it from a backup or a synced copy.").arg(shown));
            query.finish();
            db.close();
            return error;
        }
        const QString verdict = query.value(0).toString();
        query.finish();
        if (verdict != QLatin1String("ok")) {
            db.close();
            return make(Error::Code::Corrupt,
                        tr("%1 is damaged (%2). Restore it from a backup or a synced copy.").arg(shown, verdict));
        }
        qint64 applicationId = 0;
        int userVersion = 0;
        int tableCount = 0;
        if (query.exec(QStringLiteral("PRAGMA application_id")) && query.next())
            applicationId = query.value(0).toLongLong();
        if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            userVersion = query.value(0).toInt();
        if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next())
            tableCount = query.value(0).toInt();
        query.finish();
        db.close();

        if (applicationId != kApplicationId && (applicationId != 0 || userVersion != 0 || tableCount != 0))
            return make(Error::Code::NotMajlis,
                        tr("%1 is an SQLite database from another program, not a Majlis workspace. Choose another file.").arg(shown));
        if (userVersion > latestSchemaVersion())
            return make(Error::Code::NewerVersion,
                        tr("%1 was written by a newer version of Majlis (workspace format %2; this version reads up to %3). Update Majlis to open it.")
                            .arg(shown)
                            .arg(userVersion)
                            .arg(latestSchemaVersion()));
    }

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), newConnectionName()));
    QSqlDatabase db = addConnection(database->m_connectionName, path, options.busyTimeoutMs, false);
    if (!db.open())
        return sqlError(db.lastError());
    if (auto status = database->configureAndMigrate(); !status)
        return status.error();
    return database;
}

Status Database::configureAndMigrate()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    // WAL lets the list keep reading while an edit commits; FULL makes each commit durable,
    // because a volunteer's check-in must survive a pulled power cord.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return sqlError(query);
    for (const char *pragma : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return sqlError(query);
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(query);
    const int version = query.value(0).toInt();
    query.finish();
    if (auto status = applyMigrations(db, version); !status)
        return status;
    m_schemaVersion = latestSchemaVersion();
    return loadDeviceId();
}

Status Database::loadDeviceId()
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM local_settings WHERE key = 'device_id'"));
    if (!query.exec())
        return sqlError(query);
    if (query.next()) {
        m_deviceId = query.value(0).toString();
        return success();
    }
    m_deviceId = newId();
    query.prepare(QStringLiteral("INSERT INTO local_settings (key, value) VALUES ('device_id', ?)"));
    query.addBindValue(m_deviceId);
    if (!query.exec())
        return sqlError(query);
    return success();
}

} // namespace majlis
