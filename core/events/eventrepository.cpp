#include "events/eventrepository.h"

#include "common/clock.h"
#include "common/naturalid.h"
#include "events/eventtimezone.h"
#include "io/csv.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlerror.h"

#include <QLocale>
#include <QSqlQuery>

namespace majlis {

namespace {

const QString kColumns
    = QStringLiteral("id, title, kind, coalesce(chapter_id, ''), starts_at, ends_at, place, capacity, notes, time_zone");
const QString kTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm");

Columns columnsOf(const Event &e)
{
    return {{QStringLiteral("title"), e.title.trimmed()}, {QStringLiteral("kind"), eventKindKey(e.kind)},
        {QStringLiteral("chapter_id"), e.chapterId.isEmpty() ? QVariant() : QVariant(e.chapterId)},
        {QStringLiteral("starts_at"), e.startsAt.toString(kTimeFormat)},
        {QStringLiteral("ends_at"), e.endsAt.isValid() ? e.endsAt.toString(kTimeFormat) : QString()},
        {QStringLiteral("place"), e.place.trimmed()}, {QStringLiteral("capacity"), std::max(0, e.capacity)},
        {QStringLiteral("notes"), e.notes}, {QStringLiteral("time_zone"), e.timeZone.trimmed()}};
}

Event eventFrom(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toString();
    e.title = q.value(1).toString();
    e.kind = eventKindFromKey(q.value(2).toString()).value_or(EventKind::Other);
    e.chapterId = q.value(3).toString();
    e.startsAt = QDateTime::fromString(q.value(4).toString(), kTimeFormat);
    e.endsAt = QDateTime::fromString(q.value(5).toString(), kTimeFormat);
    e.place = q.value(6).toString();
    e.capacity = q.value(7).toInt();
    e.notes = q.value(8).toString();
    e.timeZone = q.value(9).toString();
    return e;
}

Status validate(const Event &e)
{
    QStringList problems;
    if (e.title.trimmed().isEmpty())
        problems << EventRepository::tr("Give the event a title.");
    if (!e.startsAt.isValid())
        problems << EventRepository::tr("Give the date and time the event starts.");
    if (e.endsAt.isValid() && e.startsAt.isValid() && e.endsAt < e.startsAt)
        problems << EventRepository::tr("The event must end after it starts.");
    if (auto zone = timezones::check(e.timeZone); !zone)
        problems << zone.error().message;
    if (!problems.isEmpty())
        return Error {Error::Code::InvalidInput, problems.join(u' ')};
    return success();
}

} // namespace

Result<Event> EventRepository::create(const Event &input)
{
    if (auto s = validate(input); !s)
        return s.error();
    Event event = input;
    event.id = newId();
    // A new event is in its chapter's zone unless told otherwise, and keeps that zone if the
    // chapter later moves; with no chapter zone it follows the workspace's.
    if (event.timeZone.trimmed().isEmpty())
        event.timeZone = timezones::ownOfChapter(m_database.connection(), event.chapterId);
    if (auto s = writeInTransaction(m_database,
            [&](const RowWriter &writer) {
                return writer.insert(QStringLiteral("events"), event.id, columnsOf(event));
            });
        !s)
        return s.error();
    return get(event.id);
}

Result<Event> EventRepository::update(const Event &event)
{
    if (auto s = validate(event); !s)
        return s.error();
    if (auto s = writeInTransaction(m_database,
            [&](const RowWriter &writer) {
                return writer.update(QStringLiteral("events"), event.id, columnsOf(event));
            });
        !s)
        return s.error();
    return get(event.id);
}

Status EventRepository::remove(const QString &eventId)
{
    return writeInTransaction(m_database, [&](const RowWriter &writer) {
        return writer.tombstone(QStringLiteral("events"), QStringLiteral("id = ?"), {eventId});
    });
}

Result<Event> EventRepository::get(const QString &eventId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM events WHERE id = ? AND deleted = 0").arg(kColumns));
    query.addBindValue(eventId);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error {Error::Code::NotFound, tr("The event no longer exists.")};
    return eventFrom(query);
}

Result<QList<Event>> EventRepository::list() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM events WHERE deleted = 0 ORDER BY starts_at DESC, title").arg(kColumns)))
        return sqlError(query);
    QList<Event> events;
    while (query.next())
        events.append(eventFrom(query));
    return events;
}

Result<Event> EventRepository::find(const QString &idOrTitle) const
{
    const QString wanted = idOrTitle.trimmed();
    auto all = list();
    if (!all)
        return all.error();
    QList<Event> byId;
    for (const Event &e : all.value()) {
        if (e.title.compare(wanted, Qt::CaseInsensitive) == 0)
            return e;
        if (wanted.size() >= 4 && e.id.startsWith(wanted))
            byId.append(e);
    }
    if (byId.size() == 1)
        return byId.first();
    if (byId.size() > 1)
        return Error {Error::Code::InvalidInput,
            tr("\"%1\" matches %2 events; give more of the id.").arg(wanted).arg(byId.size())};
    return Error {Error::Code::NotFound, tr("There is no event \"%1\".").arg(wanted)};
}

Result<int> EventRepository::registerContacts(const QString &eventId, const QStringList &contactIds)
{
    int added = 0;
    if (auto s = writeInTransaction(m_database,
            [&](const RowWriter &writer) -> Status {
                for (const QString &contactId : contactIds) {
                    QSqlQuery existing(m_database.connection());
                    existing.prepare(QStringLiteral(
                        "SELECT id, deleted FROM event_registrations WHERE event_id = ? AND contact_id = ?"));
                    existing.addBindValue(eventId);
                    existing.addBindValue(contactId);
                    if (!existing.exec())
                        return sqlError(existing);
                    if (existing.next()) {
                        if (!existing.value(1).toBool())
                            continue;
                        QSqlQuery revive(m_database.connection());
                        revive.prepare(QStringLiteral("UPDATE event_registrations SET deleted = 0, registered = 1, "
                                                      "updated_at = ?, device_id = ? WHERE id = ?"));
                        revive.addBindValue(writer.now());
                        revive.addBindValue(m_database.deviceId());
                        revive.addBindValue(existing.value(0));
                        if (!revive.exec())
                            return sqlError(revive);
                    } else if (auto s = writer.insert(QStringLiteral("event_registrations"),
                                   naturalId(QStringLiteral("event_registrations"), {eventId, contactId}),
                                   {{QStringLiteral("event_id"), eventId}, {QStringLiteral("contact_id"), contactId}});
                               !s) {
                        return s;
                    }
                    ++added;
                }
                return success();
            });
        !s)
        return s.error();
    return added;
}

Result<QList<Attendance>> EventRepository::attendance(const QString &eventId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT r.contact_id, "
                                 "  CASE WHEN trim(c.preferred_name) <> '' THEN trim(c.preferred_name) "
                                 "       ELSE trim(trim(c.given_name) || ' ' || trim(c.family_name)) END, "
                                 "  (SELECT address FROM contact_emails e WHERE e.contact_id = c.id AND e.deleted = 0 "
                                 "ORDER BY position LIMIT 1), "
                                 "  (SELECT number FROM contact_phones p WHERE p.contact_id = c.id AND p.deleted = 0 "
                                 "ORDER BY position LIMIT 1), "
                                 "  r.registered, r.walk_in, r.checked_in_at "
                                 "FROM event_registrations r JOIN contacts c ON c.id = r.contact_id "
                                 "WHERE r.event_id = ? AND r.deleted = 0 AND c.deleted = 0 ORDER BY c.sort_key, c.id"));
    query.addBindValue(eventId);
    if (!query.exec())
        return sqlError(query);
    QList<Attendance> result;
    while (query.next()) {
        Attendance a;
        a.contactId = query.value(0).toString();
        a.name = query.value(1).toString();
        a.email = query.value(2).toString();
        a.phone = query.value(3).toString();
        a.registered = query.value(4).toBool();
        a.walkIn = query.value(5).toBool();
        if (!query.value(6).isNull())
            a.checkedInAt = query.value(6).toLongLong();
        result.append(a);
    }
    return result;
}

Result<QList<Event>> EventRepository::attendedBy(const QString &contactId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM events WHERE deleted = 0 AND id IN (SELECT event_id FROM event_registrations "
                       "WHERE contact_id = ? AND deleted = 0 AND checked_in_at IS NOT NULL) ORDER BY starts_at DESC")
            .arg(kColumns));
    query.addBindValue(contactId);
    if (!query.exec())
        return sqlError(query);
    QList<Event> events;
    while (query.next())
        events.append(eventFrom(query));
    return events;
}

Result<QByteArray> EventRepository::attendanceCsv(const QString &eventId) const
{
    auto rows = attendance(eventId);
    if (!rows)
        return rows.error();
    CsvWriter csv;
    csv.addRow({tr("Name"), tr("Email"), tr("Phone"), tr("Registered"), tr("Walk-in"), tr("Checked in")});
    for (const Attendance &a : rows.value()) {
        const QString checkedIn = a.checkedInAt
            ? QDateTime::fromMSecsSinceEpoch(*a.checkedInAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : QString();
        csv.addRow({a.name, a.email, a.phone, a.registered ? tr("Yes") : tr("No"), a.walkIn ? tr("Yes") : tr("No"),
            checkedIn});
    }
    return csv.data();
}

} // namespace majlis
