#pragma once

#include "common/result.h"

#include <QDate>

namespace majlis {

class Database;

// An election with a phone bank half worked (a list, two volunteers, results and pledges) and
// a door-knocking list for a demo workspace, from the demo contacts, so the Campaigns workspace
// and its reports have something to show. Does nothing when the workspace has campaigns.
class DemoCampaigns
{
public:
    static Status populate(Database &database, const QDate &today = QDate::currentDate(), quint32 seed = 20261207);
};

} // namespace majlis
