#include "campaignfixture.h"

#include "campaigns/calllist.h"
#include "campaigns/callsession.h"
#include "campaigns/streetorder.h"
#include "campaigns/turnout.h"
#include "campaigns/walklist.h"
#include "i18n/languagenames.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace majlis;
using namespace majlis::test;

namespace {

QStringList namesOf(const QList<WalkStreet> &streets)
{
    QStringList names;
    for (const WalkStreet &street : streets) {
        for (const WalkStop &stop : street.stops)
            names.append(stop.name);
    }
    return names;
}

} // namespace

TEST_CASE("a street's name is written as people write it, without the house number", "[campaigns][walklist]")
{
    CHECK(streetName(QStringLiteral("123 Main St")) == QStringLiteral("Main St"));
    CHECK(streetName(QStringLiteral("Hauptstraße 12")) == QStringLiteral("Hauptstraße"));
    CHECK(streetName(QStringLiteral("12b, Oak St")) == QStringLiteral("Oak St"));
    CHECK(sameStreet({{}, QStringLiteral("Dearborn"), {}, QStringLiteral("9 OAK st")},
        {{}, QStringLiteral("dearborn "), {}, QStringLiteral("12 Oak St")}));
    CHECK_FALSE(sameStreet({{}, QStringLiteral("Dearborn"), {}, QStringLiteral("9 Oak St")},
        {{}, QStringLiteral("Detroit"), {}, QStringLiteral("9 Oak St")}));
}

TEST_CASE("a walk list goes street by street and leaves out who is finished or opted out", "[campaigns][walklist]")
{
    TempWorkspace ws;
    const QStringList ids = addContacts(ws.db(),
        {doorContact(QStringLiteral("Amina"), QStringLiteral("Yusuf"), QStringLiteral("12 Oak St"),
             {QStringLiteral("Doors")}, {QStringLiteral("ar"), QStringLiteral("en")}),
            doorContact(QStringLiteral("Bilal"), QStringLiteral("Khan"), QStringLiteral("3 Elm Ave"),
                {QStringLiteral("Doors")}),
            doorContact(
                QStringLiteral("Chen"), QStringLiteral("Li"), QStringLiteral("9 Oak St"), {QStringLiteral("Doors")}),
            doorContact(QStringLiteral("Dina"), QStringLiteral("Haddad"), QStringLiteral("40 Oak St"),
                {QStringLiteral("Doors")}),
            doorContact(QStringLiteral("Emre"), QStringLiteral("Demir"), QStringLiteral("7 Elm Ave"),
                {QStringLiteral("Doors")})});
    const Campaign doors = createPhoneBank(ws.db(), QStringLiteral("Oak and Elm"), CampaignKind::Door);
    REQUIRE(CallList(ws.db()).build(doors.id, tagged(QStringLiteral("Doors"))).value() == 5);

    WalkList walk(ws.db());
    auto streets = walk.streets(doors.id);
    REQUIRE(streets.ok());
    REQUIRE(streets->size() == 2);
    CHECK(streets->at(0).name == QStringLiteral("Elm Ave"));
    CHECK(streets->at(0).locality == QStringLiteral("Dearborn"));
    CHECK(streets->at(1).name == QStringLiteral("Oak St"));
    CHECK(namesOf(streets.value())
        == QStringList {QStringLiteral("Bilal Khan"), QStringLiteral("Emre Demir"), QStringLiteral("Chen Li"),
            QStringLiteral("Amina Yusuf"), QStringLiteral("Dina Haddad")});
    CHECK(streets->at(1).stops.at(1).languages == QStringList {QStringLiteral("ar"), QStringLiteral("en")});

    SECTION("someone who opted out after the list was made, or was finished, is not visited")
    {
        QSqlQuery(ws.db().connection())
            .exec(QStringLiteral("UPDATE contacts SET do_not_contact = 'requested' WHERE id = '%1'").arg(ids.at(3)));
        REQUIRE(CallSession(ws.db(), doors.id, QStringLiteral("amina")).record(ids.at(1), ResultCode::Contacted).ok());
        CHECK(namesOf(walk.streets(doors.id).value())
            == QStringList {QStringLiteral("Emre Demir"), QStringLiteral("Chen Li"), QStringLiteral("Amina Yusuf")});
    }
    SECTION("a volunteer's share holds only the doors given to them")
    {
        REQUIRE(CallList(ws.db()).assignByCount(doors.id, {QStringLiteral("amina"), QStringLiteral("bilal")}).ok());
        CHECK(walk.volunteers(doors.id).value() == QStringList {QStringLiteral("amina"), QStringLiteral("bilal")});
        const QStringList first = namesOf(walk.streets(doors.id, QStringLiteral("amina")).value());
        const QStringList second = namesOf(walk.streets(doors.id, QStringLiteral("bilal")).value());
        CHECK(first.size() + second.size() == 5);
        for (const QString &name : first)
            CHECK_FALSE(second.contains(name));
        CHECK(walk.streets(doors.id, QStringLiteral("nobody"))->isEmpty());
    }
    SECTION("a phone bank has no walk list")
    {
        const Campaign calls = createPhoneBank(ws.db(), QStringLiteral("Calls"));
        CHECK(walk.streets(calls.id).error().code == Error::Code::InvalidInput);
    }
}

TEST_CASE("a door has no busy tone, messages or wrong numbers", "[campaigns][walklist]")
{
    const QList<ResultCode> door = resultCodesFor(CampaignKind::Door);
    CHECK(door.contains(ResultCode::Contacted));
    CHECK(door.contains(ResultCode::NotHome));
    CHECK(door.contains(ResultCode::DoNotContact));
    CHECK_FALSE(door.contains(ResultCode::Busy));
    CHECK_FALSE(door.contains(ResultCode::WrongNumber));
    CHECK(resultCodesFor(CampaignKind::Phone) == allResultCodes());
}

TEST_CASE("turnout finds anyone, pledged or not, in the order asked", "[campaigns][gotv]")
{
    TempWorkspace ws;
    const QStringList ids = addContacts(ws.db(),
        {callableContact(QStringLiteral("Amina"), QStringLiteral("Y"), 1),
            callableContact(QStringLiteral("Bilal"), QStringLiteral("K"), 2)});
    const Campaign campaign = createPhoneBank(ws.db());
    Turnout turnout(ws.db());
    REQUIRE(turnout.setPledged(campaign.electionId, {ids.at(1)}).ok());
    auto people = turnout.people(campaign.electionId, {ids.at(1), QStringLiteral("nobody"), ids.at(0)});
    REQUIRE(people.ok());
    REQUIRE(people->size() == 2);
    CHECK(people->at(0).contactId == ids.at(1));
    CHECK(people->at(0).pledged);
    CHECK(people->at(0).phone == QStringLiteral("+13135550002"));
    CHECK(people->at(1).contactId == ids.at(0));
    CHECK_FALSE(people->at(1).pledged);
    CHECK_FALSE(people->at(1).voted);
    REQUIRE(turnout.markVoted(campaign.electionId, {ids.at(0)}).ok());
    CHECK(turnout.people(campaign.electionId, {ids.at(0)})->first().voted);
}

TEST_CASE(
    "a language is named in the reader's language, and a typed one is kept as typed", "[campaigns][walklist][i18n]")
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    CHECK(languages::name(QStringLiteral("ar"), english) == QStringLiteral("Arabic"));
    CHECK(languages::name(QStringLiteral("en"), english) == QStringLiteral("English"));
    CHECK(languages::name(QStringLiteral("ur-PK"), english) == QStringLiteral("Urdu"));
    CHECK(languages::name(QStringLiteral("ar"), QLocale(QLocale::French)) == QStringLiteral("arabe"));
    CHECK(languages::name(QStringLiteral("en"), QLocale(QLocale::Arabic)) == QStringLiteral("الإنجليزية"));
    CHECK(languages::name(QStringLiteral("Pashto"), english) == QStringLiteral("Pashto"));
    CHECK(languages::name(QStringLiteral("Dari (Afghan)"), english) == QStringLiteral("Dari (Afghan)"));
    CHECK(languages::names({QStringLiteral("fa"), QStringLiteral("so")}, english)
        == QStringList {QStringLiteral("Persian"), QStringLiteral("Somali")});
}
