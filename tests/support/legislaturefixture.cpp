#include "support/legislaturefixture.h"

#include "advocacy/legislatorrepository.h"
#include "support/advocacyfixture.h"

#include <catch2/catch.hpp>

namespace majlis::test {

namespace {

Legislator member(
    const QString &state, Chamber chamber, const QString &district, const QString &name, const QString &building = {})
{
    Legislator l;
    l.sourceId = state + u'-' + chamberKey(chamber) + u'-' + district;
    l.chamber = chamber;
    l.state = state;
    l.district = district;
    l.fullName = name;
    l.party = QStringLiteral("Democratic");
    l.office.building = building;
    l.office.room = building.isEmpty() ? QString() : QStringLiteral("S-8");
    return l;
}

} // namespace

Legislatures::Legislatures()
{
    importLegislators(ws.db());
    const QString mi = QStringLiteral("MI");
    michigan = bodies::usState(mi);
    michiganMembers = {member(mi, Chamber::House, QStringLiteral("10"), QStringLiteral("Zaid Khan")),
        member(mi, Chamber::House, QStringLiteral("2"), QStringLiteral("Yasmin Ali"), QStringLiteral("Capitol")),
        member(mi, Chamber::Senate, QStringLiteral("7"), QStringLiteral("Omar Haddad"))};
    REQUIRE(LegislatorRepository(ws.db()).importCurrent(michigan, michiganMembers).ok());
    const QString ne = QStringLiteral("NE");
    nebraska = bodies::usState(ne);
    REQUIRE(LegislatorRepository(ws.db())
                .importCurrent(nebraska,
                    {member(ne, Chamber::Unicameral, QStringLiteral("1"), QStringLiteral("Ada Lee")),
                        member(ne, Chamber::Unicameral, QStringLiteral("12"), QStringLiteral("Bo Park"))})
                .ok());
}

} // namespace majlis::test
