#include "contacts/contactdistrictmodel.h"

#include "i18n/bidi.h"

namespace majlis {

ContactDistrictModel::ContactDistrictModel(QObject *parent) : QAbstractTableModel(parent) {}

void ContactDistrictModel::setDistricts(const QList<ContactDistrict> &districts, const QList<LegislativeBody> &bodies)
{
    beginResetModel();
    m_districts = districts;
    m_bodies.clear();
    for (const LegislativeBody &b : bodies)
        m_bodies.insert(b.id, b);
    endResetModel();
}

const ContactDistrict *ContactDistrictModel::district(int row) const
{
    return row >= 0 && row < m_districts.size() ? &m_districts.at(row) : nullptr;
}

int ContactDistrictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_districts.size());
}

int ContactDistrictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContactDistrictModel::chamberName(const ContactDistrict &d) const
{
    // A body this laptop no longer lists still has a chamber: the generic name.
    return m_bodies.value(d.bodyId, LegislativeBody{}).chamberName(d.chamber);
}

QVariant ContactDistrictModel::data(const QModelIndex &index, int role) const
{
    const ContactDistrict *d = index.isValid() ? district(index.row()) : nullptr;
    if (!d)
        return {};
    const bool display = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
    if (!display && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LegislatureColumn:
        return display ? bidi::isolate(d->bodyName) : d->bodyName;
    case ChamberColumn:
        return display ? bidi::isolate(chamberName(*d)) : chamberName(*d);
    case DistrictColumn: {
        const QString label = d->label();
        if (role == Qt::EditRole)
            return label;
        if (role == Qt::ToolTipRole)
            return d->candidates.isEmpty() ? QVariant()
                                           : tr("The postcode spans %1").arg(bidi::isolateEach(d->candidates, bidi::Kind::Ltr));
        if (!label.isEmpty())
            return bidi::isolateLtr(label);
        return d->candidates.isEmpty() ? tr("Unknown")
                                       : tr("one of %1").arg(bidi::isolateEach(d->candidates, bidi::Kind::Ltr));
    }
    case StatusColumn:
        if (role == Qt::ToolTipRole)
            return d->source.isEmpty() ? QVariant() : tr("From %1").arg(bidi::isolateLtr(d->source));
        return role == Qt::EditRole ? districtStatusKey(d->status) : districtStatusName(d->status);
    }
    return {};
}

QVariant ContactDistrictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LegislatureColumn:
        return tr("Legislature");
    case ChamberColumn:
        return tr("Chamber");
    case DistrictColumn:
        return tr("District");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace majlis
