#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace majlis::sync {

// The laptop's side of the sync bookkeeping, kept in local_settings (never synced).
namespace localstate {

inline const QString kServerId = QStringLiteral("sync/server_id");
inline const QString kEpoch = QStringLiteral("sync/epoch");
inline const QString kCursor = QStringLiteral("sync/cursor");
inline const QString kPushedSeq = QStringLiteral("sync/pushed_seq");
inline const QString kLastSynced = QStringLiteral("sync/last_synced");

QString value(const QSqlDatabase &db, const QString &key, const QString &fallback = {});
Status setValue(const QSqlDatabase &db, const QString &key, const QString &value);

} // namespace localstate

} // namespace majlis::sync
