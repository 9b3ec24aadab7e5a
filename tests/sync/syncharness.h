#pragma once

#include "accounts.h"
#include "serverstore.h"
#include "storage/database.h"
#include "sync/syncclient.h"
#include "syncservice.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <random>

namespace majlis::test {

// A majlis-server without HTTP: its store in a temporary SQLite file, a clock the test moves,
// and the ability to be restored from a backup the way an administrator would.
class SimServer
{
public:
    SimServer();
    ~SimServer();

    server::SyncService &service() { return *m_service; }
    server::Accounts &accounts() { return *m_accounts; }
    server::ServerStore &store() { return *m_store; }
    qint64 now() const { return m_now; }
    // Where the store is, for a test that opens a second connection to it.
    const server::StoreLocation &location() const { return m_location; }
    void advance(qint64 ms) { m_now += ms; }

    // Chapter name -> id; users get the password "correct horse battery".
    QString chapter(const QString &name);
    void addUser(const QString &name, server::Role role, const QStringList &chapters);

    void backup();
    // Replaces the store with the last backup and starts a new epoch, as PROTOCOL.md asks.
    void restoreBackup();
    // The server's current rows of a table, visible in the given chapters ('' = organization).
    QHash<QString, QJsonObject> rows(const QString &table, const QStringList &chapterKeys) const;

private:
    void open();

    QTemporaryDir m_dir;
    server::StoreLocation m_location; // SQLite in m_dir, or a database of the private PostgreSQL
    qint64 m_now;
    std::unique_ptr<server::ServerStore> m_store;
    std::unique_ptr<server::Accounts> m_accounts;
    std::unique_ptr<server::SyncService> m_service;
};

// The network between a laptop and the SimServer. Faults are drawn from a seeded generator:
// a request lost on the way, an answer lost after the server committed, a request delivered
// twice, and an old request delivered again later (reordering).
class SimTransport : public sync::SyncTransport
{
public:
    struct Faults
    {
        double dropRequest = 0;
        double dropResponse = 0;
        double duplicate = 0;
        double replayOld = 0;
    };

    SimTransport(SimServer &server, std::mt19937 &random) : m_server(server), m_random(random) {}

    Faults faults;
    bool partitioned = false;

    sync::SyncReply post(const QString &endpoint, const QJsonObject &body, const QByteArray &token) override;

private:
    bool chance(double p);

    SimServer &m_server;
    std::mt19937 &m_random;
    QList<server::ServiceRequest> m_sent;
};

// One laptop: its own workspace file, its own network, a logged-in user.
class Laptop
{
public:
    Laptop(SimServer &server, std::mt19937 &random, const QString &user);

    Database &db() { return *m_database; }
    SimTransport &network() { return m_transport; }
    // Logs in when needed; false when the network failed somewhere (the next call resumes).
    bool sync();
    // Closes and reopens the workspace file, as after a crash or a restart of the app.
    void restart();
    // Replaces this laptop's workspace with a copy of another's file, as when a volunteer is
    // handed a copy instead of setting up a fresh one.
    void copyWorkspaceFrom(Laptop &other);
    // Keeps a copy of the workspace file, and later puts it back in place, as a person
    // restoring their laptop from last week's backup would.
    void backUpWorkspace();
    void restoreWorkspaceBackup();

    QString user;
    QByteArray token;
    QString lastError;

private:
    QTemporaryDir m_dir;
    SimServer &m_server;
    SimTransport m_transport;
    std::unique_ptr<Database> m_database;
};

// The rows of a table on a laptop, as JSON objects of their synced columns.
QHash<QString, QJsonObject> localRows(Database &database, const QString &table);

// A contact written straight into a laptop's workspace (the triggers log it for the next push).
QString insertContact(Laptop &laptop, const QString &given, const QString &chapterId = {});
// One request to the server, as the HTTP front would hand it over.
server::ServiceResponse call(SimServer &server, const QString &endpoint, const QJsonObject &body, const QByteArray &token = {});
QByteArray loginToken(SimServer &server, const QString &user);
// A push mutation setting `values`, each with a clock of `device`.
QJsonObject mutation(qint64 seq, const QString &table, const QString &id, const QJsonObject &values, const QString &device);

inline const QString kPassword = QStringLiteral("correct horse battery");

} // namespace majlis::test
