#pragma once

#include "campaigns/turnout.h"

#include <QAbstractTableModel>

namespace majlis {

// People in an election's get-out-the-vote work: the chase list, or whoever a search found.
// The phone is shown as dialled at home (national form) and kept left to right in any layout;
// names and districts are isolated. SortRole holds what sorting needs (a district's number as a
// number: "MI-2" before "MI-10"); ContactIdRole the contact's id.
class TurnoutRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DistrictColumn, NameColumn, PhoneColumn, PledgedColumn, VotedColumn, ColumnCount };
    enum Role { ContactIdRole = Qt::UserRole + 1, SortRole };

    explicit TurnoutRowModel(QObject *parent = nullptr);

    void setRows(const QList<TurnoutRow> &rows);
    const QList<TurnoutRow> &rows() const { return m_rows; }
    // The districts of the rows, in their order, each once.
    QStringList districts() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Unknown district" for an empty one, translated.
    static QString districtText(const QString &district);

private:
    QList<TurnoutRow> m_rows;
};

// Pledges and votes district by district, as Turnout::summary() counts them.
class DistrictTurnoutModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DistrictColumn, PledgedColumn, VotedColumn, LeftColumn, ShareColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit DistrictTurnoutModel(QObject *parent = nullptr);

    void setDistricts(const QList<DistrictTurnout> &districts);
    const QList<DistrictTurnout> &districts() const { return m_districts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DistrictTurnout> m_districts;
};

} // namespace majlis
