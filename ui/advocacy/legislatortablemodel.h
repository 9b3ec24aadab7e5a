#pragma once

#include "advocacy/legislator.h"
#include "legislatures/legislativebody.h"

#include <QAbstractTableModel>

namespace majlis {

// The members of one legislature (or one of its chambers) as a table. DisplayRole text is
// isolated for right-to-left layouts (bidi.h); EditRole gives the stored values, clean, for
// copying. SortRole orders seats as people read them: by state, upper chamber first, then the
// district's numbers as numbers ("MI-2" before "MI-10"), then by name. FilterRole holds the
// name, seat and building for the dialog's filter. Members no longer in office are greyed.
class LegislatorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeatColumn,
        NameColumn,
        PartyColumn,
        ChamberColumn,
        BuildingColumn,
        RoomColumn,
        PhoneColumn,
        EmailColumn,
        ColumnCount
    };
    enum Role { LegislatorIdRole = Qt::UserRole + 1, SortRole, FilterRole };

    explicit LegislatorTableModel(QObject *parent = nullptr);

    // The body names the chambers in the Chamber column.
    void setLegislators(const LegislativeBody &body, const QList<Legislator> &legislators);
    const QList<Legislator> &legislators() const { return m_legislators; }
    const LegislativeBody &body() const { return m_body; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const Legislator &l, int column) const;
    QString sortKey(const Legislator &l, int column) const;

    LegislativeBody m_body;
    QList<Legislator> m_legislators;
};

} // namespace majlis
