#pragma once

#include "common/result.h"
#include "serverstore.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace majlis::server {

// One campaign_targets record as the caller role and the leases need it (the
// target_assignments table of schema_campaigns.sql).
struct TargetAssignment
{
    QString targetId;
    QString chapterKey;
    QString campaignId;
    QString contactId;
    QString assigneeKey; // UserName::key of the assignee; '' for nobody
    qint64 leaseUntil = 0; // UTC ms; 0: an organizer's assignment, or no one's
    qint64 attempts = 0;
    qint64 position = 0;
    bool done = false;
    bool deleted = false; // deleted or erased

    // Whether `now` falls within a lease. An assignment without a lease (0) never expires.
    bool leaseRunning(qint64 now) const { return leaseUntil > now; }
    bool leaseExpired(qint64 now) const { return leaseUntil > 0 && leaseUntil <= now; }
};

// Whether a campaign record takes results and hands out people: not deleted, erased or closed.
bool isOpenCampaign(const StoredRecord &campaign);

// The target_assignments table, kept beside the records by ServerStore::putRecord. Every query
// reads through the connection's current scope, so on PostgreSQL it sees only the chapters the
// request declared.
class TargetIndex
{
public:
    explicit TargetIndex(QSqlDatabase db) : m_db(std::move(db)) {}

    // Writes the row for a campaign_targets record just stored.
    Status update(const StoredRecord &target);
    // Fills the table from every campaign_targets record (a server made before it).
    Status rebuild();

    Result<QList<TargetAssignment>> assignedTo(const QString &assigneeKey) const;
    Result<QList<TargetAssignment>> ofContact(const QString &contactId) const;
    Result<std::optional<TargetAssignment>> find(const QString &campaignId, const QString &contactId) const;
    // The campaign's targets nobody works now: unassigned, or whose lease has run out, not done,
    // untried first and then in list order.
    Result<QList<TargetAssignment>> available(const QString &campaignId, qint64 now) const;
    // The campaign's targets with a lease set, run out or not.
    Result<QList<TargetAssignment>> leased(const QString &campaignId) const;

private:
    Result<QList<TargetAssignment>> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace majlis::server
