#include "storage/database.h"

#include "storage/transaction.h"

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
#include <QSysInfo>

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
        const QString check = options.checkIntegrity ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("SELECT 'ok'");
        if (!query.exec(check) || !query.next()) {
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
    // A 64 MiB page cache (SQLite's default is 2 MiB): a large import or a first sync changes
    // more pages than the default holds, and in WAL mode every spilled page is written to the
    // log again each time it changes.
    for (const char *pragma : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -65536"}) {
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

namespace {

// Where this copy of the workspace lives: the computer and the file's path.
QString homeOf(const QString &path)
{
    QString machine = QString::fromLatin1(QSysInfo::machineUniqueId().toHex());
    if (machine.isEmpty())
        machine = QSysInfo::machineHostName();
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return machine + u'|' + (canonical.isEmpty() ? path : canonical);
}

Status setLocal(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO local_settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec() ? success() : Status(sqlError(query));
}

} // namespace

// The device id is tied to where the file lives. A workspace copied to another computer or
// folder takes a new id when it is first opened there: the sync server acknowledges each
// device's changes by number, so two files writing as one device would have one file's
// changes taken for the other's and skipped.
Status Database::loadDeviceId()
{
    const QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT key, value FROM local_settings WHERE key IN ('device_id', 'device_home')")))
        return sqlError(query);
    QString storedHome;
    while (query.next())
        (query.value(0).toString() == u"device_id" ? m_deviceId : storedHome) = query.value(1).toString();
    query.finish();
    const QString home = homeOf(m_path);
    if (!m_deviceId.isEmpty() && storedHome == home)
        return success();

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    // A file from before homes were recorded keeps its id: it is most likely where it was made.
    if (m_deviceId.isEmpty() || !storedHome.isEmpty()) {
        if (auto s = writeNewDeviceId(); !s)
            return s;
    }
    if (auto s = setLocal(db, QStringLiteral("device_home"), home); !s)
        return s;
    return tx.commit();
}

Status Database::writeNewDeviceId()
{
    const QSqlDatabase db = connection();
    const QString id = newId();
    if (auto s = setLocal(db, QStringLiteral("device_id"), id); !s)
        return s;
    // The changes the server acknowledged under the old id are there already; under the new one
    // the numbering starts from nothing and only what was never acknowledged is sent. Keys
    // shared with sync/localstate.h.
    QSqlQuery forget(db);
    if (!forget.exec(QStringLiteral("DELETE FROM change_log WHERE seq <= coalesce((SELECT CAST(value AS INTEGER) FROM "
                                    "local_settings WHERE key = 'sync/pushed_seq'), 0)")))
        return sqlError(forget);
    if (!forget.exec(QStringLiteral("DELETE FROM local_settings WHERE key = 'sync/pushed_seq'")))
        return sqlError(forget);
    m_deviceId = id;
    return success();
}

Status Database::renewDeviceId()
{
    Transaction tx(connection());
    if (!tx.isActive())
        return tx.beginStatus();
    const QString old = m_deviceId;
    if (auto s = writeNewDeviceId(); !s) {
        m_deviceId = old;
        return s;
    }
    if (auto s = tx.commit(); !s) {
        m_deviceId = old;
        return s;
    }
    return success();
}

} // namespace majlis
