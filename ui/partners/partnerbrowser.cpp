#include "partners/partnerbrowser.h"

#include "i18n/bidi.h"
#include "partners/organizationrepository.h"
#include "partners/partnerdetailspanel.h"
#include "partners/partnerfilterbar.h"
#include "partners/partnerhistorypanel.h"
#include "partners/partnerpeoplepanel.h"
#include "shell/emptystatepage.h"
#include "shell/plaincopy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace majlis {

namespace {

enum RightSide { NoPartnersPage, NoneSelectedPage, PartnerPage };

} // namespace

PartnerBrowser::PartnerBrowser(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_filters = new PartnerFilterBar(database, this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("partnerTable"));
    m_table->setAccessibleName(tr("Partners"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Status"), tr("City"), tr("Issue areas")});
    // One line per partner: the name takes the room, the short columns fit their text.
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {KindColumn, StatusColumn, CityColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AreasColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    copyWithoutIsolates(m_table);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("partnerCount"));
    auto *add = new QPushButton(tr("&New Partner"), this);
    add->setObjectName(QStringLiteral("newPartnerButton"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deletePartnerButton"));
    connect(add, &QPushButton::clicked, this, &PartnerBrowser::newPartner);
    connect(m_delete, &QPushButton::clicked, this, &PartnerBrowser::deletePartner);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_filters);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);

    m_details = new PartnerDetailsPanel(database, this);
    m_people = new PartnerPeoplePanel(database, this);
    m_history = new PartnerHistoryPanel(database, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("partnerTabs"));
    m_tabs->addTab(m_details, tr("&Details"));
    m_tabs->addTab(m_people, tr("&People"));
    m_tabs->addTab(m_history, tr("&History"));
    // Sign-on answers elsewhere write to the history: tabs read the database when shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, &PartnerBrowser::refreshTab);

    auto *noPartners = new EmptyStatePage(tr("No partners yet"),
        tr("Keep track of the mosques, interfaith councils, civil-rights and labor groups you work with: "
           "click New Partner, give its name, then fill in its details, the people you know there and "
           "the history of the relationship."),
        this);
    noPartners->setObjectName(QStringLiteral("noPartnersPage"));
    auto *noneSelected = new EmptyStatePage(tr("No partner selected"),
        tr("Choose a partner in the list to see its details, its people and its history."), this);
    noneSelected->setObjectName(QStringLiteral("noPartnerSelectedPage"));
    m_right = new QStackedWidget(this);
    m_right->setObjectName(QStringLiteral("partnerDetailStack"));
    m_right->insertWidget(NoPartnersPage, noPartners);
    m_right->insertWidget(NoneSelectedPage, noneSelected);
    m_right->insertWidget(PartnerPage, m_tabs);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_right);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 640});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_filters, &PartnerFilterBar::changed, this, &PartnerBrowser::reloadList);
    connect(m_table, &QTableWidget::currentCellChanged, this, &PartnerBrowser::currentRowChanged);
    connect(m_details, &PartnerDetailsPanel::saved, this, [this] {
        // A new issue area or a new name changes the filters and the order of the list.
        m_filters->reloadChoices();
        reloadList();
    });
    refresh();
}

void PartnerBrowser::refresh()
{
    m_filters->reloadChoices();
    if (!m_shownId.isEmpty() && !OrganizationRepository(m_database).get(m_shownId))
        m_shownId.clear();
    reloadList();
    if (m_shownId.isEmpty())
        return;
    // Unsaved edits win over a reload: they are what the user is working on.
    if (!m_details->isModified())
        m_details->setPartner(m_shownId);
    m_people->refresh();
    m_history->refresh();
}

void PartnerBrowser::reloadList()
{
    const bool filtering = m_filters->isFiltering();
    auto partners = OrganizationRepository(m_database).list(m_filters->query());
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        if (partners) {
            for (const Organization &o : partners.value()) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                // Names, cities and issue areas are typed in any script: each keeps its own
                // direction in a right-to-left table.
                auto *name = new QTableWidgetItem(bidi::isolate(o.name));
                name->setData(Qt::UserRole, o.id);
                m_table->setItem(row, NameColumn, name);
                m_table->setItem(row, KindColumn, new QTableWidgetItem(kindName(o.kind)));
                m_table->setItem(row, StatusColumn, new QTableWidgetItem(statusName(o.status)));
                m_table->setItem(row, CityColumn, new QTableWidgetItem(bidi::isolate(o.city)));
                m_table->setItem(row, AreasColumn, new QTableWidgetItem(bidi::isolateEach(o.issueAreas)));
            }
        }
    }
    selectRowQuietly(rowOf(m_shownId));

    if (!partners) {
        m_count->setText(partners.error().message);
        m_anyPartners = !m_shownId.isEmpty();
    } else if (!partners->isEmpty()) {
        m_anyPartners = true;
        m_count->setText(tr("%n partner(s)", nullptr, int(partners->size())));
    } else if (filtering) {
        auto all = OrganizationRepository(m_database).list();
        m_anyPartners = all && !all->isEmpty();
        m_count->setText(tr("No partners match these filters."));
    } else {
        m_anyPartners = false;
        m_count->setText(tr("No partners yet."));
    }
    updateRightSide();
}

void PartnerBrowser::currentRowChanged()
{
    const int row = m_table->currentRow();
    const QString id = row >= 0 && m_table->item(row, NameColumn)
        ? m_table->item(row, NameColumn)->data(Qt::UserRole).toString()
        : QString();
    if (id == m_shownId)
        return;
    if (!settleEdits()) {
        selectRowQuietly(rowOf(m_shownId));
        return;
    }
    showPartner(id);
}

bool PartnerBrowser::settleEdits()
{
    if (!m_details->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
        tr("Save the changes to \"%1\" first?").arg(bidi::isolate(m_details->editedPartner().name)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return m_details->save();
    return answer == QMessageBox::Discard;
}

void PartnerBrowser::showPartner(const QString &organizationId)
{
    m_shownId = organizationId;
    m_details->setPartner(organizationId);
    m_people->setPartner(organizationId);
    m_history->setPartner(organizationId);
    updateRightSide();
}

bool PartnerBrowser::selectPartner(const QString &organizationId)
{
    if (organizationId.isEmpty() || !OrganizationRepository(m_database).get(organizationId))
        return false;
    if (rowOf(organizationId) < 0 && m_filters->isFiltering())
        m_filters->clear();
    const int row = rowOf(organizationId);
    if (row < 0)
        return false;
    m_table->setCurrentCell(row, NameColumn);
    return m_shownId == organizationId;
}

QString PartnerBrowser::createPartner(const QString &name)
{
    // A partner made while the list is filtered most likely belongs there, and then stays in view.
    const PartnerQuery filter = m_filters->query();
    Organization partner;
    partner.name = name;
    if (filter.kind)
        partner.kind = *filter.kind;
    if (filter.status)
        partner.status = *filter.status;
    if (!filter.issueArea.isEmpty())
        partner.issueAreas = QStringList {filter.issueArea};
    partner.chapterId = filter.chapterId;
    auto created = OrganizationRepository(m_database).create(partner);
    if (!created) {
        QMessageBox::warning(this, tr("Cannot add the partner"), created.error().message);
        return {};
    }
    m_filters->reloadChoices();
    reloadList();
    selectPartner(created->id);
    m_tabs->setCurrentIndex(DetailsTab);
    return created->id;
}

void PartnerBrowser::newPartner()
{
    QString name;
    bool ok = true;
    // A refused name (empty, taken) is asked again with what was typed.
    while (ok) {
        name = QInputDialog::getText(
            this, tr("New Partner"), tr("Name of the organization:"), QLineEdit::Normal, name, &ok);
        if (ok && !createPartner(name).isEmpty()) {
            if (auto *edit = m_details->findChild<QWidget *>(QStringLiteral("partnerKindEdit")))
                edit->setFocus();
            return;
        }
    }
}

void PartnerBrowser::deletePartner()
{
    if (m_shownId.isEmpty())
        return;
    auto partner = OrganizationRepository(m_database).get(m_shownId);
    const QString name = partner ? partner->name : m_details->editedPartner().name;
    const auto answer = QMessageBox::question(this, tr("Delete Partner"),
        tr("Delete \"%1\"? Its people and history go with it, and it leaves the sign-on letters. "
           "The contacts themselves are not touched.")
            .arg(bidi::isolate(name)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto s = OrganizationRepository(m_database).remove(m_shownId); !s) {
        QMessageBox::warning(this, tr("Cannot delete the partner"), s.error().message);
        return;
    }
    showPartner({});
    refresh();
}

int PartnerBrowser::rowOf(const QString &organizationId) const
{
    if (organizationId.isEmpty())
        return -1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toString() == organizationId)
            return row;
    }
    return -1;
}

void PartnerBrowser::selectRowQuietly(int row)
{
    const QSignalBlocker blocker(m_table);
    if (row < 0) {
        m_table->clearSelection();
        m_table->setCurrentItem(nullptr);
    } else {
        m_table->setCurrentCell(row, NameColumn);
    }
}

void PartnerBrowser::updateRightSide()
{
    m_delete->setEnabled(!m_shownId.isEmpty());
    if (!m_shownId.isEmpty())
        m_right->setCurrentIndex(PartnerPage);
    else
        m_right->setCurrentIndex(m_anyPartners ? NoneSelectedPage : NoPartnersPage);
}

void PartnerBrowser::refreshTab(int index)
{
    if (m_shownId.isEmpty())
        return;
    if (index == PeopleTab)
        m_people->refresh();
    else if (index == HistoryTab)
        m_history->refresh();
}

} // namespace majlis
