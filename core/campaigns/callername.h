#pragma once

#include "common/result.h"

#include <QString>

namespace majlis {

class Database;

// Who is calling from this laptop. A list is split among volunteers by their sync user name,
// so a laptop that syncs calls as its sync user; one that does not uses the name its volunteer
// gave once, kept in the workspace's local settings (never synced: another laptop has another
// volunteer).
namespace callername {

// The sync user, else the remembered name; empty when neither is known and the volunteer
// must be asked.
QString forThisLaptop(Database &database);
// Remembers the name a volunteer gave; an empty name forgets it.
Status remember(Database &database, const QString &name);
// Whether the name comes from the sync settings, so asking for another would split nothing.
bool fromSync(Database &database);

} // namespace callername

} // namespace majlis
