#include "advocacy/dayrepository.h"
#include "demo/demodata.h"
#include "demo/demoorganizing.h"
#include "events/eventrepository.h"
#include "partners/interactionlog.h"
#include "partners/organizationrepository.h"
#include "partners/signonletters.h"
#include "reports/organizingreports.h"
#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

Organization partner(
    const QString &name, OrganizationKind kind, const QStringList &areas, PartnerStatus status = PartnerStatus::Active)
{
    Organization o;
    o.name = name;
    o.kind = kind;
    o.issueAreas = areas;
    o.city = QStringLiteral("Dearborn");
    o.status = status;
    return o;
}

} // namespace

TEST_CASE("partners are saved, found and filtered by kind, issue area and status", "[partners]")
{
    test::TempWorkspace ws;
    OrganizationRepository partners(ws.db());
    auto cair = partners.create(partner(QStringLiteral("CAIR Michigan"), OrganizationKind::CivilRights,
        {QStringLiteral("civil rights"), QStringLiteral("voting")}));
    REQUIRE(cair.ok());
    REQUIRE(partners
                .create(partner(QStringLiteral("Interfaith Council"), OrganizationKind::Interfaith,
                    {QStringLiteral("Voting")}, PartnerStatus::Dormant))
                .ok());
    REQUIRE(
        partners.create(partner(QStringLiteral("UAW Local 600"), OrganizationKind::Labor, {QStringLiteral("labor")}))
            .ok());

    CHECK(cair->issueAreas == QStringList {QStringLiteral("civil rights"), QStringLiteral("voting")});
    CHECK_FALSE(partners.create(partner(QStringLiteral("cair  michigan"), OrganizationKind::Other, {})).ok());
    CHECK_FALSE(partners.create(partner(QStringLiteral("  "), OrganizationKind::Other, {})).ok());

    CHECK(partners.list()->size() == 3);
    PartnerQuery voting;
    voting.issueArea = QStringLiteral("voting");
    CHECK(partners.list(voting)->size() == 2); // the area matches whatever its case
    PartnerQuery dormant;
    dormant.status = PartnerStatus::Dormant;
    REQUIRE(partners.list(dormant)->size() == 1);
    CHECK(partners.list(dormant)->first().name == QStringLiteral("Interfaith Council"));
    PartnerQuery labor;
    labor.kind = OrganizationKind::Labor;
    labor.search = QStringLiteral("local");
    CHECK(partners.list(labor)->size() == 1);
    PartnerQuery percent;
    percent.search = QStringLiteral("%");
    CHECK(partners.list(percent)->isEmpty()); // typed text is text, not a pattern
    CHECK(partners.find(QStringLiteral("uaw local 600"))->kind == OrganizationKind::Labor);
    CHECK(partners.find(cair->id.left(6))->id == cair->id);
    CHECK(partners.issueAreas()->size() >= 3);

    Organization renamed = cair.value();
    renamed.name = QStringLiteral("UAW LOCAL 600");
    CHECK_FALSE(partners.update(renamed).ok()); // another partner's name
    Organization edited = cair.value();
    edited.status = PartnerStatus::Dormant;
    edited.website = QStringLiteral("https://example.org");
    REQUIRE(partners.update(edited).ok());
    CHECK(partners.get(cair->id).value() == edited);
    REQUIRE(partners.remove(cair->id).ok());
    CHECK(partners.list()->size() == 2);
}

TEST_CASE("people belong to partners over time, and the history tells the relationship in order", "[partners]")
{
    test::TempWorkspace ws;
    OrganizationRepository partners(ws.db());
    const QString mosque = partners.create(partner(QStringLiteral("Islamic Center"), OrganizationKind::Mosque, {}))->id;
    const QString council
        = partners.create(partner(QStringLiteral("Interfaith Council"), OrganizationKind::Interfaith, {}))->id;
    const QString imam
        = test::addConstituent(ws.db(), QStringLiteral("Yusuf"), QStringLiteral("Ali"), QStringLiteral("MI"), 12);

    auto first = partners.addMember({{}, mosque, imam, {}, {}, QStringLiteral("Imam"), QDate(2015, 1, 1), {}});
    REQUIRE(first.ok());
    REQUIRE(
        partners.addMember({{}, council, imam, {}, {}, QStringLiteral("Board member"), QDate(2020, 6, 1), {}}).ok());
    CHECK_FALSE(partners.addMember({{}, mosque, imam, {}, {}, QStringLiteral("Imam"), {}, {}}).ok()); // already there
    CHECK_FALSE(partners.addMember({{}, mosque, QString(), {}, {}, QStringLiteral("Imam"), {}, {}}).ok());
    REQUIRE(partners.endMembership(first->id, QDate(2024, 12, 31)).ok());
    auto memberships = partners.membershipsOf(imam);
    REQUIRE(memberships->size() == 2);
    CHECK(memberships->first().organizationName == QStringLiteral("Interfaith Council")); // current first
    CHECK(memberships->last().until == QDate(2024, 12, 31));
    CHECK(partners.members(mosque)->first().contactName == QStringLiteral("Yusuf Ali"));

    InteractionLog log(ws.db());
    REQUIRE(log.add({{}, council, InteractionKind::Call, QDate(2026, 3, 2), QStringLiteral("Planned the iftar"), {},
                        {imam}, {}})
                .ok());
    REQUIRE(log.add({{}, council, InteractionKind::Meeting, QDate(2026, 1, 15), QStringLiteral("First meeting"), {}, {},
                        {}})
                .ok());
    CHECK_FALSE(log.add({{}, council, InteractionKind::Call, QDate(), QStringLiteral("No date"), {}, {}, {}}).ok());
    auto history = log.history(council);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).summary == QStringLiteral("First meeting"));
    CHECK(history->at(1).participantNames == QStringList {QStringLiteral("Yusuf Ali")});
}

TEST_CASE("sign-on letters track who signed, when and by whom, and who has not answered", "[partners]")
{
    test::TempWorkspace ws;
    OrganizationRepository partners(ws.db());
    const QString a
        = partners.create(partner(QStringLiteral("Alpha"), OrganizationKind::CivilRights, {QStringLiteral("voting")}))
              ->id;
    const QString b
        = partners.create(partner(QStringLiteral("Beta"), OrganizationKind::Labor, {QStringLiteral("voting")}))->id;
    const QString c = partners.create(partner(QStringLiteral("Gamma"), OrganizationKind::Student, {}))->id;

    SignOnLetters letters(ws.db());
    auto letter = letters.create(
        {{}, QStringLiteral("Protect the vote"), QStringLiteral("We the undersigned…"), {}, QDate(2027, 2, 1)});
    REQUIRE(letter.ok());
    REQUIRE(letters.ask(letter->id, {a, b, c}).ok());
    REQUIRE(
        letters.answer(letter->id, a, LetterAnswer::Answer::Signed, QDate(2027, 1, 10), QStringLiteral("Imam Yusuf"))
            .ok());
    REQUIRE(letters.answer(letter->id, b, LetterAnswer::Answer::Declined, QDate(2027, 1, 12)).ok());
    REQUIRE(letters.ask(letter->id, {a}).ok()); // asking again keeps the answer
    REQUIRE(
        letters.answer(letter->id, a, LetterAnswer::Answer::Signed, QDate(2027, 1, 11), QStringLiteral("Imam Yusuf"))
            .ok());
    auto answers = letters.answers(letter->id);
    REQUIRE(answers->size() == 3);
    CHECK(answers->at(0).answer == LetterAnswer::Answer::Signed);
    CHECK(answers->at(0).signedBy == QStringLiteral("Imam Yusuf"));
    CHECK(answers->at(2).answer == LetterAnswer::Answer::Asked);
    CHECK_FALSE(
        letters.answer(letter->id, QStringLiteral("not-asked"), LetterAnswer::Answer::Signed, QDate(2027, 1, 1)).ok());

    // Signing shows in the partner's history.
    auto history = InteractionLog(ws.db()).history(a);
    REQUIRE(history->size() == 1);
    CHECK(history->first().kind == InteractionKind::SignOn);

    auto status = OrganizingReports(ws.db()).signOnStatus();
    REQUIRE(status->size() == 1);
    CHECK(status->first().asked == 3);
    CHECK(status->first().signedCount == 1);
    CHECK(status->first().declined == 1);
    auto areas = OrganizingReports(ws.db()).partnersByIssueArea();
    REQUIRE(areas->size() == 1);
    CHECK(areas->first().partners == QStringList {QStringLiteral("Alpha"), QStringLiteral("Beta")});
}

TEST_CASE("partners co-sponsor events and advocacy days", "[partners]")
{
    test::TempWorkspace ws;
    OrganizationRepository partners(ws.db());
    const QString a = partners.create(partner(QStringLiteral("Alpha"), OrganizationKind::CivilRights, {}))->id;
    const QString b = partners.create(partner(QStringLiteral("Beta"), OrganizationKind::Labor, {}))->id;
    Event e;
    e.title = QStringLiteral("Town hall");
    e.startsAt = QDateTime(QDate(2027, 5, 1), QTime(18, 30));
    const QString eventId = EventRepository(ws.db()).create(e)->id;
    const QString dayId = test::createDay(ws.db(), QStringLiteral("Spring Day")).id;

    REQUIRE(partners.setCosponsors(eventId, {}, {a, b}).ok());
    REQUIRE(partners.setCosponsors({}, dayId, {b}).ok());
    CHECK(partners.cosponsors(eventId, {})->size() == 2);
    REQUIRE(partners.cosponsors({}, dayId)->size() == 1);
    CHECK(partners.cosponsors({}, dayId)->first().name == QStringLiteral("Beta"));
    REQUIRE(partners.setCosponsors(eventId, {}, {a}).ok());
    CHECK(partners.cosponsors(eventId, {})->size() == 1);
}

TEST_CASE("the demo fills partners, a letter and events with attendance, once", "[partners][demo]")
{
    test::TempWorkspace ws;
    REQUIRE(DemoData::populate(ws.db(), 200, 3).ok());
    REQUIRE(DemoOrganizing::populate(ws.db()).ok());
    const auto partners = OrganizationRepository(ws.db()).list()->size();
    CHECK(partners >= 5);
    auto attendance = OrganizingReports(ws.db()).attendancePerEvent();
    REQUIRE_FALSE(attendance->isEmpty());
    for (const auto &row : attendance.value())
        CHECK(row.checkedIn > 0);
    CHECK(OrganizingReports(ws.db()).signOnStatus()->first().signedCount > 0);
    REQUIRE(DemoOrganizing::populate(ws.db()).ok());
    CHECK(OrganizationRepository(ws.db()).list()->size() == partners);
}
