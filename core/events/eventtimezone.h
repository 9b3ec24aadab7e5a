#pragma once

#include "common/result.h"
#include "events/event.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

namespace majlis {
class Database;
}

// Which time zone an event's wall-clock times are in. One place answers it for the lists, the
// calendar export and the command line: the event's own zone, else its chapter's, else the
// workspace's setting, else this computer's. A zone id this computer does not know (written by
// a laptop with newer time-zone data) is passed over like an empty one.
namespace majlis::timezones {

// Accepts "" (inherit) or an IANA id this computer knows, such as "Europe/London".
Status check(const QString &id);

QTimeZone forEvent(const QSqlDatabase &db, const Event &event);
// The chapter's zone, else the workspace's, else this computer's: what a new event starts with.
QTimeZone forChapter(const QSqlDatabase &db, const QString &chapterId);
QTimeZone forChapter(Database &workspace, const QString &chapterId);
// The chapter's own setting only, "" when it has none.
QString ownOfChapter(const QSqlDatabase &db, const QString &chapterId);

// The workspace's own setting ("" when none was made); kept on this computer like the phone
// region, since it describes where this laptop's organizers work.
QString workspaceZone(const QSqlDatabase &db);
QString workspaceZone(Database &workspace);
Status setWorkspaceZone(Database &workspace, const QString &id);

// The instant a wall-clock time names in a zone.
QDateTime placed(const QDateTime &wallClock, const QTimeZone &zone);
// For lists ("18:30 GMT"): the zone's abbreviation at that time when its clock differs from
// this computer's then, else "".
QString abbreviationIfForeign(const QDateTime &wallClock, const QTimeZone &zone);

} // namespace majlis::timezones
