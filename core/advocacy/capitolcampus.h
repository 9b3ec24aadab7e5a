#pragma once

#include "legislatures/legislativebody.h"

#include <QHash>
#include <QString>

namespace majlis {

// Where on Capitol Hill an office is: the building and the room within it.
struct OfficeLocation
{
    QString building; // "Rayburn", "Hart", "Capitol"; empty when the address names none
    QString room;     // "2107", "479A", "G12", "H-305"

    bool isKnown() const { return !building.isEmpty(); }
    bool operator==(const OfficeLocation &) const = default;
};

// Finds which of a campus's buildings an address names, and the room in it ("Room 5600",
// "Suite 3E-14"); an address that names none is placed in the campus's first building, since a
// state legislator's office is most often in the capitol itself. Nothing for an empty campus.
OfficeLocation locateOnCampus(const QString &address, const QStringList &buildings);

// Reads the building and room out of a Washington office address as congress-legislators and
// the chambers write it: "2107 Rayburn House Office Building Washington DC 20515-0501",
// "SH-511", "Room 479A Russell Senate Office Building", "H-305 The Capitol".
OfficeLocation parseOfficeAddress(const QString &address);

// An office typed by hand as room and building ("2107 Rayburn", "S-8 Capitol"). A building of
// the body's campus must be named, the rest is the room; for Congress without a campus of its
// own, a Capitol Hill building. Unknown (no building) when the text names none.
OfficeLocation typedOffice(const QString &text, const LegislativeBody &body);

enum class CapitolSide { Unknown, Senate, House, Capitol };
CapitolSide sideOf(const QString &building);

// Minutes to walk between two offices. The Senate's three buildings are joined by tunnels, the
// House's four are a walk apart, and going from one side to the other crosses the Capitol.
// Another capitol's buildings are grouped by its campus instead (legislativebody.h): buildings
// of one group are "the same side". An organizer can change each figure for a day.
struct WalkingTimes
{
    int sameBuilding = 0;
    int sameSide = 10;
    int acrossCapitol = 20;
    QHash<QString, QString> groups; // building, case-folded → its group; empty: the U.S. Capitol's

    int between(const QString &from, const QString &to) const;
    bool operator==(const WalkingTimes &) const = default;
};

} // namespace majlis
