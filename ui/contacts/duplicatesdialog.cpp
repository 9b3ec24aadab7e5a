#include "contacts/duplicatesdialog.h"

#include "contacts/mergecommand.h"
#include "contacts/mergedialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace majlis {

DuplicatesDialog::DuplicatesDialog(Database &database, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent), m_database(database), m_undoStack(undoStack)
{
    setWindowTitle(tr("Find Duplicates"));

    m_summary = new QLabel(tr("Looking for contacts entered more than once…"), this);
    m_summary->setObjectName(QStringLiteral("duplicatesSummary"));
    m_summary->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("duplicateGroups"));
    m_list->setAccessibleName(tr("Possible duplicates"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Score"), tr("Contacts"), tr("Why")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->resizeSection(0, 60);
    m_list->header()->resizeSection(1, 320);

    auto *membersLabel = new QLabel(tr("Contacts in this group; the first two selected are merged:"), this);
    m_members = new QListWidget(this);
    m_members->setObjectName(QStringLiteral("groupMembers"));
    m_members->setAccessibleName(tr("Contacts in the selected group"));
    m_members->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_members->setMaximumHeight(m_members->fontMetrics().height() * 7);
    membersLabel->setBuddy(m_members);

    m_mergeButton = new QPushButton(tr("Merge…"), this);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setToolTip(tr("Choose, field by field, what the merged contact keeps"));
    auto *searchAgain = new QPushButton(tr("Search Again"), this);
    searchAgain->setObjectName(QStringLiteral("searchAgainButton"));

    // The main window's Undo does not reach into a modal dialog, so the dialog has its own.
    QAction *undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    addAction(redo);
    auto *undoButton = new QToolButton(this);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    undoButton->setDefaultAction(undo);
    undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &DuplicatesDialog::reject);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_mergeButton);
    actions->addWidget(searchAgain);
    actions->addWidget(undoButton);
    actions->addStretch(1);
    actions->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(membersLabel);
    layout->addWidget(m_members);
    layout->addLayout(actions);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &DuplicatesDialog::showMembers);
    connect(m_list, &QTreeWidget::itemActivated, this, &DuplicatesDialog::mergeWithDialog);
    connect(m_members, &QListWidget::itemSelectionChanged, this, &DuplicatesDialog::updateButtons);
    connect(m_mergeButton, &QPushButton::clicked, this, &DuplicatesDialog::mergeWithDialog);
    connect(searchAgain, &QPushButton::clicked, this, &DuplicatesDialog::refresh);
    updateButtons();
    resize(820, 560);
}

void DuplicatesDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_searched) {
        m_searched = true;
        // After the dialog is on screen, so the progress dialog has a window to sit on.
        QTimer::singleShot(0, this, [this] { refresh(); });
    }
}

bool DuplicatesDialog::refresh()
{
    m_searched = true;
    QProgressDialog progress(tr("Looking for contacts entered more than once…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("duplicatesProgress"));
    progress.setWindowTitle(tr("Find Duplicates"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    auto found = DuplicateFinder(m_database).find([&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (!found) {
        m_groups.clear();
        showGroups(-1);
        if (cancelled) {
            m_summary->setText(tr("The search was cancelled. Press Search Again to look for duplicates."));
        } else {
            m_summary->setText(found.error().message);
            report(found.error().message);
        }
        return false;
    }
    m_groups = *found;
    showGroups(0);
    return true;
}

void DuplicatesDialog::showGroups(int select)
{
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(m_groups.size());
    for (int i = 0; i < m_groups.size(); ++i) {
        const DuplicateGroup &group = m_groups[i];
        auto *item = new QTreeWidgetItem({QString::number(group.score), group.names.join(QStringLiteral(", ")),
                                          group.reasons.join(QStringLiteral("; "))});
        item->setData(0, Qt::UserRole, i);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(2, group.reasons.join(QLatin1Char('\n')));
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    if (m_groups.isEmpty())
        m_summary->setText(tr("No contacts look like duplicates of each other."));
    else
        m_summary->setText(tr("%n group(s) of contacts may be the same person, most likely first. Select one, check "
                              "its contacts, then Merge.",
                              nullptr, static_cast<int>(m_groups.size())));
    if (!items.isEmpty() && select >= 0)
        m_list->setCurrentItem(items.value(std::min<qsizetype>(select, items.size() - 1)));
    showMembers();
}

void DuplicatesDialog::selectGroup(int index)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(index))
        m_list->setCurrentItem(item);
}

void DuplicatesDialog::showMembers()
{
    m_members->clear();
    const QTreeWidgetItem *current = m_list->currentItem();
    if (current) {
        const DuplicateGroup &group = m_groups.at(current->data(0, Qt::UserRole).toInt());
        for (qsizetype i = 0; i < group.contactIds.size(); ++i) {
            auto *item = new QListWidgetItem(group.names.value(i), m_members);
            item->setData(Qt::UserRole, group.contactIds[i]);
            item->setToolTip(group.contactIds[i]);
        }
        for (int row = 0; row < std::min(2, m_members->count()); ++row)
            m_members->item(row)->setSelected(true);
    }
    updateButtons();
}

QStringList DuplicatesDialog::selectedPair() const
{
    QStringList ids;
    for (int row = 0; row < m_members->count() && ids.size() < 2; ++row) {
        if (m_members->item(row)->isSelected())
            ids.append(m_members->item(row)->data(Qt::UserRole).toString());
    }
    return ids.size() == 2 ? ids : QStringList();
}

void DuplicatesDialog::updateButtons()
{
    m_mergeButton->setEnabled(!selectedPair().isEmpty());
}

void DuplicatesDialog::report(const QString &message)
{
    if (m_report)
        m_report(message);
    else
        QMessageBox::warning(this, tr("Majlis"), message);
}

bool DuplicatesDialog::mergeSelected(int keepIndex)
{
    const QStringList pair = selectedPair();
    if (pair.isEmpty())
        return false;
    MergeDialog dialog(m_database, pair[0], pair[1], this);
    if (!dialog.isValid()) {
        report(tr("One of these contacts no longer exists; it may have been merged or deleted meanwhile."));
        return false;
    }
    dialog.setKeepFirst(keepIndex == 0);
    return merge(dialog.keepId(), dialog.mergeId(), dialog.chosenFields());
}

void DuplicatesDialog::mergeWithDialog()
{
    const QStringList pair = selectedPair();
    if (pair.isEmpty())
        return;
    MergeDialog dialog(m_database, pair[0], pair[1], this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    merge(dialog.keepId(), dialog.mergeId(), dialog.chosenFields());
}

bool DuplicatesDialog::merge(const QString &keepId, const QString &mergeId, const Contact &chosenFields)
{
    // The command outlives this dialog on the window's undo stack: it holds no pointer to it
    // that could dangle.
    const QPointer<DuplicatesDialog> self(this);
    const Refresh opener = m_refresh;
    auto afterUndoOrRedo = [self, opener] {
        if (opener)
            opener();
        if (self) {
            if (self->isVisible())
                self->refresh();
            else
                self->m_searched = false;
        }
    };
    const QPointer<QWidget> owner(parentWidget());
    const Report reporter = m_report ? m_report : Report([owner](const QString &message) {
        QMessageBox::warning(owner, DuplicatesDialog::tr("Majlis"), message);
    });
    const auto merged = MergeContactsCommand::mergeAndPush(m_undoStack, m_database, keepId, mergeId, chosenFields,
                                                           afterUndoOrRedo, reporter);
    if (!merged) {
        report(merged.error().message);
        return false;
    }

    // The merged contact leaves its group; searching the whole workspace again is not needed.
    const int current = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : 0;
    for (qsizetype i = m_groups.size() - 1; i >= 0; --i) {
        DuplicateGroup &group = m_groups[i];
        const qsizetype at = group.contactIds.indexOf(mergeId);
        if (at < 0)
            continue;
        group.contactIds.removeAt(at);
        group.names.removeAt(at);
        if (group.contactIds.size() < 2)
            m_groups.removeAt(i);
    }
    showGroups(current);
    if (m_refresh)
        m_refresh();
    return true;
}

} // namespace majlis
