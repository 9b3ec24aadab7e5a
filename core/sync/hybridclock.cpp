#include "sync/hybridclock.h"

#include <QRegularExpression>

#include <algorithm>

namespace majlis::sync::hybridclock {

QString make(qint64 ms, qint64 counter, const QString &deviceId)
{
    return QStringLiteral("%1-%2-%3")
        .arg(std::max<qint64>(0, ms), 13, 10, QLatin1Char('0'))
        .arg(std::max<qint64>(0, counter), 10, 10, QLatin1Char('0'))
        .arg(deviceId);
}

qint64 milliseconds(const QString &clock)
{
    return clock.left(13).toLongLong();
}

QString device(const QString &clock)
{
    return clock.mid(25);
}

QString forEdit(qint64 editMs, qint64 counter, const QString &deviceId, const QString &base)
{
    const qint64 floor = base.isEmpty() ? 0 : milliseconds(base) + 1;
    return make(std::max(editMs, floor), counter, deviceId);
}

QString clampedTo(const QString &clock, qint64 maxMs)
{
    if (milliseconds(clock) <= maxMs)
        return clock;
    return make(maxMs, clock.mid(14, 10).toLongLong(), device(clock));
}

bool isWellFormed(const QString &clock)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{13}-\\d{10}-[A-Za-z0-9._:-]{1,64}$"));
    return shape.match(clock).hasMatch();
}

} // namespace majlis::sync::hybridclock
