#pragma once

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

// Reads the building and room out of a Washington office address as congress-legislators and
// the chambers write it: "2107 Rayburn House Office Building Washington DC 20515-0501",
// "SH-511", "Room 479A Russell Senate Office Building", "H-305 The Capitol".
OfficeLocation parseOfficeAddress(const QString &address);

enum class CapitolSide { Unknown, Senate, House, Capitol };
CapitolSide sideOf(const QString &building);

// Minutes to walk between two offices. The Senate's three buildings are joined by tunnels, the
// House's four are a walk apart, and going from one side to the other crosses the Capitol.
// An organizer can change each figure for a day.
struct WalkingTimes
{
    int sameBuilding = 0;
    int sameSide = 10;
    int acrossCapitol = 20;

    int between(const QString &from, const QString &to) const;
    bool operator==(const WalkingTimes &) const = default;
};

} // namespace majlis
