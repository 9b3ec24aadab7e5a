#pragma once

#include "legislatures/contactdistricts.h"
#include "legislatures/legislativebody.h"

#include <QAbstractTableModel>
#include <QHash>

namespace majlis {

// A contact's districts, one row per chamber of a body: legislature, chamber, district, status.
// DisplayRole text is isolated for right-to-left layouts (bidi.h), a district left to right so
// "MI-12" never reads "12-MI"; EditRole gives the stored values, clean. A district still to be
// chosen shows its candidates.
class ContactDistrictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LegislatureColumn, ChamberColumn, DistrictColumn, StatusColumn, ColumnCount };

    explicit ContactDistrictModel(QObject *parent = nullptr);

    // The bodies name the chambers as each legislature names them.
    void setDistricts(const QList<ContactDistrict> &districts, const QList<LegislativeBody> &bodies);
    const QList<ContactDistrict> &districts() const { return m_districts; }
    // The district of that row; nullptr outside the table.
    const ContactDistrict *district(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString chamberName(const ContactDistrict &d) const;

    QList<ContactDistrict> m_districts;
    QHash<QString, LegislativeBody> m_bodies; // by id
};

} // namespace majlis
