#pragma once

#include "accounts.h"
#include "fieldmerge.h"
#include "pushedfields.h"
#include "refusal.h"
#include "serverstore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <variant>

namespace majlis::sync {
struct TableRule;
}

namespace majlis::server {

class CallerWrites;
class Leases;
namespace pullcursor {
struct Decoded;
}

struct ServiceLimits
{
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int pageSize = 2000; // rows per pull reply: fewer round trips for a laptop's first sync
    int maxMutations = 5000;
    int maxOfflineDays = 365;
    // A pull's answer stops adding rows past this many bytes (always at least one row), so a
    // page of large rows cannot take the server's memory or a laptop's.
    qsizetype maxPageBytes = 4 * 1024 * 1024;
    RowLimits rows;
    // How long a lease keeps people for the one who took them (`lease`), and how many one
    // request may take.
    qint64 leaseMs = 8LL * 60 * 60 * 1000;
    int maxLease = 500;
};

struct ServiceRequest
{
    QString endpoint; // hello, login, logout, push, pull, lease
    QByteArray bearerToken;
    QByteArray body;
    QString remote;
};

// An answer as it goes on the wire. The body is serialized JSON: a pull's page is written
// straight from the stored text of its rows, never built as objects first.
struct ServiceResponse
{
    ServiceResponse() = default;
    ServiceResponse(int status, const QJsonObject &object);
    static ServiceResponse serialized(int status, QByteArray json);

    // The body read back as an object, for the in-process transport and the tests.
    QJsonObject json() const;

    int status = 200;
    QByteArray body;
};

// The whole protocol of server/PROTOCOL.md behind one call, without HTTP: the HTTP front and
// the in-process convergence tests both go through here. Every write of a request is one
// transaction; a refused or malformed request writes nothing but an audit line.
class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)

public:
    SyncService(ServerStore &store, Accounts &accounts, ServiceLimits limits, std::function<qint64()> now);

    ServiceResponse handle(const ServiceRequest &request);

private:
    ServiceResponse hello(const QJsonObject &body) const;
    ServiceResponse login(const QJsonObject &body, const QString &remote);
    ServiceResponse push(const Account &account, const QJsonObject &body, const QString &remote);
    ServiceResponse pull(const Account &account, const QJsonObject &body);
    // A caller sees only the people assigned to them (callerview.h).
    ServiceResponse callerPull(const Account &account, const pullcursor::Decoded &cursor, int limit);
    ServiceResponse lease(const Account &account, const QJsonObject &body, const QString &remote);

    // Where a pushed row will live: the row as the server holds it (or a new one) and the
    // chapter it belongs to once the change is applied.
    struct Placement
    {
        StoredRecord record;
        QString chapterKey;
    };
    // callerWrites: the caller's own rules, for a caller's push; null for the other roles.
    std::optional<Refusal> applyMutation(Account &account, const QString &deviceId, const QJsonObject &mutation,
                                         CallerWrites *callerWrites, Leases &leases);
    // A person erased on request, with every row about them (see erasure.h).
    std::optional<Refusal> erase(const Account &account, const QString &table, const QString &id, qint64 now);
    std::variant<Placement, Refusal> placeExisting(const Account &account, const sync::TableRule &rule, StoredRecord record,
                                                   const QJsonObject &fields);
    std::variant<Placement, Refusal> placeNew(Account &account, const sync::TableRule &rule, const QString &table,
                                              const QString &id, QJsonObject &fields, qint64 now);
    // A chapter an administrator made offline, adopted with its id.
    std::optional<Refusal> addChapter(Account &account, const QString &id, const QString &name);
    // The row a change hangs on or links to: one the server holds in a chapter the writer may
    // see, not erased; otherwise the refusal to give.
    std::variant<StoredRecord, Refusal> visibleRow(const Account &account, const QString &table, const QString &id);
    // Every column naming another row must name one the writer may see.
    std::optional<Refusal> checkReferences(const Account &account, const sync::TableRule &rule, const QJsonObject &fields,
                                           const QString &parentId);
    Status rescope(const StoredRecord &parent, const QString &chapterKey);
    Status logConflicts(const StoredRecord &row, const QList<LostValue> &conflicts);

    ServerStore &m_store;
    Accounts &m_accounts;
    ServiceLimits m_limits;
    std::function<qint64()> m_now;
};

} // namespace majlis::server
