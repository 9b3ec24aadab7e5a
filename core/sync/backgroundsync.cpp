#include "sync/backgroundsync.h"

#include "storage/database.h"
#include "sync/httptransport.h"

namespace majlis::sync {

BackgroundSync::BackgroundSync(QString workspacePath, QObject *parent) : QObject(parent), m_path(std::move(workspacePath))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncReport>();
    qRegisterMetaType<LeaseGrant>();
    qRegisterMetaType<Error>();
}

BackgroundSync::~BackgroundSync()
{
    if (m_worker) {
        cancel();
        m_worker->wait();
        delete m_worker;
    }
}

void BackgroundSync::cancel()
{
    m_cancelled = true;
}

bool BackgroundSync::start(std::function<void(SyncClient &)> job, const ServerSettings &settings)
{
    if (m_worker)
        return false;
    m_cancelled = false;
    // The worker reports through queued calls on this object; it never touches the caller's
    // connection, which belongs to the GUI thread.
    m_worker = QThread::create([this, job = std::move(job), settings] {
        // The window opened and checked this file already; every five minutes is too often to
        // read all of it again.
        auto database = Database::open(m_path, Database::Options{10000, false, false});
        if (!database) {
            const Error error = database.error();
            QMetaObject::invokeMethod(this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
            return;
        }
        HttpTransport transport(settings.url, settings.trust());
        transport.setCancelFlag(&m_cancelled);
        SyncClient client(**database, transport);
        job(client);
    });
    connect(m_worker, &QThread::finished, this, &BackgroundSync::finishJob);
    m_worker->start();
    emit busyChanged(true);
    return true;
}

void BackgroundSync::finishJob()
{
    if (!m_worker)
        return;
    m_worker->wait();
    m_worker->deleteLater();
    m_worker = nullptr;
    emit busyChanged(false);
}

bool BackgroundSync::login(const ServerSettings &settings, const QString &password)
{
    return start(
        [this, settings, password](SyncClient &client) {
            auto token = client.login(settings.user, password);
            QMetaObject::invokeMethod(
                this,
                [this, token] {
                    if (token)
                        emit loggedIn(token.value());
                    else
                        emit failed(token.error());
                },
                Qt::QueuedConnection);
        },
        settings);
}

bool BackgroundSync::sync(const ServerSettings &settings, const QByteArray &token)
{
    return start(
        [this, token](SyncClient &client) {
            auto report = client.sync(token, [this](const SyncProgress &p) {
                QMetaObject::invokeMethod(this, [this, p] { emit progress(p); }, Qt::QueuedConnection);
                return !m_cancelled.load();
            });
            QMetaObject::invokeMethod(
                this,
                [this, report] {
                    if (report)
                        emit synced(report.value());
                    else
                        emit failed(report.error());
                },
                Qt::QueuedConnection);
        },
        settings);
}

bool BackgroundSync::lease(const ServerSettings &settings, const QByteArray &token, const QString &campaignId, int count)
{
    return start(
        [this, token, campaignId, count](SyncClient &client) {
            auto grant = client.lease(token, campaignId, count, [this](const SyncProgress &p) {
                QMetaObject::invokeMethod(this, [this, p] { emit progress(p); }, Qt::QueuedConnection);
                return !m_cancelled.load();
            });
            QMetaObject::invokeMethod(
                this,
                [this, grant] {
                    if (grant)
                        emit leased(grant.value());
                    else
                        emit failed(grant.error());
                },
                Qt::QueuedConnection);
        },
        settings);
}

bool BackgroundSync::logout(const ServerSettings &settings, const QByteArray &token)
{
    return start([token](SyncClient &client) { (void)client.logout(token); }, settings);
}

} // namespace majlis::sync
