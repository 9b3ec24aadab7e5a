#include "sync/synccontroller.h"

#include "storage/database.h"
#include "sync/backgroundsync.h"
#include "sync/conflictlog.h"
#include "sync/tokenkeychain.h"

#include <QSettings>
#include <QTimer>

namespace majlis {

namespace {

const QString kAutoSyncKey = QStringLiteral("sync/automatic");

} // namespace

SyncController::SyncController(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_background(new sync::BackgroundSync(database.path(), this))
    , m_keychain(new TokenKeychain(this))
    , m_timer(new QTimer(this))
    , m_firstSync(new QTimer(this))
    , m_settings(sync::ServerSettings::load(database))
    , m_autoSync(autoSyncEnabled())
{
    m_timer->setInterval(kIntervalMs);
    m_firstSync->setSingleShot(true);
    m_firstSync->setInterval(kFirstSyncDelayMs);
    // Automatic syncs never ask for anything: without a session they wait for the user.
    const auto automatic = [this] {
        if (hasToken() && !isBusy())
            startSync();
    };
    connect(m_timer, &QTimer::timeout, this, automatic);
    connect(m_firstSync, &QTimer::timeout, this, automatic);

    connect(m_background, &sync::BackgroundSync::loggedIn, this, &SyncController::onLoggedIn);
    connect(m_background, &sync::BackgroundSync::progress, this, &SyncController::onProgress);
    connect(m_background, &sync::BackgroundSync::synced, this, &SyncController::onSynced);
    connect(m_background, &sync::BackgroundSync::failed, this, &SyncController::onFailed);
    connect(m_background, &sync::BackgroundSync::busyChanged, this, &SyncController::onBusyChanged);
    connect(m_keychain, &TokenKeychain::loaded, this, &SyncController::onTokenLoaded);
    connect(m_keychain, &TokenKeychain::unavailable, this, [this](const QString &reason) {
        qInfo("No keychain for the sync session: %s", qUtf8Printable(reason));
        emit notice(tr("This computer has no keychain Majlis can use, so the sync login is kept only until "
                       "Majlis closes: the password will be asked again next time."));
    });

    m_status.lastSyncedAt = sync::lastSyncedAt(database);
    countConflicts();
    if (isSetUp()) {
        m_keychain->setKey(tokenKey(m_settings));
        m_keychain->load();
    }
    setIdleState();
    updateTimer();
}

SyncController::~SyncController()
{
    delete m_background; // waits for the worker, so nothing runs once the workspace closes
    m_background = nullptr;
}


bool SyncController::hasToken() const
{
    return !m_keychain->token().isEmpty();
}

bool SyncController::isBusy() const
{
    return m_background && m_background->isBusy();
}

bool SyncController::autoSyncEnabled()
{
    return QSettings().value(kAutoSyncKey, true).toBool();
}

void SyncController::setAutoSync(bool on)
{
    QSettings().setValue(kAutoSyncKey, on);
    m_autoSync = on;
    updateTimer();
}

QString SyncController::tokenKey(const sync::ServerSettings &settings) const
{
    return TokenKeychain::keyFor(settings.url, settings.user, m_database.deviceId());
}

bool SyncController::logIn(const sync::ServerSettings &settings, const QString &password)
{
    if (isBusy())
        return false;
    m_pending = settings;
    m_job = Job::Login;
    if (!m_background->login(settings, password)) {
        m_job = Job::None;
        return false;
    }
    m_status.state = SyncStatus::State::Syncing;
    m_status.progress = {};
    publish();
    return true;
}

void SyncController::onLoggedIn(const QByteArray &token)
{
    if (m_job != Job::Login)
        return;
    if (auto saved = m_pending.save(m_database); !saved) {
        setIdleState();
        publish();
        emit loginFailed(saved.error());
        return;
    }
    // A session for another server or user is of no use any more.
    const QString key = tokenKey(m_pending);
    if (m_keychain->key() != key)
        m_keychain->forget();
    m_settings = m_pending;
    m_keychain->setKey(key);
    m_keychain->store(token);
    m_status.message.clear();
    m_syncWhenIdle = true; // the login's worker is still finishing
    updateTimer();
    emit loggedIn();
}

void SyncController::logOut()
{
    const QByteArray token = m_keychain->token();
    m_keychain->forget();
    m_syncWhenLoaded = false;
    m_syncWhenIdle = false;
    if (isBusy()) {
        cancel();
    } else if (!token.isEmpty()) {
        m_job = Job::Logout;
        if (!m_background->logout(m_settings, token))
            m_job = Job::None;
    }
    m_status.message.clear();
    setIdleState();
    publish();
}

bool SyncController::syncNow()
{
    if (!isSetUp()) {
        setIdleState();
        publish();
        return false;
    }
    if (isBusy())
        return true;
    if (!hasToken()) {
        if (m_keychain->isLoading()) {
            m_syncWhenLoaded = true;
            return true;
        }
        m_status.state = SyncStatus::State::NeedsLogin;
        publish();
        return false;
    }
    startSync();
    return true;
}

void SyncController::startSync()
{
    m_firstSync->stop();
    m_job = Job::Sync;
    m_cancelling = false;
    m_receivedSome = false;
    if (!m_background->sync(m_settings, m_keychain->token())) {
        m_job = Job::None;
        return;
    }
    m_status.state = SyncStatus::State::Syncing;
    m_status.progress = {};
    publish();
}

void SyncController::cancel()
{
    if (!isBusy())
        return;
    m_cancelling = true;
    m_background->cancel();
}

void SyncController::onProgress(const sync::SyncProgress &progress)
{
    if (m_job != Job::Sync)
        return;
    if (progress.phase == sync::SyncProgress::Phase::Pulling && progress.done > 0)
        m_receivedSome = true;
    m_status.state = SyncStatus::State::Syncing;
    m_status.progress = progress;
    publish();
}

void SyncController::onSynced(const sync::SyncReport &report)
{
    if (m_job != Job::Sync)
        return;
    const int conflictsBefore = m_status.openConflicts;
    m_status.state = SyncStatus::State::Synced;
    m_status.lastSyncedAt = sync::lastSyncedAt(m_database);
    m_status.report = report;
    m_status.message.clear();
    m_status.progress = {};
    if (!hasToken())
        setIdleState(); // logged out while it ran
    countConflicts();
    publish();
    if (report.pulled > 0 || report.removed > 0 || m_status.openConflicts != conflictsBefore)
        emit dataChanged();
}

void SyncController::onFailed(const Error &error)
{
    if (m_job == Job::Login) {
        setIdleState();
        publish();
        emit loginFailed(error);
        return;
    }
    if (m_job != Job::Sync)
        return; // logging out is a courtesy to the server; its failure changes nothing here
    m_status.progress = {};
    if (m_cancelling) {
        setIdleState(); // a request cut short by Cancel is no error
    } else if (error.code == Error::Code::Unauthorized) {
        m_keychain->forget();
        m_status.state = SyncStatus::State::NeedsLogin;
        m_status.message = error.message;
    } else if (error.code == Error::Code::Unreachable) {
        m_status.state = SyncStatus::State::Offline;
        m_status.message = error.message;
    } else {
        m_status.state = SyncStatus::State::Error;
        m_status.message = error.message;
    }
    const int conflictsBefore = m_status.openConflicts;
    countConflicts();
    publish();
    // Every page pulled is committed on its own, so a sync that failed halfway may have changed things.
    if (m_receivedSome || m_status.openConflicts != conflictsBefore)
        emit dataChanged();
}

void SyncController::onBusyChanged(bool busy)
{
    if (!busy) {
        m_job = Job::None;
        m_cancelling = false;
        if (m_syncWhenIdle) {
            m_syncWhenIdle = false;
            if (hasToken())
                startSync();
        }
    }
    emit busyChanged(isBusy());
}

void SyncController::onTokenLoaded(bool found)
{
    if (isBusy())
        return; // a login or a sync in progress says more than the keychain
    if (found && m_syncWhenLoaded)
        startSync();
    else if (found && m_autoSync)
        m_firstSync->start();
    m_syncWhenLoaded = false;
    if (!isBusy()) {
        setIdleState();
        publish();
    }
}

void SyncController::setIdleState()
{
    m_status.progress = {};
    if (!isSetUp())
        m_status.state = SyncStatus::State::NotSetUp;
    else if (!hasToken() && !m_keychain->isLoading())
        m_status.state = SyncStatus::State::NeedsLogin;
    else
        m_status.state = SyncStatus::State::Synced;
}

void SyncController::refreshConflicts()
{
    countConflicts();
    publish();
}

void SyncController::countConflicts()
{
    if (auto open = sync::ConflictLog(m_database).openCount())
        m_status.openConflicts = open.value();
}

void SyncController::updateTimer()
{
    if (m_autoSync && isSetUp()) {
        if (!m_timer->isActive())
            m_timer->start();
    } else {
        m_timer->stop();
        m_firstSync->stop();
    }
}

void SyncController::publish()
{
    emit statusChanged(m_status);
}

} // namespace majlis
