#include "campaigns/recordtable.h"

#include "shell/plaincopy.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace majlis {

QTableView *recordTable(
    QAbstractItemModel *model, int sortRole, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    auto *sorted = new QSortFilterProxyModel(view);
    sorted->setSourceModel(model);
    sorted->setSortRole(sortRole);
    sorted->setSortLocaleAware(true);
    view->setModel(sorted);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setSortingEnabled(true);
    // Unsorted until a header is clicked: the rows come in the order core gives them.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->hide();
    copyWithoutIsolates(view);
    return view;
}

} // namespace majlis
