#include "erasure.h"

#include "sync/hybridclock.h"

#include <QJsonDocument>

namespace majlis::server::erasure {

namespace {

const QString kErased = QStringLiteral("erased");

Status eraseOne(ServerStore &store, StoredRecord record, const QString &clock)
{
    record.data = {{QStringLiteral("id"), record.id}, {QStringLiteral("deleted"), 1}, {kErased, 1}};
    record.clocks = {};
    for (auto it = record.data.begin(); it != record.data.end(); ++it)
        record.clocks.insert(it.key(), clock);
    return store.putRecord(record);
}

} // namespace

bool isErased(const StoredRecord &record)
{
    return record.data.value(kErased).toInt() == 1;
}

bool isErased(const QByteArray &storedData)
{
    // Only an erased row's stored values name the mark (no column is called "erased"); only
    // those few bytes are parsed.
    return storedData.contains("\"erased\"") && QJsonDocument::fromJson(storedData).object().value(kErased).toInt() == 1;
}

Status eraseTree(ServerStore &store, const StoredRecord &root, qint64 now)
{
    const QString clock = sync::hybridclock::make(now, 0, QStringLiteral("server"));
    // Conflict-log entries hang on the row they are about, so they are children like the others.
    QList<StoredRecord> pending{root};
    while (!pending.isEmpty()) {
        const StoredRecord record = pending.takeLast();
        auto children = store.children(record.table, record.id);
        if (!children)
            return children.error();
        pending.append(children.value());
        if (isErased(record))
            continue;
        if (auto s = eraseOne(store, record, clock); !s)
            return s;
    }
    return success();
}

} // namespace majlis::server::erasure
