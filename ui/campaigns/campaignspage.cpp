#include "campaigns/campaignspage.h"

#include "campaigns/assigndialog.h"
#include "campaigns/buildlistdialog.h"
#include "campaigns/callername.h"
#include "campaigns/calllistmodel.h"
#include "campaigns/calllistproxy.h"
#include "campaigns/campaigndialog.h"
#include "campaigns/campaignprogresspanel.h"
#include "campaigns/campaignlistmodel.h"
#include "campaigns/campaignrepository.h"
#include "campaigns/scripttreemodel.h"
#include "campaigns/turnoutpanel.h"
#include "campaigns/walklistpanel.h"
#include "i18n/bidi.h"
#include "shell/emptystatepage.h"
#include "shell/plaincopy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace majlis {

CampaignsPage::CampaignsPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_campaigns(new CampaignListModel(this))
    , m_list(new CallListModel(this))
    , m_listProxy(new CallListProxy(this))
    , m_script(new ScriptTreeModel(this))
{
    m_askCallerName = [this] {
        return QInputDialog::getText(this, tr("Who Is Calling?"),
            tr("Your name, as the organizer gave you your part of the list. It is asked "
               "once and kept on this computer."));
    };

    // No campaign yet: what a campaign is, and the first step.
    auto *empty = new EmptyStatePage(tr("No campaigns yet"),
        tr("A campaign is a phone bank, a door-knocking effort or a get-out-the-vote drive: a list of people built "
           "from your contacts, a script with its questions, and volunteers who work through the list, offline, "
           "each result saved the moment it is entered."),
        this);
    empty->setObjectName(QStringLiteral("campaignsEmpty"));
    QPushButton *emptyNew = empty->addButton(tr("&New Campaign…"));
    connect(emptyNew, &QPushButton::clicked, this, &CampaignsPage::newCampaign);

    // The campaigns.
    auto *add = new QPushButton(tr("&New Campaign…"), this);
    add->setObjectName(QStringLiteral("newCampaignButton"));
    connect(add, &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editCampaignButton"));
    connect(m_edit, &QPushButton::clicked, this, &CampaignsPage::editCampaign);
    m_build = new QPushButton(tr("&Build List…"), this);
    m_build->setObjectName(QStringLiteral("buildListButton"));
    connect(m_build, &QPushButton::clicked, this, &CampaignsPage::buildList);
    m_assign = new QPushButton(tr("&Assign Callers…"), this);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    connect(m_assign, &QPushButton::clicked, this, &CampaignsPage::assignCallers);
    m_close = new QPushButton(tr("C&lose Campaign…"), this);
    m_close->setObjectName(QStringLiteral("closeCampaignButton"));
    connect(m_close, &QPushButton::clicked, this, &CampaignsPage::closeCampaign);
    auto *bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addWidget(m_edit);
    bar->addWidget(m_build);
    bar->addWidget(m_assign);
    bar->addStretch();
    bar->addWidget(m_close);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setAccessibleName(tr("Campaigns"));
    m_table->setModel(m_campaigns);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CampaignListModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CampaignListModel::ElectionColumn, QHeaderView::Stretch);
    copyWithoutIsolates(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CampaignsPage::showCurrent);
    connect(m_table, &QTableView::activated, this, &CampaignsPage::editCampaign);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_table, 1);

    // The chosen campaign.
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("campaignListSummary"));
    m_summary->setWordWrap(true);
    m_call = new QPushButton(tr("Start &Calling (Ctrl+Enter)"), this);
    m_call->setObjectName(QStringLiteral("startCallingButton"));
    m_call->setToolTip(tr("The caller's window: the next person on your part of the list, the script, and the "
                          "results by keys. Works without a network."));
    connect(m_call, &QPushButton::clicked, this, &CampaignsPage::startCalling);
    // Ctrl+Enter on the main keyboard and on the keypad; it works while the page is shown.
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, m_call);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_call->isEnabled())
                startCalling();
        });
    }
    m_enter = new QPushButton(tr("Enter &Results from Paper…"), this);
    m_enter->setObjectName(QStringLiteral("enterResultsButton"));
    m_enter->setToolTip(tr("For a door list walked on paper: find each person, then type their result and answers."));
    connect(m_enter, &QPushButton::clicked, this, &CampaignsPage::enterResults);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_enter);
    heading->addWidget(m_call);

    // List tab: who is on it, sortable by any column.
    m_listProxy->setSourceModel(m_list);
    m_listView = new QTableView(this);
    m_listView->setObjectName(QStringLiteral("campaignListView"));
    m_listView->setAccessibleName(tr("People on the list"));
    m_listView->setModel(m_listProxy);
    m_listView->setSortingEnabled(true);
    m_listView->sortByColumn(CallListModel::PositionColumn, Qt::AscendingOrder);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->verticalHeader()->hide();
    CallListModel::fitColumns(m_listView->horizontalHeader());
    copyWithoutIsolates(m_listView);
    m_listSearch = new QLineEdit(this);
    m_listSearch->setObjectName(QStringLiteral("campaignListSearch"));
    m_listSearch->setAccessibleName(tr("Find on the list"));
    m_listSearch->setPlaceholderText(tr("Find on the list by name or number"));
    m_listSearch->setClearButtonEnabled(true);
    connect(m_listSearch, &QLineEdit::textChanged, m_listProxy, &CallListProxy::setSearch);
    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->addWidget(m_summary);
    listLayout->addWidget(m_listSearch);
    listLayout->addWidget(m_listView, 1);

    // Script tab: what the callers read and ask, as they will see it.
    m_introduction = new QLabel(this);
    m_introduction->setObjectName(QStringLiteral("scriptIntroduction"));
    m_introduction->setWordWrap(true);
    m_introduction->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_introduction->setFrameShape(QFrame::StyledPanel);
    m_introduction->setMargin(8);
    m_scriptTree = new QTreeView(this);
    m_scriptTree->setObjectName(QStringLiteral("scriptTree"));
    m_scriptTree->setAccessibleName(tr("Questions and answers"));
    m_scriptTree->setModel(m_script);
    m_scriptTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scriptTree->header()->setSectionResizeMode(ScriptTreeModel::TextColumn, QHeaderView::Stretch);
    m_scriptTree->header()->setSectionResizeMode(ScriptTreeModel::DetailColumn, QHeaderView::ResizeToContents);
    m_scriptTree->header()->setStretchLastSection(false);
    connect(m_script, &QAbstractItemModel::modelReset, m_scriptTree, &QTreeView::expandAll);
    auto *scriptPage = new QWidget(this);
    auto *scriptLayout = new QVBoxLayout(scriptPage);
    auto *introductionLabel = new QLabel(tr("Introduction:"), this);
    scriptLayout->addWidget(introductionLabel);
    scriptLayout->addWidget(m_introduction);
    scriptLayout->addWidget(m_scriptTree, 1);

    // The chosen campaign's progress, its election's turnout and, for a door list, walk lists.
    m_progress = new CampaignProgressPanel(database, this);
    m_turnout = new TurnoutPanel(database, this);
    m_walkLists = new WalkListPanel(database, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("campaignTabs"));
    m_tabs->addTab(listPage, tr("L&ist"));
    m_tabs->addTab(scriptPage, tr("&Script"));
    m_tabs->addTab(m_progress, tr("&Progress"));
    m_tabs->addTab(m_turnout, tr("&Turnout"));
    m_tabs->addTab(m_walkLists, tr("&Walk Lists"));
    connect(this, &CampaignsPage::campaignChanged, this, [this](const QString &campaignId) {
        const auto campaign = current();
        m_progress->setCampaign(campaignId);
        m_turnout->setElection(campaign ? campaign->electionId : QString());
        m_walkLists->setCampaign(campaign && campaign->kind == CampaignKind::Door ? campaignId : QString());
    });

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(heading);
    bottomLayout->addWidget(m_tabs, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(1, 2);
    split->setSizes({220, 480});

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(split);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    refresh();
}

void CampaignsPage::refresh()
{
    const QString chosen = currentCampaignId();
    CampaignRepository repository(m_database);
    auto campaigns = repository.list();
    auto elections = repository.elections();
    auto sizes = CallList(m_database).sizes();
    if (!campaigns || !elections || !sizes) {
        warn(tr("Cannot show the campaigns"),
            !campaigns       ? campaigns.error().message
                : !elections ? elections.error().message
                             : sizes.error().message);
        return;
    }
    {
        // One campaignChanged for the whole refresh, from showCurrent() below.
        const QSignalBlocker blocker(m_table->selectionModel());
        m_campaigns->setCampaigns(campaigns.value(), elections.value(), sizes.value());
    }
    m_stack->setCurrentIndex(m_campaigns->rowCount() > 0 ? 1 : 0);
    const int row = m_campaigns->rowOf(chosen);
    selectCampaign(row >= 0 ? chosen : (m_campaigns->rowCount() > 0 ? m_campaigns->campaigns().first().id : QString()));
    showCurrent();
}

void CampaignsPage::setUndoStack(QUndoStack *stack)
{
    m_turnout->setUndoStack(stack);
}

QString CampaignsPage::currentCampaignId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(CampaignListModel::CampaignIdRole).toString() : QString();
}

void CampaignsPage::selectCampaign(const QString &campaignId)
{
    const int row = m_campaigns->rowOf(campaignId);
    if (row >= 0)
        m_table->setCurrentIndex(m_campaigns->index(row, CampaignListModel::NameColumn));
}

std::optional<Campaign> CampaignsPage::current() const
{
    const int row = m_campaigns->rowOf(currentCampaignId());
    if (row < 0)
        return std::nullopt;
    return m_campaigns->campaigns().at(row);
}

void CampaignsPage::showCurrent()
{
    const auto campaign = current();
    if (!campaign) {
        m_title->clear();
        m_summary->clear();
        m_list->setEntries({});
        m_script->setScript({});
        m_introduction->clear();
        updateButtons();
        emit campaignChanged(QString());
        return;
    }
    m_title->setText(campaign->closed ? tr("%1 (closed)").arg(bidi::isolate(campaign->name)) : campaign->name);
    auto entries = CallList(m_database).entries(campaign->id);
    m_list->setEntries(entries ? entries.value() : QList<ListEntry>());
    int unassigned = 0;
    int done = 0;
    for (const ListEntry &e : m_list->entries()) {
        done += e.done ? 1 : 0;
        unassigned += e.assignee.isEmpty() && !e.done ? 1 : 0;
    }
    const int listed = int(m_list->entries().size());
    if (!entries)
        m_summary->setText(entries.error().message);
    else if (listed == 0)
        m_summary->setText(tr("The list is empty: build it from your contacts with Build List."));
    else
        m_summary->setText(tr("%Ln people on the list, %1 done, %2 not given to a caller yet.", nullptr, listed)
                               .arg(QLocale().toString(done), QLocale().toString(unassigned)));
    m_script->setScript(campaign->script);
    m_introduction->setText(
        campaign->script.introduction.isEmpty() ? tr("No introduction.") : campaign->script.introduction);
    updateButtons();
    emit campaignChanged(campaign->id);
}

void CampaignsPage::updateButtons()
{
    const auto campaign = current();
    const bool open = campaign && !campaign->closed;
    const bool listed = campaign && !m_list->entries().isEmpty();
    m_edit->setEnabled(campaign.has_value());
    m_build->setEnabled(open);
    m_assign->setEnabled(open && listed);
    m_call->setEnabled(open && listed);
    m_enter->setEnabled(open && listed);
    m_close->setEnabled(campaign.has_value());
    m_close->setText(campaign && campaign->closed ? tr("Re&open Campaign") : tr("C&lose Campaign…"));
}

void CampaignsPage::newCampaign()
{
    CampaignDialog dialog(m_database, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectCampaign(dialog.saved().id);
}

void CampaignsPage::editCampaign()
{
    const auto campaign = current();
    if (!campaign)
        return;
    CampaignDialog dialog(m_database, *campaign, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void CampaignsPage::buildList()
{
    const auto campaign = current();
    if (!campaign)
        return;
    BuildListDialog dialog(m_database, *campaign, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void CampaignsPage::assignCallers()
{
    const auto campaign = current();
    if (!campaign)
        return;
    AssignDialog dialog(m_database, *campaign, this);
    connect(&dialog, &AssignDialog::assignmentsChanged, this, &CampaignsPage::showCurrent);
    dialog.exec();
}

void CampaignsPage::closeCampaign()
{
    const auto campaign = current();
    if (!campaign)
        return;
    if (!campaign->closed) {
        const auto answer = QMessageBox::question(this, tr("Close Campaign"),
            tr("Close %1? Callers can no longer record results for it, and every assignment ends. Its results stay, "
               "and it can be reopened.")
                .arg(bidi::isolate(campaign->name)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    if (auto s = CampaignRepository(m_database).setClosed(campaign->id, !campaign->closed); !s) {
        warn(tr("Cannot close the campaign"), s.error().message);
        return;
    }
    refresh();
}

QString CampaignsPage::callerName()
{
    QString name = callername::forThisLaptop(m_database);
    if (!name.isEmpty())
        return name;
    name = m_askCallerName ? m_askCallerName().trimmed() : QString();
    if (name.isEmpty())
        return {};
    if (auto s = callername::remember(m_database, name); !s)
        warn(tr("Cannot remember your name"), s.error().message); // calling works all the same
    return name;
}

CallerWindow *CampaignsPage::openCaller(CallerWindow::Mode mode)
{
    const auto campaign = current();
    if (!campaign || campaign->closed)
        return nullptr;
    const QString caller = callerName();
    if (caller.isEmpty())
        return nullptr;
    auto *window = new CallerWindow(m_database, *campaign, caller, mode, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setLayoutDirection(layoutDirection());
    const QString id = campaign->id;
    auto update = [this, id] {
        // The list's numbers move as results come in; the campaign on screen may be another by now.
        if (currentCampaignId() == id)
            refresh();
    };
    connect(window, &CallerWindow::resultSaved, this, update);
    connect(window, &CallerWindow::closed, this, update);
    window->resize(1100, 760);
    window->show();
    window->activateWindow();
    return window;
}

CallerWindow *CampaignsPage::startCalling()
{
    return openCaller(CallerWindow::Mode::Calling);
}

CallerWindow *CampaignsPage::enterResults()
{
    return openCaller(CallerWindow::Mode::DataEntry);
}

void CampaignsPage::warn(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace majlis
