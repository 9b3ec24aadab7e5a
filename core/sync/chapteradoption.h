#pragma once

#include "common/result.h"

#include <QJsonArray>

namespace majlis {
class Database;
}

namespace majlis::sync {

// The server's chapters are made by its administrator (majlis-server adduser --chapter), while a
// workspace may already hold a chapter of the same name made on the laptop before its first
// sync. The laptop takes the server's id for it, moving its contacts, partners and events
// along, so they are pushed into the chapter the user belongs to on the server. A chapter the
// laptop lacks is added, so new contacts can be filed under it.
Status adoptServerChapters(Database &database, const QJsonArray &serverChapters);

} // namespace majlis::sync
