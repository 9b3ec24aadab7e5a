#pragma once

#include "accounts.h"
#include "refusal.h"
#include "serverstore.h"
#include "targetindex.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace majlis::server {

// Assignments that survive going offline (server/PROTOCOL.md, "lease"): a volunteer or caller
// takes a share of a campaign's list for a while; the server writes them as its assignee with
// the time the lease ends, and the change reaches every laptop like any other. While the lease
// runs nobody else is handed those people, and a result somebody else pushes for them is
// refused, so nobody is called twice. A closed campaign's leases no longer count.
class Leases
{
    Q_DECLARE_TR_FUNCTIONS(Leases)

public:
    Leases(ServerStore &store, qint64 now, qint64 leaseMs) : m_store(store), m_now(now), m_until(now + leaseMs) {}

    // Holds the campaign's lease lock to the end of the transaction: a second request for the
    // same campaign waits, then sees what this one handed out.
    Status lock(const QString &campaignId);
    // Up to `count` people of the campaign's list nobody works now (unassigned, or whose lease
    // ran out), in the caller's chapters, still reachable, untried first then in list order;
    // each is written as leased to the account until until(). Inside a write transaction.
    Result<QList<TargetAssignment>> grant(const Account &account, const StoredRecord &campaign, int count);
    qint64 until() const { return m_until; }
    // A campaign closed or deleted: its leases in the writer's chapters end (lease_until 0, the
    // assignee kept), and every laptop learns it. Leases elsewhere are no longer honoured anyway.
    Status endAll(const QString &campaignId, const QStringList &chapters);

    // For a new campaign_results row: refused when someone other than the account holds a
    // running lease on the person in that campaign.
    std::optional<Refusal> checkResult(const Account &account, const QJsonObject &fields);

private:
    Result<bool> reachable(const QString &contactId, bool needsPhone);
    // Writes `values` into the target as the server, with clocks after every value they replace.
    Status write(StoredRecord target, const QJsonObject &values, qint64 counter);

    ServerStore &m_store;
    qint64 m_now;
    qint64 m_until;
};

} // namespace majlis::server
