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

    // HTML for QTextDocument: one itinerary per page. `rightToLeft` for Arabic, Urdu, Farsi.
    static QString html(const QList<Itinerary> &itineraries, bool rightToLeft = false);
};

} // namespace majlis
