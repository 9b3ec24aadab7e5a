#pragma once

#include "partners/organization.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace majlis {

class Database;

// The History tab of a partner: meetings, calls, emails, joint events and sign-ons, oldest first,
// so the relationship reads as a story.
//
// Object names for tests: "historyList", "addInteractionButton", "historySummary".
class PartnerHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { DateColumn, KindColumn, SummaryColumn, ParticipantsColumn };

    explicit PartnerHistoryPanel(Database &database, QWidget *parent = nullptr);

    void setPartner(const QString &organizationId);
    void refresh();
    // What "Add Interaction…" does once the dialog is filled in; the partner is the one shown.
    bool addInteraction(const Interaction &interaction);

signals:
    void historyChanged();

private:
    void openDialog();

    Database &m_database;
    QString m_organizationId;
    QTreeWidget *m_list;
    QLabel *m_summary;
};

} // namespace majlis
