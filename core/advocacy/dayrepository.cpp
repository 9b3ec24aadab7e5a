#include "advocacy/dayrepository.h"

#include "common/clock.h"
#include "common/naturalid.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace majlis {

namespace {

const QString kDayColumns = QStringLiteral(
    "id, title, day_date, city, theme, time_zone, window_start, window_end, slot_minutes, max_team_size, "
    "walk_same_building, walk_same_side, walk_across, leave_behinds, notes, body_id");

Columns dayColumns(const AdvocacyDay &d)
{
    QJsonArray files;
    for (const QString &path : d.leaveBehinds)
        files.append(path);
    return {{QStringLiteral("title"), d.title.trimmed()}, {QStringLiteral("day_date"), d.date.toString(Qt::ISODate)},
        {QStringLiteral("city"), d.city.trimmed()}, {QStringLiteral("theme"), d.theme.trimmed()},
        {QStringLiteral("time_zone"), d.timeZone}, {QStringLiteral("window_start"), d.windowStart},
        {QStringLiteral("window_end"), d.windowEnd}, {QStringLiteral("slot_minutes"), d.slotMinutes},
        {QStringLiteral("max_team_size"), d.maxTeamSize},
        {QStringLiteral("walk_same_building"), d.walking.sameBuilding},
        {QStringLiteral("walk_same_side"), d.walking.sameSide},
        {QStringLiteral("walk_across"), d.walking.acrossCapitol},
        {QStringLiteral("leave_behinds"), QString::fromUtf8(QJsonDocument(files).toJson(QJsonDocument::Compact))},
        {QStringLiteral("notes"), d.notes},
        {QStringLiteral("body_id"), d.bodyId.isEmpty() ? bodies::congressId() : d.bodyId}};
}

AdvocacyDay dayFrom(const QSqlQuery &q)
{
    AdvocacyDay d;
    d.id = q.value(0).toString();
    d.title = q.value(1).toString();
    d.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    d.city = q.value(3).toString();
    d.theme = q.value(4).toString();
    d.timeZone = q.value(5).toString();
    d.windowStart = q.value(6).toInt();
    d.windowEnd = q.value(7).toInt();
    d.slotMinutes = q.value(8).toInt();
    d.maxTeamSize = q.value(9).toInt();
    d.walking = {q.value(10).toInt(), q.value(11).toInt(), q.value(12).toInt(), {}};
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array())
        d.leaveBehinds.append(v.toString());
    d.notes = q.value(14).toString();
    d.bodyId = q.value(15).toString();
    return d;
}

} // namespace

QList<QString> DayRepository::validate(const AdvocacyDay &day)
{
    QList<QString> problems;
    if (day.title.trimmed().isEmpty())
        problems.append(tr("Give the day a title."));
    if (!day.date.isValid())
        problems.append(tr("Choose the day's date."));
    if (!QTimeZone(day.timeZone.toUtf8()).isValid())
        problems.append(tr("\"%1\" is not a time zone this computer knows.").arg(day.timeZone));
    if (day.windowStart < 0 || day.windowEnd > 24 * 60 || day.windowEnd <= day.windowStart)
        problems.append(tr("The meeting window must start before it ends, within the day."));
    if (day.slotMinutes < 5 || day.slotMinutes > day.windowEnd - day.windowStart)
        problems.append(tr("A meeting slot must be at least 5 minutes and fit in the window."));
    if (day.maxTeamSize < 1)
        problems.append(tr("A team needs room for at least one person."));
    if (day.walking.sameBuilding < 0 || day.walking.sameSide < 0 || day.walking.acrossCapitol < 0)
        problems.append(tr("Walking times cannot be negative."));
    return problems;
}

Result<AdvocacyDay> DayRepository::create(const AdvocacyDay &input)
{
    if (const auto problems = validate(input); !problems.isEmpty())
        return Error {Error::Code::InvalidInput, problems.join(u' ')};
    AdvocacyDay day = input;
    day.id = newId();
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    if (auto s = RowWriter(m_database).insert(QStringLiteral("advocacy_days"), day.id, dayColumns(day)); !s)
        return s.error();
    if (auto s = saveAsks(day.id, day.asks, true); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return day;
}

Result<AdvocacyDay> DayRepository::update(const AdvocacyDay &input)
{
    if (const auto problems = validate(input); !problems.isEmpty())
        return Error {Error::Code::InvalidInput, problems.join(u' ')};
    AdvocacyDay day = input;
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    if (auto s = RowWriter(m_database).update(QStringLiteral("advocacy_days"), day.id, dayColumns(day)); !s)
        return s.error();
    if (auto s = saveAsks(day.id, day.asks, false); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return day;
}

Status DayRepository::saveAsks(const QString &dayId, QList<Ask> &asks, bool isNew)
{
    RowWriter writer(m_database);
    QStringList kept;
    for (int i = 0; i < asks.size(); ++i) {
        Ask &ask = asks[i];
        const Columns columns {{QStringLiteral("position"), i}, {QStringLiteral("bill"), ask.bill.trimmed()},
            {QStringLiteral("title"), ask.title.trimmed()}, {QStringLiteral("talking_points"), ask.talkingPoints}};
        if (ask.id.isEmpty() || isNew) {
            ask.id = newId();
            Columns withDay = columns;
            withDay.prepend({QStringLiteral("day_id"), dayId});
            if (auto s = writer.insert(QStringLiteral("day_asks"), ask.id, withDay); !s)
                return s;
        } else if (auto s = writer.update(QStringLiteral("day_asks"), ask.id, columns); !s) {
            return s;
        }
        kept.append(ask.id);
    }
    return writer.tombstoneOthers(QStringLiteral("day_asks"), QStringLiteral("day_id"), dayId, kept);
}

Status DayRepository::remove(const QString &dayId)
{
    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        return writer.tombstone(QStringLiteral("advocacy_days"), QStringLiteral("id = ?"), {dayId});
    });
}

Result<AdvocacyDay> DayRepository::get(const QString &dayId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM advocacy_days WHERE id = ? AND deleted = 0").arg(kDayColumns));
    query.addBindValue(dayId);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error {Error::Code::NotFound, tr("The advocacy day no longer exists.")};
    AdvocacyDay day = dayFrom(query);

    QSqlQuery asks(m_database.connection());
    asks.prepare(QStringLiteral(
        "SELECT id, bill, title, talking_points FROM day_asks WHERE day_id = ? AND deleted = 0 ORDER BY position"));
    asks.addBindValue(dayId);
    if (!asks.exec())
        return sqlError(asks);
    while (asks.next())
        day.asks.append(
            {asks.value(0).toString(), asks.value(1).toString(), asks.value(2).toString(), asks.value(3).toString()});
    return day;
}

Result<QList<AdvocacyDay>> DayRepository::list() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM advocacy_days WHERE deleted = 0 ORDER BY day_date DESC, title")))
        return sqlError(query);
    QList<AdvocacyDay> days;
    while (query.next()) {
        auto day = get(query.value(0).toString());
        if (!day)
            return day.error();
        days.append(std::move(day).value());
    }
    return days;
}

Result<AdvocacyDay> DayRepository::find(const QString &idOrTitle) const
{
    const QString wanted = idOrTitle.trimmed();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM advocacy_days WHERE deleted = 0 AND "
                                 "(id LIKE ? ESCAPE '\\' OR title = ? COLLATE NOCASE)"));
    QString escaped = wanted;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    query.addBindValue(escaped + u'%');
    query.addBindValue(wanted);
    if (!query.exec())
        return sqlError(query);
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    if (wanted.isEmpty() || ids.isEmpty())
        return Error {Error::Code::NotFound, tr("There is no advocacy day \"%1\".").arg(wanted)};
    if (ids.size() > 1)
        return Error {Error::Code::InvalidInput,
            tr("\"%1\" matches %2 advocacy days; give more of the id.").arg(wanted).arg(ids.size())};
    return get(ids.first());
}

Result<int> DayRepository::addAttendees(const QString &dayId, const QStringList &contactIds, AttendeeRole role)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    RowWriter writer(m_database);
    int added = 0;
    for (const QString &contactId : contactIds) {
        QSqlQuery existing(m_database.connection());
        existing.prepare(QStringLiteral("SELECT id, deleted FROM day_attendees WHERE day_id = ? AND contact_id = ?"));
        existing.addBindValue(dayId);
        existing.addBindValue(contactId);
        if (!existing.exec())
            return sqlError(existing);
        if (existing.next()) {
            if (!existing.value(1).toBool())
                continue;
            // Registered before and removed: bring the same row back so its history stays whole.
            QSqlQuery revive(m_database.connection());
            revive.prepare(QStringLiteral(
                "UPDATE day_attendees SET deleted = 0, role = ?, updated_at = ?, device_id = ? WHERE id = ?"));
            revive.addBindValue(roleKey(role));
            revive.addBindValue(writer.now());
            revive.addBindValue(m_database.deviceId());
            revive.addBindValue(existing.value(0));
            if (!revive.exec())
                return sqlError(revive);
        } else {
            QSqlQuery contact(m_database.connection());
            contact.prepare(QStringLiteral("SELECT 1 FROM contacts WHERE id = ? AND deleted = 0"));
            contact.addBindValue(contactId);
            if (!contact.exec())
                return sqlError(contact);
            if (!contact.next())
                return Error {Error::Code::NotFound, tr("A contact to register no longer exists; nothing was added.")};
            if (auto s = writer.insert(QStringLiteral("day_attendees"), naturalId(QStringLiteral("day_attendees"), {dayId, contactId}),
                    {{QStringLiteral("day_id"), dayId}, {QStringLiteral("contact_id"), contactId},
                        {QStringLiteral("role"), roleKey(role)}});
                !s)
                return s.error();
        }
        ++added;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return added;
}

Status DayRepository::setRole(const QString &attendeeId, AttendeeRole role)
{
    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        return writer.update(QStringLiteral("day_attendees"), attendeeId, {{QStringLiteral("role"), roleKey(role)}});
    });
}

Status DayRepository::removeAttendee(const QString &attendeeId)
{
    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        if (auto s
            = writer.tombstone(QStringLiteral("meeting_attendees"), QStringLiteral("attendee_id = ?"), {attendeeId});
            !s)
            return s;
        return writer.tombstone(QStringLiteral("day_attendees"), QStringLiteral("id = ?"), {attendeeId});
    });
}

Result<QList<Attendee>> DayRepository::attendees(const QString &dayId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT a.id, a.contact_id, a.role, "
        "  CASE WHEN trim(c.preferred_name) <> '' THEN trim(c.preferred_name) "
        "       ELSE trim(trim(c.given_name) || ' ' || trim(c.family_name)) END, "
        "  c.us_state, c.district, "
        "  (SELECT count(*) FROM day_attendees o JOIN advocacy_days od ON od.id = o.day_id "
        "   WHERE o.contact_id = a.contact_id AND o.deleted = 0 AND od.deleted = 0 AND od.day_date < d.day_date) "
        "FROM day_attendees a JOIN contacts c ON c.id = a.contact_id JOIN advocacy_days d ON d.id = a.day_id "
        "WHERE a.day_id = ? AND a.deleted = 0 AND c.deleted = 0 ORDER BY c.sort_key, a.id"));
    query.addBindValue(dayId);
    if (!query.exec())
        return sqlError(query);
    QList<Attendee> attendees;
    while (query.next()) {
        Attendee a;
        a.id = query.value(0).toString();
        a.contactId = query.value(1).toString();
        a.role = roleFromKey(query.value(2).toString()).value_or(AttendeeRole::Constituent);
        a.name = query.value(3).toString();
        a.state = query.value(4).toString();
        if (!query.value(5).isNull())
            a.districts.insert(Chamber::House, QString::number(query.value(5).toInt()));
        a.earlierDays = query.value(6).toInt();
        attendees.append(a);
    }
    if (auto s = attachDistricts(dayId, attendees); !s)
        return s.error();
    return attendees;
}

// An attendee's districts in the chambers of the day's body. For Congress the House district is
// the contact's own (read above); other bodies' come from contact_districts, except those still
// ambiguous, which name no district yet.
Status DayRepository::attachDistricts(const QString &dayId, QList<Attendee> &attendees) const
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < attendees.size(); ++i)
        index.insert(attendees[i].id, i);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT a.id, cd.chamber, cd.district, d.body_id FROM day_attendees a "
        "JOIN advocacy_days d ON d.id = a.day_id "
        "JOIN contact_districts cd ON cd.contact_id = a.contact_id AND cd.body_id = d.body_id "
        "WHERE a.day_id = ? AND a.deleted = 0 AND cd.deleted = 0 AND cd.status <> 'ambiguous' AND cd.district <> ''"));
    query.addBindValue(dayId);
    if (!query.exec())
        return sqlError(query);
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toString());
        const auto chamber = chamberFromKey(query.value(1).toString());
        if (it == index.cend() || !chamber)
            continue;
        if (query.value(3).toString() == bodies::congressId() && *chamber == Chamber::House)
            continue;
        attendees[*it].districts.insert(*chamber, query.value(2).toString());
    }
    return success();
}

Result<OfficeTime> DayRepository::addOfficeTime(const QString &dayId, const OfficeTime &input)
{
    if (input.end <= input.start)
        return Error {Error::Code::InvalidInput, tr("The time must end after it starts.")};
    OfficeTime time = input;
    time.id = newId();
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    if (auto s = RowWriter(m_database)
                     .insert(QStringLiteral("day_office_times"), time.id,
                         {{QStringLiteral("day_id"), dayId}, {QStringLiteral("legislator_id"), time.legislatorId},
                             {QStringLiteral("kind"),
                                 time.kind == OfficeTime::Kind::Blackout ? QStringLiteral("blackout")
                                                                         : QStringLiteral("confirmed")},
                             {QStringLiteral("start_minute"), time.start}, {QStringLiteral("end_minute"), time.end}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return time;
}

Status DayRepository::removeOfficeTime(const QString &officeTimeId)
{
    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        return writer.tombstone(QStringLiteral("day_office_times"), QStringLiteral("id = ?"), {officeTimeId});
    });
}

Result<QList<OfficeTime>> DayRepository::officeTimes(const QString &dayId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, legislator_id, kind, start_minute, end_minute FROM day_office_times "
                                 "WHERE day_id = ? AND deleted = 0 ORDER BY start_minute, id"));
    query.addBindValue(dayId);
    if (!query.exec())
        return sqlError(query);
    QList<OfficeTime> times;
    while (query.next())
        times.append({query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString() == u"blackout" ? OfficeTime::Kind::Blackout : OfficeTime::Kind::Confirmed,
            query.value(3).toInt(), query.value(4).toInt()});
    return times;
}

} // namespace majlis
