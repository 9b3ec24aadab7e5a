#include "advocacy/capitolcampus.h"

#include <QRegularExpression>

namespace majlis {

namespace {

struct KnownBuilding
{
    const char16_t *name;
    CapitolSide side;
};

constexpr KnownBuilding kBuildings[] = {
    {u"Russell", CapitolSide::Senate},
    {u"Dirksen", CapitolSide::Senate},
    {u"Hart", CapitolSide::Senate},
    {u"Cannon", CapitolSide::House},
    {u"Longworth", CapitolSide::House},
    {u"Rayburn", CapitolSide::House},
    {u"Ford", CapitolSide::House},
    {u"O'Neill", CapitolSide::House},
    {u"Capitol", CapitolSide::Capitol},
};

// The Senate's own abbreviations: SR-, SD-, SH- rooms; H- and S- rooms are in the Capitol.
QString buildingForPrefix(const QString &prefix)
{
    const QString p = prefix.toUpper();
    if (p == u"SR")
        return QStringLiteral("Russell");
    if (p == u"SD")
        return QStringLiteral("Dirksen");
    if (p == u"SH")
        return QStringLiteral("Hart");
    if (p == u"H" || p == u"S" || p == u"HC" || p == u"SC")
        return QStringLiteral("Capitol");
    return {};
}

} // namespace

OfficeLocation parseOfficeAddress(const QString &address)
{
    const QString text = address.simplified();
    if (text.isEmpty())
        return {};

    // "2107 Rayburn House Office Building", "Room 479A Russell Senate Office Building".
    static const QRegularExpression named(
        QStringLiteral("(?:(?:Room|Suite|Rm\\.?)\\s+)?([A-Z]{0,2}-?\\d+[A-Z]?)?\\s*,?\\s*"
                       "(Russell|Dirksen|Hart|Cannon|Longworth|Rayburn|Ford|O'Neill)\\s+"
                       "(?:(?:Senate|House)\\s+)?(?:Office\\s+Building|[HS]OB\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = named.match(text); m.hasMatch()) {
        QString building = m.captured(2).toLower();
        building[0] = building[0].toUpper();
        if (building == u"O'neill")
            building = QStringLiteral("O'Neill");
        return {building, m.captured(1).toUpper()};
    }

    // "SH-511", "SD-G12", "H-305 The Capitol".
    static const QRegularExpression coded(
        QStringLiteral("\\b(SR|SD|SH|HC|SC|H|S)-([A-Z]?\\d+[A-Z]?)\\b"), QRegularExpression::CaseInsensitiveOption);
    if (const auto m = coded.match(text); m.hasMatch()) {
        const QString building = buildingForPrefix(m.captured(1));
        const QString prefix = building == u"Capitol" ? m.captured(1).toUpper() + u'-' : QString();
        return {building, prefix + m.captured(2).toUpper()};
    }

    static const QRegularExpression capitol(
        QStringLiteral("\\b(?:U\\.?S\\.?\\s+)?Capitol\\b(?!\\s+Hill)"), QRegularExpression::CaseInsensitiveOption);
    if (capitol.match(text).hasMatch()) {
        static const QRegularExpression room(QStringLiteral("\\b(?:Room\\s+)?([A-Z]?-?\\d+[A-Z]?)\\b"));
        const auto m = room.match(text);
        return {QStringLiteral("Capitol"), m.hasMatch() ? m.captured(1) : QString()};
    }
    return {};
}

CapitolSide sideOf(const QString &building)
{
    for (const KnownBuilding &known : kBuildings) {
        if (building.compare(QString::fromUtf16(known.name), Qt::CaseInsensitive) == 0)
            return known.side;
    }
    return CapitolSide::Unknown;
}

OfficeLocation locateOnCampus(const QString &address, const QStringList &buildings)
{
    if (buildings.isEmpty())
        return {};
    QString building = buildings.first();
    for (const QString &name : buildings) {
        if (!name.isEmpty() && address.contains(name, Qt::CaseInsensitive)) {
            building = name;
            break;
        }
    }
    static const QRegularExpression room(QStringLiteral("\\b(?:Room|Rm\\.?|Suite|Office)\\s*#?\\s*([A-Z0-9][A-Z0-9.-]*)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = room.match(address);
    return {building, m.hasMatch() ? m.captured(1) : QString()};
}

OfficeLocation typedOffice(const QString &text, const LegislativeBody &body)
{
    const QString typed = text.simplified();
    if (body.campus.isEmpty() && body.isCongress())
        return parseOfficeAddress(typed + QStringLiteral(" Office Building"));
    // An empty campus is the capitol alone.
    QStringList buildings{QStringLiteral("Capitol")};
    if (!body.campus.isEmpty()) {
        buildings.clear();
        for (const CampusBuilding &b : body.campus)
            buildings.append(b.name);
    }
    // The longest name that fits, so "Capitol Annex" wins over "Capitol".
    QString building;
    for (const QString &name : std::as_const(buildings)) {
        if (name.size() > building.size() && typed.contains(name, Qt::CaseInsensitive))
            building = name;
    }
    if (building.isEmpty())
        return {};
    static const QRegularExpression roomWord(
        QStringLiteral("^(?:Room|Rm\\.?|Suite|Office)\\s*#?\\s*"), QRegularExpression::CaseInsensitiveOption);
    QString room = QString(typed).remove(building, Qt::CaseInsensitive).simplified();
    room.remove(roomWord);
    while (room.endsWith(u',') || room.startsWith(u','))
        room = (room.endsWith(u',') ? room.chopped(1) : room.mid(1)).trimmed();
    return {building, room};
}

int WalkingTimes::between(const QString &from, const QString &to) const
{
    if (from.compare(to, Qt::CaseInsensitive) == 0 && !from.isEmpty())
        return sameBuilding;
    if (!groups.isEmpty()) {
        const QString a = groups.value(from.toCaseFolded());
        const QString b = groups.value(to.toCaseFolded());
        if (a.isEmpty() || b.isEmpty())
            return acrossCapitol;
        return a == b ? sameSide : acrossCapitol;
    }
    const CapitolSide a = sideOf(from);
    const CapitolSide b = sideOf(to);
    if (a == CapitolSide::Unknown || b == CapitolSide::Unknown)
        return acrossCapitol; // unknown: assume the longest walk rather than make someone late
    if (a == b || a == CapitolSide::Capitol || b == CapitolSide::Capitol)
        return sameSide;
    return acrossCapitol;
}

} // namespace majlis
