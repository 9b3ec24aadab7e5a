#pragma once

#include "common/result.h"
#include "sync/synctransport.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace majlis {
class Database;
}

namespace majlis::sync {

struct SyncReport
{
    int pushed = 0;    // this laptop's changes the server acknowledged
    int pulled = 0;    // rows received
    int removed = 0;   // rows taken off this laptop (moved away, or a chapter left)
    int erased = 0;    // rows of people erased on request elsewhere, taken off this laptop
    int conflicts = 0; // new entries in the conflict log
    int refused = 0;   // changes the server refused, listed for the user
    bool complete = true; // false when cancelled: what was done is kept, the rest waits
};

// People of a campaign's list the server handed to this laptop's user for a while.
struct LeaseGrant
{
    QStringList contactIds; // in the order the list would call them
    qint64 until = 0;       // UTC ms the lease ends; the server hands them to others after it
    SyncReport sync;        // the sync that brought them onto this laptop
};

struct SyncProgress
{
    enum class Phase { Connecting, Pushing, Pulling } phase = Phase::Connecting;
    int done = 0;
    int total = 0; // 0 when not known in advance
};

// One laptop's side of the protocol in server/PROTOCOL.md: push the outbox in acknowledged
// batches, then pull pages of other laptops' changes. Every step commits locally before the
// next request, so a dropped connection or a crash at any point resumes where it stopped.
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)

public:
    SyncClient(Database &database, SyncTransport &transport);

    Result<QByteArray> login(const QString &user, const QString &password);
    Status logout(const QByteArray &token);
    // progress returning false stops between two committed steps.
    Result<SyncReport> sync(const QByteArray &token, const std::function<bool(const SyncProgress &)> &progress = {});
    // Takes up to `count` people of the campaign's list nobody is calling (server/PROTOCOL.md,
    // "lease"), then syncs, so they are on this laptop to call offline until the lease ends.
    // Fewer (even none) when fewer are left.
    Result<LeaseGrant> lease(const QByteArray &token, const QString &campaignId, int count,
                             const std::function<bool(const SyncProgress &)> &progress = {});

private:
    Status hello();
    Status push(const QByteArray &token, SyncReport &report, const std::function<bool(const SyncProgress &)> &progress);
    Status pull(const QByteArray &token, SyncReport &report, const std::function<bool(const SyncProgress &)> &progress);
    Error replyError(const SyncReply &reply) const;

    Database &m_database;
    SyncTransport &m_transport;
    qsizetype m_maxBytes = 4 * 1024 * 1024;
    int m_pageSize = 500;
};

} // namespace majlis::sync
