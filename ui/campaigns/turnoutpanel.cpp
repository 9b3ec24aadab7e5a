#include "campaigns/turnoutpanel.h"

#include "campaigns/campaignrepository.h"
#include "campaigns/leadinglabel.h"
#include "campaigns/markvotedcommand.h"
#include "campaigns/recordtable.h"
#include "campaigns/turnoutmodels.h"
#include "contacts/contactdirectory.h"
#include "i18n/bidi.h"
#include "i18n/datetext.h"
#include "shell/preferencesdialog.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace majlis {

namespace {

// Item data of the district filter meaning every district (an empty string is the unknown one).
const QString kEveryDistrict = QStringLiteral("\x01every");

QLabel *note(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(label->fontMetrics().height() / 2);
    return label;
}

} // namespace

TurnoutPanel::TurnoutPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_headline = new LeadingLabel(this);
    m_headline->setObjectName(QStringLiteral("turnoutHeadline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_headline->setFont(bold);

    m_summaryLabel = new LeadingLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("turnoutSummary"));

    m_districts = new DistrictTurnoutModel(this);
    m_districtView = recordTable(
        m_districts, DistrictTurnoutModel::SortRole, QStringLiteral("districtTable"), tr("Turnout per district"), this);
    m_districtView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    m_status = new LeadingLabel(this);
    m_status->setObjectName(QStringLiteral("turnoutStatus"));
    m_status->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildChaseList());
    splitter->addWidget(buildSearch());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_districtView);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_ownUndo = new QUndoStack(this);
    setUndoStack(nullptr);
    setElection({});
}

TurnoutPanel::~TurnoutPanel()
{
    // The own stack is destroyed after this class and says it can no longer undo: nobody listens.
    disconnect(m_undo, nullptr, this, nullptr);
}

QWidget *TurnoutPanel::buildChaseList()
{
    auto *box = new QGroupBox(tr("Chase list: pledged, not voted yet"), this);
    m_districtFilter = new QComboBox(box);
    m_districtFilter->setObjectName(QStringLiteral("districtFilter"));
    m_districtFilter->setAccessibleName(tr("District"));
    connect(m_districtFilter, &QComboBox::currentIndexChanged, this, &TurnoutPanel::filterDistrict);

    m_chase = new TurnoutRowModel(this);
    m_chaseView = recordTable(m_chase, TurnoutRowModel::SortRole, QStringLiteral("chaseTable"), tr("Chase list"), box);
    // A chase list runs to thousands: columns sized once per reading, not on every scroll.
    m_chaseView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_chaseFilter = qobject_cast<QSortFilterProxyModel *>(m_chaseView->model());
    m_chaseFilter->setFilterKeyColumn(TurnoutRowModel::DistrictColumn);
    m_chaseFilter->setFilterRole(Qt::EditRole);
    m_chaseView->setColumnHidden(TurnoutRowModel::PledgedColumn, true); // everyone on it pledged
    m_chaseView->setColumnHidden(TurnoutRowModel::VotedColumn, true); // and nobody on it voted
    connect(m_chaseView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TurnoutPanel::updateButtons);
    m_chaseEmpty = note(box, QStringLiteral("chaseEmptyLabel"));

    m_markVoted = new QPushButton(tr("&Mark Voted"), box);
    m_markVoted->setObjectName(QStringLiteral("markVotedButton"));
    m_markVoted->setAccessibleName(tr("Mark the selected people on the chase list as voted"));
    connect(m_markVoted, &QPushButton::clicked, this, &TurnoutPanel::markSelectedVoted);
    m_undoButton = new QPushButton(tr("&Undo"), box);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setAccessibleName(tr("Undo the last mark"));

    auto *form = new QFormLayout;
    form->addRow(tr("&District:"), m_districtFilter);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_markVoted);
    buttons->addStretch();
    buttons->addWidget(m_undoButton);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(m_chaseView, 1);
    layout->addWidget(m_chaseEmpty, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget *TurnoutPanel::buildSearch()
{
    auto *box = new QGroupBox(tr("Find anyone"), this);
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("turnoutSearch"));
    m_search->setAccessibleName(tr("Find by name or phone"));
    m_search->setPlaceholderText(tr("Name or phone number"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &TurnoutPanel::search);

    m_found = new TurnoutRowModel(this);
    m_foundView
        = recordTable(m_found, TurnoutRowModel::SortRole, QStringLiteral("searchTable"), tr("People found"), box);
    connect(m_foundView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TurnoutPanel::updateButtons);
    m_foundEmpty = note(box, QStringLiteral("searchEmptyLabel"));

    m_markFoundVoted = new QPushButton(tr("Mark &Voted"), box);
    m_markFoundVoted->setObjectName(QStringLiteral("markFoundVotedButton"));
    m_markFoundVoted->setAccessibleName(tr("Mark the people found as voted"));
    connect(m_markFoundVoted, &QPushButton::clicked, this, [this] { markFoundVoted(true); });
    m_markFoundNotVoted = new QPushButton(tr("Mark &Not Voted"), box);
    m_markFoundNotVoted->setObjectName(QStringLiteral("markFoundNotVotedButton"));
    m_markFoundNotVoted->setAccessibleName(tr("Take the voted mark off the people found"));
    connect(m_markFoundNotVoted, &QPushButton::clicked, this, [this] { markFoundVoted(false); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Find:"), m_search);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_markFoundVoted);
    buttons->addWidget(m_markFoundNotVoted);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(m_foundView, 1);
    layout->addWidget(m_foundEmpty, 1);
    layout->addLayout(buttons);
    return box;
}

void TurnoutPanel::setUndoStack(QUndoStack *stack)
{
    if (m_undo)
        disconnect(m_undo, nullptr, this, nullptr);
    qDeleteAll(m_undoActions);
    m_undoActions.clear();
    m_undo = stack ? stack : m_ownUndo;
    if (!stack) {
        QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
        redo->setShortcut(QKeySequence::Redo);
        for (QAction *action : {undo, redo}) {
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action);
            m_undoActions.append(action);
        }
    }
    disconnect(m_undoButton, &QPushButton::clicked, nullptr, nullptr);
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, this, &TurnoutPanel::updateButtons);
    connect(m_undo, &QUndoStack::undoTextChanged, this, &TurnoutPanel::updateButtons);
    updateButtons();
}

void TurnoutPanel::setElection(const QString &electionId)
{
    if (electionId != m_electionId)
        m_status->hide();
    m_electionId = electionId;
    refresh();
}

void TurnoutPanel::setEmpty(const QString &message)
{
    m_summary = {};
    m_headline->setText(QString());
    m_summaryLabel->setText(message);
    m_districts->setDistricts({});
    m_districtView->hide();
    m_chase->setRows({});
    m_found->setRows({});
    m_chaseView->hide();
    m_chaseEmpty->setText(QString());
    m_chaseEmpty->show();
    m_foundView->hide();
    m_foundEmpty->setText(QString());
    m_foundEmpty->show();
    updateButtons();
}

void TurnoutPanel::refresh()
{
    if (m_electionId.isEmpty())
        return setEmpty(tr("Choose an election to follow its turnout."));
    auto election = CampaignRepository(m_database).election(m_electionId);
    if (!election)
        return setEmpty(election.error().message);
    auto summary = Turnout(m_database).summary(m_electionId);
    if (!summary)
        return setEmpty(summary.error().message);
    auto chase = Turnout(m_database).chaseList(m_electionId);
    if (!chase)
        return setEmpty(chase.error().message);
    m_summary = summary.value();

    const QLocale locale = this->locale();
    m_headline->setText(election->date.isValid()
            ? tr("%1, %2", "election name, then its date")
                  .arg(bidi::isolate(election->name),
                      bidi::isolate(formatDate(election->date, PreferencesDialog::dateDisplay())))
            : bidi::isolate(election->name));
    if (m_summary.pledged == 0 && m_summary.voted == 0) {
        m_summaryLabel->setText(tr("Nobody has pledged to vote in this election yet. Pledges come from the answers "
                                   "people give to campaign scripts."));
    } else {
        const int share = m_summary.pledged == 0 ? 0 : qRound(100.0 * m_summary.pledgedVoted / m_summary.pledged);
        QString text = tr("%Ln pledged to vote; %1 of them (%2) have voted.", nullptr, m_summary.pledged)
                           .arg(locale.toString(m_summary.pledgedVoted), locale.toString(share) + locale.percent());
        if (m_summary.voted > m_summary.pledgedVoted)
            text += u' '
                + tr("%Ln more voted without having pledged.", nullptr, m_summary.voted - m_summary.pledgedVoted);
        m_summaryLabel->setText(text);
    }
    m_districts->setDistricts(m_summary.districts);
    m_districtView->setVisible(!m_summary.districts.isEmpty());
    // As tall as its rows, up to six: the chase list below needs the room.
    const int shown = std::min(int(m_summary.districts.size()), 6);
    m_districtView->setFixedHeight(m_districtView->horizontalHeader()->sizeHint().height()
        + shown * m_districtView->verticalHeader()->defaultSectionSize() + 2 * m_districtView->frameWidth());

    // Keep the place in the list: after a mark, the next person down is selected.
    const QModelIndexList selected = m_chaseView->selectionModel()->selectedRows();
    const int place = selected.isEmpty() ? -1 : selected.first().row();
    m_chase->setRows(chase.value());
    {
        const QSignalBlocker blocker(m_districtFilter);
        const QVariant previous = m_districtFilter->currentData();
        m_districtFilter->clear();
        m_districtFilter->addItem(tr("Every district"), kEveryDistrict);
        for (const QString &district : m_chase->districts())
            m_districtFilter->addItem(TurnoutRowModel::districtText(district), district);
        m_districtFilter->setCurrentIndex(std::max(0, m_districtFilter->findData(previous)));
    }
    filterDistrict();
    m_chaseView->resizeColumnsToContents();
    if (place >= 0 && m_chaseFilter->rowCount() > 0)
        m_chaseView->selectRow(std::min(place, m_chaseFilter->rowCount() - 1));
    search();
    updateButtons();
}

void TurnoutPanel::filterDistrict()
{
    const QVariant chosen = m_districtFilter->currentData();
    if (!chosen.isValid() || chosen.toString() == kEveryDistrict)
        m_chaseFilter->setFilterRegularExpression(QRegularExpression());
    else
        m_chaseFilter->setFilterRegularExpression(
            QRegularExpression(QRegularExpression::anchoredPattern(QRegularExpression::escape(chosen.toString()))));
    const bool empty = m_chaseFilter->rowCount() == 0;
    m_chaseView->setVisible(!empty);
    m_chaseEmpty->setVisible(empty);
    m_chaseEmpty->setText(m_summary.pledged == 0 ? tr("Nobody to chase: nobody has pledged yet.")
                                                 : tr("Nobody left to chase: everyone who pledged has voted."));
    updateButtons();
}

void TurnoutPanel::search()
{
    const QString typed = m_search->text().trimmed();
    if (m_electionId.isEmpty() || typed.isEmpty()) {
        m_found->setRows({});
        m_foundView->hide();
        m_foundEmpty->setText(m_electionId.isEmpty() ? QString()
                                                     : tr("Type a name or phone number to find anyone, pledged or "
                                                          "not, and mark them voted."));
        m_foundEmpty->show();
        updateButtons();
        return;
    }
    const QStringList selectedIds = [this] {
        QStringList ids;
        for (const QModelIndex &index : m_foundView->selectionModel()->selectedRows())
            ids.append(index.data(TurnoutRowModel::ContactIdRole).toString());
        return ids;
    }();
    ContactQuery query;
    query.search = typed;
    auto rows = ContactDirectory(m_database).page(query, 0, kMaxFound);
    QStringList ids;
    if (rows) {
        for (const ContactRow &row : rows.value())
            ids.append(row.id);
    }
    auto people = rows ? Turnout(m_database).people(m_electionId, ids) : Result<QList<TurnoutRow>>(rows.error());
    if (!people) {
        m_found->setRows({});
        m_foundView->hide();
        m_foundEmpty->setText(people.error().message);
        m_foundEmpty->show();
        updateButtons();
        return;
    }
    m_found->setRows(people.value());
    const bool empty = people->isEmpty();
    m_foundView->setVisible(!empty);
    m_foundEmpty->setVisible(empty);
    m_foundEmpty->setText(tr("Nobody matches \"%1\".").arg(bidi::isolate(typed)));
    // Whoever was selected stays selected as the list is read again; a single match is chosen.
    auto *proxy = m_foundView->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        if (selectedIds.contains(index.data(TurnoutRowModel::ContactIdRole).toString()) || proxy->rowCount() == 1)
            m_foundView->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    updateButtons();
}

void TurnoutPanel::updateButtons()
{
    m_markVoted->setEnabled(!m_chaseView->isHidden() && m_chaseView->selectionModel()->hasSelection());
    const bool found = !m_foundView->isHidden() && m_foundView->selectionModel()->hasSelection();
    m_markFoundVoted->setEnabled(found);
    m_markFoundNotVoted->setEnabled(found);
    m_undoButton->setEnabled(m_undo && m_undo->canUndo());
    m_undoButton->setToolTip(m_undo && m_undo->canUndo() ? m_undo->undoText() : QString());
}

void TurnoutPanel::markSelectedVoted()
{
    mark(m_chaseView, true);
}

void TurnoutPanel::markFoundVoted(bool voted)
{
    mark(m_foundView, voted);
}

void TurnoutPanel::mark(QTableView *view, bool voted)
{
    if (m_electionId.isEmpty())
        return;
    QStringList ids;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        ids.append(index.data(TurnoutRowModel::ContactIdRole).toString());
    if (ids.isEmpty())
        return;
    // Only the people whose mark changes, so an undo gives back exactly what was there.
    auto before = Turnout(m_database).people(m_electionId, ids);
    if (!before)
        return report(before.error().message);
    QStringList changing;
    QStringList names;
    for (const TurnoutRow &row : before.value()) {
        if (row.voted != voted) {
            changing.append(row.contactId);
            names.append(row.name);
        }
    }
    if (changing.isEmpty()) {
        m_status->setText(voted ? tr("Already marked voted.") : tr("Not marked voted."));
        m_status->show();
        return;
    }
    if (auto s = Turnout(m_database).markVoted(m_electionId, changing, voted); !s)
        return report(s.error().message);
    // A shared stack can outlive the panel: its commands then change the votes without it.
    const QPointer<TurnoutPanel> panel(this);
    m_undo->push(new MarkVotedCommand(
        m_database, m_electionId, changing, names, voted,
        [panel] {
            if (panel) {
                panel->refresh();
                emit panel->turnoutChanged();
            }
        },
        [panel](const QString &message) {
            if (panel)
                panel->report(message);
        }));
    const QString shortcut = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    m_status->setText((voted ? tr("Marked %Ln people voted.", nullptr, int(changing.size()))
                             : tr("Took the voted mark off %Ln people.", nullptr, int(changing.size())))
        + u' ' + tr("Undo with %1.").arg(bidi::isolateLtr(shortcut)));
    m_status->show();
    refresh();
    emit turnoutChanged();
}

void TurnoutPanel::report(const QString &message)
{
    QMessageBox::warning(this, tr("Cannot mark the vote"), message);
}

void TurnoutPanel::showEvent(QShowEvent *event)
{
    // Votes are marked on other laptops too: coming back shows them.
    if (!event->spontaneous())
        refresh();
    QWidget::showEvent(event);
}

} // namespace majlis
