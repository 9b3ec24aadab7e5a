#include "contacts/contacttablemodel.h"

#include <algorithm>

namespace majlis {

namespace {

ContactQuery::SortKey sortKeyFor(int column)
{
    switch (column) {
    case ContactTableModel::EmailColumn:
        return ContactQuery::SortKey::Email;
    case ContactTableModel::PhoneColumn:
        return ContactQuery::SortKey::Phone;
    case ContactTableModel::ChapterColumn:
        return ContactQuery::SortKey::Chapter;
    case ContactTableModel::DistrictColumn:
        return ContactQuery::SortKey::District;
    case ContactTableModel::OrganizationColumn:
        return ContactQuery::SortKey::Organization;
    case ContactTableModel::TagsColumn:
        return ContactQuery::SortKey::Tags;
    default:
        return ContactQuery::SortKey::Name;
    }
}

} // namespace

ContactTableModel::ContactTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_directory(database)
{
}

void ContactTableModel::setQuery(const ContactQuery &query)
{
    m_query = query;
    beginResetModel();
    m_rows.clear();
    load(kPageSize);
    endResetModel();
}

void ContactTableModel::reload()
{
    const int wanted = std::max(kPageSize, static_cast<int>(m_rows.size()));
    beginResetModel();
    m_rows.clear();
    load(wanted);
    endResetModel();
}

void ContactTableModel::load(int rowsWanted)
{
    const int previousTotal = m_total;
    auto total = m_directory.count(m_query);
    auto rows = total ? m_directory.page(m_query, 0, rowsWanted, *total) : Result<QList<ContactRow>>(total.error());
    if (!total || !rows) {
        m_total = 0;
        emit errorOccurred(!total ? total.error().message : rows.error().message);
    } else {
        m_total = *total;
        m_rows = std::move(rows).value();
    }
    if (m_total != previousTotal)
        emit totalCountChanged(m_total);
}

QString ContactTableModel::contactId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ContactTableModel::rowOf(const QString &contactId) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const ContactRow &r) { return r.id == contactId; });
    return it == m_rows.cend() ? -1 : static_cast<int>(it - m_rows.cbegin());
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactRow &row = m_rows.at(index.row());
    if (role == ContactIdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.displayName;
    case EmailColumn:
        return row.email;
    case PhoneColumn:
        return row.phone;
    case ChapterColumn:
        return row.chapterName;
    case DistrictColumn:
        return formatDistrict(row.usState, row.district);
    case OrganizationColumn:
        return row.organization;
    case TagsColumn:
        return row.tags;
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case ChapterColumn:
        return tr("Chapter");
    case DistrictColumn:
        return tr("District", "congressional district");
    case OrganizationColumn:
        return tr("Organization");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

bool ContactTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void ContactTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_directory.page(m_query, static_cast<int>(m_rows.size()), kPageSize, m_total);
    if (!page) {
        emit errorOccurred(page.error().message);
        return;
    }
    if (page->isEmpty()) { // the data shrank under us; stop asking
        m_total = static_cast<int>(m_rows.size());
        emit totalCountChanged(m_total);
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    m_fetching = true;
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
    m_fetching = false;
}

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    ContactQuery query = m_query;
    query.sortKey = sortKeyFor(column);
    query.descending = order == Qt::DescendingOrder;
    if (query.sortKey == m_query.sortKey && query.descending == m_query.descending && !m_rows.isEmpty())
        return;
    // A reset rather than a layout change: the new order starts again at the first page, so the
    // number of loaded rows changes too.
    setQuery(query);
}

} // namespace majlis
