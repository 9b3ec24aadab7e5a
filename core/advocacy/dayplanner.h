#pragma once

#include "advocacy/advocacyday.h"
#include "advocacy/legislator.h"
#include "advocacy/scheduler.h"
#include "common/result.h"

#include <QCoreApplication>

namespace majlis {

class Database;

// Everything known about one day at one moment: what the views, exports and the dashboard
// read from.
struct DaySnapshot
{
    AdvocacyDay day; // its walking times carry the body's campus groups
    LegislativeBody body;
    QList<Legislator> legislators; // every member of the body, departed ones too, so old meetings still name them
    QList<Attendee> attendees;
    QList<OfficeTime> officeTimes;
    QList<Meeting> meetings;

    const Legislator *legislator(const QString &id) const;
    const Attendee *attendee(const QString &id) const;
    QList<const Meeting *> meetingsOf(const QString &attendeeId) const;
};

// Loads a day and runs the scheduler over it, keeping pinned and reported meetings.
class DayPlanner
{
    Q_DECLARE_TR_FUNCTIONS(DayPlanner)

public:
    explicit DayPlanner(Database &database) : m_database(database) {}

    Result<DaySnapshot> snapshot(const QString &dayId) const;
    // Schedules the day again and saves the new meetings in one transaction.
    Result<ScheduleResult> schedule(const QString &dayId);

private:
    Database &m_database;
};

} // namespace majlis
