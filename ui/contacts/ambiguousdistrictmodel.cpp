#include "contacts/ambiguousdistrictmodel.h"

#include "i18n/bidi.h"

namespace majlis {

AmbiguousDistrictModel::AmbiguousDistrictModel(Choose choose, ChamberName chamberName, QObject *parent)
    : QAbstractTableModel(parent), m_choose(std::move(choose)), m_chamberName(std::move(chamberName))
{
}

void AmbiguousDistrictModel::setEntries(const QList<DistrictFill::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_chosen = QStringList(entries.size(), QString());
    endResetModel();
}

const DistrictFill::Entry *AmbiguousDistrictModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QString AmbiguousDistrictModel::chosen(int row) const
{
    return m_chosen.value(row);
}

int AmbiguousDistrictModel::openCount() const
{
    return int(std::count(m_chosen.cbegin(), m_chosen.cend(), QString()));
}

int AmbiguousDistrictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AmbiguousDistrictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AmbiguousDistrictModel::data(const QModelIndex &index, int role) const
{
    const DistrictFill::Entry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    if (role == CandidatesRole)
        return e->candidates;
    const bool display = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
    if (!display && role != Qt::EditRole)
        return {};
    const QString chosen = m_chosen.value(index.row());
    switch (index.column()) {
    case NameColumn:
        return display ? bidi::isolate(e->name) : e->name;
    case LegislatureColumn: {
        const QString where = tr("%1, %2", "a legislature and its chamber").arg(e->bodyName, m_chamberName(*e));
        return display ? bidi::isolate(where) : where;
    }
    case PostcodeColumn:
        return display ? bidi::isolateLtr(e->postcode) : e->postcode;
    case ChoiceColumn:
        if (role == Qt::EditRole)
            return chosen;
        return chosen.isEmpty() ? tr("choose: %1").arg(bidi::isolateEach(e->candidates, bidi::Kind::Ltr))
                                : tr("%1 (chosen)").arg(bidi::isolateLtr(chosen));
    }
    return {};
}

QVariant AmbiguousDistrictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LegislatureColumn:
        return tr("Legislature");
    case PostcodeColumn:
        return tr("Postcode");
    case ChoiceColumn:
        return tr("District");
    }
    return {};
}

Qt::ItemFlags AmbiguousDistrictModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ChoiceColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AmbiguousDistrictModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const DistrictFill::Entry *e = index.isValid() ? entry(index.row()) : nullptr;
    const QString district = bidi::clean(value.toString()).trimmed();
    if (!e || role != Qt::EditRole || index.column() != ChoiceColumn || district.isEmpty()
        || district == m_chosen.value(index.row()))
        return false;
    if (!e->candidates.contains(district)) {
        emit errorOccurred(tr("%1 is not among the districts postcode %2 spans.").arg(district, e->postcode));
        return false;
    }
    if (auto s = m_choose(*e, district); !s) {
        emit errorOccurred(s.error().message);
        return false;
    }
    m_chosen[index.row()] = district;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

} // namespace majlis
