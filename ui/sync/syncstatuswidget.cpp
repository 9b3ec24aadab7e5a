#include "sync/syncstatuswidget.h"

#include "i18n/bidi.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace majlis {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    m_state = new QToolButton(this);
    m_state->setObjectName(QStringLiteral("syncStateButton"));
    m_state->setAutoRaise(true);
    m_state->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgressBar"));
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(m_state->fontMetrics().height() + 4);
    m_progress->setFormat(QStringLiteral("%v/%m"));
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_cancel->setAutoRaise(true);
    m_conflicts = new QToolButton(this);
    m_conflicts->setObjectName(QStringLiteral("syncConflictsButton"));
    m_conflicts->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_conflicts);

    m_tick = new QTimer(this);
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, &SyncStatusWidget::render);
    connect(m_state, &QToolButton::clicked, this, [this] {
        if (m_status.state == SyncStatus::State::NotSetUp || m_status.state == SyncStatus::State::NeedsLogin)
            emit serverDialogRequested();
        else if (m_status.state != SyncStatus::State::Syncing)
            emit syncRequested();
    });
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatusWidget::cancelRequested);
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    render();
}

void SyncStatusWidget::setStatus(const SyncStatus &status)
{
    m_status = status;
    render();
}

QString SyncStatusWidget::text() const
{
    return m_state->text();
}

QString SyncStatusWidget::toolTipText() const
{
    return m_state->toolTip();
}

QString SyncStatusWidget::syncedAgo(qint64 thenMs, qint64 nowMs)
{
    // A clock set back a little must not say "in 2 minutes".
    const qint64 seconds = std::max<qint64>(0, (nowMs - thenMs) / 1000);
    if (seconds < 60)
        return tr("Synced just now");
    if (seconds < 60 * 60)
        return tr("Synced %n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 60 * 60)
        return tr("Synced %n hour(s) ago", nullptr, int(seconds / (60 * 60)));
    // Dates are isolated by their first strong letter: the Arabic locale's carry right-to-left marks.
    return tr("Synced on %1")
        .arg(bidi::isolate(QLocale().toString(QDateTime::fromMSecsSinceEpoch(thenMs).date(), QLocale::ShortFormat)));
}

QString SyncStatusWidget::reportText() const
{
    QStringList lines;
    if (m_status.lastSyncedAt > 0)
        lines << tr("Last synced %1.")
                     .arg(bidi::isolate(QLocale().toString(
                         QDateTime::fromMSecsSinceEpoch(m_status.lastSyncedAt), QLocale::LongFormat)));
    else
        lines << tr("Not synced yet.");
    if (const auto &r = m_status.report)
        lines << tr("Sent: %1 · Received: %2 · Removed: %3 · New conflicts: %4 · Refused: %5")
                     .arg(r->pushed)
                     .arg(r->pulled)
                     .arg(r->removed)
                     .arg(r->conflicts)
                     .arg(r->refused);
    return lines.join(u'\n');
}

void SyncStatusWidget::render()
{
    using State = SyncStatus::State;
    const State state = m_status.state;
    QString text;
    QStringList tip;
    switch (state) {
    case State::NotSetUp:
        text = tr("Sync: not set up");
        tip << tr("This workspace is only on this laptop. Click to choose the sync server.");
        break;
    case State::Offline:
        text = tr("Offline — will retry");
        tip << m_status.message << reportText() << tr("Majlis tries again every few minutes. Click to try now.");
        break;
    case State::Syncing: {
        const sync::SyncProgress &p = m_status.progress;
        switch (p.phase) {
        case sync::SyncProgress::Phase::Connecting:
            text = tr("Syncing: connecting…");
            break;
        case sync::SyncProgress::Phase::Pushing:
            text = tr("Syncing: sending…");
            tip << tr("Sent %1 of %2 changes.").arg(p.done).arg(p.total);
            break;
        case sync::SyncProgress::Phase::Pulling:
            text = tr("Syncing: receiving…");
            tip << tr("Received %1 changes so far.").arg(p.done);
            break;
        }
        // No total known (connecting, receiving): a busy indicator rather than a bar that lies.
        m_progress->setRange(0, std::max(0, p.total));
        m_progress->setValue(p.total > 0 ? std::min(p.done, p.total) : 0);
        m_progress->setTextVisible(p.total > 0);
        break;
    }
    case State::Synced:
        text = m_status.lastSyncedAt > 0 ? syncedAgo(m_status.lastSyncedAt, QDateTime::currentMSecsSinceEpoch())
                                         : tr("Sync: not synced yet");
        tip << reportText() << tr("Majlis syncs every few minutes. Click to sync now.");
        break;
    case State::NeedsLogin:
        text = tr("Sync: log in again");
        tip << m_status.message << tr("Your changes stay on this laptop until then. Click to log in.");
        break;
    case State::Error:
        text = tr("Sync failed");
        tip << m_status.message << reportText() << tr("Click to try again.");
        break;
    }
    tip.removeAll(QString());
    m_state->setText(text);
    m_state->setToolTip(tip.join(u'\n'));
    m_state->setAccessibleName(tr("Sync status"));
    m_state->setAccessibleDescription(m_state->toolTip());

    m_progress->setVisible(state == State::Syncing);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_cancel->setVisible(state == State::Syncing);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop syncing. What was already sent or received is kept."));

    m_conflicts->setVisible(m_status.openConflicts > 0);
    m_conflicts->setText(tr("%n conflict(s)", nullptr, m_status.openConflicts));
    m_conflicts->setToolTip(tr("Values that lost to an edit made on another laptop. Click to review them."));

    if (state == State::Synced && m_status.lastSyncedAt > 0) {
        if (!m_tick->isActive())
            m_tick->start();
    } else {
        m_tick->stop();
    }
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace majlis
