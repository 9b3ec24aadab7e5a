#pragma once

#include "sync/syncstatus.h"

#include <QWidget>

class QProgressBar;
class QTimer;
class QToolButton;

namespace majlis {

// The sync corner of the status bar: one line saying where sync stands ("Synced 3 minutes ago",
// "Offline — will retry"), a small progress bar with a cancel button while it runs, and
// "N conflicts" when the conflict log has entries nobody looked at. Clicking the line does what
// the state asks for: set up or log in (serverDialogRequested), else sync now (syncRequested).
//
// Object names for tests: "syncStateButton" (the line), "syncProgressBar", "syncCancelButton",
// "syncConflictsButton".
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setStatus(const SyncStatus &status);
    const SyncStatus &status() const { return m_status; }
    // What the line says now, and its tooltip.
    QString text() const;
    QString toolTipText() const;

    // "Synced 3 minutes ago", or "Synced on 5/3/27" after a day; nowMs and thenMs in ms UTC.
    static QString syncedAgo(qint64 thenMs, qint64 nowMs);

signals:
    void serverDialogRequested();
    void syncRequested();
    void cancelRequested();
    void conflictsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString reportText() const;

    SyncStatus m_status;
    QToolButton *m_state;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QToolButton *m_conflicts;
    QTimer *m_tick; // keeps "minutes ago" true while the window stays open
};

} // namespace majlis
