#include "shell/chapterplacesmodel.h"

#include "contacts/phoneregion.h"
#include "events/eventtimezone.h"
#include "i18n/bidi.h"
#include "i18n/countrynames.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace majlis {

ChapterPlacesModel::ChapterPlacesModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChapterPlacesModel::setChapters(const QList<Chapter> &chapters)
{
    beginResetModel();
    m_stored = chapters;
    m_edited = chapters;
    endResetModel();
}

void ChapterPlacesModel::setInherited(const QString &country, const QString &timeZone)
{
    m_inheritedCountry = country;
    m_inheritedZone = timeZone;
    if (!m_edited.isEmpty())
        emit dataChanged(index(0, CountryColumn), index(rowCount() - 1, TimeZoneColumn));
}

QList<workspacesettings::ChapterPlace> ChapterPlacesModel::changes() const
{
    QList<workspacesettings::ChapterPlace> changed;
    for (qsizetype i = 0; i < m_edited.size(); ++i) {
        const Chapter &c = m_edited.at(i);
        if (c.country != m_stored.at(i).country || c.timeZone != m_stored.at(i).timeZone)
            changed.append({c.id, c.country, c.timeZone});
    }
    return changed;
}

int ChapterPlacesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_edited.size());
}

int ChapterPlacesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChapterPlacesModel::own(int row, int column) const
{
    const Chapter &c = m_edited.at(row);
    return column == CountryColumn ? c.country : column == TimeZoneColumn ? c.timeZone : c.name;
}

QVariant ChapterPlacesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int column = index.column();
    const QString value = own(index.row(), column);
    const bool inherits = column != NameColumn && value.isEmpty();
    switch (role) {
    case Qt::EditRole:
        return value;
    case Qt::DisplayRole:
        if (column == NameColumn)
            return value;
        if (column == CountryColumn) {
            if (!inherits)
                return countries::nameWithCode(value);
            return m_inheritedCountry.isEmpty() ? tr("None: numbers without + are kept as typed")
                                                : tr("Workspace's: %1").arg(countries::nameWithCode(m_inheritedCountry));
        }
        return inherits ? tr("Workspace's: %1").arg(bidi::isolateLtr(m_inheritedZone)) : bidi::isolateLtr(value);
    case Qt::FontRole:
        // Arabic script has no italics (and italic faces often lack its letters): there the
        // grey alone marks an inherited value.
        if (inherits && QApplication::layoutDirection() == Qt::LeftToRight) {
            QFont font = QApplication::font();
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (inherits)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (inherits)
            return tr("Not set for this chapter: it follows the workspace's setting above. Double-click to set one.");
        return {};
    default:
        return {};
    }
}

bool ChapterPlacesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() == NameColumn)
        return false;
    const QString text = value.toString().trimmed();
    Chapter &c = m_edited[index.row()];
    if (index.column() == CountryColumn) {
        if (auto s = phoneregion::check(text); !s) {
            emit refused(s.error().message);
            return false;
        }
        c.country = text.toUpper();
    } else {
        if (auto s = timezones::check(text); !s) {
            emit refused(s.error().message);
            return false;
        }
        c.timeZone = text;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags ChapterPlacesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == NameColumn ? base : base | Qt::ItemIsEditable;
}

QVariant ChapterPlacesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Chapter");
    case CountryColumn:
        return tr("Country for phone numbers");
    case TimeZoneColumn:
        return tr("Time zone");
    default:
        return {};
    }
}

} // namespace majlis
