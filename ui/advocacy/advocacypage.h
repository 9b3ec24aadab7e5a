#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace majlis {

class AttendeesPanel;
class Database;
class DayDashboard;
class DayDetailsPanel;
class ItineraryPanel;
class ReportBackPanel;
class SchedulePanel;

// The Advocacy Days workspace: the days on the left; for the chosen day its details,
// attendees, schedule, itineraries, report-back and dashboard in tabs.
//
// Object names for tests: "dayList", "newDayButton", "deleteDayButton", "legislatorsButton",
// "dayTabs".
class AdvocacyPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, AttendeesTab, ScheduleTab, ItinerariesTab, ReportBackTab, DashboardTab };

    AdvocacyPage(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    void refresh();
    // After the workspace changed underneath (a sync): like refresh(), but what is being typed in
    // the Details tab stays as typed.
    void reloadKeepingEdits();
    QString currentDayId() const;
    void selectDay(const QString &dayId);
    QTabWidget *tabs() const { return m_tabs; }
    DayDetailsPanel *details() const { return m_details; }
    AttendeesPanel *attendees() const { return m_attendees; }
    SchedulePanel *schedule() const { return m_schedule; }
    ItineraryPanel *itineraries() const { return m_itineraries; }
    ReportBackPanel *reportBack() const { return m_reportBack; }
    DayDashboard *dashboard() const { return m_dashboard; }

    void newDay();
    void deleteDay();
    void showLegislators();

private:
    void fillDays();
    void showDay();
    void refreshTab(int index);

    Database &m_database;
    QListWidget *m_days;
    QPushButton *m_delete;
    QStackedWidget *m_right;
    QTabWidget *m_tabs;
    DayDetailsPanel *m_details;
    AttendeesPanel *m_attendees;
    SchedulePanel *m_schedule;
    ItineraryPanel *m_itineraries;
    ReportBackPanel *m_reportBack;
    DayDashboard *m_dashboard;
};

} // namespace majlis
