#include "contacts/candidatedelegate.h"

#include "contacts/ambiguousdistrictmodel.h"
#include "i18n/bidi.h"

#include <QComboBox>

namespace majlis {

QWidget *CandidateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("District of %1").arg(index.siblingAtColumn(0).data(Qt::EditRole).toString()));
    for (const QString &c : index.data(AmbiguousDistrictModel::CandidatesRole).toStringList())
        combo->addItem(bidi::isolateLtr(c), c);
    return combo;
}

void CandidateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int at = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(std::max(at, 0));
}

void CandidateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData().toString(), Qt::EditRole);
}

} // namespace majlis
