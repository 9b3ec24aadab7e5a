#pragma once

#include "io/icalendar.h"

#include <QDateTime>
#include <QTimeZone>

namespace majlis::icaltimezone {

// A VTIMEZONE for `zone` that is exact over [from, to]: the observance in force at `from` and
// one STANDARD or DAYLIGHT block per transition up to `to`, each with its explicit onset and no
// RRULE. Explicit onsets cannot drift from the rules QTimeZone (the system's tz database) knows,
// which an RRULE summary of them could. A zone without transitions gets one STANDARD block.
ICalComponent component(const QTimeZone &zone, const QDateTime &from, const QDateTime &to);

// "+0100", "-0500", or "+053000" when the offset has seconds (RFC 5545 UTC-OFFSET).
QString utcOffset(int seconds);

// A DATE-TIME property of a wall-clock time in `zone`: DTSTART;TZID=Europe/London:20260313T183000,
// or in UTC ("...Z") for UTC itself and for a zone without an IANA id to name.
ICalProperty dateTime(const QString &name, const QDateTime &wallClock, const QTimeZone &zone);

// Whether dateTime() names the zone with TZID, so the calendar needs its VTIMEZONE.
bool needsDefinition(const QTimeZone &zone);

} // namespace majlis::icaltimezone
