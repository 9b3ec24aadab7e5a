#pragma once

#include <QString>
#include <QStringList>

namespace majlis {

// Some rows stand for a fact that has a natural key: a tag's name, a contact's consent on a
// channel, a contact's place on a day or at an event, a legislator's bioguide id. Two laptops
// that record the same fact offline must make the same row, or the second to sync collides with
// the first on the table's UNIQUE index and its row (and what points at it) is set aside. So such
// rows get an id derived from the table and the key (a name-based UUID, RFC 4122 version 5)
// instead of a random one.
QString naturalId(const QString &table, const QStringList &key);

// The key of a name compared COLLATE NOCASE: SQLite folds only ASCII letters, and so must the id,
// or two names SQLite holds apart would share an id.
QString nocaseKey(const QString &name);

} // namespace majlis
