#pragma once

#include <QStyledItemDelegate>

namespace majlis {

// Edits a district to choose with a combo box of the candidates the model gives
// (AmbiguousDistrictModel::CandidatesRole); the model records the choice.
class CandidateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace majlis
