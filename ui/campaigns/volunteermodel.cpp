#include "campaigns/volunteermodel.h"

#include "i18n/bidi.h"

#include <QLocale>

namespace majlis {

VolunteerModel::VolunteerModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void VolunteerModel::setShares(const QList<Share> &shares)
{
    beginResetModel();
    QList<Row> rows;
    m_unassigned = 0;
    for (const Share &share : shares) {
        if (share.assignee.isEmpty()) {
            m_unassigned = share.open;
            continue;
        }
        Row row {share.assignee, {}, share.open, share.done, true};
        // Languages typed earlier in this dialog are kept for the next split.
        for (const Row &old : std::as_const(m_rows)) {
            if (old.name == share.assignee)
                row.languages = old.languages;
        }
        rows.append(row);
    }
    for (const Row &old : std::as_const(m_rows)) {
        const bool listed = std::any_of(rows.cbegin(), rows.cend(), [&](const Row &r) { return r.name == old.name; });
        if (!listed)
            rows.append(Row {old.name, old.languages, 0, 0, false});
    }
    m_rows = rows;
    endResetModel();
}

int VolunteerModel::addVolunteer()
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row {});
    endInsertRows();
    return row;
}

void VolunteerModel::removeVolunteer(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

bool VolunteerModel::holdsShare(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).holds;
}

QString VolunteerModel::name(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

QList<Volunteer> VolunteerModel::volunteers() const
{
    QList<Volunteer> list;
    for (const Row &row : m_rows) {
        if (row.name.trimmed().isEmpty())
            continue;
        QStringList languages;
        for (const QString &code : row.languages.split(u',', Qt::SkipEmptyParts)) {
            if (!code.trimmed().isEmpty())
                languages.append(code.trimmed());
        }
        list.append({row.name.trimmed(), languages});
    }
    return list;
}

int VolunteerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VolunteerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolunteerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::EditRole) {
        if (index.column() == NameColumn)
            return row.name;
        if (index.column() == LanguagesColumn)
            return row.languages;
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        QString text;
        switch (index.column()) {
        case NameColumn:
            text = row.name.isEmpty() ? QString() : bidi::isolate(row.name);
            break;
        case LanguagesColumn:
            text = bidi::isolateLtr(row.languages);
            break;
        case OpenColumn:
            text = QLocale().toString(row.open);
            break;
        case DoneColumn:
            text = QLocale().toString(row.done);
            break;
        }
        return role == Qt::AccessibleTextRole ? bidi::clean(text) : text;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == OpenColumn || index.column() == DoneColumn))
        return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    return {};
}

bool VolunteerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == NameColumn)
        row.name = value.toString().trimmed();
    else
        row.languages = value.toString().trimmed();
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags VolunteerModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    // A volunteer holding people keeps their name: the people are theirs by that name.
    if (index.column() == LanguagesColumn || (index.column() == NameColumn && !m_rows.at(index.row()).holds))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant VolunteerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Volunteer (sync user name)");
    case LanguagesColumn:
        return tr("Languages they call in");
    case OpenColumn:
        return tr("To call");
    case DoneColumn:
        return tr("Done");
    }
    return {};
}

} // namespace majlis
