#include "advocacy/dayexport.h"

#include "advocacy/itinerary.h"
#include "io/csv.h"
#include "io/icalendar.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace majlis {

namespace {

QDateTime at(const AdvocacyDay &day, int minutes)
{
    const QTimeZone zone(day.timeZone.toUtf8());
    return QDateTime(day.date, QTime(0, 0).addSecs(minutes * 60), zone.isValid() ? zone : QTimeZone::utc());
}

} // namespace

QByteArray DayExport::calendar(const DaySnapshot &s, const QString &attendeeId, const QDateTime &stamp)
{
    ICalComponent calendar {QStringLiteral("VCALENDAR"), {}, {}};
    calendar.properties.append({QStringLiteral("VERSION"), {}, QStringLiteral("2.0")});
    calendar.properties.append({QStringLiteral("PRODID"), {}, QStringLiteral("-//Majlis//Advocacy day//EN")});
    calendar.properties.append({QStringLiteral("CALSCALE"), {}, QStringLiteral("GREGORIAN")});
    calendar.addText(QStringLiteral("X-WR-CALNAME"), s.day.title);

    QStringList asks;
    for (const Ask &ask : s.day.asks)
        asks.append(QStringLiteral("• %1 %2").arg(ask.bill, ask.title).trimmed());

    for (const Meeting &m : s.meetings) {
        if (m.status == Meeting::Status::Cancelled || (!attendeeId.isEmpty() && !m.attendeeIds.contains(attendeeId)))
            continue;
        const Itinerary team = Itineraries::forMeeting(s, m.id);
        const ItineraryStop &stop = team.stops.first();
        ICalComponent event {QStringLiteral("VEVENT"), {}, {}};
        event.properties.append({QStringLiteral("UID"), {}, m.id + QStringLiteral("@majlis")});
        event.addUtc(QStringLiteral("DTSTAMP"), stamp);
        event.addUtc(QStringLiteral("DTSTART"), at(s.day, m.start));
        event.addUtc(QStringLiteral("DTEND"), at(s.day, m.end));
        event.addText(QStringLiteral("SUMMARY"), tr("Meeting with %1").arg(stop.office));
        const QString where = stop.room.isEmpty() ? stop.building : tr("%1, room %2").arg(stop.building, stop.room);
        const Legislator *l = s.legislator(m.legislatorId);
        event.addText(QStringLiteral("LOCATION"), l && !l->address.isEmpty() ? l->address : where);
        QStringList description {tr("Where: %1").arg(where), tr("Team: %1").arg(stop.team.join(QStringLiteral(", "))),
            tr("Lead: %1").arg(stop.lead)};
        if (!asks.isEmpty())
            description << tr("The asks:") << asks;
        event.addText(QStringLiteral("DESCRIPTION"), description.join(u'\n'));
        calendar.children.append(event);
    }
    return ICalendar::write(calendar);
}

QByteArray DayExport::scheduleCsv(const DaySnapshot &s)
{
    CsvWriter csv;
    csv.addRow({tr("Start"), tr("End"), tr("Office"), tr("Chamber"), tr("Seat"), tr("Building"), tr("Room"), tr("Lead"),
        tr("Team"), tr("Status"), tr("Pinned")});
    for (const Meeting &m : s.meetings) {
        const Itinerary team = Itineraries::forMeeting(s, m.id);
        const ItineraryStop &stop = team.stops.first();
        const Legislator *l = s.legislator(m.legislatorId);
        const QString status = m.status == Meeting::Status::Held ? tr("Held")
            : m.status == Meeting::Status::Cancelled             ? tr("Cancelled")
                                                                 : tr("Planned");
        csv.addRow({formatMinutes(m.start), formatMinutes(m.end), stop.office,
            l ? (l->chamber == Chamber::Senate ? tr("Senate") : tr("House")) : QString(), l ? l->seat() : QString(),
            stop.building, stop.room, stop.lead, stop.team.join(QStringLiteral("; ")), status,
            m.pinned ? tr("Yes") : tr("No")});
    }
    return csv.data();
}

QString DayExport::fileName(const DaySnapshot &s, const QString &who, const QString &suffix)
{
    QString name = s.day.date.toString(Qt::ISODate) + u' ' + (who.isEmpty() ? s.day.title : who);
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral("_"));
    return name.simplified() + u'.' + suffix;
}

} // namespace majlis
