#pragma once

#include "common/result.h"
#include "sync/serversettings.h"
#include "sync/syncclient.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace majlis::sync {

// Logs in or syncs a workspace on a worker thread with its own connection to the workspace
// file, so the window stays responsive while the network is slow. One job at a time; every
// step the job takes is committed, so cancelling or closing the window loses nothing.
class BackgroundSync : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundSync(QString workspacePath, QObject *parent = nullptr);
    // Cancels a running job and waits for it to stop between two committed steps.
    ~BackgroundSync() override;

    bool isBusy() const { return m_worker != nullptr; }
    // False when a job is already running.
    bool login(const ServerSettings &settings, const QString &password);
    bool sync(const ServerSettings &settings, const QByteArray &token);
    bool logout(const ServerSettings &settings, const QByteArray &token);
    // Takes people of a campaign's list for this user (SyncClient::lease); `leased` follows.
    bool lease(const ServerSettings &settings, const QByteArray &token, const QString &campaignId, int count);
    void cancel();

signals:
    void busyChanged(bool busy);
    void progress(majlis::sync::SyncProgress progress);
    void loggedIn(const QByteArray &token);
    void synced(const majlis::sync::SyncReport &report);
    void leased(const majlis::sync::LeaseGrant &grant);
    // error.code is Error::Code::Unauthorized when the password is needed again, and
    // Error::Code::Unreachable when the server did not answer (offline).
    void failed(const majlis::Error &error);

private:
    bool start(std::function<void(SyncClient &)> job, const ServerSettings &settings);
    void finishJob();

    QString m_path;
    QThread *m_worker = nullptr;
    std::atomic<bool> m_cancelled = false;
};

} // namespace majlis::sync

Q_DECLARE_METATYPE(majlis::sync::SyncProgress)
Q_DECLARE_METATYPE(majlis::sync::SyncReport)
Q_DECLARE_METATYPE(majlis::sync::LeaseGrant)
Q_DECLARE_METATYPE(majlis::Error)
