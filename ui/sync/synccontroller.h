#pragma once

#include "common/result.h"
#include "sync/serversettings.h"
#include "sync/syncstatus.h"

#include <QObject>

class QTimer;

namespace majlis {

class Database;
class TokenKeychain;

namespace sync {
class BackgroundSync;
}

// Sync for the open workspace, owned by the main window: logs in and out, syncs on demand and
// every few minutes in the background, and keeps a SyncStatus for the status bar. The session
// token lives in the keychain (TokenKeychain); the password is never kept. One job at a time.
//
// Automatic sync runs only with complete settings and a session: it never asks for anything. A
// server that does not answer leaves the state Offline and the timer tries again; a server that
// no longer accepts the session drops it and asks for a login (NeedsLogin).
class SyncController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 5 * 60 * 1000;
    // Shortly after the workspace opens, once the window is up and the keychain answered.
    static constexpr int kFirstSyncDelayMs = 5 * 1000;

    explicit SyncController(Database &database, QObject *parent = nullptr);
    // Stops a running job (between two committed steps) before the workspace can close.
    ~SyncController() override;

    const SyncStatus &status() const { return m_status; }
    // As saved in the workspace.
    const sync::ServerSettings &settings() const { return m_settings; }
    bool isSetUp() const { return m_settings.isComplete(); }
    bool hasToken() const;
    bool isBusy() const;

    // Whether to sync on the timer: this user's choice on this computer (QSettings), on by default.
    static bool autoSyncEnabled();
    bool autoSync() const { return m_autoSync; }
    void setAutoSync(bool on);

    // Logs in with these settings, which are saved in the workspace once the server accepts them;
    // a sync follows. False when a job is running.
    bool logIn(const sync::ServerSettings &settings, const QString &password);
    // Forgets the session here and tells the server (best effort).
    void logOut();
    // False when sync first needs the user (set up, or log in); true when it started or runs.
    bool syncNow();
    void cancel();
    // Counts the open conflicts again (after the conflict log was changed by hand).
    void refreshConflicts();

signals:
    void statusChanged(const majlis::SyncStatus &status);
    void busyChanged(bool busy);
    void loggedIn();
    void loginFailed(const majlis::Error &error);
    // A sync received or removed records, or the conflict log changed: pages read again.
    void dataChanged();
    // Something to say once in the status bar (the keychain is unavailable).
    void notice(const QString &message);

private:
    enum class Job { None, Login, Sync, Logout };

    void startSync();
    void onLoggedIn(const QByteArray &token);
    void onProgress(const sync::SyncProgress &progress);
    void onSynced(const sync::SyncReport &report);
    void onFailed(const Error &error);
    void onBusyChanged(bool busy);
    void onTokenLoaded(bool found);
    // The state when nothing runs: NotSetUp, NeedsLogin or Synced.
    void setIdleState();
    void countConflicts();
    void updateTimer();
    void publish();
    QString tokenKey(const sync::ServerSettings &settings) const;

    Database &m_database;
    sync::BackgroundSync *m_background;
    TokenKeychain *m_keychain;
    QTimer *m_timer;
    QTimer *m_firstSync;
    sync::ServerSettings m_settings;
    sync::ServerSettings m_pending; // given to logIn(), saved once the server accepted it
    SyncStatus m_status;
    Job m_job = Job::None;
    bool m_autoSync = true;
    bool m_cancelling = false;
    bool m_syncWhenLoaded = false; // "Sync Now" came while the keychain was still being read
    bool m_syncWhenIdle = false; // a login just finished: its sync starts once the worker is free
    bool m_receivedSome = false; // the running sync already applied pulled rows
};

} // namespace majlis
