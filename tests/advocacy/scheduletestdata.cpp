#include "scheduletestdata.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace majlis::test {

namespace {

const QStringList kSenate {QStringLiteral("Russell"), QStringLiteral("Dirksen"), QStringLiteral("Hart")};
const QStringList kHouse {QStringLiteral("Cannon"), QStringLiteral("Longworth"), QStringLiteral("Rayburn")};
const QStringList kStates {QStringLiteral("AL"), QStringLiteral("AK"), QStringLiteral("AZ"), QStringLiteral("AR"),
    QStringLiteral("CA"), QStringLiteral("CO"), QStringLiteral("CT"), QStringLiteral("DE"), QStringLiteral("FL"),
    QStringLiteral("GA"), QStringLiteral("HI"), QStringLiteral("ID"), QStringLiteral("IL"), QStringLiteral("IN"),
    QStringLiteral("IA"), QStringLiteral("KS"), QStringLiteral("KY"), QStringLiteral("LA"), QStringLiteral("ME"),
    QStringLiteral("MD"), QStringLiteral("MA"), QStringLiteral("MI"), QStringLiteral("MN"), QStringLiteral("MS"),
    QStringLiteral("MO"), QStringLiteral("MT"), QStringLiteral("NE"), QStringLiteral("NV"), QStringLiteral("NH"),
    QStringLiteral("NJ"), QStringLiteral("NM"), QStringLiteral("NY"), QStringLiteral("NC"), QStringLiteral("ND"),
    QStringLiteral("OH"), QStringLiteral("OK"), QStringLiteral("OR"), QStringLiteral("PA"), QStringLiteral("RI"),
    QStringLiteral("SC"), QStringLiteral("SD"), QStringLiteral("TN"), QStringLiteral("TX"), QStringLiteral("UT"),
    QStringLiteral("VT"), QStringLiteral("VA"), QStringLiteral("WA"), QStringLiteral("WV"), QStringLiteral("WI"),
    QStringLiteral("WY")};

int roleRank(const Attendee &a)
{
    if (a.role == AttendeeRole::TeamLead)
        return 0;
    if (a.role == AttendeeRole::FirstTimer)
        return 3;
    return a.earlierDays > 0 ? 1 : 2;
}

} // namespace

ScheduleInput generateDay(const DayShape &shape, quint32 seed)
{
    QRandomGenerator random(seed);
    ScheduleInput input;
    input.day.id = QStringLiteral("day");
    input.day.date = QDate(2027, 3, 4);
    input.day.maxTeamSize = shape.maxTeamSize;

    QMap<QString, int> districts;
    for (int s = 0; s < shape.states && s < kStates.size(); ++s) {
        const QString state = kStates.at(s);
        for (int seat = 1; seat <= 2; ++seat) {
            Legislator l;
            l.sourceId = QStringLiteral("S%1%2").arg(state).arg(seat);
            l.id = QStringLiteral("id-") + l.sourceId;
            l.chamber = Chamber::Senate;
            l.state = state;
            l.fullName = l.sourceId;
            l.office = {kSenate.at(random.bounded(kSenate.size())), QString::number(100 + seat)};
            input.legislators.append(l);
        }
        const int count = 1 + random.bounded(shape.maxDistricts);
        districts.insert(state, count);
        for (int d = 1; d <= count; ++d) {
            Legislator l;
            l.sourceId = QStringLiteral("H%1%2").arg(state).arg(d);
            l.id = QStringLiteral("id-") + l.sourceId;
            l.chamber = Chamber::House;
            l.state = state;
            l.district = QString::number(count == 1 ? 0 : d); // a single seat is at-large
            l.fullName = l.sourceId;
            l.office = {kHouse.at(random.bounded(kHouse.size())), QString::number(1000 + d)};
            input.legislators.append(l);
        }
    }

    for (const Legislator &l : std::as_const(input.legislators)) {
        if (random.generateDouble() < shape.blackoutShare) {
            const int start = input.day.windowStart + 30 * random.bounded(14);
            input.officeTimes.append(
                {QStringLiteral("b-") + l.id, l.id, OfficeTime::Kind::Blackout, start, start + 60});
        } else if (random.generateDouble() < shape.confirmedShare) {
            for (int i = 0; i < 2; ++i) {
                const int start = input.day.windowStart + 15 + 60 * random.bounded(7); // off the slot grid
                input.officeTimes.append(
                    {QStringLiteral("c%1-").arg(i) + l.id, l.id, OfficeTime::Kind::Confirmed, start, start + 30});
            }
        }
    }

    const QStringList states = districts.keys();
    for (int i = 0; i < shape.attendees; ++i) {
        Attendee a;
        a.id = QStringLiteral("a%1").arg(i, 6, 10, QLatin1Char('0'));
        a.contactId = QStringLiteral("c") + a.id;
        a.name = QStringLiteral("Person %1").arg(random.bounded(100000));
        a.role = AttendeeRole(random.bounded(4));
        a.earlierDays = random.bounded(3);
        if (random.generateDouble() >= shape.noStateShare) {
            a.state = states.at(random.bounded(states.size()));
            const int count = districts.value(a.state);
            if (random.generateDouble() >= shape.noDistrictShare)
                a.districts.insert(Chamber::House, QString::number(count == 1 ? 0 : 1 + random.bounded(count)));
        }
        input.attendees.append(a);
    }
    return input;
}

QStringList scheduleViolations(const ScheduleInput &input, const ScheduleResult &result)
{
    QStringList problems;
    QHash<QString, Legislator> offices;
    for (const Legislator &l : input.legislators)
        offices.insert(l.id, l);
    QHash<QString, Attendee> people;
    for (const Attendee &a : input.attendees)
        people.insert(a.id, a);

    QList<Meeting> all = input.fixedMeetings;
    all += result.meetings;
    const int slot = input.day.slotMinutes;

    QHash<QString, QList<const Meeting *>> byPerson;
    QHash<QString, QList<const Meeting *>> byOffice;
    QSet<QPair<QString, QString>> met;
    for (const Meeting &m : all) {
        for (const QString &p : m.attendeeIds) {
            byPerson[p].append(&m);
            if (met.contains({p, m.legislatorId}))
                problems << QStringLiteral("%1 meets %2 twice").arg(p, m.legislatorId);
            met.insert({p, m.legislatorId});
        }
        byOffice[m.legislatorId].append(&m);
    }

    for (const Meeting &m : result.meetings) {
        const Legislator &l = offices[m.legislatorId];
        const QString where = QStringLiteral("meeting %1 at %2").arg(m.legislatorId).arg(m.start);
        if (m.attendeeIds.isEmpty() || m.attendeeIds.size() > input.day.maxTeamSize)
            problems << where + QStringLiteral(": team of %1").arg(m.attendeeIds.size());
        if (!m.attendeeIds.contains(m.leadAttendeeId))
            problems << where + QStringLiteral(": lead is not in the team");
        int bestRank = 9;
        for (const QString &p : m.attendeeIds) {
            const Attendee &a = people[p];
            bestRank = std::min(bestRank, roleRank(a));
            const bool constituent = a.state == l.state
                && (l.chamber == Chamber::Senate || a.districts.value(Chamber::House) == l.district
                    || (a.districts.value(Chamber::House).isEmpty() && l.district == u"0"));
            if (!constituent)
                problems << where + QStringLiteral(": %1 is not a constituent").arg(p);
        }
        if (people.contains(m.leadAttendeeId) && roleRank(people[m.leadAttendeeId]) != bestRank)
            problems << where + QStringLiteral(": a better-placed lead was passed over");
        bool hasConfirmed = false;
        bool atConfirmed = false;
        for (const OfficeTime &t : input.officeTimes) {
            if (t.legislatorId != m.legislatorId)
                continue;
            if (t.kind == OfficeTime::Kind::Blackout && t.start < m.end && m.start < t.end)
                problems << where + QStringLiteral(": during a blackout");
            if (t.kind == OfficeTime::Kind::Confirmed) {
                hasConfirmed = true;
                atConfirmed = atConfirmed || (t.start == m.start && t.end == m.end);
            }
        }
        if (hasConfirmed && !atConfirmed)
            problems << where + QStringLiteral(": not at a confirmed time");
        if (!hasConfirmed && ((m.start - input.day.windowStart) % slot != 0 || m.end - m.start != slot))
            problems << where + QStringLiteral(": off the slot grid");
        if (m.start < input.day.windowStart || m.end > input.day.windowEnd)
            problems << where + QStringLiteral(": outside the window");
        if (!l.inOffice)
            problems << where + QStringLiteral(": with a departed member");
    }

    for (auto it = byOffice.cbegin(); it != byOffice.cend(); ++it) {
        for (const Meeting *a : it.value())
            for (const Meeting *b : it.value())
                if (a != b && a->start < b->end && b->start < a->end)
                    problems << QStringLiteral("office %1 double-booked at %2").arg(it.key()).arg(a->start);
    }
    for (auto it = byPerson.cbegin(); it != byPerson.cend(); ++it) {
        for (const Meeting *a : it.value()) {
            for (const Meeting *b : it.value()) {
                if (a == b)
                    continue;
                if (a->start < b->end && b->start < a->end)
                    problems << QStringLiteral("%1 double-booked at %2").arg(it.key()).arg(a->start);
                const int walk = input.day.walking.between(
                    offices[a->legislatorId].office.building, offices[b->legislatorId].office.building);
                if (a->end <= b->start && b->start - a->end < walk)
                    problems << QStringLiteral("%1 cannot walk from %2 to %3 in time")
                                    .arg(it.key(), a->legislatorId, b->legislatorId);
            }
        }
    }

    // Every constituent's every office is either met or listed as unscheduled.
    QSet<QPair<QString, QString>> listed;
    QSet<QString> listedWithoutOffice;
    for (const UnscheduledRequest &u : result.unscheduled) {
        if (u.legislatorId.isEmpty())
            listedWithoutOffice.insert(u.attendeeId);
        else
            listed.insert({u.attendeeId, u.legislatorId});
        if (met.contains({u.attendeeId, u.legislatorId}))
            problems
                << QStringLiteral("%1 listed as unscheduled with %2 yet meets it").arg(u.attendeeId, u.legislatorId);
    }
    for (const Attendee &a : input.attendees) {
        if (a.state.isEmpty()) {
            if (!listedWithoutOffice.contains(a.id))
                problems << QStringLiteral("%1 has no state and is not reported").arg(a.id);
            continue;
        }
        int houseSeats = 0;
        bool houseMatched = false;
        for (const Legislator &l : input.legislators) {
            if (l.state != a.state || !l.inOffice)
                continue;
            if (l.chamber == Chamber::House) {
                ++houseSeats;
                if (a.districts.value(Chamber::House).isEmpty() || a.districts.value(Chamber::House) != l.district)
                    continue;
                houseMatched = true;
            }
            if (!met.contains({a.id, l.id}) && !listed.contains({a.id, l.id}))
                problems << QStringLiteral("%1's meeting with %2 is neither scheduled nor reported").arg(a.id, l.id);
        }
        if (!houseMatched && houseSeats > 1 && !listedWithoutOffice.contains(a.id))
            problems << QStringLiteral("%1 has no district and is not reported").arg(a.id);
    }
    return problems;
}

} // namespace majlis::test
