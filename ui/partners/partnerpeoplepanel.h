#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace majlis {

class Database;

// The People tab of a partner: who works there, in what role, since when, and who has left.
//
// Object names for tests: "memberTable", "addMemberButton", "endMembershipButton", "memberSummary".
class PartnerPeoplePanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, SinceColumn, UntilColumn };

    explicit PartnerPeoplePanel(Database &database, QWidget *parent = nullptr);

    void setPartner(const QString &organizationId);
    void refresh();
    // What "Add Person…" does once a contact and a role are chosen.
    bool addMember(const QString &contactId, const QString &role, const QDate &since = QDate::currentDate());
    // What "Left the Organization…" does once confirmed.
    bool endMembership(const QString &membershipId, const QDate &until = QDate::currentDate());
    QString currentMembershipId() const;
    // Selects the row of that membership; false when it is not shown.
    bool selectMembership(const QString &membershipId);

signals:
    void membersChanged();

private:
    void addPeople();
    void endSelectedMembership();
    void updateButtons();

    Database &m_database;
    QString m_organizationId;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_end;
};

} // namespace majlis
