#include "campaignfixture.h"

#include "campaigns/calllist.h"
#include "campaigns/callsession.h"
#include "campaigns/campaignprogress.h"
#include "campaigns/turnout.h"
#include "campaigns/campaignrepository.h"
#include "demo/democampaigns.h"
#include "demo/demodata.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace majlis;
using namespace majlis::test;

namespace {

struct CampaignFixture
{
    TempWorkspace ws;
    QStringList ids;
    Campaign campaign;

    explicit CampaignFixture(int people)
    {
        QList<Contact> contacts;
        for (int i = 0; i < people; ++i)
            contacts.append(callableContact(QStringLiteral("P%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("Person"),
                                            300 + i, {QStringLiteral("List")}));
        ids = addContacts(ws.db(), contacts);
        campaign = createPhoneBank(ws.db());
        REQUIRE(CallList(ws.db()).build(campaign.id, tagged(QStringLiteral("List"))).value() == people);
    }

    // A result as if entered at `at`, so the pace of the work is known.
    void record(const QString &caller, int index, ResultCode code, const QJsonObject &answers, qint64 at)
    {
        REQUIRE(CallSession(ws.db(), campaign.id, caller).record(ids.at(index), code, answers).ok());
        QSqlQuery when(ws.db().connection());
        when.prepare(QStringLiteral("UPDATE campaign_results SET recorded_at = ? WHERE rowid = (SELECT max(rowid) "
                                    "FROM campaign_results)"));
        when.addBindValue(at);
        REQUIRE(when.exec());
    }
};

const qint64 kNoon = 1793880000000; // 2026-11-04 (UTC)

} // namespace

TEST_CASE("progress adds up per campaign, per volunteer, per answer and per day", "[campaigns][progress]")
{
    CampaignFixture f(6);
    const QJsonObject pledge{{QStringLiteral("plan"), QStringLiteral("yes")},
                             {QStringLiteral("issues"), QJsonArray{QStringLiteral("economy"), QStringLiteral("civil_rights")}}};
    f.record(QStringLiteral("amina"), 0, ResultCode::Contacted, pledge, kNoon);
    f.record(QStringLiteral("amina"), 1, ResultCode::NotHome, {}, kNoon + 120000);
    f.record(QStringLiteral("amina"), 2, ResultCode::Contacted, {{QStringLiteral("plan"), QStringLiteral("no")}}, kNoon + 240000);
    f.record(QStringLiteral("bilal"), 3, ResultCode::Refused, {}, kNoon + 86400000);
    f.record(QStringLiteral("bilal"), 4, ResultCode::Contacted, {{QStringLiteral("registered"), QStringLiteral("stop")}},
             kNoon + 86400000 + 60000);

    auto totals = CampaignProgress(f.ws.db()).totals(f.campaign.id);
    REQUIRE(totals.ok());
    CHECK(totals->listed == 6);
    CHECK(totals->attempts == 5);
    CHECK(totals->contacts == 3);
    CHECK(totals->finished == 4); // not-home stays open
    CHECK(totals->pledges == 1);
    CHECK(totals->optOuts == 1);
    CHECK(totals->byCode.value(QStringLiteral("contacted")) == 3);
    REQUIRE(totals->callers.size() == 2);
    CHECK(totals->callers.at(0).caller == QStringLiteral("amina"));
    CHECK(totals->callers.at(0).attempts == 3);
    CHECK(totals->callers.at(0).contacts == 2);
    CHECK(totals->callers.at(1).attempts == 2);
    int callerAttempts = 0;
    for (const CallerProgress &c : totals->callers) {
        callerAttempts += c.attempts;
        CHECK(c.flag.isEmpty());
    }
    CHECK(callerAttempts == totals->attempts);
    CHECK(totals->days.size() == 2);
    int yes = -1, no = -1, economy = -1;
    for (const AnswerCount &a : totals->answers) {
        if (a.question == QStringLiteral("plan") && a.answer == QStringLiteral("yes"))
            yes = a.count;
        if (a.question == QStringLiteral("plan") && a.answer == QStringLiteral("no"))
            no = a.count;
        if (a.question == QStringLiteral("issues") && a.answer == QStringLiteral("economy"))
            economy = a.count;
    }
    CHECK(yes == 1);
    CHECK(no == 1);
    CHECK(economy == 1);
}

TEST_CASE("implausible work is flagged, and an organizer's roll-back reopens the people and lifts what it made",
          "[campaigns][progress]")
{
    CampaignFixture f(40);
    // Forty "contacted, pledged" results, two seconds apart: nobody calls like that.
    for (int i = 0; i < 40; ++i)
        f.record(QStringLiteral("mallory"), i, ResultCode::Contacted, {{QStringLiteral("plan"), QStringLiteral("yes")}},
                 kNoon + i * 2000);
    // One honest result by someone else.
    f.record(QStringLiteral("amina"), 0, ResultCode::NotHome, {}, kNoon + 3600000);

    auto totals = CampaignProgress(f.ws.db()).totals(f.campaign.id);
    REQUIRE(totals.ok());
    const CallerProgress *mallory = nullptr;
    for (const CallerProgress &c : totals->callers) {
        if (c.caller == QStringLiteral("mallory"))
            mallory = &c;
        else
            CHECK(c.flag.isEmpty());
    }
    REQUIRE(mallory);
    CHECK(mallory->busiestMinute == 30);
    CHECK_FALSE(mallory->flag.isEmpty());
    Turnout turnout(f.ws.db());
    CHECK(turnout.summary(f.campaign.electionId)->pledged == 40);

    REQUIRE(CampaignProgress(f.ws.db()).rollBack(f.campaign.id, QStringLiteral("mallory")).value() == 40);
    totals = CampaignProgress(f.ws.db()).totals(f.campaign.id);
    CHECK(totals->attempts == 1);
    CHECK(totals->callers.size() == 1);
    CHECK(turnout.summary(f.campaign.electionId)->pledged == 0);
    // Everyone is open again; the first person keeps the honest attempt.
    auto card = CallSession(f.ws.db(), f.campaign.id, QStringLiteral("amina")).next();
    REQUIRE(card->has_value());
    CHECK((*card)->remaining == 40);
    CHECK((*card)->contactId == f.ids.at(1));
}

TEST_CASE("a roll-back lifts only the opt-outs its results made", "[campaigns][progress]")
{
    CampaignFixture f(2);
    QSqlQuery(f.ws.db().connection())
        .exec(QStringLiteral("UPDATE contacts SET do_not_contact = 'requested' WHERE id = '%1'").arg(f.ids.at(1)));
    f.record(QStringLiteral("mallory"), 0, ResultCode::DoNotContact, {}, kNoon);
    f.record(QStringLiteral("mallory"), 1, ResultCode::DoNotContact, {}, kNoon + 1000);
    REQUIRE(CampaignProgress(f.ws.db()).rollBack(f.campaign.id, QStringLiteral("mallory")).value() == 2);
    QSqlQuery marks(f.ws.db().connection());
    REQUIRE(marks.exec(QStringLiteral("SELECT id, do_not_contact FROM contacts")));
    while (marks.next()) {
        if (marks.value(0).toString() == f.ids.at(0))
            CHECK(marks.value(1).toString().isEmpty());
        else
            CHECK(marks.value(1).toString() == QStringLiteral("requested"));
    }
}

TEST_CASE("get out the vote: pledges, votes and the chase list by district", "[campaigns][gotv]")
{
    CampaignFixture f(5);
    QSqlQuery(f.ws.db().connection()).exec(QStringLiteral("UPDATE contacts SET district = 12"));
    QSqlQuery(f.ws.db().connection()).exec(QStringLiteral("UPDATE contacts SET district = 3 WHERE id = '%1'").arg(f.ids.at(4)));
    for (int i = 0; i < 4; ++i)
        f.record(QStringLiteral("amina"), i, ResultCode::Contacted, {{QStringLiteral("plan"), QStringLiteral("yes")}},
                 kNoon + i * 60000);
    Turnout turnout(f.ws.db());
    REQUIRE(turnout.setPledged(f.campaign.electionId, {f.ids.at(4)}).ok());
    REQUIRE(turnout.markVoted(f.campaign.electionId, {f.ids.at(0), f.ids.at(1)}).ok());

    auto chase = turnout.chaseList(f.campaign.electionId);
    REQUIRE(chase.ok());
    QStringList chased;
    for (const TurnoutRow &row : chase.value())
        chased.append(row.contactId);
    CHECK(chased == QStringList{f.ids.at(2), f.ids.at(3), f.ids.at(4)});
    CHECK(chase->first().district == QStringLiteral("MI-12"));

    auto summary = turnout.summary(f.campaign.electionId);
    REQUIRE(summary.ok());
    CHECK(summary->pledged == 5);
    CHECK(summary->pledgedVoted == 2);
    REQUIRE(summary->districts.size() == 2);
    CHECK(summary->districts.at(0).district == QStringLiteral("MI-12"));
    CHECK(summary->districts.at(0).pledged == 4);
    CHECK(summary->districts.at(0).voted == 2);

    SECTION("taking a vote mark back puts the person on the chase list again")
    {
        REQUIRE(turnout.markVoted(f.campaign.electionId, {f.ids.at(0)}, false).ok());
        CHECK(turnout.chaseList(f.campaign.electionId)->size() == 4);
    }
    SECTION("an opted-out person is not chased")
    {
        QSqlQuery(f.ws.db().connection())
            .exec(QStringLiteral("UPDATE contacts SET do_not_contact = 'requested' WHERE id = '%1'").arg(f.ids.at(2)));
        CHECK(turnout.chaseList(f.campaign.electionId)->size() == 2);
    }
    CHECK(turnout.markVoted(f.campaign.electionId, {QStringLiteral("nobody")}).error().code == Error::Code::NotFound);
}

TEST_CASE("the demo workspace has a phone bank half worked by two volunteers and a door list", "[campaigns][demo]")
{
    TempWorkspace ws;
    REQUIRE(DemoData::populate(ws.db(), 600).ok());
    REQUIRE(DemoCampaigns::populate(ws.db(), QDate(2026, 12, 7)).ok());
    auto campaigns = CampaignRepository(ws.db()).list();
    REQUIRE(campaigns.ok());
    REQUIRE(campaigns->size() == 2);
    const Campaign phoneBank = campaigns->at(0).kind == CampaignKind::Phone ? campaigns->at(0) : campaigns->at(1);
    CHECK(CampaignRepository(ws.db()).election(phoneBank.electionId)->date == QDate(2027, 11, 2));
    CHECK_FALSE(phoneBank.script.introduction.contains(QStringLiteral("{date}")));
    auto totals = CampaignProgress(ws.db()).totals(phoneBank.id);
    REQUIRE(totals.ok());
    CHECK(totals->listed > 20);
    CHECK(totals->callers.size() == 2);
    CHECK(totals->contacts > 0);
    CHECK(totals->pledges > 0);
    CHECK(totals->attempts < totals->listed); // half worked, not done
    // Running it again adds nothing.
    REQUIRE(DemoCampaigns::populate(ws.db(), QDate(2026, 12, 7)).ok());
    CHECK(CampaignRepository(ws.db()).list()->size() == 2);
}
