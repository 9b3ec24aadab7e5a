#pragma once

#include <QStyledItemDelegate>

namespace majlis {

// Edits ChapterPlacesModel's country and time-zone cells with the same combos as the
// workspace's own settings above them, each with a way back to "follow the workspace".
class ChapterPlaceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace majlis
