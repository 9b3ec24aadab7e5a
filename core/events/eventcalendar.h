#pragma once

#include "events/event.h"

#include <QCoreApplication>
#include <QDateTime>

namespace majlis {

// Events as an RFC 5545 calendar for phones and calendar programs. Event times are local to
// the place, so they are written as floating local times: 18:30 stays 18:30 wherever the
// calendar is opened.
class EventCalendar
{
    Q_DECLARE_TR_FUNCTIONS(EventCalendar)

public:
    static QByteArray write(const QList<Event> &events, const QDateTime &stamp = QDateTime::currentDateTimeUtc());
};

} // namespace majlis
