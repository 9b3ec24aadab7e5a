#include "campaigns/turnoutmodels.h"

#include "campaigns/callerprogressmodel.h"
#include "contacts/phonenumber.h"
#include "i18n/bidi.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace majlis {

namespace {

// "MI-2" before "MI-10": the numbers in a district's name compare as numbers.
QString districtSortKey(const QString &district)
{
    if (district.isEmpty())
        return QStringLiteral("\U0010FFFF"); // unknown districts last, as the chase list has them
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QString key;
    qsizetype at = 0;
    for (auto it = number.globalMatch(district); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        key += district.mid(at, m.capturedStart() - at).toCaseFolded();
        key += m.captured().rightJustified(6, u'0');
        at = m.capturedEnd();
    }
    return key + district.mid(at).toCaseFolded();
}

} // namespace

TurnoutRowModel::TurnoutRowModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TurnoutRowModel::setRows(const QList<TurnoutRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QStringList TurnoutRowModel::districts() const
{
    QStringList districts;
    for (const TurnoutRow &row : m_rows) {
        if (!districts.contains(row.district))
            districts.append(row.district);
    }
    return districts;
}

QString TurnoutRowModel::districtText(const QString &district)
{
    return district.isEmpty() ? tr("Unknown district") : district;
}

int TurnoutRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TurnoutRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TurnoutRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TurnoutRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DistrictColumn:
            return row.district.isEmpty() ? districtText(row.district) : bidi::isolateLtr(row.district);
        case NameColumn:
            return bidi::isolate(row.name);
        case PhoneColumn:
            return row.phone.isEmpty() ? QString() : bidi::isolateLtr(phone::national(row.phone));
        case PledgedColumn:
            return row.pledged ? tr("Pledged") : QString();
        case VotedColumn:
            return row.voted ? tr("Voted") : QString();
        }
        return {};
    case Qt::EditRole: // what copying takes: stored forms, no isolates
        switch (index.column()) {
        case DistrictColumn:
            return row.district;
        case NameColumn:
            return row.name;
        case PhoneColumn:
            return row.phone;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == VotedColumn && row.voted && row.votedAt > 0)
            return tr("Marked voted at %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.votedAt), QLocale::ShortFormat));
        if (index.column() == PhoneColumn && !row.phone.isEmpty())
            return bidi::isolateLtr(phone::international(row.phone));
        return {};
    case SortRole:
        switch (index.column()) {
        case DistrictColumn:
            return districtSortKey(row.district);
        case NameColumn:
            return row.name;
        case PhoneColumn:
            return row.phone;
        case PledgedColumn:
            return row.pledged;
        case VotedColumn:
            return row.voted;
        }
        return {};
    case ContactIdRole:
        return row.contactId;
    }
    return {};
}

QVariant TurnoutRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DistrictColumn:
        return tr("District");
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case PledgedColumn:
        return tr("Pledged");
    case VotedColumn:
        return tr("Voted");
    }
    return {};
}

DistrictTurnoutModel::DistrictTurnoutModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DistrictTurnoutModel::setDistricts(const QList<DistrictTurnout> &districts)
{
    beginResetModel();
    m_districts = districts;
    endResetModel();
}

int DistrictTurnoutModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_districts.size());
}

int DistrictTurnoutModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DistrictTurnoutModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_districts.size())
        return {};
    const DistrictTurnout &d = m_districts.at(index.row());
    const int left = d.pledged - d.voted;
    const double share = d.pledged == 0 ? 0.0 : double(d.voted) / d.pledged;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DistrictColumn:
            return d.district.isEmpty() ? TurnoutRowModel::districtText(d.district) : bidi::isolateLtr(d.district);
        case PledgedColumn:
            return locale.toString(d.pledged);
        case VotedColumn:
            return locale.toString(d.voted);
        case LeftColumn:
            return locale.toString(left);
        case ShareColumn:
            return CallerProgressModel::percent(locale, share);
        }
        return {};
    case Qt::EditRole:
        return index.column() == DistrictColumn ? QVariant(d.district) : data(index, Qt::DisplayRole);
    case SortRole:
        switch (index.column()) {
        case DistrictColumn:
            return districtSortKey(d.district);
        case PledgedColumn:
            return d.pledged;
        case VotedColumn:
            return d.voted;
        case LeftColumn:
            return left;
        case ShareColumn:
            return share;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != DistrictColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant DistrictTurnoutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DistrictColumn:
            return tr("District");
        case PledgedColumn:
            return tr("Pledged");
        case VotedColumn:
            return tr("Voted");
        case LeftColumn:
            return tr("Still to vote");
        case ShareColumn:
            return tr("Turnout");
        }
    }
    if (role == Qt::ToolTipRole && section == ShareColumn)
        return tr("Of those who pledged, the share who have voted");
    return {};
}

} // namespace majlis
