#include "partners/partnerspage.h"

#include "partners/coalitionmap.h"
#include "partners/partnerbrowser.h"
#include "partners/partnerhistorypanel.h"
#include "partners/partnerpeoplepanel.h"
#include "partners/signonletterspanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace majlis {

PartnersPage::PartnersPage(Database &database, QWidget *parent) : QWidget(parent)
{
    m_partners = new PartnerBrowser(database, this);
    m_letters = new SignOnLettersPanel(database, this);
    m_map = new CoalitionMap(database, this);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("partnerViews"));
    m_views->setDocumentMode(true);
    m_views->insertTab(PartnersView, m_partners, tr("Partners"));
    m_views->insertTab(LettersView, m_letters, tr("Sign-on letters"));
    m_views->insertTab(CoalitionView, m_map, tr("Coalition map"));
    // Each view reads the database when shown, so it shows what the others just changed
    // (a signature recorded on a letter is in the partner's history).
    connect(m_views, &QTabWidget::currentChanged, this, &PartnersPage::refreshView);
    connect(m_map, &CoalitionMap::partnerActivated, this, &PartnersPage::selectPartner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views);
}

void PartnersPage::refresh()
{
    m_partners->refresh();
    m_letters->refresh();
    m_map->refresh();
}

void PartnersPage::refreshView(int index)
{
    switch (index) {
    case PartnersView:
        m_partners->refresh();
        break;
    case LettersView:
        m_letters->refresh();
        break;
    case CoalitionView:
        m_map->refresh();
        break;
    default:
        break;
    }
}

QString PartnersPage::currentPartnerId() const
{
    return m_partners->currentPartnerId();
}

bool PartnersPage::selectPartner(const QString &organizationId)
{
    m_views->setCurrentIndex(PartnersView);
    return m_partners->selectPartner(organizationId);
}

bool PartnersPage::addMember(const QString &contactId, const QString &role)
{
    if (currentPartnerId().isEmpty())
        return false;
    return m_partners->people()->addMember(contactId, role);
}

bool PartnersPage::addInteraction(const Interaction &interaction)
{
    if (currentPartnerId().isEmpty())
        return false;
    return m_partners->history()->addInteraction(interaction);
}

} // namespace majlis
