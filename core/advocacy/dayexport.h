#pragma once

#include "advocacy/dayplanner.h"

#include <QCoreApplication>
#include <QDateTime>

namespace majlis {

// The day's schedule as files other programs read: iCalendar for phones and calendars, CSV
// for spreadsheets.
class DayExport
{
    Q_DECLARE_TR_FUNCTIONS(DayExport)

public:
    // One attendee's meetings, or (with no attendee) every meeting of the day. Times are UTC,
    // converted from the day's time zone, so every calendar shows them right. No METHOD: the file
    // is a snapshot to import, not an iTIP message (which would need an ORGANIZER).
    static QByteArray calendar(const DaySnapshot &snapshot, const QString &attendeeId = {},
                               const QDateTime &stamp = QDateTime::currentDateTimeUtc());
    static QByteArray scheduleCsv(const DaySnapshot &snapshot);
    // A name fit for a file: "2027-03-04 Amina Rahman.ics"
    static QString fileName(const DaySnapshot &snapshot, const QString &who, const QString &suffix);
};

} // namespace majlis
