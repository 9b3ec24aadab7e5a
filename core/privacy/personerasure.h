#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace majlis {

class Database;

// A person's data erased on request: the contact and every row that exists because of them
// (the same rows PersonExport shows), the conflict-log entries about those rows, their search
// document and their change-log entries. Rows of others that only mention the person (the
// partner organization they kept the relationship with) lose the mention and stay.
//
// It cannot be undone. On a synced workspace the erasure travels as one change ("erase" in
// server/PROTOCOL.md): the server keeps only the ids, every other laptop removes the rows at its
// next sync, and any later change to them is refused, so no offline copy can bring them back.
class PersonErasure
{
    Q_DECLARE_TR_FUNCTIONS(PersonErasure)

public:
    struct Summary
    {
        int rowsErased = 0;    // the contact and the rows about them
        int mentionsCleared = 0; // others' rows that named them
    };

    // All in one transaction: erased whole, or on any error not at all. Afterwards the search
    // index is compacted and the write-ahead log emptied so the old text is not left in the
    // file either (as far as no other connection holds it open).
    static Result<Summary> erase(Database &database, const QString &contactId);
    // What sync does when the server says another laptop erased the contact: the same removal,
    // inside the caller's transaction, including rows made here that the server refused. No
    // contact here: nothing to do.
    static Status removeErased(const QSqlDatabase &db, const QString &deviceId, const QString &contactId);
    // The compaction and checkpoint above; also run by sync after it applied another laptop's
    // erasure.
    static void scrubFreedText(const QSqlDatabase &db);
};

} // namespace majlis
