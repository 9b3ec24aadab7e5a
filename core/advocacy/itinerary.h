#pragma once

#include "advocacy/dayplanner.h"
#include "i18n/datetext.h"

#include <QCoreApplication>

namespace majlis {

// One meeting as a person or a team carries it around the Hill.
struct ItineraryStop
{
    QString meetingId;
    int start = 0;
    int end = 0;
    QString office;   // "Sen. Maria Cantwell (WA)"
    QString officeShown; // the same with name and seat isolated, for print (Legislator::shownTitle)
    QString building;
    QString room;
    QString phone;
    QString lead;
    QStringList team; // names, the lead first
    bool cancelled = false;
};

struct Itinerary
{
    QString heading;  // whose itinerary: a person, or a team's office
    QString subtitle; // the day: title, date, city
    QList<ItineraryStop> stops;
    QList<Ask> asks;
};

// Builds itineraries from a day and renders them for print and PDF.
class Itineraries
{
    Q_DECLARE_TR_FUNCTIONS(Itineraries)

public:
    // `dates` says how the day's date is written in the subtitle (with its Hijri date or not).
    static Itinerary forAttendee(const DaySnapshot &snapshot, const QString &attendeeId,
                                 const DateDisplay &dates = {});
    // The team of one meeting: who goes, who leads, where and when.
    static Itinerary forMeeting(const DaySnapshot &snapshot, const QString &meetingId, const DateDisplay &dates = {});
    // Every attendee with at least one meeting, in name order.
    static QList<Itinerary> forEveryAttendee(const DaySnapshot &snapshot, const DateDisplay &dates = {});
    static QList<Itinerary> forEveryTeam(const DaySnapshot &snapshot, const DateDisplay &dates = {});

    // Who reads the HTML: QTextDocument (preview, print, PDF), which ignores <bdi> and needs
    // Unicode isolates in the text, or a browser, which is given <bdi>.
    enum class Markup { RichText, Browser };
    // One itinerary per page. `rightToLeft` for Arabic, Urdu, Farsi; numbers, rooms and bills
    // are isolated so they read left to right inside right-to-left lines (bidi.h).
    static QString html(const QList<Itinerary> &itineraries, bool rightToLeft = false, Markup markup = Markup::RichText);
};

} // namespace majlis
