#pragma once

#include "campaigns/campaign.h"
#include "common/result.h"

#include <QCoreApplication>

namespace majlis {

class Database;

// Elections and campaigns: their details and scripts. The list a campaign works and its
// results are kept by CallList and CallSession.
class CampaignRepository
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRepository)

public:
    explicit CampaignRepository(Database &database) : m_database(database) {}

    Result<Election> createElection(const Election &election);
    Result<QList<Election>> elections() const;
    Result<Election> election(const QString &id) const;
    // By id (or its first characters) or by name, as the CLI is given it.
    Result<Election> findElection(const QString &idOrName) const;

    Result<Campaign> create(const Campaign &campaign);
    Result<Campaign> update(const Campaign &campaign);
    // A new election and the campaign for it (created, or updated when it has an id), both or
    // neither: a campaign refused for its name leaves no election behind.
    Result<Campaign> saveWithElection(const Campaign &campaign, const Election &election);
    Result<Campaign> get(const QString &id) const;
    // Newest first; closed ones too.
    Result<QList<Campaign>> list() const;
    Result<Campaign> find(const QString &idOrName) const;
    // A closed campaign takes no more results, and its assignments end.
    Status setClosed(const QString &id, bool closed);

private:
    Status validate(const Campaign &campaign) const;

    Database &m_database;
};

} // namespace majlis
