#pragma once

#include "common/result.h"

namespace majlis {

class Database;

// Fictional partners, a sign-on letter and events with attendance for a demo workspace, so
// the Partners, Events and Reports workspaces have something to show. Uses the contacts the
// workspace already has. Does nothing when the workspace has partners already.
class DemoOrganizing
{
public:
    static Status populate(Database &database, quint32 seed = 20261126);
};

} // namespace majlis
