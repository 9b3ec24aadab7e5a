#pragma once

#include <QString>

namespace majlis::usstates {

// What Majlis knows of a state, D.C. or Puerto Rico for its legislature: the name, where its
// capitol stands and in which time zone, and what its chambers are called.
struct StateInfo
{
    const char *usps;
    const char *name;
    const char *capital; // the city of the capitol
    const char *capitolTimeZone;
    const char *legislature; // "Michigan Legislature", "General Court of Massachusetts"
    const char *upper;       // nullptr for a single chamber
    const char *lower;       // the single chamber when upper is nullptr
};

// nullptr for a code that is no state, D.C. or Puerto Rico.
const StateInfo *find(const QString &usps);

} // namespace majlis::usstates
