#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <utility>

namespace majlis {

class Database;

using Columns = QList<std::pair<QString, QVariant>>;

// Writes rows of synced tables inside the caller's transaction, filling in the bookkeeping
// every such row carries (created_at, updated_at, device_id). Table and column names come
// from the code, never from input; values are always bound.
class RowWriter
{
public:
    explicit RowWriter(Database &database);

    Status insert(const QString &table, const QString &id, const Columns &columns) const;
    // Fails with NotFound when no live row has the id.
    Status update(const QString &table, const QString &id, const Columns &columns) const;
    // Sets the tombstone on every live row matching `where` (an SQL condition with ? markers).
    Status tombstone(const QString &table, const QString &where, const QVariantList &values) const;

    // Tombstones the live children of a parent except those kept, as when a list is saved whole.
    Status tombstoneOthers(
        const QString &table, const QString &parentColumn, const QString &parentId, const QStringList &keptIds) const;

    qint64 now() const { return m_now; }

private:
    Database &m_database;
    qint64 m_now;
};

// Runs `write` in one transaction: committed when it succeeds, rolled back when it fails.
Status writeInTransaction(Database &database, const std::function<Status(const RowWriter &)> &write);

} // namespace majlis
