#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace majlis {

class Database;

// The Attendees tab: who is coming, from which state and district, in what role.
//
// Object names for tests: "attendeeTable", "addAttendeesButton", "removeAttendeeButton",
// "fillAttendeeDistrictsButton".
class AttendeesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AttendeesPanel(Database &database, QWidget *parent = nullptr);

    void setDay(const QString &dayId);
    void refresh();
    // Registers contacts, as the picker does; for tests and drag-in later.
    bool registerContacts(const QStringList &contactIds, int roleIndex);
    void removeSelected();
    // Fills the attendees' districts in the day's legislature from their ZIP codes, after
    // showing what a fill would do.
    void fillDistricts();

signals:
    void attendeesChanged();

private:
    void pickContacts();

    Database &m_database;
    QString m_dayId;
    QTableWidget *m_table;
    QLabel *m_summary;
};

} // namespace majlis
