#include "shell/chapterplacedelegate.h"

#include "shell/chapterplacesmodel.h"
#include "shell/placecombos.h"

#include <QComboBox>
#include <QLineEdit>

namespace majlis {

QWidget *ChapterPlaceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == ChapterPlacesModel::CountryColumn)
        return placecombos::country(parent, tr("Follow the workspace"));
    if (index.column() == ChapterPlacesModel::TimeZoneColumn) {
        QComboBox *zone = placecombos::timeZone(parent);
        zone->lineEdit()->setPlaceholderText(tr("Empty: follow the workspace"));
        zone->lineEdit()->setClearButtonEnabled(true);
        return zone;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ChapterPlaceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    const QString value = index.data(Qt::EditRole).toString();
    if (index.column() == ChapterPlacesModel::CountryColumn)
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    else
        combo->setCurrentText(value);
}

void ChapterPlaceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    // The model refuses a zone this computer does not know and says why.
    model->setData(index, index.column() == ChapterPlacesModel::CountryColumn ? combo->currentData() : QVariant(combo->currentText()));
}

} // namespace majlis
