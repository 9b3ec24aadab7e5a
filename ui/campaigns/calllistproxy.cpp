#include "campaigns/calllistproxy.h"

#include "campaigns/calllistmodel.h"
#include "contacts/searchtext.h"

namespace majlis {

CallListProxy::CallListProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CallListModel::SortRole);
    setSortLocaleAware(true);
}

void CallListProxy::setSearch(const QString &typed)
{
    m_words = searchtext::fold(typed).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void CallListProxy::setOpenOnly(bool openOnly)
{
    m_openOnly = openOnly;
    invalidateRowsFilter();
}

bool CallListProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_openOnly && index.data(CallListModel::DoneRole).toBool())
        return false;
    // Each word typed starts a word of the row: "12" is house 12 or 120, not 112.
    const QString text = u' ' + index.data(CallListModel::SearchRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(u' ' + word))
            return false;
    }
    return true;
}

} // namespace majlis
