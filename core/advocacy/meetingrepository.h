#pragma once

#include "advocacy/advocacyday.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>

namespace majlis {

class Database;

// A day's meetings, their teams and what each team reported afterwards.
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)

public:
    explicit MeetingRepository(Database &database) : m_database(database) {}

    // Earliest first, each with its team, outcomes and follow-ups.
    Result<QList<Meeting>> meetings(const QString &dayId) const;
    Result<Meeting> get(const QString &meetingId) const;

    // Replaces the day's unfixed meetings with these, in one transaction; pinned meetings and
    // those with a report stay. The new meetings get ids.
    Result<QList<Meeting>> replaceSchedule(const QString &dayId, const QList<Meeting> &meetings);
    // Moves a meeting by hand, which pins it there.
    Status move(const QString &meetingId, int start, int end);
    Status setPinned(const QString &meetingId, bool pinned);
    Status remove(const QString &meetingId);
    // Saves the report-back: status, who was met, outcomes per ask and follow-ups.
    Status saveReport(const Meeting &meeting);
    Status setFollowUpDone(const QString &followUpId, bool done);

private:
    Status insertMeeting(const QString &dayId, Meeting &meeting);

    Database &m_database;
};

} // namespace majlis
