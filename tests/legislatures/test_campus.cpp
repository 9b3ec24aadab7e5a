#include "advocacy/capitolcampus.h"
#include "legislatures/bodyrepository.h"
#include "support/tempworkspace.h"

#include <catch2/catch.hpp>

using namespace majlis;

TEST_CASE("a campus is saved trimmed, a building without a group is a group of its own", "[legislatures]")
{
    test::TempWorkspace ws;
    BodyRepository bodies(ws.db());
    auto michigan = bodies.ensure(bodies::usState(QStringLiteral("MI")));
    REQUIRE(michigan.ok());
    REQUIRE(
        bodies
            .setCampus(michigan->id,
                {{QStringLiteral(" Capitol "), QStringLiteral("capitol")}, {QStringLiteral(""), QStringLiteral("  ")},
                    {QStringLiteral("Binsfeld Office Building"), QStringLiteral("")}})
            .ok());
    const QList<CampusBuilding> expected {{QStringLiteral("Capitol"), QStringLiteral("capitol")},
        {QStringLiteral("Binsfeld Office Building"), QStringLiteral("Binsfeld Office Building")}};
    CHECK(bodies.get(michigan->id)->campus == expected);
}

TEST_CASE(
    "a campus naming a building twice or a group without a building is refused and nothing changes", "[legislatures]")
{
    test::TempWorkspace ws;
    BodyRepository bodies(ws.db());
    auto michigan = bodies.ensure(bodies::usState(QStringLiteral("MI")));
    REQUIRE(michigan.ok());
    const QList<CampusBuilding> before = bodies.get(michigan->id)->campus;
    REQUIRE_FALSE(before.isEmpty());

    auto twice = bodies.setCampus(michigan->id,
        {{QStringLiteral("Capitol"), QStringLiteral("a")}, {QStringLiteral("capitol"), QStringLiteral("b")}});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("capitol")));
    auto nameless = bodies.setCampus(michigan->id, {{QStringLiteral(""), QStringLiteral("offices")}});
    REQUIRE_FALSE(nameless.ok());
    CHECK(nameless.error().message.contains(QStringLiteral("offices")));
    CHECK(bodies.get(michigan->id)->campus == before);
}

TEST_CASE("an office typed by hand names a building of the body's campus and a room", "[legislatures]")
{
    const LegislativeBody congress = bodies::congress();
    CHECK(typedOffice(QStringLiteral("2107 Rayburn"), congress)
        == OfficeLocation {QStringLiteral("Rayburn"), QStringLiteral("2107")});
    CHECK_FALSE(typedOffice(QStringLiteral("2107 Binsfeld"), congress).isKnown());

    LegislativeBody michigan = bodies::usState(QStringLiteral("MI"));
    michigan.campus = {{QStringLiteral("Capitol"), QStringLiteral("capitol")},
        {QStringLiteral("Capitol Annex"), QStringLiteral("capitol")},
        {QStringLiteral("Binsfeld Office Building"), QStringLiteral("offices")}};
    CHECK(typedOffice(QStringLiteral("Room 5600, binsfeld office building"), michigan)
        == OfficeLocation {QStringLiteral("Binsfeld Office Building"), QStringLiteral("5600")});
    CHECK(typedOffice(QStringLiteral("S-8 Capitol Annex"), michigan)
        == OfficeLocation {QStringLiteral("Capitol Annex"), QStringLiteral("S-8")});
    CHECK_FALSE(typedOffice(QStringLiteral("2107 Rayburn"), michigan).isKnown());

    LegislativeBody noCampus = michigan;
    noCampus.campus.clear();
    CHECK(typedOffice(QStringLiteral("H-305 Capitol"), noCampus)
        == OfficeLocation {QStringLiteral("Capitol"), QStringLiteral("H-305")});
}
