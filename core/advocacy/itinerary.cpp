#include "advocacy/itinerary.h"

#include "i18n/bidi.h"

#include <QLocale>

#include <algorithm>

namespace majlis {

namespace {

QString subtitleOf(const AdvocacyDay &day, const DateDisplay &dates)
{
    return QStringList {day.title, formatDate(day.date, dates), day.city}.join(
        QStringLiteral(" · "));
}

ItineraryStop stopFor(const DaySnapshot &s, const Meeting &m)
{
    ItineraryStop stop;
    stop.meetingId = m.id;
    stop.start = m.start;
    stop.end = m.end;
    stop.cancelled = m.status == Meeting::Status::Cancelled;
    if (const Legislator *l = s.legislator(m.legislatorId)) {
        stop.office = l->title();
        stop.officeShown = l->shownTitle();
        stop.building = l->office.building;
        stop.room = l->office.room;
        stop.phone = l->phone;
    }
    if (const Attendee *lead = s.attendee(m.leadAttendeeId)) {
        stop.lead = lead->name;
        stop.team.append(lead->name);
    }
    QStringList others;
    for (const QString &id : m.attendeeIds) {
        const Attendee *a = s.attendee(id);
        if (a && id != m.leadAttendeeId)
            others.append(a->name);
    }
    std::sort(
        others.begin(), others.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    stop.team += others;
    return stop;
}

} // namespace

Itinerary Itineraries::forAttendee(const DaySnapshot &s, const QString &attendeeId, const DateDisplay &dates)
{
    Itinerary itinerary;
    const Attendee *a = s.attendee(attendeeId);
    itinerary.heading = a ? a->name : QString();
    itinerary.subtitle = subtitleOf(s.day, dates);
    itinerary.asks = s.day.asks;
    for (const Meeting *m : s.meetingsOf(attendeeId))
        itinerary.stops.append(stopFor(s, *m));
    std::sort(itinerary.stops.begin(), itinerary.stops.end(),
        [](const ItineraryStop &x, const ItineraryStop &y) { return x.start < y.start; });
    return itinerary;
}

Itinerary Itineraries::forMeeting(const DaySnapshot &s, const QString &meetingId, const DateDisplay &dates)
{
    Itinerary itinerary;
    itinerary.subtitle = subtitleOf(s.day, dates);
    itinerary.asks = s.day.asks;
    for (const Meeting &m : s.meetings) {
        if (m.id != meetingId)
            continue;
        itinerary.stops.append(stopFor(s, m));
        itinerary.heading = tr("Team for %1").arg(itinerary.stops.last().office);
    }
    return itinerary;
}

QList<Itinerary> Itineraries::forEveryAttendee(const DaySnapshot &s, const DateDisplay &dates)
{
    QList<Itinerary> all;
    for (const Attendee &a : s.attendees) {
        Itinerary itinerary = forAttendee(s, a.id, dates);
        if (!itinerary.stops.isEmpty())
            all.append(itinerary);
    }
    return all;
}

QList<Itinerary> Itineraries::forEveryTeam(const DaySnapshot &s, const DateDisplay &dates)
{
    QList<Itinerary> all;
    for (const Meeting &m : s.meetings)
        all.append(forMeeting(s, m.id, dates));
    return all;
}

QString Itineraries::html(const QList<Itinerary> &itineraries, bool rightToLeft, Markup markup)
{
    // Escaped and isolated: each value keeps its own direction inside a line of the other.
    const auto put = [markup](const QString &text, bidi::Kind kind = bidi::Kind::Text) {
        return markup == Markup::Browser ? bidi::bdi(text, kind) : bidi::richText(text, kind);
    };
    // A browser reading a saved file needs to be told it is UTF-8; QTextDocument is given a QString.
    const QString head = markup == Markup::Browser ? QStringLiteral("<head><meta charset=\"utf-8\"></head>") : QString();
    QString out = QStringLiteral("<html>%1<body dir=\"%2\">")
                      .arg(head, rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    const QString align = rightToLeft ? QStringLiteral("right") : QStringLiteral("left");
    for (qsizetype i = 0; i < itineraries.size(); ++i) {
        const Itinerary &it = itineraries.at(i);
        // Each itinerary starts a page: QTextDocument breaks before a block, not after a div.
        const QString pageBreak = i > 0 ? QStringLiteral(" style=\"page-break-before: always\"") : QString();
        out += QStringLiteral("<h1%1>%2</h1><p>%3</p>").arg(pageBreak, put(it.heading), it.subtitle.toHtmlEscaped());
        if (it.stops.isEmpty()) {
            out += QStringLiteral("<p>%1</p>").arg(tr("No meetings are scheduled yet.").toHtmlEscaped());
        } else {
            out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
            for (const QString &h : {tr("Time"), tr("Office"), tr("Building"), tr("Room"), tr("Team")})
                out += QStringLiteral("<th align=\"%1\">%2</th>").arg(align, h.toHtmlEscaped());
            out += QStringLiteral("</tr>");
            for (const ItineraryStop &stop : it.stops) {
                QStringList names;
                for (const QString &name : stop.team)
                    names.append(put(name));
                QString team = names.join(QStringLiteral(", "));
                if (!stop.lead.isEmpty())
                    // Arabic script has no italics, and most of its fonts no slanted face to fall back on.
                    team += (rightToLeft ? QStringLiteral("<br/>%1") : QStringLiteral("<br/><i>%1</i>"))
                                .arg(tr("Lead: %1").toHtmlEscaped().arg(put(stop.lead)));
                // "09:00–09:30" in a right-to-left line would otherwise read "09:30–09:00".
                QString time = put(QStringLiteral("%1–%2").arg(formatMinutes(stop.start), formatMinutes(stop.end)),
                                   bidi::Kind::Ltr);
                if (stop.cancelled)
                    time += QStringLiteral("<br/>") + tr("Cancelled").toHtmlEscaped();
                out += QStringLiteral("<tr><td>%1</td><td>%2<br/>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                           .arg(time, put(stop.officeShown), put(stop.phone, bidi::Kind::Ltr), put(stop.building),
                                put(stop.room, bidi::Kind::Ltr), team);
            }
            out += QStringLiteral("</table>");
        }
        if (!it.asks.isEmpty()) {
            out += QStringLiteral("<h2>%1</h2><ol>").arg(tr("The asks").toHtmlEscaped());
            for (const Ask &ask : it.asks) {
                out += QStringLiteral("<li><b>%1</b> %2").arg(put(ask.bill, bidi::Kind::Ltr), put(ask.title));
                if (!ask.talkingPoints.trimmed().isEmpty())
                    out += QStringLiteral("<br/>")
                        + ask.talkingPoints.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
                out += QStringLiteral("</li>");
            }
            out += QStringLiteral("</ol>");
        }
    }
    return out + QStringLiteral("</body></html>");
}

} // namespace majlis
