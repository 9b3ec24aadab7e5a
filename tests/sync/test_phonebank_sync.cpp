// Issue 17's phone bank from end to end over sync: an organizer builds a list of 200 from a tag,
// two callers each get a share (from the organizer, or leased from the server), call offline
// through CallSession, and sync. Nobody is called twice, every result reaches the server and the
// organizer, progress adds up, and an opt-out made on one laptop keeps the person off the next
// list built on any other. On SQLite and, with MAJLIS_TEST_STORE=postgres, PostgreSQL.

#include "sync/phonebankfixture.h"

#include "campaigns/calllist.h"
#include "campaigns/callsession.h"
#include "campaigns/campaignfixture.h"
#include "campaigns/campaignprogress.h"
#include "campaigns/campaignrepository.h"
#include "sync/syncclient.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace majlis;
using namespace majlis::test;

namespace {

struct Calls
{
    int results = 0;
    QSet<QString> people;    // everyone this laptop called at least once
    QSet<QString> optedOut;  // people who asked not to be called again, by a refusal or an answer
    QSet<QString> badNumber; // wrong numbers, marked bad
    int pledges = 0;
};

// Works the caller's whole share offline, a different outcome for each person in turn.
Calls callEveryone(Laptop &laptop, const QString &campaignId, const QString &caller)
{
    Calls calls;
    CallSession session(laptop.db(), campaignId, caller);
    QHash<QString, int> turn;
    for (int guard = 0; guard < 1000; ++guard) {
        auto card = session.next();
        REQUIRE(card.ok());
        if (!card->has_value())
            return calls;
        const QString person = (*card)->contactId;
        if (!turn.contains(person))
            turn.insert(person, int(turn.size()));
        const int k = turn.value(person);
        Status recorded = success();
        switch (k % 6) {
        case 0:
            recorded = session.record(person, ResultCode::Refused, {}, {QStringLiteral("refused"), {}});
            calls.optedOut.insert(person);
            break;
        case 1:
            recorded = session.record(person, ResultCode::Contacted, {{QStringLiteral("registered"), QStringLiteral("stop")}});
            calls.optedOut.insert(person);
            break;
        case 2:
            recorded = session.record(person, ResultCode::WrongNumber);
            calls.badNumber.insert(person);
            break;
        case 3:
            recorded = session.record(person, ResultCode::NotHome); // tried again until the third attempt
            break;
        case 4:
            recorded = session.record(person, ResultCode::Contacted,
                                      {{QStringLiteral("plan"), QStringLiteral("yes")},
                                       {QStringLiteral("issues"), QJsonArray{QStringLiteral("civil_rights")}},
                                       {QStringLiteral("registered"), QStringLiteral("not_sure")}});
            ++calls.pledges;
            break;
        default:
            recorded = session.record(person, ResultCode::Contacted, {{QStringLiteral("plan"), QStringLiteral("no")}});
        }
        REQUIRE(recorded.ok());
        ++calls.results;
        calls.people.insert(person);
    }
    FAIL("the list never ended");
    return calls;
}

int listSize(Database &db, const QString &name)
{
    Campaign next = createPhoneBank(db, name);
    auto built = CallList(db).build(next.id, tagged(QStringLiteral("November")));
    REQUIRE(built.ok());
    return built.value();
}

} // namespace

TEST_CASE("A phone bank of 200 worked offline on two callers' laptops adds up everywhere", "[sync][caller][phonebank]")
{
    PhoneBank pb;
    pb.server.addUser(QStringLiteral("olga"), server::Role::Organizer, {QStringLiteral("Boston")});
    const QStringList people = pb.addPeople(200, QStringLiteral("Voter"));
    const Campaign campaign = pb.createCampaign();
    auto built = CallList(pb.amina->db()).build(campaign.id, tagged(QStringLiteral("November")));
    REQUIRE(built.ok());
    REQUIRE(built.value() == 200);
    REQUIRE(pb.amina->sync());

    Laptop bilal(pb.server, pb.random, QStringLiteral("bilal"));
    Laptop dina(pb.server, pb.random, QStringLiteral("dina"));
    REQUIRE(bilal.sync());
    REQUIRE(dina.sync());

    SECTION("the organizer splits the list between them")
    {
        auto assigned = CallList(pb.amina->db()).assignByCount(campaign.id, {QStringLiteral("bilal"), QStringLiteral("dina")});
        REQUIRE(assigned.ok());
        REQUIRE(assigned.value() == 200);
        REQUIRE(pb.amina->sync());
        REQUIRE(bilal.sync());
        REQUIRE(dina.sync());
    }
    SECTION("each leases a share from the server")
    {
        for (Laptop *laptop : {&bilal, &dina}) {
            auto grant = sync::SyncClient(laptop->db(), laptop->network()).lease(laptop->token, campaign.id, 100);
            REQUIRE(grant.ok());
            REQUIRE(grant->contactIds.size() == 100);
        }
    }
    const auto bilalsPeople = localRows(bilal.db(), QStringLiteral("contacts"));
    const auto dinasPeople = localRows(dina.db(), QStringLiteral("contacts"));
    REQUIRE(bilalsPeople.size() == 100);
    REQUIRE(dinasPeople.size() == 100);
    for (const QString &id : bilalsPeople.keys())
        REQUIRE_FALSE(dinasPeople.contains(id));

    // Offline, each calls everyone on their laptop.
    bilal.network().partitioned = true;
    dina.network().partitioned = true;
    const Calls byBilal = callEveryone(bilal, campaign.id, QStringLiteral("bilal"));
    const Calls byDina = callEveryone(dina, campaign.id, QStringLiteral("dina"));
    CHECK(byBilal.people.size() == 100);
    CHECK(byDina.people.size() == 100);
    CHECK_FALSE(bilal.sync());
    bilal.network().partitioned = false;
    dina.network().partitioned = false;
    REQUIRE(bilal.sync());
    REQUIRE(dina.sync());
    // Everything was taken: nothing was refused on either laptop.
    CHECK(localRows(bilal.db(), QStringLiteral("sync_refusals")).isEmpty());
    CHECK(localRows(dina.db(), QStringLiteral("sync_refusals")).isEmpty());

    // Nobody was called twice, and every result is on the server.
    const auto results = pb.server.rows(QStringLiteral("campaign_results"), {pb.boston});
    CHECK(results.size() == byBilal.results + byDina.results);
    QHash<QString, QString> callerOf;
    for (const QJsonObject &result : results) {
        const QString person = result.value(QStringLiteral("contact_id")).toString();
        const QString caller = result.value(QStringLiteral("caller")).toString();
        CHECK((caller == u"bilal" ? byBilal : byDina).people.contains(person));
        if (callerOf.contains(person))
            CHECK(callerOf.value(person) == caller);
        callerOf.insert(person, caller);
    }
    CHECK(callerOf.size() == 200);
    CHECK(pb.server.rows(QStringLiteral("sync_conflicts"), {pb.boston}).isEmpty());

    // The organizer's laptop has every result, and the progress adds up.
    REQUIRE(pb.amina->sync());
    CHECK(localRows(pb.amina->db(), QStringLiteral("campaign_results")).size() == results.size());
    auto totals = CampaignProgress(pb.amina->db()).totals(campaign.id);
    REQUIRE(totals.ok());
    CHECK(totals->listed == 200);
    CHECK(totals->finished == 200);
    CHECK(totals->attempts == byBilal.results + byDina.results);
    CHECK(totals->optOuts == byBilal.optedOut.size() + byDina.optedOut.size());
    CHECK(totals->pledges == byBilal.pledges + byDina.pledges);
    REQUIRE(totals->callers.size() == 2);
    for (const CallerProgress &caller : totals->callers)
        CHECK(caller.attempts == (caller.caller == u"bilal" ? byBilal : byDina).results);

    // An opt-out made on either laptop keeps the person off the next list, wherever it is built;
    // a number found wrong keeps them off a phone bank's too.
    const int callable = 200 - int(byBilal.optedOut.size() + byDina.optedOut.size() + byBilal.badNumber.size()
                                   + byDina.badNumber.size());
    REQUIRE(callable < 200);
    CHECK(listSize(pb.amina->db(), QStringLiteral("December phone bank")) == callable);
    Laptop olga(pb.server, pb.random, QStringLiteral("olga"));
    REQUIRE(olga.sync());
    CHECK(listSize(olga.db(), QStringLiteral("January phone bank")) == callable);
    const auto contacts = localRows(olga.db(), QStringLiteral("contacts"));
    for (const QString &person : byBilal.optedOut + byDina.optedOut)
        CHECK_FALSE(contacts.value(person).value(QStringLiteral("do_not_contact")).toString().isEmpty());
}
