#include "sync/hybridclock.h"

#include <QRegularExpression>

#include <algorithm>

namespace majlis::sync::hybridclock {

namespace {

qint64 counterOf(const QString &clock)
{
    return clock.mid(14, 10).toLongLong();
}

} // namespace

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

QString clampedTo(const QString &clock, qint64 maxMs, const QString &base)
{
    if (milliseconds(clock) <= maxMs)
        return clock;
    const QString clamped = make(maxMs, counterOf(clock), device(clock));
    // Pulled back to the server's time, an edit could fall at or before the value it was made
    // on (same millisecond, smaller counter or device) and lose to it without any conflict
    // being logged. It goes just after its base instead. A base from the future is not one the
    // server gave out, and is not followed.
    if (!base.isEmpty() && milliseconds(base) <= maxMs && clamped <= base)
        return make(milliseconds(base), counterOf(base) + 1, device(clock));
    return clamped;
}

bool isWellFormed(const QString &clock)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{13}-\\d{10}-[A-Za-z0-9._:-]{1,64}$"));
    return shape.match(clock).hasMatch();
}

} // namespace majlis::sync::hybridclock
