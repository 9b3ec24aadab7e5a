#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace majlis::server {

// A value that lost a last-writer-wins race and goes to the conflict log.
struct LostValue
{
    QString field;
    QJsonValue kept;
    QJsonValue lost;
    QString lostClock;
};

struct MergedRow
{
    QJsonObject data;   // field -> value
    QJsonObject clocks; // field -> hybrid clock
    QList<LostValue> conflicts;
    bool changed = false;
};

// Merges one pushed mutation into the stored row, field by field: the newer clock wins. A field
// the pusher changed from a base other than the stored clock was edited concurrently with
// somebody else; whichever value loses is reported, unless the field is bookkeeping (quiet) or
// both sides wrote the same value. A laptop never conflicts with itself: its writes are ordered.
//
// Incoming clocks must already be clamped to the server's time. The merge is idempotent and
// order-independent: replaying or reordering mutations converges to the same row.
MergedRow mergeFields(const QJsonObject &storedData, const QJsonObject &storedClocks, const QJsonObject &incoming,
                      const QStringList &quietFields);

} // namespace majlis::server
