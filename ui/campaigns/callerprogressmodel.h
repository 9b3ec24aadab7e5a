#pragma once

#include "campaigns/campaignprogress.h"

#include <QAbstractTableModel>

namespace majlis {

// Each volunteer's work on a campaign, one row each, as CampaignProgress counts it. A row whose
// work looks implausible stands out (bold, a warning sign, a tinted background) and says why in
// its Flag column, so it is not told by colour alone. DisplayRole text is localized (digits,
// per cent); SortRole holds the numbers; CallerRole the volunteer's user name, as stored.
class CallerProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CallerColumn,
        AttemptsColumn,
        ContactsColumn,
        RateColumn,
        PledgesColumn,
        BusiestMinuteColumn,
        FlagColumn,
        ColumnCount
    };
    enum Role { CallerRole = Qt::UserRole + 1, SortRole, FlaggedRole };

    explicit CallerProgressModel(QObject *parent = nullptr);

    void setCallers(const QList<CallerProgress> &callers);
    const QList<CallerProgress> &callers() const { return m_callers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "37%" in the locale's digits and sign.
    static QString percent(const QLocale &locale, double share);

private:
    QList<CallerProgress> m_callers;
};

} // namespace majlis
