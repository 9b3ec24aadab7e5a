// What the campaign windows ask of the core besides the caller's flow: a person's card by id
// for results entered from paper, the sizes and shares of lists, the script as YAML for editing,
// the introduction filled in, who calls from this laptop and languages named in the UI's language.

#include "campaignfixture.h"

#include "campaigns/callername.h"
#include "campaigns/calllist.h"
#include "campaigns/callsession.h"
#include "campaigns/campaignrepository.h"
#include "i18n/bidi.h"
#include "i18n/languagenames.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"
#include "sync/serversettings.h"

#include <catch2/catch.hpp>

using namespace majlis;
using namespace majlis::test;

TEST_CASE("a script written back as YAML reads the same, Unicode, quotes and actions included", "[campaigns][script]")
{
    auto script = CampaignScriptFormat::fromYaml(sampleScriptYaml());
    REQUIRE(script.ok());
    // What trips a writer: braces, a colon, quotes, a leading dash, Arabic, an empty introduction.
    CampaignScript tricky = script.value();
    tricky.questions[0].text = QStringLiteral("هل ستصوّت في ٣ نوفمبر؟ - \"yes\": {maybe}");
    tricky.questions[1].answers[1].label = QStringLiteral("- Economy: jobs & rent");
    for (const CampaignScript &original : {script.value(), tricky, CampaignScript {}}) {
        const QByteArray yaml = CampaignScriptFormat::toYaml(original);
        INFO(yaml.constData());
        auto again = CampaignScriptFormat::fromYaml(yaml);
        REQUIRE(again.ok());
        CHECK(again.value() == original);
    }
    CHECK(CampaignScriptFormat::toYaml(script.value()).contains("action: pledge"));
}

TEST_CASE("the introduction names the caller and the person", "[campaigns][script]")
{
    CHECK(fillIntroduction(QStringLiteral("Hello {name}, this is {caller}. {name}?"), QStringLiteral("Sara"),
              QStringLiteral("Amina"))
        == QStringLiteral("Hello Amina, this is Sara. Amina?"));
    CHECK(fillIntroduction(QStringLiteral("No names here."), QStringLiteral("Sara"), QStringLiteral("Amina"))
        == QStringLiteral("No names here."));
}

TEST_CASE("a card is read for any person on the list, as next() would show them", "[campaigns][session]")
{
    TempWorkspace ws;
    const QStringList ids = addContacts(ws.db(),
        {callableContact(
             QStringLiteral("Amina"), QStringLiteral("Khan"), 1, {QStringLiteral("V")}, {QStringLiteral("ur")}),
            callableContact(
                QStringLiteral("Bilal"), QStringLiteral("Haddad"), 2, {QStringLiteral("V")}, {QStringLiteral("ar")}),
            callableContact(QStringLiteral("Zaid"), QStringLiteral("Omar"), 3, {QStringLiteral("Other")})});
    const Campaign campaign = createPhoneBank(ws.db());
    REQUIRE(CallList(ws.db()).build(campaign.id, tagged(QStringLiteral("V"))).value() == 2);
    REQUIRE(CallList(ws.db()).assignByCount(campaign.id, {QStringLiteral("sara"), QStringLiteral("yusuf")}).ok());

    CallSession yusuf(ws.db(), campaign.id, QStringLiteral("yusuf"));
    const auto next = yusuf.next().value();
    REQUIRE(next.has_value());
    auto card = yusuf.card(next->contactId);
    REQUIRE(card.ok());
    CHECK(card->name == next->name);
    CHECK(card->phoneDisplay == next->phoneDisplay);
    CHECK(card->remaining == next->remaining);
    CHECK(card->attempts == 0);

    // Sara's person too: paper results are entered whoever had the list.
    auto theirs = yusuf.card(ids.at(1));
    REQUIRE(theirs.ok());
    CHECK(theirs->name == QStringLiteral("Bilal Haddad"));
    CHECK(theirs->languages == QStringList {QStringLiteral("ar")});
    REQUIRE(yusuf.record(ids.at(1), ResultCode::NotHome).ok());
    CHECK(yusuf.card(ids.at(1))->attempts == 1);
    CHECK(yusuf.card(ids.at(1))->lastResult == QStringLiteral("not_home"));

    auto stranger = yusuf.card(ids.at(2));
    REQUIRE_FALSE(stranger.ok());
    CHECK(stranger.error().code == Error::Code::NotFound);
}

TEST_CASE("list sizes and shares add up as people are assigned and finished", "[campaigns][assign]")
{
    TempWorkspace ws;
    QList<Contact> people;
    for (int i = 0; i < 5; ++i)
        people << callableContact(QStringLiteral("P%1").arg(i), QStringLiteral("Test"), i, {QStringLiteral("V")});
    const QStringList ids = addContacts(ws.db(), people);
    const Campaign campaign = createPhoneBank(ws.db());
    const Campaign empty = createPhoneBank(ws.db(), QStringLiteral("Nothing yet"));
    CallList list(ws.db());
    REQUIRE(list.build(campaign.id, tagged(QStringLiteral("V"))).value() == 5);
    REQUIRE(list.assignByCount(campaign.id, {QStringLiteral("sara"), QStringLiteral("yusuf")}).value() == 5);
    REQUIRE(list.unassign(campaign.id, QStringLiteral("yusuf")).value() == 2);
    REQUIRE(CallSession(ws.db(), campaign.id, QStringLiteral("sara")).record(ids.at(0), ResultCode::Moved).ok());

    auto sizes = list.sizes();
    REQUIRE(sizes.ok());
    CHECK(sizes->value(campaign.id).listed == 5);
    CHECK(sizes->value(campaign.id).done == 1);
    CHECK_FALSE(sizes->contains(empty.id));

    auto shares = list.shares(campaign.id);
    REQUIRE(shares.ok());
    REQUIRE(shares->size() == 2);
    CHECK(shares->at(0).assignee == QStringLiteral("sara"));
    CHECK(shares->at(0).open == 2);
    CHECK(shares->at(0).done == 1);
    CHECK(shares->at(1).assignee.isEmpty()); // nobody's people last
    CHECK(shares->at(1).open == 2);
}

TEST_CASE("a laptop calls as its sync user, else as the name its volunteer gave once", "[campaigns][session]")
{
    TempWorkspace ws;
    CHECK(callername::forThisLaptop(ws.db()).isEmpty());
    REQUIRE(callername::remember(ws.db(), QStringLiteral("  Sara  ")).ok());
    CHECK(callername::forThisLaptop(ws.db()) == QStringLiteral("Sara"));
    CHECK_FALSE(callername::fromSync(ws.db()));
    sync::ServerSettings settings;
    settings.url = QUrl(QStringLiteral("https://sync.example.org"));
    settings.user = QStringLiteral("yusuf");
    REQUIRE(settings.save(ws.db()).ok());
    CHECK(callername::forThisLaptop(ws.db()) == QStringLiteral("yusuf"));
    CHECK(callername::fromSync(ws.db()));
}

TEST_CASE("languages are named in the interface's language", "[campaigns][i18n]")
{
    CHECK(languages::name(QStringLiteral("ar"), QLocale(QLocale::English)) == QStringLiteral("Arabic"));
    CHECK(languages::name(QStringLiteral("ur-PK"), QLocale(QLocale::English)) == QStringLiteral("Urdu"));
    CHECK(languages::name(QStringLiteral("fa"), QLocale(QLocale::French)) == QStringLiteral("persan"));
    CHECK(languages::name(QStringLiteral("en"), QLocale(QLocale::Arabic)) == QStringLiteral("الإنجليزية"));
    CHECK(languages::name(QStringLiteral("xq"), QLocale(QLocale::English)) == QStringLiteral("xq"));
    CHECK(languages::joinedNames(
              {QStringLiteral("ar"), QStringLiteral("ar-EG"), QStringLiteral("en")}, QLocale(QLocale::English))
        == bidi::isolateEach({QStringLiteral("Arabic"), QStringLiteral("English")}));
}

TEST_CASE("a campaign and the new election it is for are saved both or neither", "[campaigns]")
{
    TempWorkspace ws;
    CampaignRepository repository(ws.db());
    Election election;
    election.name = QStringLiteral("School board 2026");
    election.date = QDate(2026, 5, 5);
    Campaign campaign;
    campaign.kind = CampaignKind::Gotv; // needs its election
    campaign.name = QStringLiteral("  ");
    auto refused = repository.saveWithElection(campaign, election);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("name")));
    CHECK(repository.elections().value().isEmpty());

    campaign.name = QStringLiteral("School board GOTV");
    auto saved = repository.saveWithElection(campaign, election);
    REQUIRE(saved.ok());
    REQUIRE(repository.elections().value().size() == 1);
    CHECK(saved->electionId == repository.elections().value().first().id);

    // Editing a campaign onto another new election keeps the campaign's id.
    Election runoff;
    runoff.name = QStringLiteral("School board run-off");
    auto moved = repository.saveWithElection(saved.value(), runoff);
    REQUIRE(moved.ok());
    CHECK(moved->id == saved->id);
    CHECK(repository.election(moved->electionId)->name == runoff.name);
    CHECK(repository.list().value().size() == 1);
}
