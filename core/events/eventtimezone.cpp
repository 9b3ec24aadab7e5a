#include "events/eventtimezone.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace majlis::timezones {

namespace {

const QString kSetting = QStringLiteral("workspace/time_zone");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TimeZones)
};

// A usable zone for a stored id, or an invalid one to fall through to the next level.
QTimeZone known(const QString &id)
{
    const QByteArray iana = id.trimmed().toUtf8();
    return !iana.isEmpty() && QTimeZone::isTimeZoneIdAvailable(iana) ? QTimeZone(iana) : QTimeZone();
}

QTimeZone workspaceOrSystem(const QSqlDatabase &db)
{
    const QTimeZone workspace = known(workspaceZone(db));
    return workspace.isValid() ? workspace : QTimeZone::systemTimeZone();
}

} // namespace

Status check(const QString &id)
{
    if (id.trimmed().isEmpty() || known(id).isValid())
        return success();
    return Error {Error::Code::InvalidInput,
        Tr::tr("\"%1\" is not a time zone this computer knows; use an IANA name such as Europe/London, "
               "America/New_York or Asia/Karachi.")
            .arg(id.trimmed())};
}

QTimeZone forEvent(const QSqlDatabase &db, const Event &event)
{
    const QTimeZone own = known(event.timeZone);
    return own.isValid() ? own : forChapter(db, event.chapterId);
}

QTimeZone forChapter(const QSqlDatabase &db, const QString &chapterId)
{
    const QTimeZone chapter = known(ownOfChapter(db, chapterId));
    return chapter.isValid() ? chapter : workspaceOrSystem(db);
}

QTimeZone forChapter(Database &workspace, const QString &chapterId)
{
    return forChapter(workspace.connection(), chapterId);
}

QString ownOfChapter(const QSqlDatabase &db, const QString &chapterId)
{
    if (chapterId.isEmpty())
        return {};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT time_zone FROM chapters WHERE id = ? AND deleted = 0"));
    query.addBindValue(chapterId);
    return query.exec() && query.next() ? query.value(0).toString().trimmed() : QString();
}

QString workspaceZone(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM local_settings WHERE key = ?"));
    query.addBindValue(kSetting);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QString workspaceZone(Database &workspace)
{
    return workspaceZone(workspace.connection());
}

Status setWorkspaceZone(Database &workspace, const QString &id)
{
    if (auto s = check(id); !s)
        return s;
    QSqlQuery query(workspace.connection());
    query.prepare(QStringLiteral("INSERT INTO local_settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(kSetting);
    query.addBindValue(id.trimmed());
    return query.exec() ? success() : Status(sqlError(query));
}

QDateTime placed(const QDateTime &wallClock, const QTimeZone &zone)
{
    return QDateTime(wallClock.date(), wallClock.time(), zone.isValid() ? zone : QTimeZone::systemTimeZone());
}

QString abbreviationIfForeign(const QDateTime &wallClock, const QTimeZone &zone)
{
    if (!zone.isValid())
        return {};
    const QDateTime instant = placed(wallClock, zone);
    // Compared by offset, not by name: "Europe/London" on a computer set to "Europe/Dublin"
    // reads the same clock, and repeating it would only add noise.
    if (zone.offsetFromUtc(instant) == QTimeZone::systemTimeZone().offsetFromUtc(instant))
        return {};
    return zone.abbreviation(instant);
}

} // namespace majlis::timezones
