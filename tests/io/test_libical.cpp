// Every kind of .ics Majlis writes, read by libical as calendar programs read it: parsed, put
// through its iTIP restriction check, and searched for the X-LIC-ERROR properties libical adds
// where something is wrong. Times are resolved through the file's own VTIMEZONE definitions.
#include "advocacy/dayexport.h"
#include "advocacy/dayplanner.h"
#include "advocacy/dayrepository.h"
#include "contacts/chapter.h"
#include "events/eventcalendar.h"
#include "events/eventrepository.h"
#include "support/advocacyfixture.h"
#include "support/tempworkspace.h"

#include <libical/ical.h>

#include <catch2/catch.hpp>

#include <memory>

using namespace majlis;

namespace {

using Calendar = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

Calendar parse(const QByteArray &ics)
{
    return {icalparser_parse_string(ics.constData()), &icalcomponent_free};
}

void collectErrors(icalcomponent *component, QStringList &errors)
{
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY))
        errors << QString::fromUtf8(icalproperty_get_xlicerror(p));
    for (icalcomponent *child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
        collectErrors(child, errors);
}

// What libical finds wrong with a file: nothing for a clean one.
QStringList libicalErrors(const QByteArray &ics)
{
    Calendar calendar = parse(ics);
    if (!calendar)
        return {QStringLiteral("libical could not parse the file")};
    QStringList errors;
    if (icalrestriction_check(calendar.get()) == 0)
        errors << QStringLiteral("icalrestriction_check failed");
    collectErrors(calendar.get(), errors);
    return errors;
}

// The instant each VEVENT starts (by SUMMARY), as libical computes it from the file's VTIMEZONE.
QMap<QString, QDateTime> startsInUtc(const QByteArray &ics)
{
    QMap<QString, QDateTime> starts;
    Calendar calendar = parse(ics);
    REQUIRE(calendar);
    for (icalcomponent *event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
        icalproperty *dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
        REQUIRE(dtstart);
        icalparameter *tzid = icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER);
        icaltimezone *zone = icaltimezone_get_utc_timezone();
        if (tzid) {
            // The definition in this file, not one libical might know by itself.
            zone = icalcomponent_get_timezone(calendar.get(), icalparameter_get_tzid(tzid));
            REQUIRE(zone);
        }
        const time_t utc = icaltime_as_timet_with_zone(icalproperty_get_dtstart(dtstart), zone);
        starts.insert(QString::fromUtf8(icalcomponent_get_summary(event)),
                      QDateTime::fromSecsSinceEpoch(qint64(utc), QTimeZone::utc()));
    }
    return starts;
}

Event event(const QString &title, QDate date, QTime time, const QString &zone, const QString &chapterId = {})
{
    Event e;
    e.title = title;
    e.startsAt = QDateTime(date, time);
    e.endsAt = e.startsAt.addSecs(2 * 3600);
    e.timeZone = zone;
    e.chapterId = chapterId;
    return e;
}

} // namespace

TEST_CASE("libical's check finds the error in a published calendar without an organizer", "[ical][libical]")
{
    // What Majlis wrote before: METHOD:PUBLISH makes it an iTIP message, which needs an ORGANIZER.
    const QByteArray before = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Majlis//Events//EN\r\nMETHOD:PUBLISH\r\n"
                              "BEGIN:VEVENT\r\nUID:1@majlis\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:20270320T190000\r\n"
                              "SUMMARY:Iftar\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const QStringList errors = libicalErrors(before);
    CHECK(errors.join(u' ').contains(QStringLiteral("ORGANIZER")));
}

TEST_CASE("every .ics Majlis writes passes libical's checks, and its times land on the right instant across DST",
          "[ical][libical][export]")
{
    test::TempWorkspace ws;
    auto manchester = ChapterRepository(ws.db()).create(
        {{}, QStringLiteral("Manchester"), QStringLiteral("Manchester"), {}, QStringLiteral("GB"), QStringLiteral("Europe/London")});
    REQUIRE(manchester.ok());
    EventRepository events(ws.db());
    // Britain moves its clocks on 29 March 2026, the United States on 8 March 2026.
    for (const Event &e : {event(QStringLiteral("London before"), QDate(2026, 3, 28), QTime(18, 30), {}, manchester->id),
                           event(QStringLiteral("London after"), QDate(2026, 4, 4), QTime(18, 30), QStringLiteral("Europe/London")),
                           event(QStringLiteral("New York before"), QDate(2026, 3, 7), QTime(19, 0), QStringLiteral("America/New_York")),
                           event(QStringLiteral("New York after"), QDate(2026, 3, 14), QTime(19, 0), QStringLiteral("America/New_York")),
                           event(QStringLiteral("No zone"), QDate(2026, 5, 1), QTime(10, 0), {})})
        REQUIRE(events.create(e).ok());

    auto calendar = EventCalendar::forWorkspace(ws.db());
    REQUIRE(calendar.ok());
    INFO(calendar->toStdString());
    CHECK(libicalErrors(calendar.value()) == QStringList());
    CHECK_FALSE(calendar->contains("METHOD:"));
    CHECK(calendar->contains("TZID:Europe/London"));
    CHECK(calendar->contains("TZID:America/New_York"));

    const QMap<QString, QDateTime> starts = startsInUtc(calendar.value());
    const auto utc = [](int month, int day, int hour, int minute) {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
    };
    CHECK(starts.value(QStringLiteral("London before")) == utc(3, 28, 18, 30)); // GMT, from the chapter
    CHECK(starts.value(QStringLiteral("London after")) == utc(4, 4, 17, 30));   // BST
    CHECK(starts.value(QStringLiteral("New York before")) == utc(3, 8, 0, 0));  // EST, -5
    CHECK(starts.value(QStringLiteral("New York after")) == utc(3, 14, 23, 0)); // EDT, -4

    SECTION("the advocacy day's calendars, whole and per attendee")
    {
        test::importLegislators(ws.db());
        const QString contact
            = test::addConstituent(ws.db(), QStringLiteral("Amina"), QStringLiteral("Rahman"), QStringLiteral("WA"), 1);
        const AdvocacyDay day = test::createDay(ws.db(), QStringLiteral("Spring Advocacy Day"),
                                                {{QStringLiteral("H.R. 1234"), QStringLiteral("No Ban Act")}});
        REQUIRE(DayRepository(ws.db()).addAttendees(day.id, {contact}, AttendeeRole::Constituent).ok());
        REQUIRE(DayPlanner(ws.db()).schedule(day.id).ok());
        const DaySnapshot s = DayPlanner(ws.db()).snapshot(day.id).value();
        REQUIRE_FALSE(s.meetings.isEmpty());
        const QByteArray whole = DayExport::calendar(s);
        CHECK(libicalErrors(whole) == QStringList());
        CHECK(libicalErrors(DayExport::calendar(s, s.attendees.first().id)) == QStringList());
        // Meetings on 4 March 2027 at the Capitol: 09:00 or later New York time is 14:00 UTC or later.
        for (const QDateTime &start : startsInUtc(whole))
            CHECK(start >= QDateTime(QDate(2027, 3, 4), QTime(14, 0), QTimeZone::utc()));
    }
}
