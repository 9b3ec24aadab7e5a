#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace majlis {

class Database;

// Everything the workspace holds about one person, for a request to see it: the contact, every
// row that exists because of them (emails, phones, tags, consents, history, registrations,
// attendance, voter records, partner and meeting roles), the rows hanging on those (the meetings
// their team had), and the conflict-log entries about any of them. Rows that only mention the
// person (a partner organization they keep the relationship with) are included, but nothing is
// followed from them, so nobody else's data comes along.
class PersonExport
{
    Q_DECLARE_TR_FUNCTIONS(PersonExport)

public:
    // {"contact_id", "exported_at" (UTC, ISO 8601), "tables": {table: [row, ...]}, "referenced":
    // {table: [row, ...]}} where "referenced" holds the shared records the rows point at.
    static Result<QJsonObject> collect(Database &database, const QString &contactId);
    // The same as an indented JSON file, written whole or not at all.
    static Status write(Database &database, const QString &contactId, const QString &path);
};

} // namespace majlis
