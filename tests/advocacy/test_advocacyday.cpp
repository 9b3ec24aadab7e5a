#include "advocacy/dayexport.h"
#include "advocacy/dayplanner.h"
#include "advocacy/dayrepository.h"
#include "advocacy/daysummary.h"
#include "advocacy/itinerary.h"
#include "advocacy/legislatorfile.h"
#include "advocacy/legislatorrepository.h"
#include "advocacy/meetingrepository.h"
#include "contacts/chapter.h"
#include "contacts/contactrepository.h"
#include "io/csv.h"
#include "io/icalendar.h"
#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

// A workspace with WA's members, three attendees and a day with two asks.
struct PlannedDay
{
    test::TempWorkspace ws;
    AdvocacyDay day;
    QStringList attendeeIds;

    PlannedDay()
    {
        test::importLegislators(ws.db());
        const QStringList contactIds {
            test::addConstituent(ws.db(), QStringLiteral("Amina"), QStringLiteral("Rahman"), QStringLiteral("WA"), 1),
            test::addConstituent(ws.db(), QStringLiteral("Bilal"), QStringLiteral("Chaudhry"), QStringLiteral("WA"), 1),
            test::addConstituent(
                ws.db(), QStringLiteral("Chen,"), QStringLiteral("\"CJ\" Li"), QStringLiteral("WA"), 2)};
        day.title = QStringLiteral("Spring Advocacy Day");
        day.date = QDate(2027, 3, 4);
        day.theme = QStringLiteral("Civil rights");
        day.asks = {
            {{}, QStringLiteral("H.R. 1234"), QStringLiteral("No Ban Act"), QStringLiteral("Repeal the ban;\nsay why")},
            {{}, QStringLiteral("S. 99"), QStringLiteral("Voting Rights"), {}}};
        auto created = DayRepository(ws.db()).create(day);
        REQUIRE(created.ok());
        day = created.value();
        REQUIRE(DayRepository(ws.db()).addAttendees(day.id, contactIds, AttendeeRole::Constituent).value() == 3);
        for (const Attendee &a : DayRepository(ws.db()).attendees(day.id).value())
            attendeeIds << a.id;
    }

    DaySnapshot snapshot() { return DayPlanner(ws.db()).snapshot(day.id).value(); }
};

} // namespace

TEST_CASE("an advocacy day saves its details, asks and attendees", "[advocacy][day]")
{
    PlannedDay planned;
    DayRepository days(planned.ws.db());
    auto loaded = days.get(planned.day.id);
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == planned.day);
    CHECK(loaded->asks.size() == 2);

    SECTION("editing the asks keeps their ids and drops the removed one")
    {
        AdvocacyDay edited = loaded.value();
        edited.asks.removeLast();
        edited.asks.first().title = QStringLiteral("No Ban Act (2027)");
        edited.asks.append({{}, QStringLiteral("H.Res. 5"), QStringLiteral("Condemn bigotry"), {}});
        REQUIRE(days.update(edited).ok());
        auto again = days.get(edited.id);
        REQUIRE(again->asks.size() == 2);
        CHECK(again->asks.at(0).id == loaded->asks.at(0).id);
        CHECK(again->asks.at(0).title == QStringLiteral("No Ban Act (2027)"));
        CHECK(again->asks.at(1).bill == QStringLiteral("H.Res. 5"));
    }
    SECTION("an invalid day is refused with every reason")
    {
        AdvocacyDay bad = loaded.value();
        bad.title.clear();
        bad.windowEnd = bad.windowStart;
        auto refused = days.update(bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("title")));
        CHECK(refused.error().message.contains(QStringLiteral("window")));
        CHECK(days.get(bad.id)->title == planned.day.title);
    }
    SECTION("attendees carry their contact's state and district, and registering twice adds nobody")
    {
        auto attendees = days.attendees(planned.day.id);
        REQUIRE(attendees->size() == 3);
        // In family-name order, where a quote sorts first: "CJ" Li, Chaudhry, Rahman.
        CHECK(attendees->at(0).name == QStringLiteral("Chen, \"CJ\" Li"));
        CHECK(attendees->at(1).name == QStringLiteral("Bilal Chaudhry"));
        CHECK(attendees->at(2).name == QStringLiteral("Amina Rahman"));
        CHECK(attendees->at(2).state == QStringLiteral("WA"));
        CHECK(attendees->at(2).districts.value(Chamber::House) == QStringLiteral("1"));
        QStringList contactIds;
        for (const Attendee &a : attendees.value())
            contactIds << a.contactId;
        CHECK(days.addAttendees(planned.day.id, contactIds, AttendeeRole::TeamLead).value() == 0);
        REQUIRE(days.setRole(planned.attendeeIds.at(1), AttendeeRole::TeamLead).ok());
        CHECK(days.attendees(planned.day.id)->at(1).role == AttendeeRole::TeamLead);
    }
    SECTION("a contact who came to an earlier day counts as experienced")
    {
        AdvocacyDay later = planned.day;
        later.asks.clear();
        later.date = QDate(2028, 3, 2);
        later.title = QStringLiteral("Next year");
        auto next = days.create(later);
        const Attendee first = days.attendees(planned.day.id)->first();
        REQUIRE(days.addAttendees(next->id, {first.contactId}, AttendeeRole::Constituent).ok());
        CHECK(days.attendees(next->id)->first().earlierDays == 1);
        CHECK(days.attendees(planned.day.id)->first().earlierDays == 0);
        CHECK(days.find(next->id.left(8))->title == QStringLiteral("Next year"));
        CHECK(days.find(QStringLiteral("next YEAR"))->id == next->id);
        CHECK(days.list()->first().id == next->id);
    }
}

TEST_CASE("scheduling a saved day keeps pinned meetings and replaces the rest", "[advocacy][day]")
{
    PlannedDay planned;
    DayPlanner planner(planned.ws.db());
    auto first = planner.schedule(planned.day.id);
    REQUIRE(first.ok());
    CHECK(first->requests == 9);
    CHECK(first->fullyScheduled == 3);
    auto meetings = MeetingRepository(planned.ws.db()).meetings(planned.day.id).value();
    REQUIRE(meetings.size() == 4); // two senators for all three, H1 for two, H2 for one

    // The organizer drags one meeting to 16:00, which pins it.
    const Meeting moved = meetings.first();
    REQUIRE(MeetingRepository(planned.ws.db()).move(moved.id, 16 * 60, 16 * 60 + 30).ok());
    auto second = planner.schedule(planned.day.id);
    REQUIRE(second.ok());
    auto after = MeetingRepository(planned.ws.db()).meetings(planned.day.id).value();
    REQUIRE(after.size() == 4);
    int found = 0;
    for (const Meeting &m : after) {
        if (m.id == moved.id) {
            ++found;
            CHECK(m.start == 16 * 60);
            CHECK(m.pinned);
            CHECK(m.attendeeIds == moved.attendeeIds);
        }
    }
    CHECK(found == 1);

    SECTION("a failed save leaves the old schedule")
    {
        QSqlQuery(planned.ws.db().connection())
            .exec(
                QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON meetings BEGIN SELECT RAISE(ABORT, 'no'); END"));
        CHECK_FALSE(planner.schedule(planned.day.id).ok());
        CHECK(MeetingRepository(planned.ws.db()).meetings(planned.day.id).value() == after);
    }
}

TEST_CASE("report-back records outcomes and follow-ups, and the dashboard adds them up", "[advocacy][day]")
{
    PlannedDay planned;
    REQUIRE(DayPlanner(planned.ws.db()).schedule(planned.day.id).ok());
    MeetingRepository repository(planned.ws.db());
    QList<Meeting> meetings = repository.meetings(planned.day.id).value();
    const QString noBan = planned.day.asks.at(0).id;
    const QString voting = planned.day.asks.at(1).id;

    Meeting held = meetings.at(0);
    held.status = Meeting::Status::Held;
    held.metWith = QStringLiteral("Legislative director");
    held.metRole = Meeting::MetRole::Staffer;
    held.outcomes = {{noBan, Outcome::Supportive}, {voting, Outcome::Undecided}};
    held.followUps = {{{}, QStringLiteral("Send the one-pager"), QDate(2027, 3, 11), false},
        {{}, QStringLiteral("Thank-you note"), {}, false}};
    REQUIRE(repository.saveReport(held).ok());
    Meeting second = meetings.at(1);
    second.status = Meeting::Status::Held;
    second.outcomes = {{noBan, Outcome::Opposed}};
    REQUIRE(repository.saveReport(second).ok());
    Meeting cancelled = meetings.at(2);
    cancelled.status = Meeting::Status::Cancelled;
    REQUIRE(repository.saveReport(cancelled).ok());

    auto reloaded = repository.get(held.id);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->metWith == held.metWith);
    CHECK(reloaded->metRole == Meeting::MetRole::Staffer);
    CHECK(reloaded->outcomes == held.outcomes);
    REQUIRE(reloaded->followUps.size() == 2);
    CHECK(reloaded->isFixed());

    DaySummary summary = DaySummary::of(planned.snapshot());
    CHECK(summary.scheduled == 3);
    CHECK(summary.held == 2);
    CHECK(summary.cancelled == 1);
    CHECK(summary.asks.at(0).outcomes[size_t(Outcome::Supportive)] == 1);
    CHECK(summary.asks.at(0).outcomes[size_t(Outcome::Opposed)] == 1);
    CHECK(summary.asks.at(1).outcomes[size_t(Outcome::Undecided)] == 1);
    CHECK(summary.asks.at(1).unreported == 1);
    REQUIRE(summary.openFollowUps.size() == 2);
    CHECK(summary.openFollowUps.first().followUp.description == QStringLiteral("Send the one-pager"));

    // Ticking a follow-up off; editing the report keeps the follow-up's id.
    REQUIRE(repository.setFollowUpDone(reloaded->followUps.first().id, true).ok());
    CHECK(DaySummary::of(planned.snapshot()).openFollowUps.size() == 1);
    Meeting edited = repository.get(held.id).value();
    edited.followUps.removeLast();
    edited.outcomes.remove(voting);
    REQUIRE(repository.saveReport(edited).ok());
    auto final = repository.get(held.id);
    REQUIRE(final->followUps.size() == 1);
    CHECK(final->followUps.first().id == reloaded->followUps.first().id);
    CHECK(final->outcomes.size() == 1);

    // Reported meetings survive another run of the scheduler.
    REQUIRE(DayPlanner(planned.ws.db()).schedule(planned.day.id).ok());
    CHECK(repository.get(held.id)->status == Meeting::Status::Held);
}

TEST_CASE("the day's iCalendar files parse back with every meeting", "[advocacy][export]")
{
    PlannedDay planned;
    REQUIRE(DayPlanner(planned.ws.db()).schedule(planned.day.id).ok());
    const DaySnapshot s = planned.snapshot();
    const QDateTime stamp(QDate(2027, 2, 1), QTime(12, 0), QTimeZone::utc());

    auto parsed = ICalendar::parse(DayExport::calendar(s, {}, stamp));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->size() == 1);
    const ICalComponent &calendar = parsed->first();
    CHECK(calendar.name == QStringLiteral("VCALENDAR"));
    CHECK(calendar.text(QStringLiteral("VERSION")) == QStringLiteral("2.0"));
    REQUIRE(calendar.children.size() == s.meetings.size());
    for (const ICalComponent &event : calendar.children) {
        CHECK(event.name == QStringLiteral("VEVENT"));
        CHECK(event.text(QStringLiteral("UID")).endsWith(QStringLiteral("@majlis")));
        CHECK(ICalendar::parseDateTime(*event.property(QStringLiteral("DTSTAMP"))) == stamp);
        const QDateTime start = ICalendar::parseDateTime(*event.property(QStringLiteral("DTSTART")));
        // 09:00 or later in Washington is 14:00 UTC or later in March before daylight saving.
        CHECK(start.toTimeZone(QTimeZone("America/New_York")).date() == QDate(2027, 3, 4));
        CHECK(start.toTimeZone(QTimeZone("America/New_York")).time() >= QTime(9, 0));
        CHECK(start.toUTC().time() >= QTime(14, 0));
        CHECK(event.text(QStringLiteral("SUMMARY")).startsWith(QStringLiteral("Meeting with ")));
        CHECK(event.text(QStringLiteral("DESCRIPTION")).contains(QStringLiteral("H.R. 1234 No Ban Act")));
    }

    SECTION("one attendee's file holds only their meetings, the text unescaped as written")
    {
        Attendee who;
        for (const Attendee &a : s.attendees)
            if (a.name.startsWith(QStringLiteral("Chen")))
                who = a;
        auto mine = ICalendar::parse(DayExport::calendar(s, who.id, stamp));
        REQUIRE(mine.ok());
        CHECK(mine->first().children.size() == s.meetingsOf(who.id).size());
        bool named = false;
        for (const ICalComponent &event : mine->first().children)
            named = named || event.text(QStringLiteral("DESCRIPTION")).contains(who.name);
        CHECK(named); // the name has a comma and quotes, which had to be escaped
    }
}

TEST_CASE("iCalendar lines fold at 75 octets and unfold to what was written", "[export][ical]")
{
    ICalComponent calendar {QStringLiteral("VCALENDAR"), {}, {}};
    const QString text
        = QStringLiteral("لقاء مع مكتب السيناتور؛ \"quotes\", commas; semicolons\\ and\nnew lines ").repeated(4);
    calendar.addText(QStringLiteral("DESCRIPTION"), text);
    const QByteArray written = ICalendar::write(calendar);
    for (const QByteArray &line : written.split('\n')) {
        CHECK(line.size() <= 76); // 75 octets and the CR
        CHECK(QString::fromUtf8(line).toUtf8() == line); // no UTF-8 sequence was cut
    }
    auto parsed = ICalendar::parse(written);
    REQUIRE(parsed.ok());
    CHECK(parsed->first().text(QStringLiteral("DESCRIPTION")) == text);

    CHECK_FALSE(ICalendar::parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n").ok());
    CHECK_FALSE(ICalendar::parse("BEGIN:VCALENDAR\r\nno colon here\r\nEND:VCALENDAR\r\n").ok());
    CHECK_FALSE(ICalendar::parse("BEGIN:VCALENDAR\r\n").ok());
}

TEST_CASE("the schedule exports as CSV that spreadsheets open safely", "[advocacy][export]")
{
    PlannedDay planned;
    REQUIRE(DayPlanner(planned.ws.db()).schedule(planned.day.id).ok());
    const DaySnapshot s = planned.snapshot();
    auto table = CsvTable::parse(DayExport::scheduleCsv(s));
    REQUIRE(table.ok());
    CHECK(table->rowCount() == s.meetings.size());
    CHECK(table->header().contains(QStringLiteral("Building")));
    bool sawChen = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        CHECK_FALSE(table->value(row, QStringLiteral("Office")).isEmpty());
        CHECK(QStringList {
            QStringLiteral("Hart"), QStringLiteral("Russell"), QStringLiteral("Rayburn"), QStringLiteral("Cannon")}
                  .contains(table->value(row, QStringLiteral("Building"))));
        sawChen = sawChen || table->value(row, QStringLiteral("Team")).contains(QStringLiteral("Chen, \"CJ\" Li"));
    }
    CHECK(sawChen);
    CHECK(CsvWriter::escape(QStringLiteral("=HYPERLINK(\"x\")")) == QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    CHECK(CsvWriter::escape(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
}

TEST_CASE("itineraries list each stop with building, room, team and the asks", "[advocacy][export]")
{
    PlannedDay planned;
    REQUIRE(DayPlanner(planned.ws.db()).schedule(planned.day.id).ok());
    const DaySnapshot s = planned.snapshot();
    const Attendee amina = s.attendees.last();
    REQUIRE(amina.name == QStringLiteral("Amina Rahman"));
    const Itinerary itinerary = Itineraries::forAttendee(s, amina.id);
    CHECK(itinerary.heading == QStringLiteral("Amina Rahman"));
    REQUIRE(itinerary.stops.size() == 3);
    for (int i = 1; i < itinerary.stops.size(); ++i)
        CHECK(itinerary.stops.at(i - 1).end <= itinerary.stops.at(i).start);
    QStringList buildings;
    for (const ItineraryStop &stop : itinerary.stops) {
        buildings << stop.building;
        CHECK(stop.team.contains(amina.name));
        CHECK(stop.team.first() == stop.lead);
    }
    buildings.sort();
    CHECK(buildings == QStringList {QStringLiteral("Hart"), QStringLiteral("Rayburn"), QStringLiteral("Russell")});
    const QString html = Itineraries::html({itinerary});
    CHECK(html.contains(QStringLiteral("2107")));
    CHECK(html.contains(QStringLiteral("No Ban Act")));
    CHECK(Itineraries::forEveryTeam(s).size() == s.meetings.size());
    CHECK(DayExport::fileName(s, QStringLiteral("A/B: C"), QStringLiteral("ics"))
        == QStringLiteral("2027-03-04 A_B_ C.ics"));
}

TEST_CASE("itineraries isolate phones, rooms, times and bills: <bdi> for browsers, isolates for print", "[advocacy][export][bidi]")
{
    PlannedDay planned;
    REQUIRE(DayPlanner(planned.ws.db()).schedule(planned.day.id).ok());
    const DaySnapshot s = planned.snapshot();
    const Itinerary itinerary = Itineraries::forAttendee(s, s.attendees.last().id);
    REQUIRE_FALSE(itinerary.stops.isEmpty());
    const QString lri = QString(QChar(0x2066)), fsi = QString(QChar(0x2068)), pdi = QString(QChar(0x2069));

    // Qt's rich text (preview, print, PDF) does not know <bdi>, so it is given the characters.
    const QString rich = Itineraries::html({itinerary}, true);
    CHECK_FALSE(rich.contains(QStringLiteral("<bdi")));
    CHECK(rich.contains(lri + QStringLiteral("202-225-0001") + pdi));
    CHECK(rich.contains(lri + QStringLiteral("2107") + pdi));
    CHECK(rich.contains(lri + QStringLiteral("H.R. 1234") + pdi));
    CHECK(rich.contains(fsi + QStringLiteral("Amina Rahman") + pdi));
    const ItineraryStop &first = itinerary.stops.first();
    CHECK(rich.contains(lri + formatMinutes(first.start) + QStringLiteral("–") + formatMinutes(first.end) + pdi));

    // A browser is given <bdi>, left to right for the numbers, and no stray control characters.
    const QString browser = Itineraries::html({itinerary}, true, Itineraries::Markup::Browser);
    CHECK(browser.contains(QStringLiteral("<bdi dir=\"ltr\">202-225-0001</bdi>")));
    CHECK(browser.contains(QStringLiteral("<bdi dir=\"ltr\">2107</bdi>")));
    CHECK(browser.contains(QStringLiteral("<bdi dir=\"ltr\">H.R. 1234</bdi>")));
    CHECK(browser.contains(QStringLiteral("<bdi>Amina Rahman</bdi>")));
    CHECK_FALSE(browser.contains(lri + QStringLiteral("2107"))); // <bdi> instead, not both
    // The office's name and seat stay apart inside it: "(WA-1)" keeps its parentheses in Arabic.
    CHECK(browser.contains(fsi + QStringLiteral("Cy Rep") + pdi + QStringLiteral(" (") + lri + QStringLiteral("WA-1") + pdi + u')'));

    // What other programs read stays clean: the calendar and the spreadsheet carry no isolates.
    for (const QString &file : {QString::fromUtf8(DayExport::calendar(s)), QString::fromUtf8(DayExport::scheduleCsv(s))}) {
        CHECK_FALSE(file.contains(lri));
        CHECK_FALSE(file.contains(fsi));
        CHECK_FALSE(file.contains(pdi));
    }
}
