#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace majlis {
class Database;
}

namespace majlis::searchrefresh {

// Contacts whose search document is out of date after rows arrived from elsewhere: a pull
// marks them in search_stale with each page; this rewrites their documents and clears the
// marks, in a transaction of its own.
// Rewrites one document per marked contact, or, when most contacts are marked (a laptop's first
// sync), the whole index from a few table scans.
Status refreshStale(const QSqlDatabase &db, const QString &deviceId);

// Marks every contact at once, for a pull that will bring most of them (a laptop's first): the
// pages then need not mark each contact they touch.
Status markEveryoneStale(const QSqlDatabase &db);

// A workspace indexed with an older searchtext::fold gets, once, the sort key of every contact
// whose key changed (written as an ordinary edit, so it syncs) and a new search index. Cheap when
// it was done already: one read of local_settings.
Status upgradeFolding(const QSqlDatabase &db, const QString &deviceId);
// The same on a workspace as the app and majlis-cli open it.
Status upgradeFolding(Database &workspace);
Result<bool> isEveryoneStale(const QSqlDatabase &db);

} // namespace majlis::searchrefresh
