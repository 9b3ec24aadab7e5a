#pragma once

#include "sync/syncclient.h"

#include <QString>

#include <optional>

namespace majlis {

// What the status bar says about sync for the open workspace: SyncController keeps it up to date,
// SyncStatusWidget shows it. A plain value, so the widget can be shown any state in tests.
struct SyncStatus
{
    enum class State {
        NotSetUp, // no server, user or way to recognize the server yet
        Offline, // the server did not answer; the timer tries again
        Syncing, // a login or a sync is running
        Synced, // idle, logged in; lastSyncedAt says when the last sync finished (0: never)
        NeedsLogin, // no session, or the server no longer accepts it
        Error, // the last sync failed for another reason, given in message
    };

    State state = State::NotSetUp;
    sync::SyncProgress progress; // while Syncing; total 0 when not known in advance
    qint64 lastSyncedAt = 0; // ms since the epoch (UTC)
    std::optional<sync::SyncReport> report; // the numbers of the last sync this run made
    QString message; // translated: why Offline, NeedsLogin or Error
    int openConflicts = 0; // entries of the conflict log nobody looked at yet
};

} // namespace majlis
