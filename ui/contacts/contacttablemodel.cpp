#include "contacts/contacttablemodel.h"

#include "campaigns/campaign.h"
#include "i18n/bidi.h"

#include <QApplication>
#include <QStyle>

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

// A cell as stored: what sorting, editing and copying work with.
QString storedText(const ContactRow &row, int column)
{
    switch (column) {
    case ContactTableModel::NameColumn:
        return row.displayName;
    case ContactTableModel::EmailColumn:
        return row.email;
    case ContactTableModel::PhoneColumn:
        return row.phone;
    case ContactTableModel::ChapterColumn:
        return row.chapterName;
    case ContactTableModel::DistrictColumn:
        return formatDistrict(row.usState, row.district);
    case ContactTableModel::OrganizationColumn:
        return row.organization;
    case ContactTableModel::TagsColumn:
        return row.tags;
    default:
        return {};
    }
}

bidi::Kind kindOf(int column)
{
    const bool ltr = column == ContactTableModel::EmailColumn || column == ContactTableModel::PhoneColumn
        || column == ContactTableModel::DistrictColumn;
    return ltr ? bidi::Kind::Ltr : bidi::Kind::Text;
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
    m_shownPhones.clear();
    load(kPageSize);
    endResetModel();
}

void ContactTableModel::reload()
{
    const int wanted = std::max(kPageSize, static_cast<int>(m_rows.size()));
    beginResetModel();
    m_rows.clear();
    m_shownPhones.clear();
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

const phone::Display &ContactTableModel::shownPhone(int row) const
{
    if (m_shownPhones.size() < m_rows.size())
        m_shownPhones.resize(m_rows.size());
    std::optional<phone::Display> &shown = m_shownPhones[row];
    if (!shown)
        shown = phone::display(m_rows.at(row).phone, m_rows.at(row).phoneRegion);
    return *shown;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactRow &row = m_rows.at(index.row());
    if (role == ContactIdRole)
        return row.id;
    if (index.column() == PhoneColumn && !row.phone.isEmpty() && !shownPhone(index.row()).readable) {
        // Flagged, never altered: the number stays exactly as it was typed.
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole)
            return phone::unreadableMessage(row.phoneRegion);
    }
    // Whoever browses the list sees at once that this person must not be called or written to.
    if (index.column() == NameColumn && !row.doNotContact.isEmpty()) {
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_BrowserStop);
        if (role == Qt::ToolTipRole)
            return tr("%1 — do not contact (%2)").arg(bidi::isolate(row.displayName), optOutReasonName(row.doNotContact));
    }
    if (role == Qt::EditRole)
        return storedText(row, index.column());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString text = index.column() == PhoneColumn ? shownPhone(index.row()).text : storedText(row, index.column());
    return bidi::isolate(text, kindOf(index.column()));
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
