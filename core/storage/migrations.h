#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace majlis {

// The numbered SQL files embedded under :/migrations, applied in order, each in its own
// transaction that also sets PRAGMA user_version to the file's number.
struct Migration
{
    int version = 0;
    QString resourcePath;
};

QList<Migration> availableMigrations();
Status applyMigrations(const QSqlDatabase &db, int currentVersion);

} // namespace majlis
