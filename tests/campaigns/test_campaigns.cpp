#include "campaignfixture.h"

#include "campaigns/calllist.h"
#include "campaigns/callsession.h"
#include "campaigns/campaignrepository.h"
#include "campaigns/streetorder.h"
#include "contacts/contactrepository.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace majlis;
using namespace majlis::test;

namespace {

QVariant scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0);
}

QString doNotContact(Database &db, const QString &contactId)
{
    return scalar(db, QStringLiteral("SELECT do_not_contact FROM contacts WHERE id = ?"), {contactId}).toString();
}

} // namespace

TEST_CASE("a campaign script is read from YAML, keeps its actions and refuses what a caller could not use",
          "[campaigns][script]")
{
    auto script = CampaignScriptFormat::fromYaml(sampleScriptYaml());
    REQUIRE(script.ok());
    REQUIRE(script->questions.size() == 4);
    CHECK(script->introduction.startsWith(QStringLiteral("Hello")));
    const ScriptQuestion *plan = script->question(QStringLiteral("plan"));
    REQUIRE(plan);
    CHECK(plan->kind == ScriptQuestion::Kind::YesNo);
    // "yes" stays the text key it was written as, not a YAML boolean.
    REQUIRE(plan->answer(QStringLiteral("yes")));
    CHECK(plan->answer(QStringLiteral("yes"))->action.kind == AnswerAction::Kind::Pledge);
    const ScriptAnswer *civil = script->question(QStringLiteral("issues"))->answer(QStringLiteral("civil_rights"));
    REQUIRE(civil);
    CHECK(civil->action.kind == AnswerAction::Kind::Tag);
    CHECK(civil->action.tag == QStringLiteral("Civil rights"));

    SECTION("the JSON it is stored as reads back the same")
    {
        auto again = CampaignScriptFormat::fromJson(CampaignScriptFormat::toJson(script.value()));
        REQUIRE(again.ok());
        CHECK(again.value() == script.value());
    }
    SECTION("a yes/no question without answers gets Yes and No")
    {
        auto yesNo = CampaignScriptFormat::fromYaml("questions:\n  - {key: q, text: \"Will you vote?\", kind: yes_no}\n");
        REQUIRE(yesNo.ok());
        REQUIRE(yesNo->questions.first().answers.size() == 2);
        CHECK(yesNo->questions.first().answers.first().key == QStringLiteral("yes"));
    }
    SECTION("mistakes are named")
    {
        const QList<std::pair<QByteArray, QString>> bad = {
            {"questions: [ {key: q, text: x", QStringLiteral("YAML")},
            {"questions:\n  - {key: q, text: \"Vote?\", kind: maybe}\n", QStringLiteral("maybe")},
            {"questions:\n  - {key: q, text: A, kind: text}\n  - {key: q, text: B, kind: text}\n", QStringLiteral("\"q\"")},
            {"questions:\n  - {key: q, text: A, answers: [{key: a, action: shout}]}\n", QStringLiteral("shout")},
            {"questions:\n  - {key: q, text: A, kind: single}\n", QStringLiteral("no answers")},
            {"questions:\n  - {key: 'a b', text: A, kind: text}\n", QStringLiteral("Question 1")},
            {"questions:\n  - {key: q, text: A, answers: [{key: a1},{key: a2},{key: a3},{key: a4},{key: a5},"
             "{key: a6},{key: a7},{key: a8},{key: a9},{key: a10}]}\n",
             QStringLiteral("nine")},
        };
        for (const auto &[yaml, named] : bad) {
            INFO(yaml.constData());
            auto read = CampaignScriptFormat::fromYaml(yaml);
            REQUIRE_FALSE(read.ok());
            CHECK(read.error().code == Error::Code::InvalidInput);
            CHECK(read.error().message.contains(named));
        }
    }
    SECTION("answers are checked against the script")
    {
        CHECK(CampaignScriptFormat::checkAnswers(script.value(), {{QStringLiteral("plan"), QStringLiteral("yes")}}).ok());
        CHECK(CampaignScriptFormat::checkAnswers(
                  script.value(), {{QStringLiteral("issues"), QJsonArray{QStringLiteral("economy")}}})
                  .ok());
        CHECK_FALSE(CampaignScriptFormat::checkAnswers(script.value(), {{QStringLiteral("plan"), QStringLiteral("perhaps")}}).ok());
        CHECK_FALSE(CampaignScriptFormat::checkAnswers(script.value(), {{QStringLiteral("nope"), QStringLiteral("yes")}}).ok());
        CHECK_FALSE(CampaignScriptFormat::checkAnswers(script.value(), {{QStringLiteral("issues"), QStringLiteral("economy")}}).ok());
        CHECK_FALSE(CampaignScriptFormat::checkAnswers(script.value(), {{QStringLiteral("comment"), 5}}).ok());
    }
}

TEST_CASE("a list holds the people a filter finds who may be called, and stays as it was built", "[campaigns][list]")
{
    TempWorkspace ws;
    Contact noConsent = callableContact(QStringLiteral("Nadia"), QStringLiteral("Saleh"), 3, {QStringLiteral("Volunteers")});
    noConsent.consents = {{ConsentChannel::Phone, false, QDate(2026, 1, 10), QStringLiteral("form")}};
    Contact noPhone = callableContact(QStringLiteral("Omar"), QStringLiteral("Farouk"), 4, {QStringLiteral("Volunteers")});
    noPhone.phones.clear();
    Contact optedOut = callableContact(QStringLiteral("Samir"), QStringLiteral("Aziz"), 5, {QStringLiteral("Volunteers")});
    const QStringList ids = addContacts(
        ws.db(), {callableContact(QStringLiteral("Amina"), QStringLiteral("Khan"), 1, {QStringLiteral("Volunteers")}, {QStringLiteral("ur")}),
                  callableContact(QStringLiteral("Bilal"), QStringLiteral("Haddad"), 2, {QStringLiteral("volunteers")}, {QStringLiteral("ar-LB")}),
                  noConsent, noPhone, optedOut,
                  callableContact(QStringLiteral("Zaid"), QStringLiteral("Omar"), 6, {QStringLiteral("Donors")})});
    QSqlQuery(ws.db().connection()).exec(QStringLiteral("UPDATE contacts SET do_not_contact = 'requested' WHERE id = '%1'").arg(ids.at(4)));

    const Campaign campaign = createPhoneBank(ws.db());
    CallList list(ws.db());
    ListFilter filter;
    filter.tags = {QStringLiteral("Volunteers")};
    REQUIRE(list.preview(campaign.id, filter).value() == 2);
    REQUIRE(list.build(campaign.id, filter).value() == 2);
    auto entries = list.entries(campaign.id);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).contactId == ids.at(1)); // Haddad before Khan
    CHECK(entries->at(1).contactId == ids.at(0));

    SECTION("building again adds only people not on it yet, at the end")
    {
        REQUIRE(ContactRepository(ws.db()).addTags({ids.at(5)}, {QStringLiteral("Volunteers")}).ok());
        CHECK(list.entries(campaign.id)->size() == 2);
        CHECK(list.build(campaign.id, filter).value() == 1);
        entries = list.entries(campaign.id);
        REQUIRE(entries->size() == 3);
        CHECK(entries->at(2).contactId == ids.at(5));
        CHECK(entries->at(2).position == 3);
    }
    SECTION("a language filter matches regional variants")
    {
        const Campaign other = createPhoneBank(ws.db(), QStringLiteral("Arabic speakers"));
        ListFilter arabic;
        arabic.language = QStringLiteral("ar");
        REQUIRE(list.build(other.id, arabic).value() == 1);
        CHECK(list.entries(other.id)->first().contactId == ids.at(1));
    }
    SECTION("a filter on an answer in an earlier campaign")
    {
        CallSession session(ws.db(), campaign.id, QStringLiteral("amina"));
        REQUIRE(session.record(ids.at(0), ResultCode::Contacted, {{QStringLiteral("plan"), QStringLiteral("no")}}).ok());
        REQUIRE(session.record(ids.at(1), ResultCode::Contacted,
                               {{QStringLiteral("issues"), QJsonArray{QStringLiteral("economy"), QStringLiteral("civil_rights")}}})
                    .ok());
        const Campaign followUp = createPhoneBank(ws.db(), QStringLiteral("Follow-up"));
        ListFilter said;
        said.answeredCampaignId = campaign.id;
        said.question = QStringLiteral("plan");
        said.answer = QStringLiteral("no");
        CHECK(list.preview(followUp.id, said).value() == 1);
        said.question = QStringLiteral("issues");
        said.answer = QStringLiteral("economy");
        REQUIRE(list.build(followUp.id, said).value() == 1);
        CHECK(list.entries(followUp.id)->first().contactId == ids.at(1));
    }
}

TEST_CASE("a door list goes street by street and up the house numbers", "[campaigns][list]")
{
    QList<StreetStop> stops = {{QStringLiteral("a"), QStringLiteral("Dearborn"), {}, QStringLiteral("12 Oak St")},
                               {QStringLiteral("b"), QStringLiteral("Dearborn"), {}, QStringLiteral("9 Oak St")},
                               {QStringLiteral("c"), QStringLiteral("Dearborn"), {}, QStringLiteral("3 Elm Ave")},
                               {QStringLiteral("d"), QStringLiteral("Berlin"), {}, QStringLiteral("Hauptstraße 12")},
                               {QStringLiteral("e"), QStringLiteral("Berlin"), {}, QStringLiteral("Hauptstraße 2")},
                               {QStringLiteral("f"), QStringLiteral("Dearborn"), {}, QStringLiteral("١٠ Oak St")}};
    sortForWalking(stops);
    QStringList order;
    for (const StreetStop &stop : stops)
        order.append(stop.id);
    CHECK(order == QStringList{QStringLiteral("e"), QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("b"),
                               QStringLiteral("f"), QStringLiteral("a")});
    CHECK(streetKey(QStringLiteral("12b Oak St")).rest == QStringLiteral("b"));
}

TEST_CASE("a list is split among volunteers by count or by the languages they speak", "[campaigns][assign]")
{
    TempWorkspace ws;
    QList<Contact> people;
    for (int i = 0; i < 9; ++i) {
        const QStringList language = i % 3 == 0 ? QStringList{QStringLiteral("ur")}
                                   : i % 3 == 1 ? QStringList{QStringLiteral("ar")}
                                                : QStringList{};
        people.append(callableContact(QStringLiteral("P%1").arg(i), QStringLiteral("Person"), 100 + i,
                                      {QStringLiteral("List")}, language));
    }
    addContacts(ws.db(), people);
    const Campaign campaign = createPhoneBank(ws.db());
    CallList list(ws.db());
    REQUIRE(list.build(campaign.id, tagged(QStringLiteral("List"))).value() == 9);

    SECTION("by count, in consecutive runs")
    {
        REQUIRE(list.assignByCount(campaign.id, {QStringLiteral("amina"), QStringLiteral("bilal")}).value() == 9);
        const auto entries = list.entries(campaign.id).value();
        QStringList owners;
        for (const ListEntry &e : entries)
            owners.append(e.assignee);
        CHECK(owners.count(QStringLiteral("amina")) == 5);
        CHECK(owners.count(QStringLiteral("bilal")) == 4);
        CHECK(owners.mid(0, 5) == QStringList(5, QStringLiteral("amina")));
        // Nothing is left to give out a second time.
        CHECK(list.assignByCount(campaign.id, {QStringLiteral("chen")}).value() == 0);
        CHECK(list.unassign(campaign.id, QStringLiteral("bilal")).value() == 4);
        CHECK(list.assignByCount(campaign.id, {QStringLiteral("chen")}).value() == 4);
    }
    SECTION("by language")
    {
        REQUIRE(list.assignByLanguage(campaign.id, {{QStringLiteral("urdu caller"), {QStringLiteral("ur"), QStringLiteral("en")}},
                                                    {QStringLiteral("arabic caller"), {QStringLiteral("ar-EG")}}})
                    .value()
                == 9);
        for (const ListEntry &e : list.entries(campaign.id).value()) {
            INFO(e.name.toStdString());
            if (e.languages == QStringList{QStringLiteral("ur")})
                CHECK(e.assignee == QStringLiteral("urdu caller"));
            if (e.languages == QStringList{QStringLiteral("ar")})
                CHECK(e.assignee == QStringLiteral("arabic caller"));
        }
    }
    CHECK_FALSE(list.assignByCount(campaign.id, {}).ok());
}

TEST_CASE("a caller works the list: each result is saved with what it implies", "[campaigns][session]")
{
    TempWorkspace ws;
    const QStringList ids = addContacts(
        ws.db(), {callableContact(QStringLiteral("Amina"), QStringLiteral("Ahmed"), 1, {QStringLiteral("List")}, {QStringLiteral("ar")}),
                  callableContact(QStringLiteral("Bilal"), QStringLiteral("Baig"), 2, {QStringLiteral("List")}),
                  callableContact(QStringLiteral("Chen"), QStringLiteral("Chowdhury"), 3, {QStringLiteral("List")}),
                  callableContact(QStringLiteral("Dina"), QStringLiteral("Darwish"), 4, {QStringLiteral("List")})});
    const Campaign campaign = createPhoneBank(ws.db());
    CallList list(ws.db());
    REQUIRE(list.build(campaign.id, tagged(QStringLiteral("List"))).value() == 4);
    CallSession session(ws.db(), campaign.id, QStringLiteral("amina.caller"));

    auto card = session.next();
    REQUIRE(card.ok());
    REQUIRE(card->has_value());
    CHECK((*card)->contactId == ids.at(0));
    CHECK((*card)->name == QStringLiteral("Amina Ahmed"));
    CHECK((*card)->phoneDisplay == QStringLiteral("(313) 555-0001"));
    CHECK((*card)->languages == QStringList{QStringLiteral("ar")});
    CHECK((*card)->remaining == 4);
    CHECK((*card)->lastResult.isEmpty());

    SECTION("a contacted person's answers tag, pledge and appear in their history")
    {
        REQUIRE(session.record(ids.at(0), ResultCode::Contacted,
                               {{QStringLiteral("plan"), QStringLiteral("yes")},
                                {QStringLiteral("issues"), QJsonArray{QStringLiteral("civil_rights")}},
                                {QStringLiteral("registered"), QStringLiteral("not_sure")},
                                {QStringLiteral("comment"), QStringLiteral("Needs a ride")}})
                    .ok());
        const Contact amina = ContactRepository(ws.db()).get(ids.at(0)).value();
        CHECK(amina.tags.contains(QStringLiteral("Civil rights")));
        CHECK(scalar(ws.db(), QStringLiteral("SELECT pledged FROM election_turnout WHERE contact_id = ? AND election_id = ?"),
                     {ids.at(0), campaign.electionId})
                  .toInt()
              == 1);
        CHECK(scalar(ws.db(), QStringLiteral("SELECT follow_up FROM campaign_results WHERE contact_id = ?"), {ids.at(0)}).toInt() == 1);
        const auto history = ContactRepository(ws.db()).history(ids.at(0)).value();
        const bool recorded = std::any_of(history.cbegin(), history.cend(), [](const Activity &a) {
            return a.kind == QStringLiteral("campaign_result") && a.detail.contains(QStringLiteral("Needs a ride"));
        });
        CHECK(recorded);
        auto following = session.next();
        REQUIRE(following->has_value());
        CHECK((*following)->contactId == ids.at(1));
        CHECK((*following)->remaining == 3);
    }
    SECTION("someone not home is tried again after everyone untried, and at most three times")
    {
        REQUIRE(session.record(ids.at(0), ResultCode::NotHome).ok());
        CHECK((*session.next())->contactId == ids.at(1));
        REQUIRE(session.record(ids.at(1), ResultCode::Busy).ok());
        REQUIRE(session.record(ids.at(2), ResultCode::LeftMessage).ok());
        REQUIRE(session.record(ids.at(3), ResultCode::Contacted).ok());
        auto again = session.next();
        REQUIRE(again->has_value());
        CHECK((*again)->contactId == ids.at(0));
        CHECK((*again)->attempts == 1);
        CHECK((*again)->lastResult == QStringLiteral("not_home"));
        REQUIRE(session.record(ids.at(0), ResultCode::NotHome).ok());
        REQUIRE(session.record(ids.at(0), ResultCode::NotHome).ok());
        // Third try done: Amina is no longer handed out.
        auto rest = session.next({ids.at(1), ids.at(2)});
        CHECK_FALSE(rest->has_value());
    }
    SECTION("a refusal with an opt-out keeps the person off every later list")
    {
        REQUIRE(session.record(ids.at(0), ResultCode::Refused, {}, {QStringLiteral("hostile"), {}}).ok());
        CHECK(doNotContact(ws.db(), ids.at(0)) == QStringLiteral("hostile"));
        REQUIRE(session.record(ids.at(1), ResultCode::Deceased).ok());
        CHECK(doNotContact(ws.db(), ids.at(1)) == QStringLiteral("deceased"));
        REQUIRE(session.record(ids.at(2), ResultCode::Contacted, {{QStringLiteral("registered"), QStringLiteral("stop")}}).ok());
        CHECK(doNotContact(ws.db(), ids.at(2)) == QStringLiteral("requested"));
        REQUIRE(session.record(ids.at(3), ResultCode::Refused).ok());
        CHECK(doNotContact(ws.db(), ids.at(3)).isEmpty());

        const Campaign later = createPhoneBank(ws.db(), QStringLiteral("Later"));
        REQUIRE(list.build(later.id, tagged(QStringLiteral("List"))).value() == 1);
        CHECK(list.entries(later.id)->first().contactId == ids.at(3));
    }
    SECTION("an opt-out made elsewhere after the list was built is honoured by the caller")
    {
        QSqlQuery(ws.db().connection()).exec(QStringLiteral("UPDATE contacts SET do_not_contact = 'requested' WHERE id = '%1'").arg(ids.at(0)));
        CHECK((*session.next())->contactId == ids.at(1));
    }
    SECTION("a disconnected number is marked bad and not dialled again")
    {
        REQUIRE(session.record(ids.at(0), ResultCode::Disconnected).ok());
        CHECK(scalar(ws.db(), QStringLiteral("SELECT bad FROM contact_phones WHERE contact_id = ?"), {ids.at(0)}).toInt() == 1);
        const Campaign later = createPhoneBank(ws.db(), QStringLiteral("Later"));
        CHECK(list.build(later.id, tagged(QStringLiteral("List"))).value() == 3);
    }
    SECTION("what cannot be right is refused and nothing is written")
    {
        const qint64 before = scalar(ws.db(), QStringLiteral("SELECT count(*) FROM campaign_results")).toLongLong();
        CHECK_FALSE(session.record(ids.at(0), ResultCode::NotHome, {{QStringLiteral("plan"), QStringLiteral("yes")}}).ok());
        CHECK_FALSE(session.record(ids.at(0), ResultCode::Contacted, {{QStringLiteral("plan"), QStringLiteral("perhaps")}}).ok());
        CHECK_FALSE(session.record(ids.at(0), ResultCode::Refused, {}, {QStringLiteral("angry"), {}}).ok());
        const QString stranger = addContacts(ws.db(), {callableContact(QStringLiteral("X"), QStringLiteral("Y"), 9)}).first();
        CHECK(session.record(stranger, ResultCode::Contacted).error().code == Error::Code::NotFound);
        CHECK(scalar(ws.db(), QStringLiteral("SELECT count(*) FROM campaign_results")).toLongLong() == before);
    }
    SECTION("a closed campaign takes no more results")
    {
        REQUIRE(CampaignRepository(ws.db()).setClosed(campaign.id, true).ok());
        CHECK_FALSE(session.record(ids.at(0), ResultCode::Contacted).ok());
        CHECK_FALSE(session.next().ok());
    }
}

TEST_CASE("a caller is handed only their own share and people nobody has", "[campaigns][session][assign]")
{
    TempWorkspace ws;
    QList<Contact> people;
    for (int i = 0; i < 6; ++i)
        people.append(callableContact(QStringLiteral("P%1").arg(i), QStringLiteral("Person"), 200 + i, {QStringLiteral("List")}));
    const QStringList ids = addContacts(ws.db(), people);
    const Campaign campaign = createPhoneBank(ws.db());
    CallList list(ws.db());
    REQUIRE(list.build(campaign.id, tagged(QStringLiteral("List"))).value() == 6);
    REQUIRE(list.assignByCount(campaign.id, {QStringLiteral("amina"), QStringLiteral("bilal")}).value() == 6);
    QStringList seenByBilal;
    CallSession bilal(ws.db(), campaign.id, QStringLiteral("bilal"));
    while (auto card = bilal.next().value()) {
        seenByBilal.append(card->contactId);
        REQUIRE(bilal.record(card->contactId, ResultCode::Contacted).ok());
    }
    CHECK(seenByBilal == ids.mid(3));
    // The organizer may type a name in another case than the account's: the share is still hers.
    auto typedOtherwise = CallSession(ws.db(), campaign.id, QStringLiteral("AMINA")).next();
    REQUIRE(typedOtherwise.ok());
    REQUIRE(typedOtherwise->has_value());
    CHECK((*typedOtherwise)->remaining == 3);
    CHECK(CallSession(ws.db(), campaign.id, QStringLiteral("amina")).next().value()->remaining == 3);
}
