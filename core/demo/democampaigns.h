#pragma once

#include "common/result.h"

#include <QDate>

namespace majlis {

class Database;

// A phone bank for an upcoming election in a demo workspace: a short script, a list of the demo
// volunteers who agreed to be phoned, split between two callers, and a few results, so the
// Campaigns workspace, its list and a contact's history show something. Does nothing when the
// workspace has a campaign already.
class DemoCampaigns
{
public:
    // The election falls about two months after `today`.
    static Status populate(Database &database, const QDate &today = QDate::currentDate());
};

} // namespace majlis
