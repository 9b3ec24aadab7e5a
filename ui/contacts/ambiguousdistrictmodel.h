#pragma once

#include "common/result.h"
#include "legislatures/districtfill.h"

#include <QAbstractTableModel>

#include <functional>

namespace majlis {

// The contacts whose postcode spans several districts, each with its candidates, and the
// organizer's choice among them. Setting the Choice column records the choice through `choose`
// (ContactDistricts::choose in the dialog); a refused choice leaves the row open and reports
// the error. District labels are isolated left to right for right-to-left layouts.
class AmbiguousDistrictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, LegislatureColumn, PostcodeColumn, ChoiceColumn, ColumnCount };
    enum Role { CandidatesRole = Qt::UserRole + 1 };
    using Choose = std::function<Status(const DistrictFill::Entry &entry, const QString &district)>;

    // `chamberName` names an entry's chamber as its legislature does.
    using ChamberName = std::function<QString(const DistrictFill::Entry &entry)>;

    AmbiguousDistrictModel(Choose choose, ChamberName chamberName, QObject *parent = nullptr);

    void setEntries(const QList<DistrictFill::Entry> &entries);
    const DistrictFill::Entry *entry(int row) const;
    QString chosen(int row) const;
    int openCount() const; // rows still without a choice

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void errorOccurred(const QString &message);

private:
    Choose m_choose;
    ChamberName m_chamberName;
    QList<DistrictFill::Entry> m_entries;
    QStringList m_chosen; // per row; empty while open
};

} // namespace majlis
