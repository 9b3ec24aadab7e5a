#include "advocacy/dayrepository.h"
#include "advocacy/legislatorfile.h"
#include "advocacy/legislatorrepository.h"
#include "advocacy/meetingrepository.h"
#include "contacts/chapter.h"
#include "contacts/contactrepository.h"
#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QMap>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

const QString kRealFile = QStringLiteral(MAJLIS_SHARED_DATA "/congress/legislators-current.csv");

QByteArray smallFile(const QByteArray &extraRows = {})
{
    // Columns deliberately in another order than the real file, with one it does not have.
    return "bioguide_id,type,state,district,full_name,first_name,last_name,address,phone,favourite_colour\n"
           "S000001,sen,WA,,Ann Senator,Ann,Senator,511 Hart Senate Office Building Washington DC "
           "20510,202-224-0001,red\n"
           "S000002,sen,WA,,Bo Senator,Bo,Senator,\"SR-479A\",202-224-0002,\n"
           "H000001,rep,WA,1,Cy Rep,Cy,Rep,2107 Rayburn House Office Building Washington DC 20515-4701,202-225-0001,\n"
        + extraRows;
}

} // namespace

TEST_CASE("office addresses give their building and room", "[advocacy][legislators]")
{
    using L = OfficeLocation;
    CHECK(parseOfficeAddress(QStringLiteral("2107 Rayburn House Office Building Washington DC 20515-0501"))
        == L {QStringLiteral("Rayburn"), QStringLiteral("2107")});
    CHECK(parseOfficeAddress(QStringLiteral("479A Russell Senate Office Building Washington DC 20510"))
        == L {QStringLiteral("Russell"), QStringLiteral("479A")});
    CHECK(parseOfficeAddress(QStringLiteral("G12 Dirksen Senate Office Building"))
        == L {QStringLiteral("Dirksen"), QStringLiteral("G12")});
    CHECK(parseOfficeAddress(QStringLiteral("Room 1119, Longworth House Office Building"))
        == L {QStringLiteral("Longworth"), QStringLiteral("1119")});
    CHECK(parseOfficeAddress(QStringLiteral("SH-511")) == L {QStringLiteral("Hart"), QStringLiteral("511")});
    CHECK(parseOfficeAddress(QStringLiteral("H-305 The Capitol"))
        == L {QStringLiteral("Capitol"), QStringLiteral("H-305")});
    CHECK(parseOfficeAddress(QStringLiteral("233 Cannon HOB")) == L {QStringLiteral("Cannon"), QStringLiteral("233")});
    CHECK_FALSE(parseOfficeAddress(QString()).isKnown());
    CHECK_FALSE(parseOfficeAddress(QStringLiteral("1600 Pennsylvania Ave")).isKnown());
}

TEST_CASE("walking times join the Senate buildings and cross the Capitol between the sides", "[advocacy][legislators]")
{
    const WalkingTimes walk {2, 10, 25, {}};
    CHECK(walk.between(QStringLiteral("Hart"), QStringLiteral("Hart")) == 2);
    CHECK(walk.between(QStringLiteral("Hart"), QStringLiteral("Russell")) == 10);
    CHECK(walk.between(QStringLiteral("Cannon"), QStringLiteral("Rayburn")) == 10);
    CHECK(walk.between(QStringLiteral("Rayburn"), QStringLiteral("Dirksen")) == 25);
    CHECK(walk.between(QStringLiteral("Capitol"), QStringLiteral("Dirksen")) == 10);
    CHECK(walk.between(QString(), QStringLiteral("Dirksen")) == 25); // unknown: the longest walk
}

TEST_CASE("the legislators file is read by its header names", "[advocacy][legislators]")
{
    auto parsed = LegislatorFile::parse(smallFile());
    REQUIRE(parsed.ok());
    REQUIRE(parsed->legislators.size() == 3);
    const Legislator &bo = parsed->legislators.at(1);
    CHECK(bo.sourceId == QStringLiteral("S000002"));
    CHECK(bo.chamber == Chamber::Senate);
    CHECK(bo.office == OfficeLocation {QStringLiteral("Russell"), QStringLiteral("479A")});
    const Legislator &cy = parsed->legislators.at(2);
    CHECK(cy.chamber == Chamber::House);
    CHECK(cy.district == QStringLiteral("1"));
    CHECK(cy.title() == QStringLiteral("Rep. Cy Rep (WA-1)"));

    SECTION("bad rows are skipped with a warning naming the line")
    {
        auto withBad = LegislatorFile::parse(smallFile("X1,governor,WA,,,,,,,\nH000002,rep,WA,2,Di Rep,,,,,\n"));
        REQUIRE(withBad.ok());
        CHECK(withBad->legislators.size() == 4);
        REQUIRE(withBad->warnings.size() == 2);
        CHECK(withBad->warnings.at(0).contains(QStringLiteral("Line 5")));
        CHECK(withBad->warnings.at(1).contains(QStringLiteral("Di Rep"))); // no building in the address
    }
    SECTION("a file that is not the legislators file is refused")
    {
        auto wrong = LegislatorFile::parse("name,email\nAmina,amina@example.org\n");
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().message.contains(QStringLiteral("bioguide_id")));
        CHECK_FALSE(LegislatorFile::parse("bioguide_id,type,state\n\"S1,sen,WA\n").ok()); // unterminated quote
    }
}

TEST_CASE("the real congress-legislators file imports every member with an office", "[advocacy][legislators][shared]")
{
    if (!QFile::exists(kRealFile))
        return; // ../shared/data is not beside this checkout
    auto parsed = LegislatorFile::read(kRealFile);
    REQUIRE(parsed.ok());

    QMap<QString, int> senatorsPerState;
    int house = 0;
    int withoutAddress = 0;
    for (const Legislator &l : parsed->legislators) {
        if (l.chamber == Chamber::Senate)
            ++senatorsPerState[l.state];
        else
            ++house;
        if (l.address.isEmpty()) {
            ++withoutAddress;
            continue;
        }
        INFO(l.address.toStdString());
        CHECK(l.office.isKnown());
        CHECK_FALSE(l.office.room.isEmpty());
    }
    CHECK(senatorsPerState.size() == 50);
    for (auto it = senatorsPerState.cbegin(); it != senatorsPerState.cend(); ++it)
        CHECK(it.value() == 2);
    // Every row of the file is either a senator or a House member.
    QFile file(kRealFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const int rows = int(file.readAll().count('\n')) - 1;
    CHECK(house == rows - 100);
    CHECK(parsed->warnings.size() == withoutAddress);

    test::TempWorkspace ws;
    auto summary = LegislatorRepository(ws.db()).importCurrent(parsed->legislators);
    REQUIRE(summary.ok());
    CHECK(summary->added == parsed->legislators.size());
    auto again = LegislatorRepository(ws.db()).importCurrent(parsed->legislators);
    REQUIRE(again.ok());
    CHECK(again->added == 0);
    CHECK(again->unchanged == parsed->legislators.size());
}

TEST_CASE("re-importing updates members in place, marks departures and keeps meetings", "[advocacy][legislators]")
{
    test::TempWorkspace ws;
    LegislatorRepository legislators(ws.db());
    REQUIRE(legislators.importCurrent(LegislatorFile::parse(smallFile())->legislators).ok());
    const QString cyId = legislators.findByBioguide(QStringLiteral("H000001"))->id;

    // A meeting planned with Cy.
    const QString contactId = test::addConstituent(ws.db(), QStringLiteral("Amina"), {}, QStringLiteral("WA"), 1);
    const AdvocacyDay day = test::createDay(ws.db(), QStringLiteral("Spring day"));
    REQUIRE(DayRepository(ws.db()).addAttendees(day.id, {contactId}, AttendeeRole::Constituent).ok());
    const QString attendeeId = DayRepository(ws.db()).attendees(day.id)->first().id;
    Meeting meeting;
    meeting.legislatorId = cyId;
    meeting.start = 600;
    meeting.end = 630;
    meeting.pinned = true;
    meeting.attendeeIds = {attendeeId};
    auto saved = MeetingRepository(ws.db()).replaceSchedule(day.id, {meeting});
    INFO((saved.ok() ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());

    // The newer file: Cy moved rooms, Bo left, Di arrived.
    QByteArray newer = smallFile("H000002,rep,WA,2,Di Rep,Di,Rep,1 Cannon House Office Building,,\n");
    newer.replace("2107 Rayburn", "1 Longworth");
    newer.replace("S000002,sen,WA,,Bo Senator,Bo,Senator,\"SR-479A\",202-224-0002,\n", "");
    auto summary = legislators.importCurrent(LegislatorFile::parse(newer)->legislators);
    REQUIRE(summary.ok());
    CHECK(summary->added == 1);
    CHECK(summary->updated == 1);
    CHECK(summary->unchanged == 1);
    CHECK(summary->departed == 1);

    auto cy = legislators.findByBioguide(QStringLiteral("H000001"));
    CHECK(cy->id == cyId);
    CHECK(cy->office == OfficeLocation {QStringLiteral("Longworth"), QStringLiteral("1")});
    CHECK_FALSE(legislators.findByBioguide(QStringLiteral("S000002"))->inOffice);
    CHECK(legislators.list()->size() == 3);
    CHECK(legislators.list(true)->size() == 4);

    // The new tables log their changes for sync, like the first migration's.
    QSqlQuery log(ws.db().connection());
    REQUIRE(log.exec(QStringLiteral("SELECT op, count(*) FROM change_log WHERE table_name = 'legislators' "
                                    "GROUP BY op ORDER BY op")));
    QStringList ops;
    while (log.next())
        ops << log.value(0).toString() + u'=' + log.value(1).toString();
    CHECK(ops == QStringList {QStringLiteral("insert=4"), QStringLiteral("update=2")});

    auto meetings = MeetingRepository(ws.db()).meetings(day.id);
    REQUIRE(meetings->size() == 1);
    CHECK(meetings->first().legislatorId == cyId);
    CHECK(meetings->first().attendeeIds == QStringList {attendeeId});
}

TEST_CASE("a building put in by hand survives an import whose address has none", "[advocacy][legislators]")
{
    test::TempWorkspace ws;
    LegislatorRepository legislators(ws.db());
    const QByteArray file = smallFile("H000002,rep,WA,2,Di Rep,Di,Rep,,,\n");
    REQUIRE(legislators.importCurrent(LegislatorFile::parse(file)->legislators).ok());
    auto di = legislators.findByBioguide(QStringLiteral("H000002"));
    REQUIRE(legislators.setOffice(di->id, {QStringLiteral("Cannon"), QStringLiteral("123")}).ok());
    REQUIRE(legislators.importCurrent(LegislatorFile::parse(file)->legislators).ok());
    CHECK(legislators.findByBioguide(QStringLiteral("H000002"))->office
        == OfficeLocation {QStringLiteral("Cannon"), QStringLiteral("123")});
}
