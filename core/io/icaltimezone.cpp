#include "io/icaltimezone.h"

#include <cstdlib>

namespace majlis::icaltimezone {

namespace {

const QString kLocalFormat = QStringLiteral("yyyyMMdd'T'HHmmss");

// One observance: the onset is written in the local time that was in force before it.
ICalComponent observance(const QTimeZone::OffsetData &transition, int offsetBefore)
{
    ICalComponent block {transition.daylightTimeOffset != 0 ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD"),
        {}, {}};
    const QDateTime onset = transition.atUtc.toUTC().addSecs(offsetBefore);
    block.properties.append({QStringLiteral("DTSTART"), {}, onset.toString(kLocalFormat)});
    block.properties.append({QStringLiteral("TZOFFSETFROM"), {}, utcOffset(offsetBefore)});
    block.properties.append({QStringLiteral("TZOFFSETTO"), {}, utcOffset(transition.offsetFromUtc)});
    if (!transition.abbreviation.isEmpty())
        block.addText(QStringLiteral("TZNAME"), transition.abbreviation);
    return block;
}

} // namespace

QString utcOffset(int seconds)
{
    const int magnitude = std::abs(seconds);
    QString text = QStringLiteral("%1%2%3")
                       .arg(seconds < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                       .arg(magnitude / 3600, 2, 10, QLatin1Char('0'))
                       .arg(magnitude % 3600 / 60, 2, 10, QLatin1Char('0'));
    if (magnitude % 60 != 0)
        text += QStringLiteral("%1").arg(magnitude % 60, 2, 10, QLatin1Char('0'));
    return text;
}

ICalComponent component(const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    ICalComponent vtimezone {QStringLiteral("VTIMEZONE"), {}, {}};
    vtimezone.properties.append({QStringLiteral("TZID"), {}, QString::fromUtf8(zone.id())});

    QTimeZone::OffsetDataList transitions;
    const QTimeZone::OffsetData before = zone.previousTransition(from);
    if (before.atUtc.isValid())
        transitions.append(before);
    transitions += zone.transitions(from, to);
    if (transitions.isEmpty()) {
        // No change in the span, nor before it: one fixed offset from any time on.
        QTimeZone::OffsetData fixed;
        fixed.atUtc = QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
        fixed.offsetFromUtc = zone.offsetFromUtc(from);
        fixed.daylightTimeOffset = 0;
        fixed.abbreviation = zone.abbreviation(from);
        vtimezone.children.append(observance(fixed, fixed.offsetFromUtc));
        return vtimezone;
    }
    for (const QTimeZone::OffsetData &transition : std::as_const(transitions)) {
        const int offsetBefore = zone.offsetFromUtc(transition.atUtc.addSecs(-1));
        vtimezone.children.append(observance(transition, offsetBefore));
    }
    return vtimezone;
}

bool needsDefinition(const QTimeZone &zone)
{
    return zone.isValid() && !zone.id().isEmpty() && zone.id() != "UTC" && QTimeZone::isTimeZoneIdAvailable(zone.id());
}

ICalProperty dateTime(const QString &name, const QDateTime &wallClock, const QTimeZone &zone)
{
    const QDateTime instant(wallClock.date(), wallClock.time(), zone.isValid() ? zone : QTimeZone::systemTimeZone());
    if (!needsDefinition(zone))
        return {name, {}, ICalendar::formatUtc(instant)};
    return {name, {{QStringLiteral("TZID"), QString::fromUtf8(zone.id())}}, wallClock.toString(kLocalFormat)};
}

} // namespace majlis::icaltimezone
