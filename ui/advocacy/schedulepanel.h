#pragma once

#include "advocacy/dayplanner.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTableView;
class QTreeWidget;
class QUndoStack;

namespace majlis {

class Database;
class OfficeTimesPanel;
class ScheduleGridModel;

// The Schedule tab: build the schedule, see it by office, by attendee or by team, drag a
// meeting to another time (which pins it, and can be undone), and see at once what it breaks
// and what could not be scheduled.
//
// Object names for tests: "scheduleButton", "axisCombo", "scheduleGrid", "teamTree",
// "conflictList", "unscheduledList", "officeTimeList".
class SchedulePanel : public QWidget
{
    Q_OBJECT

public:
    SchedulePanel(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setDay(const QString &dayId);
    void refresh();
    ScheduleGridModel *model() const { return m_model; }
    // Moves a meeting as a drag does: pinned there, undoable.
    void moveMeeting(const QString &meetingId, int newStart);
    void buildSchedule();

signals:
    void scheduleChanged();

private:
    void togglePin();
    void showUnscheduled(const DaySnapshot &snapshot);

    Database &m_database;
    QUndoStack *m_undoStack;
    QString m_dayId;
    ScheduleGridModel *m_model;
    QComboBox *m_axis;
    QStackedWidget *m_views;
    QTableView *m_grid;
    QTreeWidget *m_teams;
    QListWidget *m_conflicts;
    QListWidget *m_unscheduled;
    OfficeTimesPanel *m_officeTimes;
    QLabel *m_summary;
};

} // namespace majlis
