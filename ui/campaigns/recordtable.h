#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace majlis {

// A read-only table of records as the campaign panels show them: whole rows selected, sorted
// by the model's `sortRole` (numbers as numbers) when a header is clicked, the last column
// stretched, and Ctrl+C copying the text without the isolates added for display. The view's
// model() is a QSortFilterProxyModel over `model`, owned by the view.
QTableView *recordTable(
    QAbstractItemModel *model, int sortRole, const QString &objectName, const QString &accessibleName, QWidget *parent);

} // namespace majlis
