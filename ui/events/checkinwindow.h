#pragma once

#include "events/checkindesk.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace majlis {

class Database;

// The door: a full-screen window a volunteer runs on a laptop. Type a few letters, Enter
// checks the highlighted person in; Ctrl+N adds a walk-in, offering a likely existing contact
// first. The count of people checked in is always in view. Every check-in is saved the moment
// it is made; Ctrl+Z takes back the last one.
//
// Object names for tests: "checkInSearch", "checkInResults", "checkInCount", "checkInStatus",
// "walkInGiven", "walkInFamily", "walkInPhone", "walkInEmail", "walkInMatches", "walkInSave".
class CheckInWindow : public QWidget
{
    Q_OBJECT

public:
    CheckInWindow(Database &database, const QString &eventId, QWidget *parent = nullptr);

    bool isReady() const { return m_ready; }
    int checkedInCount() const { return m_desk.checkedInCount(); }
    void startWalkIn();

signals:
    void checkedIn();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();
    void checkInCurrent();
    void checkIn(const QString &contactId, const QString &name);
    void undoLast();
    Contact typedWalkIn() const;
    void updateMatches();
    void saveWalkIn();
    void backToSearch();
    void say(const QString &text, bool good);
    void updateCount();

    Database &m_database;
    CheckInDesk m_desk;
    bool m_ready = false;
    QString m_lastContactId;
    QString m_lastName;
    QLabel *m_count;
    QLabel *m_status;
    QStackedWidget *m_modes;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLineEdit *m_given;
    QLineEdit *m_family;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QCheckBox *m_emailConsent;
    QCheckBox *m_smsConsent;
    QCheckBox *m_photoConsent;
    QListWidget *m_matches;
    QPushButton *m_save;
    QTimer *m_matchTimer;
};

} // namespace majlis
