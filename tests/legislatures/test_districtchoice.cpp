#include "support/catchqt.h"
#include "support/legislaturefixture.h"

#include "contacts/contactrepository.h"
#include "legislatures/contactdistricts.h"

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

QString michigander(Database &db)
{
    Contact c;
    c.givenName = QStringLiteral("Huda");
    c.familyName = QStringLiteral("Saleh");
    c.usState = QStringLiteral("MI");
    auto saved = ContactRepository(db).create(c);
    REQUIRE(saved);
    return saved->id;
}

std::optional<QString> districtOf(Database &db, const QString &id, const QString &bodyId, Chamber chamber)
{
    auto listed = ContactDistricts(db).list(id);
    REQUIRE(listed);
    for (const ContactDistrict &d : listed.value()) {
        if (d.bodyId == bodyId && d.chamber == chamber)
            return d.district;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("a district no current member holds is refused, a vacant numbered seat is not", "[districts][legislatures]")
{
    test::Legislatures fixture; // Michigan: House 2 and 10, Senate 7; Nebraska: 1 and 12
    Database &db = fixture.ws.db();
    const QString id = michigander(db);
    ContactDistricts districts(db);

    const Status typo = districts.choose(id, fixture.michigan.id, Chamber::House, QStringLiteral("99"));
    REQUIRE_FALSE(typo);
    CHECK(typo.error().message.contains(QStringLiteral("\"99\"")));
    CHECK(typo.error().message.contains(fixture.michigan.name));
    CHECK_FALSE(districtOf(db, id, fixture.michigan.id, Chamber::House)); // nothing written
    CHECK_FALSE(districts.choose(id, fixture.michigan.id, Chamber::House, QStringLiteral("Middlesex 2nd")));

    REQUIRE(districts.choose(id, fixture.michigan.id, Chamber::House, QStringLiteral("2")));
    CHECK(districtOf(db, id, fixture.michigan.id, Chamber::House) == QStringLiteral("2"));
    // District 5 has no member today (10 does): a vacancy, still the contact's district.
    REQUIRE(districts.choose(id, fixture.michigan.id, Chamber::House, QStringLiteral("5")));
    CHECK(districtOf(db, id, fixture.michigan.id, Chamber::House) == QStringLiteral("5"));
    CHECK_FALSE(districts.choose(id, fixture.michigan.id, Chamber::Senate, QStringLiteral("8")));
    CHECK(districtOf(db, id, fixture.michigan.id, Chamber::House) == QStringLiteral("5")); // the refusal kept it

    // Congress here holds Washington's House seats 1 and 2 only: seat 7 is past the highest held.
    CHECK_FALSE(districts.choose(id, bodies::congressId(), Chamber::House, QStringLiteral("WA-7")));
    CHECK(districts.choose(id, bodies::congressId(), Chamber::House, QStringLiteral("WA-2")));
}
