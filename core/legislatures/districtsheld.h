#pragma once

#include "common/result.h"
#include "legislatures/legislativebody.h"

#include <QSet>
#include <QString>

namespace majlis {

class Database;

// The districts a chamber's current members hold, lower-cased to compare case-blind: "mi-12" for
// the U.S. House, the canonical district name elsewhere. Empty while the chamber has no members
// here, when nothing can be checked against it.
Result<QSet<QString>> districtsHeld(Database &database, const LegislativeBody &body, Chamber chamber);

} // namespace majlis
