#pragma once

#include "campaigns/campaign.h"

#include <QDialog>

class QLabel;
class QRadioButton;
class QTableView;

namespace majlis {

class Database;
class VolunteerModel;

// Splits a campaign's list among volunteers: by count (runs of neighbours of about equal size)
// or by language (each person to a volunteer who speaks one of their languages). Only the people
// nobody has yet are given out; a volunteer who stops calling gives their share back.
//
// Object names for tests: "volunteerTable", "addVolunteerButton", "removeVolunteerButton",
// "assignByCountRadio", "assignByLanguageRadio", "assignButton", "releaseButton", "assignStatus".
class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    AssignDialog(Database &database, const Campaign &campaign, QWidget *parent = nullptr);

    VolunteerModel *model() const { return m_model; }
    // Gives the people nobody has to the volunteers in the table; false with the reason shown.
    bool assign();
    // Takes back the open people of the volunteer in that row.
    bool release(int row);
    QString statusText() const;

signals:
    // The list's assignments changed: the page shows them again.
    void assignmentsChanged();

private:
    void reload();
    void say(const QString &text, bool good);

    Database &m_database;
    Campaign m_campaign;
    VolunteerModel *m_model;
    QTableView *m_table;
    QRadioButton *m_byCount;
    QRadioButton *m_byLanguage;
    QLabel *m_unassigned;
    QLabel *m_status;
};

} // namespace majlis
