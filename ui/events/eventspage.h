#pragma once

#include "events/event.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

namespace majlis {

class CheckInWindow;
class Database;

// The Events workspace: events on the left; for the chosen one its details and co-sponsors,
// who registered and who came, the voter-registration records, and the door (check-in).
//
// Object names for tests: "eventList", "newEventButton", "deleteEventButton", "checkInButton",
// "eventTitleEdit", "eventKindCombo", "eventStartEdit", "eventTimeZoneCombo", "saveEventButton", "registrationTable",
// "voterTable", "voterFollowUps", "cosponsorList".
class EventsPage : public QWidget
{
    Q_OBJECT

public:
    explicit EventsPage(Database &database, QWidget *parent = nullptr);

    void refresh();
    // After the workspace changed underneath (a sync): like refresh(), but what is being typed in
    // the Details tab stays as typed.
    void reloadKeepingEdits();
    QString currentEventId() const;
    void selectEvent(const QString &eventId);
    void newEvent();
    void deleteEvent();
    bool saveDetails();
    // Opens the door for the current event; the window deletes itself when closed.
    CheckInWindow *openCheckIn();
    bool registerContacts(const QStringList &contactIds);
    bool exportAttendance(const QString &path);
    bool exportCalendar(const QString &path);

private:
    void fillEvents();
    void fillChapters();
    // The list's text for an event: title, then its start in its zone (and Hijri date if chosen).
    QString listText(const Event &e) const;
    // The zone an event of that chapter has when it names none of its own.
    QString inheritedZone(const QString &chapterId) const;
    Event editedEvent() const;
    // Something was typed or chosen in the Details form since the event was loaded or saved.
    bool hasUnsavedDetails() const;
    void showCurrentEvent();
    void loadDetails(const Event &event);
    void loadRegistrations();
    void loadVoters();
    void loadFollowUps();
    void loadCosponsors();
    void saveVoterRow(int row);

    Database &m_database;
    Event m_event;
    // What the Details form said right after loading (it fills in an end time): the base for "changed".
    Event m_formAsLoaded;
    QListWidget *m_events;
    QPushButton *m_delete;
    QPushButton *m_checkIn;
    QStackedWidget *m_right;
    QTabWidget *m_tabs;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QComboBox *m_chapter;
    QComboBox *m_zone;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QLineEdit *m_place;
    QSpinBox *m_capacity;
    QPlainTextEdit *m_notes;
    QListWidget *m_cosponsors;
    QTableWidget *m_registrations;
    QLabel *m_registrationSummary;
    QTableWidget *m_voters;
    QListWidget *m_followUps;
    bool m_loadingVoters = false;
};

} // namespace majlis
