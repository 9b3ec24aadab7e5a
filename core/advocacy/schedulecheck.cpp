#include "advocacy/schedulecheck.h"

#include <algorithm>

namespace majlis {

ScheduleCheck::ScheduleCheck(const AdvocacyDay &day, const QList<Legislator> &legislators,
    const QList<Attendee> &attendees, const QList<OfficeTime> &officeTimes)
    : m_day(day)
    , m_officeTimes(officeTimes)
{
    for (const Legislator &l : legislators)
        m_legislators.insert(l.id, l);
    for (const Attendee &a : attendees)
        m_names.insert(a.id, a.name);
}

QString ScheduleCheck::buildingOf(const QString &legislatorId) const
{
    return m_legislators.value(legislatorId).office.building;
}

QString ScheduleCheck::officeName(const QString &legislatorId) const
{
    const auto it = m_legislators.constFind(legislatorId);
    return it == m_legislators.cend() ? tr("an office no longer listed") : it->title();
}

QString ScheduleCheck::personName(const QString &attendeeId) const
{
    return m_names.value(attendeeId, tr("someone no longer registered"));
}

QList<Conflict> ScheduleCheck::conflicts(const QList<Meeting> &all) const
{
    QList<const Meeting *> meetings;
    for (const Meeting &m : all) {
        if (m.status != Meeting::Status::Cancelled)
            meetings.append(&m);
    }
    std::sort(meetings.begin(), meetings.end(),
        [](const Meeting *a, const Meeting *b) { return std::tie(a->start, a->id) < std::tie(b->start, b->id); });

    QList<Conflict> found;
    for (const Meeting *m : std::as_const(meetings)) {
        if (m->start < m_day.windowStart || m->end > m_day.windowEnd)
            found.append({Conflict::Kind::OutsideWindow, m->id, {},
                tr("%1 to %2 is outside the day's meeting window.")
                    .arg(formatMinutes(m->start), formatMinutes(m->end))});
        if (m->attendeeIds.size() > m_day.maxTeamSize)
            found.append({Conflict::Kind::TeamTooLarge, m->id, {},
                tr("The team has %1 people; the day allows %2.").arg(m->attendeeIds.size()).arg(m_day.maxTeamSize)});
        bool hasConfirmed = false;
        bool atConfirmed = false;
        for (const OfficeTime &t : m_officeTimes) {
            if (t.legislatorId != m->legislatorId)
                continue;
            if (t.kind == OfficeTime::Kind::Blackout && t.start < m->end && m->start < t.end)
                found.append({Conflict::Kind::OfficeBlackout, m->id, {},
                    tr("%1 cannot meet from %2 to %3.")
                        .arg(officeName(m->legislatorId), formatMinutes(t.start), formatMinutes(t.end))});
            if (t.kind == OfficeTime::Kind::Confirmed) {
                hasConfirmed = true;
                atConfirmed = atConfirmed || (m->start >= t.start && m->end <= t.end);
            }
        }
        if (hasConfirmed && !atConfirmed)
            found.append({Conflict::Kind::NotAtConfirmedTime, m->id, {},
                tr("%1 confirmed other times for meetings.").arg(officeName(m->legislatorId))});

        for (const Meeting *other : std::as_const(meetings)) {
            if (other == m)
                continue;
            const bool overlap = m->start < other->end && other->start < m->end;
            if (overlap && other->legislatorId == m->legislatorId)
                found.append({Conflict::Kind::OfficeDoubleBooked, m->id, {},
                    tr("%1 has another meeting at %2.").arg(officeName(m->legislatorId), formatMinutes(other->start))});
            for (const QString &person : m->attendeeIds) {
                if (!other->attendeeIds.contains(person))
                    continue;
                if (overlap) {
                    found.append({Conflict::Kind::AttendeeDoubleBooked, m->id, person,
                        tr("%1 is also meeting %2 at %3.")
                            .arg(personName(person), officeName(other->legislatorId), formatMinutes(other->start))});
                    continue;
                }
                // Only the walk from the previous meeting is checked, so each gap is reported once.
                if (other->end <= m->start) {
                    const int walk
                        = m_day.walking.between(buildingOf(other->legislatorId), buildingOf(m->legislatorId));
                    if (m->start - other->end < walk)
                        found.append({Conflict::Kind::WalkTooShort, m->id, person,
                            tr("%1 needs %2 minutes to walk here from %3, which ends at %4.")
                                .arg(personName(person))
                                .arg(walk)
                                .arg(officeName(other->legislatorId), formatMinutes(other->end))});
                }
            }
        }
    }
    return found;
}

QList<Conflict> ScheduleCheck::conflictsIfMoved(
    const QList<Meeting> &meetings, const QString &meetingId, int newStart) const
{
    QList<Meeting> moved = meetings;
    for (Meeting &m : moved) {
        if (m.id == meetingId) {
            m.end = newStart + (m.end - m.start);
            m.start = newStart;
        }
    }
    QList<Conflict> all = conflicts(moved);
    all.removeIf([&](const Conflict &c) { return c.meetingId != meetingId; });
    return all;
}

} // namespace majlis
