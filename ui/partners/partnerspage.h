#pragma once

#include "partners/organization.h"

#include <QWidget>

class QTabWidget;

namespace majlis {

class CoalitionMap;
class Database;
class PartnerBrowser;
class SignOnLettersPanel;

// The Partners workspace: the coalition partners with their people and history, the sign-on
// letters circulated among them, and a map of who works on which issue.
//
// Object names for tests: "partnerViews" (the three views), and those documented on
// PartnerBrowser, PartnerFilterBar, PartnerDetailsPanel, PartnerPeoplePanel,
// PartnerHistoryPanel, SignOnLettersPanel and CoalitionMap.
class PartnersPage : public QWidget
{
    Q_OBJECT

public:
    enum View { PartnersView, LettersView, CoalitionView };

    PartnersPage(Database &database, QWidget *parent = nullptr);

    // Reads everything again, keeping what is chosen and any unsaved edits.
    void refresh();

    QTabWidget *views() const { return m_views; }
    PartnerBrowser *partners() const { return m_partners; }
    SignOnLettersPanel *letters() const { return m_letters; }
    CoalitionMap *coalitionMap() const { return m_map; }

    // Shortcuts into the Partners view, for tests and the main window.
    QString currentPartnerId() const;
    // Switches to the Partners view and shows that partner (clearing filters that hide it).
    bool selectPartner(const QString &organizationId);
    // Adds a contact to the shown partner, as "Add Person…" does after its dialogs.
    bool addMember(const QString &contactId, const QString &role);
    // Adds to the shown partner's history, as "Add Interaction…" does after its dialog.
    bool addInteraction(const Interaction &interaction);

private:
    void refreshView(int index);

    QTabWidget *m_views;
    PartnerBrowser *m_partners;
    SignOnLettersPanel *m_letters;
    CoalitionMap *m_map;
};

} // namespace majlis
