#include "reports/organizingreports.h"

#include "events/eventrepository.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace majlis {

Result<QList<OrganizingReports::EventAttendance>> OrganizingReports::attendancePerEvent() const
{
    auto events = EventRepository(m_database).list();
    if (!events)
        return events.error();
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT event_id, sum(registered), count(checked_in_at), sum(walk_in) "
                                   "FROM event_registrations WHERE deleted = 0 GROUP BY event_id")))
        return sqlError(query);
    QHash<QString, std::array<int, 3>> counts;
    while (query.next())
        counts.insert(
            query.value(0).toString(), {query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt()});
    QList<EventAttendance> result;
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        const auto c = counts.value(it->id, {0, 0, 0});
        result.append({*it, c[0], c[1], c[2]});
    }
    return result;
}

Result<QList<OrganizingReports::ChapterMonth>> OrganizingReports::attendancePerChapter() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT coalesce(ch.name, ''), substr(e.starts_at, 1, 7) AS month, count(r.checked_in_at) "
                           "FROM events e JOIN event_registrations r ON r.event_id = e.id AND r.deleted = 0 "
                           "LEFT JOIN chapters ch ON ch.id = e.chapter_id WHERE e.deleted = 0 "
                           "GROUP BY 1, 2 ORDER BY 2, 1")))
        return sqlError(query);
    QList<ChapterMonth> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    return result;
}

Result<QList<OrganizingReports::DriveResult>> OrganizingReports::voterRegistration() const
{
    auto events = EventRepository(m_database).list();
    if (!events)
        return events.error();
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT event_id, status, count(*), sum(pledged) FROM voter_records v "
                                   "JOIN contacts c ON c.id = v.contact_id WHERE v.deleted = 0 AND c.deleted = 0 "
                                   "GROUP BY event_id, status")))
        return sqlError(query);
    QHash<QString, DriveResult> byEvent;
    while (query.next()) {
        DriveResult &drive = byEvent[query.value(0).toString()];
        const auto status = voterStatusFromKey(query.value(1).toString()).value_or(VoterRecord::Status::Unknown);
        drive.byStatus[status] += query.value(2).toInt();
        drive.pledged += query.value(3).toInt();
    }
    QList<DriveResult> result;
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        if (it->kind != EventKind::VoterRegistration && !byEvent.contains(it->id))
            continue;
        DriveResult drive = byEvent.value(it->id);
        drive.event = *it;
        result.append(drive);
    }
    return result;
}

Result<QList<OrganizingReports::IssueArea>> OrganizingReports::partnersByIssueArea() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT j.value, o.name FROM organizations o, json_each(o.issue_areas) j "
                                   "WHERE o.deleted = 0 ORDER BY j.value COLLATE NOCASE, o.name COLLATE NOCASE")))
        return sqlError(query);
    QList<IssueArea> result;
    while (query.next()) {
        const QString area = query.value(0).toString();
        if (result.isEmpty() || result.last().area.compare(area, Qt::CaseInsensitive) != 0)
            result.append({area, {}});
        result.last().partners.append(query.value(1).toString());
    }
    return result;
}

Result<QList<OrganizingReports::LetterStatus>> OrganizingReports::signOnStatus() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT l.id, l.title, l.deadline, count(p.id), sum(p.answer = 'signed'), sum(p.answer = 'declined') "
            "FROM sign_on_letters l LEFT JOIN letter_partners p ON p.letter_id = l.id AND p.deleted = 0 "
            "WHERE l.deleted = 0 GROUP BY l.id ORDER BY l.deadline = '', l.deadline, l.title")))
        return sqlError(query);
    QList<LetterStatus> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(),
            QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toInt(), query.value(4).toInt(),
            query.value(5).toInt()});
    return result;
}

} // namespace majlis
