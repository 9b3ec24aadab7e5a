#include "events/eventcalendar.h"

#include "io/icalendar.h"

namespace majlis {

QByteArray EventCalendar::write(const QList<Event> &events, const QDateTime &stamp)
{
    ICalComponent calendar{QStringLiteral("VCALENDAR"), {}, {}};
    calendar.properties.append({QStringLiteral("VERSION"), {}, QStringLiteral("2.0")});
    calendar.properties.append({QStringLiteral("PRODID"), {}, QStringLiteral("-//Majlis//Events//EN")});
    calendar.properties.append({QStringLiteral("CALSCALE"), {}, QStringLiteral("GREGORIAN")});
    calendar.properties.append({QStringLiteral("METHOD"), {}, QStringLiteral("PUBLISH")});
    const QString local = QStringLiteral("yyyyMMdd'T'HHmmss");
    for (const Event &e : events) {
        ICalComponent event{QStringLiteral("VEVENT"), {}, {}};
        event.properties.append({QStringLiteral("UID"), {}, e.id + QStringLiteral("@majlis")});
        event.addUtc(QStringLiteral("DTSTAMP"), stamp);
        event.properties.append({QStringLiteral("DTSTART"), {}, e.startsAt.toString(local)});
        const QDateTime end = e.endsAt.isValid() ? e.endsAt : e.startsAt.addSecs(2 * 3600);
        event.properties.append({QStringLiteral("DTEND"), {}, end.toString(local)});
        event.addText(QStringLiteral("SUMMARY"), e.title);
        if (!e.place.isEmpty())
            event.addText(QStringLiteral("LOCATION"), e.place);
        QStringList description{eventKindName(e.kind)};
        if (!e.notes.trimmed().isEmpty())
            description << e.notes;
        event.addText(QStringLiteral("DESCRIPTION"), description.join(u'\n'));
        event.addText(QStringLiteral("CATEGORIES"), eventKindName(e.kind));
        calendar.children.append(event);
    }
    return ICalendar::write(calendar);
}

} // namespace majlis
