#include "advocacy/scheduler.h"

#include "contacts/searchtext.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace majlis {

namespace {

struct Interval
{
    int start = 0;
    int end = 0;
    QString building;

    bool overlaps(int s, int e) const { return start < e && s < end; }
};

struct Office
{
    const Legislator *legislator = nullptr;
    std::vector<Interval> candidates; // times the office could meet, earliest first
    std::vector<Interval> booked;

    bool isFree(const Interval &slot) const
    {
        return std::none_of(
            booked.begin(), booked.end(), [&](const Interval &b) { return b.overlaps(slot.start, slot.end); });
    }
};

struct Person
{
    const Attendee *attendee = nullptr;
    QString sortName;
    std::vector<Interval> busy;
    int leads = 0;
    int requests = 0;
    int missed = 0;
};

struct Team
{
    int office = 0;
    int chunk = 0;
    std::vector<int> members; // person indexes
};

struct Placed
{
    int office = 0;
    Interval slot;
    std::vector<int> members;
};

int leadRank(const Attendee &a)
{
    switch (a.role) {
    case AttendeeRole::TeamLead:
        return 0;
    case AttendeeRole::FirstTimer:
        return 3;
    case AttendeeRole::Constituent:
    case AttendeeRole::NoteTaker:
        return a.earlierDays > 0 ? 1 : 2;
    }
    return 2;
}

class Planner
{
public:
    explicit Planner(const ScheduleInput &input)
        : m_input(input)
    { }

    ScheduleResult run()
    {
        buildOffices();
        buildPeople();
        reserveFixedMeetings();
        collectRequests();
        placeTeams(makeTeams());
        placeLeftovers();
        return finish();
    }

private:
    void buildOffices()
    {
        std::vector<const Legislator *> current;
        for (const Legislator &l : m_input.legislators) {
            if (l.inOffice)
                current.push_back(&l);
        }
        std::sort(current.begin(), current.end(),
            [](const Legislator *a, const Legislator *b) { return a->sourceId < b->sourceId; });

        const AdvocacyDay &day = m_input.day;
        for (const Legislator *l : current) {
            Office office;
            office.legislator = l;
            std::vector<Interval> blackouts;
            std::vector<Interval> confirmed;
            for (const OfficeTime &t : m_input.officeTimes) {
                if (t.legislatorId != l->id || t.end <= t.start)
                    continue;
                (t.kind == OfficeTime::Kind::Blackout ? blackouts : confirmed).push_back({t.start, t.end, {}});
            }
            auto blocked = [&](const Interval &slot) {
                return std::any_of(blackouts.begin(), blackouts.end(),
                    [&](const Interval &b) { return b.overlaps(slot.start, slot.end); });
            };
            // An office that confirmed times meets only then; otherwise any slot of the window.
            std::vector<Interval> times = confirmed;
            if (times.empty()) {
                const int slot = std::max(5, day.slotMinutes);
                for (int start = day.windowStart; start + slot <= day.windowEnd; start += slot)
                    times.push_back({start, start + slot, {}});
            }
            std::sort(times.begin(), times.end(), [](const Interval &a, const Interval &b) {
                return std::tie(a.start, a.end) < std::tie(b.start, b.end);
            });
            for (Interval &t : times) {
                t.building = l->office.building;
                if (!blocked(t))
                    office.candidates.push_back(t);
            }
            m_officeById.emplace(l->id, int(m_offices.size()));
            m_seats[{l->state, l->chamber}][l->district].push_back(int(m_offices.size()));
            m_offices.push_back(std::move(office));
        }
    }

    void buildPeople()
    {
        std::vector<const Attendee *> sorted;
        for (const Attendee &a : m_input.attendees)
            sorted.push_back(&a);
        std::sort(sorted.begin(), sorted.end(), [](const Attendee *a, const Attendee *b) { return a->id < b->id; });
        for (const Attendee *a : sorted) {
            m_personById.emplace(a->id, int(m_people.size()));
            m_people.push_back({a, searchtext::fold(a->name), {}, 0, 0, 0});
        }
    }

    void reserveFixedMeetings()
    {
        for (const Meeting &m : m_input.fixedMeetings) {
            QString building;
            const auto office = m_officeById.find(m.legislatorId);
            if (office != m_officeById.end()) {
                building = m_offices[office->second].legislator->office.building;
                if (m.status != Meeting::Status::Cancelled)
                    m_offices[office->second].booked.push_back({m.start, m.end, building});
            }
            for (const QString &id : m.attendeeIds) {
                const auto person = m_personById.find(id);
                if (person == m_personById.end())
                    continue;
                if (m.status != Meeting::Status::Cancelled)
                    m_people[person->second].busy.push_back({m.start, m.end, building});
                m_satisfied.insert({person->second, m.legislatorId});
            }
            if (const auto lead = m_personById.find(m.leadAttendeeId); lead != m_personById.end())
                ++m_people[lead->second].leads;
            m_load[m.start] += 1;
        }
    }

    void unscheduled(int person, const QString &legislatorId, UnscheduledReason reason)
    {
        m_result.unscheduled.append({m_people[person].attendee->id, legislatorId, reason});
        ++m_people[person].missed;
    }

    void request(int person, int office)
    {
        ++m_people[person].requests;
        if (m_satisfied.count({person, m_offices[office].legislator->id}) == 0)
            m_waiting[office].push_back(person);
    }

    // Each constituent asks for every member who represents them in each chamber of the day's
    // body: the members of their whole state (U.S. senators) and those of their district, all of
    // them where a district elects several (New Hampshire, Arizona's House).
    void collectRequests()
    {
        std::set<Chamber> chambers;
        for (const auto &[key, districts] : m_seats)
            chambers.insert(key.second);
        for (int p = 0; p < int(m_people.size()); ++p) {
            const Attendee &a = *m_people[p].attendee;
            for (Chamber chamber : chambers) {
                // Members of another country's parliament have no state; U.S. members are found
                // by the attendee's.
                auto seats = m_seats.find({a.state, chamber});
                if (seats == m_seats.end() || a.state.isEmpty())
                    seats = m_seats.find({QString(), chamber});
                if (seats == m_seats.end()) {
                    ++m_people[p].requests;
                    unscheduled(p, {}, UnscheduledReason::NoState);
                    continue;
                }
                requestSeats(p, seats->second, a.districts.value(chamber));
            }
        }
    }

    void requestSeats(int p, const std::map<QString, std::vector<int>> &districts, const QString &district)
    {
        if (const auto statewide = districts.find(QString()); statewide != districts.end()) {
            for (int office : statewide->second)
                request(p, office);
            if (districts.size() == 1)
                return;
        }
        const std::vector<int> *offices = nullptr;
        if (!district.isEmpty()) {
            if (const auto seat = districts.find(district); seat != districts.end())
                offices = &seat->second;
        } else if (districts.size() == 1 || (districts.size() == 2 && districts.count(QString()) == 1)) {
            // A state with one seat in the chamber (at-large) needs no district.
            for (const auto &[name, seat] : districts) {
                if (!name.isEmpty())
                    offices = &seat;
            }
        }
        if (offices) {
            for (int office : *offices)
                request(p, office);
            return;
        }
        ++m_people[p].requests;
        unscheduled(p, {}, district.isEmpty() ? UnscheduledReason::NoDistrict : UnscheduledReason::VacantSeat);
    }

    std::vector<Team> makeTeams()
    {
        std::vector<Team> teams;
        for (auto &[office, waiting] : m_waiting) {
            // Neighbours from one district share their representative's meeting too, so keeping
            // them together in the senators' teams makes a common free time likelier.
            std::sort(waiting.begin(), waiting.end(), [&](int x, int y) {
                const Attendee &a = *m_people[x].attendee;
                const Attendee &b = *m_people[y].attendee;
                const QString da = a.districts.value(Chamber::House);
                const QString db = b.districts.value(Chamber::House);
                return std::tie(da, m_people[x].sortName, a.id) < std::tie(db, m_people[y].sortName, b.id);
            });
            const int n = int(waiting.size());
            const int limit = std::max(1, m_input.day.maxTeamSize);
            const int count = (n + limit - 1) / limit;
            int next = 0;
            for (int chunk = 0; chunk < count; ++chunk) {
                const int size = n / count + (chunk < n % count ? 1 : 0);
                Team team {office, chunk, {waiting.begin() + next, waiting.begin() + next + size}};
                next += size;
                teams.push_back(std::move(team));
            }
        }
        // The most constrained first: offices with few possible times, then the largest teams.
        std::sort(teams.begin(), teams.end(), [&](const Team &a, const Team &b) {
            const auto key = [&](const Team &t) {
                return std::make_tuple(m_offices[t.office].candidates.size(), -int(t.members.size()),
                    m_offices[t.office].legislator->sourceId, t.chunk);
            };
            return key(a) < key(b);
        });
        return teams;
    }

    bool canAttend(int person, const Interval &slot) const
    {
        const WalkingTimes &walk = m_input.day.walking;
        for (const Interval &b : m_people[person].busy) {
            if (b.overlaps(slot.start, slot.end))
                return false;
            if (b.end <= slot.start && slot.start - b.end < walk.between(b.building, slot.building))
                return false;
            if (slot.end <= b.start && b.start - slot.end < walk.between(slot.building, b.building))
                return false;
        }
        return true;
    }

    void book(int office, const Interval &slot, const std::vector<int> &members)
    {
        m_offices[office].booked.push_back(slot);
        for (int p : members)
            m_people[p].busy.push_back(slot);
        m_load[slot.start] += 1;
        m_placed.push_back({office, slot, members});
    }

    void placeTeams(const std::vector<Team> &teams)
    {
        for (const Team &team : teams) {
            const Office &office = m_offices[team.office];
            const Interval *best = nullptr;
            std::vector<int> bestMembers;
            std::tuple<int, int, int> bestKey; // (-members who can come, load, start)
            for (const Interval &slot : office.candidates) {
                if (!office.isFree(slot))
                    continue;
                std::vector<int> able;
                for (int p : team.members) {
                    if (canAttend(p, slot))
                        able.push_back(p);
                }
                if (able.empty())
                    continue;
                const auto key = std::make_tuple(-int(able.size()), m_load[slot.start], slot.start);
                if (!best || key < bestKey) {
                    best = &slot;
                    bestKey = key;
                    bestMembers = std::move(able);
                }
            }
            if (!best) {
                for (int p : team.members)
                    m_leftovers.push_back({p, team.office});
                continue;
            }
            const Interval slot = *best;
            book(team.office, slot, bestMembers);
            for (int p : team.members) {
                if (std::find(bestMembers.begin(), bestMembers.end(), p) == bestMembers.end())
                    m_leftovers.push_back({p, team.office});
            }
        }
    }

    // Whoever could not go with their team joins another team of the same office with room, or
    // starts a new one at a time that suits them.
    void placeLeftovers()
    {
        std::sort(m_leftovers.begin(), m_leftovers.end(), [&](const auto &a, const auto &b) {
            return std::tie(m_people[a.first].attendee->id, m_offices[a.second].legislator->sourceId)
                < std::tie(m_people[b.first].attendee->id, m_offices[b.second].legislator->sourceId);
        });
        const int limit = std::max(1, m_input.day.maxTeamSize);
        for (const auto &[person, office] : m_leftovers) {
            bool done = false;
            for (Placed &placed : m_placed) {
                if (placed.office == office && int(placed.members.size()) < limit && canAttend(person, placed.slot)) {
                    placed.members.push_back(person);
                    m_people[person].busy.push_back(placed.slot);
                    done = true;
                    break;
                }
            }
            if (done)
                continue;
            bool officeHasTime = false;
            for (const Interval &slot : m_offices[office].candidates) {
                if (!m_offices[office].isFree(slot))
                    continue;
                officeHasTime = true;
                if (canAttend(person, slot)) {
                    book(office, slot, {person});
                    done = true;
                    break;
                }
            }
            if (!done)
                unscheduled(person, m_offices[office].legislator->id,
                    officeHasTime ? UnscheduledReason::NoCommonTime : UnscheduledReason::OfficeUnavailable);
        }
    }

    int chooseLead(const std::vector<int> &members)
    {
        return *std::min_element(members.begin(), members.end(), [&](int x, int y) {
            const Person &a = m_people[x];
            const Person &b = m_people[y];
            return std::make_tuple(leadRank(*a.attendee), a.leads, -a.attendee->earlierDays, a.sortName, a.attendee->id)
                < std::make_tuple(leadRank(*b.attendee), b.leads, -b.attendee->earlierDays, b.sortName, b.attendee->id);
        });
    }

    ScheduleResult finish()
    {
        std::sort(m_placed.begin(), m_placed.end(), [&](const Placed &a, const Placed &b) {
            return std::tie(a.slot.start, m_offices[a.office].legislator->sourceId)
                < std::tie(b.slot.start, m_offices[b.office].legislator->sourceId);
        });
        for (const Placed &placed : m_placed) {
            Meeting meeting;
            meeting.legislatorId = m_offices[placed.office].legislator->id;
            meeting.start = placed.slot.start;
            meeting.end = placed.slot.end;
            const int lead = chooseLead(placed.members);
            ++m_people[lead].leads;
            meeting.leadAttendeeId = m_people[lead].attendee->id;
            for (int p : placed.members)
                meeting.attendeeIds.append(m_people[p].attendee->id);
            meeting.attendeeIds.sort();
            m_result.meetings.append(meeting);
        }
        for (const Person &p : m_people) {
            m_result.requests += p.requests;
            if (p.requests > 0) {
                ++m_result.constituents;
                if (p.missed == 0)
                    ++m_result.fullyScheduled;
            }
        }
        return m_result;
    }

    const ScheduleInput &m_input;
    std::vector<Office> m_offices;
    std::map<QString, int> m_officeById;
    // (state, chamber) → district → offices; "" is the whole state, or no state outside the U.S.
    std::map<std::pair<QString, Chamber>, std::map<QString, std::vector<int>>> m_seats;
    std::vector<Person> m_people;
    std::map<QString, int> m_personById;
    std::set<std::pair<int, QString>> m_satisfied; // (person, legislator id) met in a fixed meeting
    std::map<int, std::vector<int>> m_waiting; // office → people still to meet it
    std::map<int, int> m_load; // meetings starting at each minute
    std::vector<Placed> m_placed;
    std::vector<std::pair<int, int>> m_leftovers; // (person, office)
    ScheduleResult m_result;
};

} // namespace

QString describe(UnscheduledReason reason)
{
    switch (reason) {
    case UnscheduledReason::NoState:
        return Scheduler::tr("The contact has no U.S. state, or lives outside the legislature's state, so "
                             "their members are unknown.");
    case UnscheduledReason::NoDistrict:
        return Scheduler::tr("The contact has no district for this chamber, so their member is unknown; fill "
                             "districts from ZIP codes or enter it.");
    case UnscheduledReason::VacantSeat:
        return Scheduler::tr("No current member holds this seat.");
    case UnscheduledReason::OfficeUnavailable:
        return Scheduler::tr("The office has no free time left in the day's window, its blackouts and "
                             "its confirmed times.");
    case UnscheduledReason::NoCommonTime:
        return Scheduler::tr("Whenever the office is free, the attendee is in another meeting or could not "
                             "walk there in time.");
    }
    return {};
}

ScheduleResult Scheduler::schedule(const ScheduleInput &input)
{
    return Planner(input).run();
}

} // namespace majlis
