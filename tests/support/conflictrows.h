#pragma once

#include "contacts/contact.h"
#include "storage/database.h"

#include <QString>

namespace majlis::test {

// A conflict as the server writes it and a pull stores it: values are JSON documents of one
// value, lost on the laptop "0f3c9a7e-laptop-b" a second before the entry was made.
QString addConflict(Database &db, const QString &table, const QString &rowId, const QString &field, const QString &keptJson,
                    const QString &lostJson, qint64 createdAt, bool resolved = false);

// Amina Yusuf, the contact the conflict tests argue about.
Contact addSampleContact(Database &db);

} // namespace majlis::test
