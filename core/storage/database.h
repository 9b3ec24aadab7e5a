#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace majlis {

// One open workspace: a single SQLite file holding one organization's data.
//
// open() refuses, with a message the user can act on, any file it cannot safely use (not
// SQLite, corrupt, from a newer Majlis, locked, read-only) and in each of those cases leaves
// the file on disk exactly as it found it: every check runs on a read-only connection before
// anything is written.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options
    {
        int busyTimeoutMs = 3000;
        bool createIfMissing = true;
        // PRAGMA quick_check reads the whole file (about 0.4 s at 100,000 contacts). A second
        // connection to a file this process opened and checked already may skip it.
        bool checkIntegrity = true;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options{}); }

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    // Identifies this laptop's copy of the workspace as the writer of rows and change-log entries.
    QString deviceId() const { return m_deviceId; }
    // Makes this file write as a new device (a copy, or a file restored from an older backup,
    // must not reuse numbers the server already acknowledged from the same id).
    Status renewDeviceId();
    int schemaVersion() const { return m_schemaVersion; }

    static int latestSchemaVersion();
    static QString defaultPath();

private:
    Database(QString path, QString connectionName);
    Status configureAndMigrate();
    Status loadDeviceId();
    Status writeNewDeviceId();

    QString m_path;
    QString m_connectionName;
    QString m_deviceId;
    int m_schemaVersion = 0;
};

} // namespace majlis
