#include "campaigns/campaignlistmodel.h"

#include "i18n/bidi.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace majlis {

CampaignListModel::CampaignListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CampaignListModel::setCampaigns(
    const QList<Campaign> &campaigns, const QList<Election> &elections, const QHash<QString, ListSize> &sizes)
{
    beginResetModel();
    m_campaigns = campaigns;
    m_elections.clear();
    for (const Election &e : elections)
        m_elections.insert(e.id, e);
    m_sizes = sizes;
    endResetModel();
}

int CampaignListModel::rowOf(const QString &campaignId) const
{
    for (int row = 0; row < m_campaigns.size(); ++row) {
        if (m_campaigns.at(row).id == campaignId)
            return row;
    }
    return -1;
}

QString CampaignListModel::electionName(const QString &electionId) const
{
    const auto it = m_elections.constFind(electionId);
    if (it == m_elections.cend())
        return {};
    if (!it->date.isValid())
        return it->name;
    return tr("%1 (%2)", "election: name (date)")
        .arg(bidi::isolate(it->name), QLocale().toString(it->date, QLocale::ShortFormat));
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_campaigns.size())
        return {};
    const Campaign &c = m_campaigns.at(index.row());
    const ListSize size = m_sizes.value(c.id);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return bidi::isolate(c.name);
        case KindColumn:
            return campaignKindName(c.kind);
        case ElectionColumn:
            return c.electionId.isEmpty() ? tr("—") : electionName(c.electionId);
        case ListedColumn:
            return locale.toString(size.listed);
        case DoneColumn:
            return locale.toString(size.done);
        case StateColumn:
            return c.closed ? tr("Closed") : tr("Open");
        }
        break;
    case Qt::AccessibleTextRole:
        return bidi::clean(data(index, Qt::DisplayRole).toString());
    case SortRole:
        switch (index.column()) {
        case ListedColumn:
            return size.listed;
        case DoneColumn:
            return size.done;
        case StateColumn:
            return c.closed ? 1 : 0;
        default:
            return bidi::clean(data(index, Qt::DisplayRole).toString());
        }
    case Qt::TextAlignmentRole:
        if (index.column() == ListedColumn || index.column() == DoneColumn)
            return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (c.closed)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case CampaignIdRole:
        return c.id;
    }
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Campaign");
    case KindColumn:
        return tr("Kind");
    case ElectionColumn:
        return tr("Election");
    case ListedColumn:
        return tr("On the list");
    case DoneColumn:
        return tr("Done");
    case StateColumn:
        return tr("Status");
    }
    return {};
}

} // namespace majlis
