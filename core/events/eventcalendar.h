#pragma once

#include "common/result.h"
#include "events/event.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <functional>

namespace majlis {

class Database;

// Events as an RFC 5545 calendar for phones and calendar programs. Each event's wall-clock
// times are written with the TZID of its zone and a VTIMEZONE for that zone, so 18:30 in London
// shows as 18:30 London time wherever the calendar is opened. The file is a plain snapshot
// without METHOD: it is downloaded and imported, not an iTIP invitation (RFC 5546) with an
// organizer who expects replies.
class EventCalendar
{
    Q_DECLARE_TR_FUNCTIONS(EventCalendar)

public:
    using ZoneOf = std::function<QTimeZone(const Event &)>;

    static QByteArray write(const QList<Event> &events, const ZoneOf &zoneOf,
                            const QDateTime &stamp = QDateTime::currentDateTimeUtc());
    // Each event in its own zone, else in this computer's.
    static QByteArray write(const QList<Event> &events, const QDateTime &stamp = QDateTime::currentDateTimeUtc());
    // Every event of the workspace, each in the zone timezones::forEvent() gives it: what the
    // app's Export Calendar and `majlis-cli events calendar` write.
    static Result<QByteArray> forWorkspace(Database &database,
                                           const QDateTime &stamp = QDateTime::currentDateTimeUtc());
};

} // namespace majlis
