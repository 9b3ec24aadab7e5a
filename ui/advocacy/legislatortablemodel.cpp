#include "advocacy/legislatortablemodel.h"

#include "i18n/bidi.h"

#include <QGuiApplication>
#include <QPalette>

namespace majlis {

namespace {

// Text that compares as people read it: every run of digits padded to the same width, so
// "District 2" comes before "District 10" in a plain string comparison, and case folded.
QString naturalKey(const QString &text)
{
    constexpr int kWidth = 10;
    QString key;
    QString digits;
    const auto flush = [&] {
        if (!digits.isEmpty())
            key += QString(qMax(0, kWidth - int(digits.size())), u'0') + digits;
        digits.clear();
    };
    for (const QChar c : text.toCaseFolded()) {
        if (c.isDigit()) {
            digits += c;
        } else {
            flush();
            key += c;
        }
    }
    flush();
    return key;
}

QString fullNameOf(const Legislator &l)
{
    return l.fullName.isEmpty() ? (l.firstName + u' ' + l.lastName).trimmed() : l.fullName;
}

// Sort keys join their parts with a character below every printable one, so a shorter part
// sorts first ("WA" before "WA-1").
constexpr QChar kSeparator = u'\x1f';

} // namespace

LegislatorTableModel::LegislatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LegislatorTableModel::setLegislators(const LegislativeBody &body, const QList<Legislator> &legislators)
{
    beginResetModel();
    m_body = body;
    m_legislators = legislators;
    endResetModel();
}

int LegislatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_legislators.size());
}

int LegislatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LegislatorTableModel::text(const Legislator &l, int column) const
{
    switch (column) {
    case SeatColumn:
        return l.seat();
    case NameColumn:
        return fullNameOf(l);
    case PartyColumn:
        return l.party;
    case ChamberColumn:
        return m_body.chamberName(l.chamber);
    case BuildingColumn:
        return l.office.building;
    case RoomColumn:
        return l.office.room;
    case PhoneColumn:
        return l.phone;
    case EmailColumn:
        return l.email;
    }
    return {};
}

QString LegislatorTableModel::sortKey(const Legislator &l, int column) const
{
    const QString seat = l.state.toCaseFolded() + kSeparator + QString::number(int(l.chamber)) + kSeparator
        + naturalKey(l.district) + kSeparator + naturalKey(fullNameOf(l));
    if (column == SeatColumn)
        return seat;
    return naturalKey(text(l, column)) + kSeparator + seat;
}

QVariant LegislatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Legislator &l = m_legislators.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        if (column == BuildingColumn && !l.office.isKnown())
            return tr("unknown");
        // Seats, rooms, phones and emails read left to right in an Arabic line ("WA-7", not
        // "7-WA"); names and buildings take the direction of their own first letter.
        const bool ltr = column == SeatColumn || column == RoomColumn || column == PhoneColumn || column == EmailColumn;
        return bidi::isolate(text(l, column), ltr ? bidi::Kind::Ltr : bidi::Kind::Text);
    }
    case Qt::EditRole:
        return text(l, column);
    case SortRole:
        return sortKey(l, column);
    case FilterRole:
        return QStringList {l.seat(), fullNameOf(l), l.nickname, l.office.building}.join(u'\n');
    case LegislatorIdRole:
        return l.id;
    case Qt::ForegroundRole:
        if (!l.inOffice || (column == BuildingColumn && !l.office.isKnown()))
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (!l.inOffice)
            return tr("No longer in office: the last import did not list this member. Meetings already planned "
                      "with them are kept.");
        if (column == BuildingColumn && !l.office.isKnown())
            return tr("Double-click to set the building and room.");
        return {};
    }
    return {};
}

QVariant LegislatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeatColumn:
        return tr("Seat");
    case NameColumn:
        return tr("Name");
    case PartyColumn:
        return tr("Party");
    case ChamberColumn:
        return tr("Chamber");
    case BuildingColumn:
        return tr("Building");
    case RoomColumn:
        return tr("Room");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    }
    return {};
}

} // namespace majlis
