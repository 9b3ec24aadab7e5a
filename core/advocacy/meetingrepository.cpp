#include "advocacy/meetingrepository.h"

#include "common/clock.h"
#include "common/enumkeys.h"
#include "common/naturalid.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace majlis {

namespace {

const char *const kStatusKeys[] = {"planned", "held", "cancelled"};
const char *const kMetRoleKeys[] = {"", "member", "staffer"};

const QString kMeetingColumns = QStringLiteral(
    "id, legislator_id, start_minute, end_minute, pinned, coalesce(lead_attendee_id, ''), status, met_with, "
    "met_role, report_notes");

Meeting meetingFrom(const QSqlQuery &q)
{
    Meeting m;
    m.id = q.value(0).toString();
    m.legislatorId = q.value(1).toString();
    m.start = q.value(2).toInt();
    m.end = q.value(3).toInt();
    m.pinned = q.value(4).toBool();
    m.leadAttendeeId = q.value(5).toString();
    m.status = enumFromKey<Meeting::Status>(kStatusKeys, q.value(6).toString()).value_or(Meeting::Status(0));
    m.metWith = q.value(7).toString();
    m.metRole = enumFromKey<Meeting::MetRole>(kMetRoleKeys, q.value(8).toString()).value_or(Meeting::MetRole(0));
    m.reportNotes = q.value(9).toString();
    return m;
}

} // namespace

Result<QList<Meeting>> MeetingRepository::meetings(const QString &dayId) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM meetings WHERE day_id = ? AND deleted = 0 "
                                 "ORDER BY start_minute, legislator_id, id")
                      .arg(kMeetingColumns));
    query.addBindValue(dayId);
    if (!query.exec())
        return sqlError(query);
    QList<Meeting> meetings;
    QHash<QString, int> index;
    while (query.next()) {
        index.insert(query.value(0).toString(), int(meetings.size()));
        meetings.append(meetingFrom(query));
    }

    QSqlQuery members(db);
    members.prepare(QStringLiteral(
        "SELECT ma.meeting_id, ma.attendee_id FROM meeting_attendees ma JOIN meetings m ON m.id = ma.meeting_id "
        "JOIN day_attendees a ON a.id = ma.attendee_id "
        "WHERE m.day_id = ? AND m.deleted = 0 AND ma.deleted = 0 AND a.deleted = 0 ORDER BY ma.attendee_id"));
    members.addBindValue(dayId);
    if (!members.exec())
        return sqlError(members);
    while (members.next())
        meetings[index.value(members.value(0).toString())].attendeeIds.append(members.value(1).toString());

    QSqlQuery outcomes(db);
    outcomes.prepare(QStringLiteral(
        "SELECT o.meeting_id, o.ask_id, o.outcome FROM meeting_outcomes o JOIN meetings m ON m.id = o.meeting_id "
        "JOIN day_asks k ON k.id = o.ask_id WHERE m.day_id = ? AND m.deleted = 0 AND o.deleted = 0 AND k.deleted = 0"));
    outcomes.addBindValue(dayId);
    if (!outcomes.exec())
        return sqlError(outcomes);
    while (outcomes.next()) {
        if (const auto outcome = outcomeFromKey(outcomes.value(2).toString()))
            meetings[index.value(outcomes.value(0).toString())].outcomes.insert(outcomes.value(1).toString(), *outcome);
    }

    QSqlQuery followUps(db);
    followUps.prepare(
        QStringLiteral("SELECT f.meeting_id, f.id, f.description, f.due_date, f.done FROM follow_ups f "
                       "JOIN meetings m ON m.id = f.meeting_id WHERE m.day_id = ? AND m.deleted = 0 AND f.deleted = 0 "
                       "ORDER BY f.due_date, f.created_at, f.id"));
    followUps.addBindValue(dayId);
    if (!followUps.exec())
        return sqlError(followUps);
    while (followUps.next())
        meetings[index.value(followUps.value(0).toString())].followUps.append(
            {followUps.value(1).toString(), followUps.value(2).toString(),
                QDate::fromString(followUps.value(3).toString(), Qt::ISODate), followUps.value(4).toBool()});
    return meetings;
}

Result<Meeting> MeetingRepository::get(const QString &meetingId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT day_id FROM meetings WHERE id = ? AND deleted = 0"));
    query.addBindValue(meetingId);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error {Error::Code::NotFound, tr("The meeting no longer exists.")};
    auto all = meetings(query.value(0).toString());
    if (!all)
        return all.error();
    for (const Meeting &m : all.value()) {
        if (m.id == meetingId)
            return m;
    }
    return Error {Error::Code::NotFound, tr("The meeting no longer exists.")};
}

Status MeetingRepository::insertMeeting(const QString &dayId, Meeting &meeting)
{
    RowWriter writer(m_database);
    meeting.id = newId();
    if (auto s = writer.insert(QStringLiteral("meetings"), meeting.id,
            {{QStringLiteral("day_id"), dayId}, {QStringLiteral("legislator_id"), meeting.legislatorId},
                {QStringLiteral("start_minute"), meeting.start}, {QStringLiteral("end_minute"), meeting.end},
                {QStringLiteral("pinned"), meeting.pinned ? 1 : 0},
                {QStringLiteral("lead_attendee_id"),
                    meeting.leadAttendeeId.isEmpty() ? QVariant() : QVariant(meeting.leadAttendeeId)}});
        !s)
        return s;
    for (const QString &attendeeId : std::as_const(meeting.attendeeIds)) {
        if (auto s = writer.insert(QStringLiteral("meeting_attendees"),
                naturalId(QStringLiteral("meeting_attendees"), {meeting.id, attendeeId}),
                {{QStringLiteral("meeting_id"), meeting.id}, {QStringLiteral("attendee_id"), attendeeId}});
            !s)
            return s;
    }
    return success();
}

Result<QList<Meeting>> MeetingRepository::replaceSchedule(const QString &dayId, const QList<Meeting> &input)
{
    QList<Meeting> meetings = input;
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    RowWriter writer(m_database);
    const QString unfixed
        = QStringLiteral("meeting_id IN (SELECT id FROM meetings WHERE day_id = ? AND deleted = 0 AND pinned = 0 "
                         "AND status = 'planned')");
    if (auto s = writer.tombstone(QStringLiteral("meeting_attendees"), unfixed, {dayId}); !s)
        return s.error();
    if (auto s = writer.tombstone(
            QStringLiteral("meetings"), QStringLiteral("day_id = ? AND pinned = 0 AND status = 'planned'"), {dayId});
        !s)
        return s.error();
    for (Meeting &meeting : meetings) {
        if (auto s = insertMeeting(dayId, meeting); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return meetings;
}

Status MeetingRepository::move(const QString &meetingId, int start, int end)
{
    if (end <= start)
        return Error {Error::Code::InvalidInput, tr("A meeting must end after it starts.")};
    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        return writer.update(QStringLiteral("meetings"), meetingId,
            {{QStringLiteral("start_minute"), start}, {QStringLiteral("end_minute"), end},
                {QStringLiteral("pinned"), 1}});
    });
}

Status MeetingRepository::setPinned(const QString &meetingId, bool pinned)
{
    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        return writer.update(QStringLiteral("meetings"), meetingId, {{QStringLiteral("pinned"), pinned ? 1 : 0}});
    });
}

Status MeetingRepository::remove(const QString &meetingId)
{
    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        if (auto s
            = writer.tombstone(QStringLiteral("meeting_attendees"), QStringLiteral("meeting_id = ?"), {meetingId});
            !s)
            return s;
        return writer.tombstone(QStringLiteral("meetings"), QStringLiteral("id = ?"), {meetingId});
    });
}

Status MeetingRepository::saveReport(const Meeting &meeting)
{
    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        if (auto s = writer.update(QStringLiteral("meetings"), meeting.id,
                {{QStringLiteral("status"), QLatin1String(kStatusKeys[int(meeting.status)])},
                    {QStringLiteral("met_with"), meeting.metWith.trimmed()},
                    {QStringLiteral("met_role"), QLatin1String(kMetRoleKeys[int(meeting.metRole)])},
                    {QStringLiteral("report_notes"), meeting.reportNotes}});
            !s)
            return s;

        // Outcomes: one row per ask, updated in place so two reports of one meeting merge by ask.
        if (auto s
            = writer.tombstone(QStringLiteral("meeting_outcomes"), QStringLiteral("meeting_id = ?"), {meeting.id});
            !s)
            return s;
        for (auto it = meeting.outcomes.cbegin(); it != meeting.outcomes.cend(); ++it) {
            QSqlQuery upsert(m_database.connection());
            upsert.prepare(QStringLiteral(
                "INSERT INTO meeting_outcomes (id, meeting_id, ask_id, outcome, created_at, updated_at, device_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (meeting_id, ask_id) DO UPDATE SET "
                "outcome = excluded.outcome, deleted = 0, updated_at = excluded.updated_at, device_id = "
                "excluded.device_id"));
            for (const QVariant &v :
                {QVariant(naturalId(QStringLiteral("meeting_outcomes"), {meeting.id, it.key()})), QVariant(meeting.id),
                    QVariant(it.key()), QVariant(outcomeKey(it.value())),
                    QVariant(writer.now()), QVariant(writer.now()), QVariant(m_database.deviceId())})
                upsert.addBindValue(v);
            if (!upsert.exec())
                return sqlError(upsert);
        }

        QStringList kept;
        for (const FollowUp &f : meeting.followUps) {
            if (f.description.trimmed().isEmpty())
                continue;
            const Columns columns {{QStringLiteral("description"), f.description.trimmed()},
                {QStringLiteral("due_date"), f.due.isValid() ? f.due.toString(Qt::ISODate) : QString()},
                {QStringLiteral("done"), f.done ? 1 : 0}};
            QString id = f.id;
            if (id.isEmpty()) {
                id = newId();
                Columns withMeeting = columns;
                withMeeting.prepend({QStringLiteral("meeting_id"), meeting.id});
                if (auto s = writer.insert(QStringLiteral("follow_ups"), id, withMeeting); !s)
                    return s;
            } else if (auto s = writer.update(QStringLiteral("follow_ups"), id, columns); !s) {
                return s;
            }
            kept.append(id);
        }
        return writer.tombstoneOthers(QStringLiteral("follow_ups"), QStringLiteral("meeting_id"), meeting.id, kept);
    });
}

Status MeetingRepository::setFollowUpDone(const QString &followUpId, bool done)
{
    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        return writer.update(QStringLiteral("follow_ups"), followUpId, {{QStringLiteral("done"), done ? 1 : 0}});
    });
}

} // namespace majlis
