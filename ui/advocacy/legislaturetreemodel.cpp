#include "advocacy/legislaturetreemodel.h"

#include "advocacy/legislatorrepository.h"
#include "i18n/bidi.h"
#include "legislatures/bodyrepository.h"

#include <algorithm>

namespace majlis {

LegislatureTreeModel::LegislatureTreeModel(Database &database, QObject *parent)
    : QAbstractItemModel(parent)
    , m_database(database)
{ }

Status LegislatureTreeModel::reload()
{
    auto bodies = BodyRepository(m_database).list();
    if (!bodies)
        return bodies.error();
    QList<Entry> entries;
    for (const LegislativeBody &body : bodies.value()) {
        LegislatorFilter filter;
        filter.bodyId = body.id;
        auto members = LegislatorRepository(m_database).list(filter);
        if (!members)
            return members.error();
        Entry entry {body, body.chambers(), {}, int(members->size())};
        for (const Legislator &l : members.value()) {
            ++entry.members[int(l.chamber)];
            if (!entry.chambers.contains(l.chamber))
                entry.chambers.append(l.chamber);
        }
        std::sort(entry.chambers.begin(), entry.chambers.end());
        entries.append(entry);
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
    return success();
}

std::optional<LegislativeBody> LegislatureTreeModel::body(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    const int row = index.parent().isValid() ? index.parent().row() : index.row();
    return m_entries.at(row).body;
}

std::optional<Chamber> LegislatureTreeModel::chamber(const QModelIndex &index) const
{
    if (!index.isValid() || bodyRowOf(index) < 0)
        return std::nullopt;
    return m_entries.at(bodyRowOf(index)).chambers.at(index.row());
}

QModelIndex LegislatureTreeModel::bodyIndex(const QString &bodyId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).body.id == bodyId)
            return index(row, NameColumn);
    }
    return {};
}

QModelIndex LegislatureTreeModel::chamberIndex(const QString &bodyId, Chamber chamber) const
{
    const QModelIndex parent = bodyIndex(bodyId);
    if (!parent.isValid())
        return {};
    const qsizetype row = m_entries.at(parent.row()).chambers.indexOf(chamber);
    return row < 0 ? QModelIndex() : index(int(row), NameColumn, parent);
}

QModelIndex LegislatureTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(parent.isValid() ? parent.row() + 1 : 0));
}

QModelIndex LegislatureTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || bodyRowOf(child) < 0)
        return {};
    return createIndex(bodyRowOf(child), NameColumn, quintptr(0));
}

int LegislatureTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.column() != NameColumn || bodyRowOf(parent) >= 0)
        return 0;
    return int(m_entries.at(parent.row()).chambers.size());
}

int LegislatureTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LegislatureTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isBody = bodyRowOf(index) < 0;
    const Entry &entry = m_entries.at(isBody ? index.row() : bodyRowOf(index));
    const std::optional<Chamber> chamber = this->chamber(index);
    const int members = isBody ? entry.total : entry.members.value(int(*chamber));
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MembersColumn)
            return QString::number(members);
        // A legislature's and a chamber's names are proper names, shown as the body writes them.
        return bidi::isolate(isBody ? entry.body.name : entry.body.chamberName(*chamber));
    case Qt::EditRole:
        if (index.column() == MembersColumn)
            return members;
        return isBody ? entry.body.name : entry.body.chamberName(*chamber);
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (isBody && !entry.body.city.isEmpty())
            return tr("All chambers. The capitol is in %1 (time zone %2).")
                .arg(bidi::isolate(entry.body.city), bidi::isolateLtr(entry.body.timeZone));
        return {};
    case BodyIdRole:
        return entry.body.id;
    }
    return {};
}

QVariant LegislatureTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Legislature") : tr("Members");
}

} // namespace majlis
