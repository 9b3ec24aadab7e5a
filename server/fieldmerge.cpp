#include "fieldmerge.h"

#include "sync/hybridclock.h"

namespace majlis::server {

using sync::hybridclock::device;

MergedRow mergeFields(const QJsonObject &storedData, const QJsonObject &storedClocks, const QJsonObject &incoming,
                      const QStringList &quietFields)
{
    MergedRow merged{storedData, storedClocks, {}, false};
    for (auto it = incoming.begin(); it != incoming.end(); ++it) {
        const QString &field = it.key();
        const QJsonObject in = it.value().toObject();
        const QJsonValue value = in.value(QStringLiteral("v"));
        const QString clock = in.value(QStringLiteral("c")).toString();
        const QString base = in.value(QStringLiteral("b")).toString();
        const QString storedClock = storedClocks.value(field).toString();
        const QJsonValue storedValue = storedData.value(field);

        if (clock == storedClock)
            continue; // the same write again
        const bool concurrent = !storedClock.isEmpty() && base != storedClock && device(storedClock) != device(clock)
                                && storedValue != value && !quietFields.contains(field);
        if (clock > storedClock) {
            if (concurrent)
                merged.conflicts.append({field, value, storedValue, storedClock});
            merged.data.insert(field, value);
            merged.clocks.insert(field, clock);
            merged.changed = true;
        } else if (concurrent) {
            merged.conflicts.append({field, storedValue, value, clock});
        }
    }
    return merged;
}

} // namespace majlis::server
