#include "advocacy/dayplanner.h"

#include "advocacy/dayrepository.h"
#include "advocacy/legislatorrepository.h"
#include "advocacy/meetingrepository.h"
#include "legislatures/bodyrepository.h"

namespace majlis {

const Legislator *DaySnapshot::legislator(const QString &id) const
{
    for (const Legislator &l : legislators) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

const Attendee *DaySnapshot::attendee(const QString &id) const
{
    for (const Attendee &a : attendees) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QList<const Meeting *> DaySnapshot::meetingsOf(const QString &attendeeId) const
{
    QList<const Meeting *> result;
    for (const Meeting &m : meetings) {
        if (m.attendeeIds.contains(attendeeId))
            result.append(&m);
    }
    return result;
}

Result<DaySnapshot> DayPlanner::snapshot(const QString &dayId) const
{
    DaySnapshot snapshot;
    auto day = DayRepository(m_database).get(dayId);
    if (!day)
        return day.error();
    snapshot.day = std::move(day).value();
    auto body = BodyRepository(m_database).get(snapshot.day.bodyId);
    if (!body)
        return body.error();
    snapshot.body = std::move(body).value();
    for (const CampusBuilding &building : std::as_const(snapshot.body.campus))
        snapshot.day.walking.groups.insert(building.name.toCaseFolded(), building.group);
    LegislatorFilter filter;
    filter.bodyId = snapshot.body.id;
    filter.includeDeparted = true;
    auto legislators = LegislatorRepository(m_database).list(filter);
    if (!legislators)
        return legislators.error();
    snapshot.legislators = std::move(legislators).value();
    auto attendees = DayRepository(m_database).attendees(dayId);
    if (!attendees)
        return attendees.error();
    snapshot.attendees = std::move(attendees).value();
    auto times = DayRepository(m_database).officeTimes(dayId);
    if (!times)
        return times.error();
    snapshot.officeTimes = std::move(times).value();
    auto meetings = MeetingRepository(m_database).meetings(dayId);
    if (!meetings)
        return meetings.error();
    snapshot.meetings = std::move(meetings).value();
    return snapshot;
}

Result<ScheduleResult> DayPlanner::schedule(const QString &dayId)
{
    auto loaded = snapshot(dayId);
    if (!loaded)
        return loaded.error();
    const DaySnapshot &s = loaded.value();
    if (s.legislators.isEmpty())
        return Error {Error::Code::InvalidInput,
            tr("There are no members of %1 in this workspace yet; import its current members first.")
                .arg(s.body.name)};

    ScheduleInput input {s.day, s.legislators, s.attendees, s.officeTimes, {}};
    for (const Meeting &m : s.meetings) {
        if (m.isFixed())
            input.fixedMeetings.append(m);
    }
    ScheduleResult result = Scheduler::schedule(input);
    auto saved = MeetingRepository(m_database).replaceSchedule(dayId, result.meetings);
    if (!saved)
        return saved.error();
    result.meetings = std::move(saved).value();
    return result;
}

} // namespace majlis
