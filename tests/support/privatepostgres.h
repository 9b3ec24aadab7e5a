#pragma once

#include "serverstore.h"

#include <QString>

#include <memory>

namespace majlis::test {

// A PostgreSQL server of the tests' own: a cluster made by initdb in a temporary directory,
// listening only on a loopback port and its own socket directory, stopped when the tests end.
// Started once per test process, on first use. As root (CI), it runs as the postgres user,
// since initdb refuses root.
class PrivatePostgres
{
public:
    // nullptr when PostgreSQL or Qt's PSQL driver is not installed; reason() says which.
    static PrivatePostgres *instance();
    static QString reason();

    ~PrivatePostgres();

    // A new, empty database owned by an ordinary role (not a superuser, which row-level
    // security would not apply to), and how to connect to it.
    server::StoreLocation createDatabase();
    // Server-side copies for backups: the source must have no open connection.
    bool copyDatabase(const QString &from, const QString &to);
    bool dropDatabase(const QString &name);

private:
    PrivatePostgres() = default;
    bool start();
    bool admin(const QString &sql);

    QString m_dir;
    QString m_bin;
    int m_port = 0;
    int m_databases = 0;
    QString m_adminConnection;
};

// The store the sync tests run against: SQLite unless MAJLIS_TEST_STORE=postgres.
bool testsUsePostgres();

} // namespace majlis::test
