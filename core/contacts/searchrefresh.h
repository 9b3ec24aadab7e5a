#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace majlis::searchrefresh {

// Contacts whose search document is out of date after rows arrived from elsewhere: a pull
// marks them in search_stale with each page; this rewrites their documents and clears the
// marks, in a transaction of its own.
// Rewrites one document per marked contact, or, when most contacts are marked (a laptop's first
// sync), the whole index from a few table scans.
Status refreshStale(const QSqlDatabase &db, const QString &deviceId);

} // namespace majlis::searchrefresh
