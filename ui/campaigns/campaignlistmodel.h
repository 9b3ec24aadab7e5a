#pragma once

#include "campaigns/calllist.h"
#include "campaigns/campaign.h"

#include <QAbstractTableModel>
#include <QHash>

namespace majlis {

// The campaigns of a workspace as a table: name, kind, election, how many people the list
// holds and how many are done, and whether it is still open. Closed campaigns are greyed and
// say so in words too.
class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, ElectionColumn, ListedColumn, DoneColumn, StateColumn, ColumnCount };
    enum Role { CampaignIdRole = Qt::UserRole + 1, SortRole };

    explicit CampaignListModel(QObject *parent = nullptr);

    void setCampaigns(
        const QList<Campaign> &campaigns, const QList<Election> &elections, const QHash<QString, ListSize> &sizes);
    const QList<Campaign> &campaigns() const { return m_campaigns; }
    // -1 when the campaign is not listed.
    int rowOf(const QString &campaignId) const;
    ListSize sizeOf(const QString &campaignId) const { return m_sizes.value(campaignId); }
    QString electionName(const QString &electionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Campaign> m_campaigns;
    QHash<QString, Election> m_elections;
    QHash<QString, ListSize> m_sizes;
};

} // namespace majlis
