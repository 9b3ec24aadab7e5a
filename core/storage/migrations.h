#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <limits>

namespace majlis {

// The numbered SQL files embedded under :/migrations, applied in order, each in its own
// transaction that also sets PRAGMA user_version to the file's number.
struct Migration
{
    int version = 0;
    QString resourcePath;
};

QList<Migration> availableMigrations();
// Applies every migration after `currentVersion`, up to `lastVersion` (tests make workspaces of
// an older version this way, to check what the later migrations do to them).
Status applyMigrations(const QSqlDatabase &db, int currentVersion, int lastVersion = std::numeric_limits<int>::max());

} // namespace majlis
