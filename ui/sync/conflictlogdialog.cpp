#include "sync/conflictlogdialog.h"

#include "shell/plaincopy.h"
#include "storage/database.h"
#include "sync/conflictlog.h"
#include "sync/conflictlogmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace majlis {

ConflictLogDialog::ConflictLogDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Sync Conflicts"));
    auto *intro = new QLabel(tr("When two laptops change the same field before they sync, the later edit is kept and "
                                "the other is listed here. Restoring a lost value puts it back, and it then syncs "
                                "like any other edit."),
        this);
    intro->setWordWrap(true);

    m_model = new ConflictLogModel(this);
    m_model->setLocalDevice(database.deviceId());
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("conflictTable"));
    m_view->setAccessibleName(tr("Conflicts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    copyWithoutIsolates(m_view);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noConflictsLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("conflictStack"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_showResolved = new QCheckBox(tr("Show &resolved"), this);
    m_showResolved->setObjectName(QStringLiteral("showResolvedCheck"));
    m_restore = new QPushButton(tr("Restore &Lost Value"), this);
    m_restore->setObjectName(QStringLiteral("restoreLostButton"));
    m_restore->setToolTip(tr("Put the lost value back into the record, replacing the kept one."));
    m_keep = new QPushButton(tr("&Keep Current"), this);
    m_keep->setObjectName(QStringLiteral("keepCurrentButton"));
    m_keep->setToolTip(tr("Leave the record as it is and close the entry."));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_showResolved);
    actions->addStretch();
    actions->addWidget(m_restore);
    actions->addWidget(m_keep);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_stack, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(900, 480);

    connect(m_showResolved, &QCheckBox::toggled, this, &ConflictLogDialog::reload);
    connect(m_restore, &QPushButton::clicked, this, &ConflictLogDialog::restoreSelected);
    connect(m_keep, &QPushButton::clicked, this, &ConflictLogDialog::keepSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConflictLogDialog::updateButtons);
    reload();
}

bool ConflictLogDialog::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ConflictLogDialog::reload()
{
    auto entries = sync::ConflictLog(m_database).entries(m_showResolved->isChecked());
    if (!entries) {
        m_model->setEntries({});
        m_empty->setText(entries.error().message);
        m_stack->setCurrentWidget(m_empty);
        updateButtons();
        return;
    }
    const QList<sync::ConflictEntry> list = std::move(entries).value();
    m_model->setEntries(list);
    m_empty->setText(tr("No conflicts: every edit from every laptop was kept."));
    m_stack->setCurrentWidget(list.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
    m_view->resizeColumnsToContents();
    updateButtons();
}

QStringList ConflictLogDialog::selectedOpenIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (!index.data(ConflictLogModel::ResolvedRole).toBool())
            ids << index.data(ConflictLogModel::EntryIdRole).toString();
    }
    return ids;
}

void ConflictLogDialog::updateButtons()
{
    const bool any = !selectedOpenIds().isEmpty();
    m_restore->setEnabled(any);
    m_keep->setEnabled(any);
}

bool ConflictLogDialog::restoreSelected()
{
    return act(Action::Restore);
}

bool ConflictLogDialog::keepSelected()
{
    return act(Action::Keep);
}

bool ConflictLogDialog::act(Action action)
{
    const QStringList ids = selectedOpenIds();
    if (ids.isEmpty())
        return true;
    sync::ConflictLog log(m_database);
    QStringList problems;
    int done = 0;
    for (const QString &id : ids) {
        const Status status = action == Action::Restore ? log.restore(id) : log.dismiss(id);
        if (status)
            ++done;
        else
            problems << status.error().message;
    }
    reload();
    if (done > 0)
        emit dataChanged();
    if (problems.isEmpty())
        return true;
    problems.removeDuplicates();
    QMessageBox::warning(this, action == Action::Restore ? tr("Cannot restore") : tr("Cannot keep the current value"),
        problems.join(u'\n'));
    return false;
}

} // namespace majlis
