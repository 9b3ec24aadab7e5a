#pragma once

#include "advocacy/legislator.h"
#include "legislatures/legislativebody.h"
#include "support/tempworkspace.h"

namespace majlis::test {

// A workspace with three legislatures: Congress (Washington's four members, advocacyfixture.h),
// the Michigan Legislature with three made-up members (Senate MI-7 Omar Haddad; House MI-2
// Yasmin Ali, in the Capitol's room S-8, and MI-10 Zaid Khan, office unknown) and the unicameral
// Nebraska Legislature with NE-1 Ada Lee and NE-12 Bo Park.
struct Legislatures
{
    Legislatures();

    TempWorkspace ws;
    LegislativeBody michigan;
    LegislativeBody nebraska;
    QList<Legislator> michiganMembers;
};

} // namespace majlis::test
