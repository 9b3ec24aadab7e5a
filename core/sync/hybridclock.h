#pragma once

#include <QString>

namespace majlis::sync {

// A field's version: "<13-digit ms>-<10-digit counter>-<device id>". Fixed widths make plain
// string comparison the clock order; the device id breaks ties, so two laptops never hold
// equal clocks for different values.
namespace hybridclock {

QString make(qint64 ms, qint64 counter, const QString &deviceId);
qint64 milliseconds(const QString &clock);
QString device(const QString &clock);

// A clock for a local edit made at `editMs`: never older than the value it replaced (`base`),
// so an edit made after seeing another laptop's value wins even when this laptop's clock is
// behind.
QString forEdit(qint64 editMs, qint64 counter, const QString &deviceId, const QString &base);

// The server never accepts a time from the future: a laptop whose clock runs ahead would
// otherwise win every conflict until the real time catches up. The clamped clock still comes
// after `base`, the value the edit was made on.
QString clampedTo(const QString &clock, qint64 maxMs, const QString &base);

bool isWellFormed(const QString &clock);

} // namespace hybridclock

} // namespace majlis::sync
