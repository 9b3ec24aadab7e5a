#include "events/eventcalendar.h"

#include "events/eventrepository.h"
#include "events/eventtimezone.h"
#include "io/icalendar.h"
#include "io/icaltimezone.h"
#include "storage/database.h"

#include <QMap>

namespace majlis {

namespace {

QDateTime endOf(const Event &e)
{
    return e.endsAt.isValid() ? e.endsAt : e.startsAt.addSecs(2 * 3600);
}

// The span each zone's VTIMEZONE must cover: from the earliest start to the latest end.
struct Span
{
    QTimeZone zone;
    QDateTime from;
    QDateTime to;
};

} // namespace

QByteArray EventCalendar::write(const QList<Event> &events, const ZoneOf &zoneOf, const QDateTime &stamp)
{
    ICalComponent calendar{QStringLiteral("VCALENDAR"), {}, {}};
    calendar.properties.append({QStringLiteral("VERSION"), {}, QStringLiteral("2.0")});
    calendar.properties.append({QStringLiteral("PRODID"), {}, QStringLiteral("-//Majlis//Events//EN")});
    calendar.properties.append({QStringLiteral("CALSCALE"), {}, QStringLiteral("GREGORIAN")});
    QMap<QByteArray, Span> spans;
    QList<ICalComponent> vevents;
    for (const Event &e : events) {
        const QTimeZone zone = zoneOf(e);
        const QDateTime start = timezones::placed(e.startsAt, zone);
        const QDateTime end = timezones::placed(endOf(e), zone);
        if (icaltimezone::needsDefinition(zone)) {
            auto it = spans.find(zone.id());
            if (it == spans.end())
                spans.insert(zone.id(), {zone, start, end});
            else
                *it = {zone, std::min(it->from, start), std::max(it->to, end)};
        }
        ICalComponent event{QStringLiteral("VEVENT"), {}, {}};
        event.properties.append({QStringLiteral("UID"), {}, e.id + QStringLiteral("@majlis")});
        event.addUtc(QStringLiteral("DTSTAMP"), stamp);
        event.properties.append(icaltimezone::dateTime(QStringLiteral("DTSTART"), e.startsAt, zone));
        event.properties.append(icaltimezone::dateTime(QStringLiteral("DTEND"), endOf(e), zone));
        event.addText(QStringLiteral("SUMMARY"), e.title);
        if (!e.place.isEmpty())
            event.addText(QStringLiteral("LOCATION"), e.place);
        QStringList description{eventKindName(e.kind)};
        if (!e.notes.trimmed().isEmpty())
            description << e.notes;
        event.addText(QStringLiteral("DESCRIPTION"), description.join(u'\n'));
        event.addText(QStringLiteral("CATEGORIES"), eventKindName(e.kind));
        vevents.append(event);
    }
    // RFC 5545 wants each TZID's VTIMEZONE in the calendar; readers look them up before events.
    for (const Span &span : std::as_const(spans))
        calendar.children.append(icaltimezone::component(span.zone, span.from, span.to));
    calendar.children += vevents;
    return ICalendar::write(calendar);
}

QByteArray EventCalendar::write(const QList<Event> &events, const QDateTime &stamp)
{
    return write(
        events,
        [](const Event &e) {
            const QByteArray id = e.timeZone.toUtf8();
            return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id) ? QTimeZone(id) : QTimeZone::systemTimeZone();
        },
        stamp);
}

Result<QByteArray> EventCalendar::forWorkspace(Database &database, const QDateTime &stamp)
{
    auto events = EventRepository(database).list();
    if (!events)
        return events.error();
    const QSqlDatabase db = database.connection();
    return write(events.value(), [&db](const Event &e) { return timezones::forEvent(db, e); }, stamp);
}

} // namespace majlis
