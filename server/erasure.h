#pragma once

#include "common/result.h"
#include "serverstore.h"

namespace majlis::server {

// A person's data erased on request. What the server keeps of each of their rows afterwards is
// its id, its place (chapter, parent) and the mark itself: {"id", "deleted": 1, "erased": 1}.
// The mark travels to every laptop, which then removes the row, and makes the server refuse any
// later change to the row or a new row under it, so an offline laptop cannot bring the data back.
namespace erasure {

bool isErased(const StoredRecord &record);
// The same, from a row's values as the store holds them (JSON text).
bool isErased(const QByteArray &storedData);

// Erases the record, every row under it (at any depth) and the conflict-log entries about any of
// them, inside the caller's transaction.
Status eraseTree(ServerStore &store, const StoredRecord &root, qint64 now);

} // namespace erasure

} // namespace majlis::server
