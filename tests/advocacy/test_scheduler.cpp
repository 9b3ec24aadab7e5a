#include "advocacy/schedulecheck.h"
#include "advocacy/scheduler.h"
#include "scheduletestdata.h"
#include "support/catchqt.h"

#include <QRandomGenerator>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace majlis;
using majlis::test::DayShape;

namespace {

// Meetings without ids compare by what they are: office, time, team and lead.
QStringList describe(const QList<Meeting> &meetings)
{
    QStringList lines;
    for (const Meeting &m : meetings)
        lines << QStringLiteral("%1 %2-%3 lead %4: %5")
                     .arg(m.legislatorId)
                     .arg(m.start)
                     .arg(m.end)
                     .arg(m.leadAttendeeId, m.attendeeIds.join(u','));
    return lines;
}

template <typename T> void shuffle(QList<T> &list, quint32 seed)
{
    QRandomGenerator random(seed);
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, random.bounded(int(i + 1)));
}

} // namespace

TEST_CASE("generated days of many sizes get sound schedules", "[advocacy][scheduler]")
{
    const auto [attendees, states, teamSize, seed] = GENERATE(table<int, int, int, quint32>({
        {1, 1, 6, 1},
        {12, 2, 3, 2},
        {60, 5, 4, 3},
        {150, 12, 6, 4},
        {400, 30, 8, 5},
        {900, 50, 8, 6},
    }));
    DayShape shape;
    shape.attendees = attendees;
    shape.states = states;
    shape.maxTeamSize = teamSize;
    const ScheduleInput input = test::generateDay(shape, seed);
    const ScheduleResult result = Scheduler::schedule(input);

    INFO(attendees << " attendees from " << states << " states");
    const QStringList problems = test::scheduleViolations(input, result);
    CHECK(problems.mid(0, 10) == QStringList());
    CHECK(result.constituents >= attendees - int(attendees * 0.05) - 1);
    CHECK(result.fullyScheduled <= result.constituents);
    // A roomy day: nearly everyone should get all their meetings.
    CHECK(result.fullyScheduled >= result.constituents * 85 / 100);

    // The scheduler's own checker agrees that nothing conflicts.
    QList<Meeting> withIds = result.meetings;
    for (int i = 0; i < withIds.size(); ++i)
        withIds[i].id = QString::number(i);
    CHECK(ScheduleCheck(input.day, input.legislators, input.attendees, input.officeTimes).conflicts(withIds).isEmpty());
}

TEST_CASE("the same day gives the same schedule, whatever order its lists come in", "[advocacy][scheduler]")
{
    DayShape shape;
    shape.attendees = 300;
    shape.states = 20;
    const ScheduleInput input = test::generateDay(shape, 42);
    ScheduleInput shuffled = input;
    shuffle(shuffled.attendees, 7);
    shuffle(shuffled.legislators, 8);
    shuffle(shuffled.officeTimes, 9);

    const ScheduleResult first = Scheduler::schedule(input);
    const ScheduleResult second = Scheduler::schedule(shuffled);
    CHECK(describe(first.meetings) == describe(second.meetings));
    CHECK(first.unscheduled == second.unscheduled);
    CHECK(first.fullyScheduled == second.fullyScheduled);
}

TEST_CASE("pinned meetings stay put and their teams are not booked again", "[advocacy][scheduler]")
{
    DayShape shape;
    shape.attendees = 120;
    shape.states = 8;
    shape.blackoutShare = 0;
    shape.confirmedShare = 0;
    ScheduleInput input = test::generateDay(shape, 11);
    const ScheduleResult first = Scheduler::schedule(input);
    REQUIRE(first.meetings.size() > 10);

    // The organizer pins every fifth meeting where it is.
    for (int i = 0; i < first.meetings.size(); i += 5) {
        Meeting pinned = first.meetings.at(i);
        pinned.id = QStringLiteral("pinned-%1").arg(i);
        pinned.pinned = true;
        input.fixedMeetings.append(pinned);
    }
    const ScheduleResult second = Scheduler::schedule(input);
    CHECK(test::scheduleViolations(input, second) == QStringList());

    // Fixed meetings are not repeated, and nobody in them meets that office again.
    for (const Meeting &fixed : std::as_const(input.fixedMeetings)) {
        for (const Meeting &m : second.meetings) {
            CHECK_FALSE((m.legislatorId == fixed.legislatorId && m.start == fixed.start));
            if (m.legislatorId != fixed.legislatorId)
                continue;
            for (const QString &p : fixed.attendeeIds)
                CHECK_FALSE(m.attendeeIds.contains(p));
        }
    }
    CHECK(second.fullyScheduled >= first.fullyScheduled * 9 / 10);
}

TEST_CASE("what cannot be scheduled is listed with the reason", "[advocacy][scheduler]")
{
    ScheduleInput input;
    input.day.date = QDate(2027, 3, 4);
    input.day.windowStart = 9 * 60;
    input.day.windowEnd = 10 * 60; // two 30-minute slots
    input.day.maxTeamSize = 4;
    auto legislator = [](QString id, Chamber chamber, QString state, std::optional<int> district, QString building) {
        Legislator l;
        l.id = id;
        l.sourceId = id;
        l.chamber = chamber;
        l.state = state;
        l.district = district ? QString::number(*district) : QString();
        l.office.building = building;
        return l;
    };
    input.legislators
        = {legislator(QStringLiteral("S1"), Chamber::Senate, QStringLiteral("WA"), {}, QStringLiteral("Hart")),
            legislator(QStringLiteral("S2"), Chamber::Senate, QStringLiteral("WA"), {}, QStringLiteral("Hart")),
            legislator(QStringLiteral("H1"), Chamber::House, QStringLiteral("WA"), 1, QStringLiteral("Rayburn")),
            legislator(QStringLiteral("H2"), Chamber::House, QStringLiteral("WA"), 2, QStringLiteral("Rayburn"))};
    // S2 is away all morning.
    input.officeTimes = {{QStringLiteral("t"), QStringLiteral("S2"), OfficeTime::Kind::Blackout, 9 * 60, 12 * 60}};
    auto attendee = [](QString id, QString state, std::optional<int> district) {
        Attendee a;
        a.id = id;
        a.name = id;
        a.state = state;
        if (district)
            a.districts.insert(Chamber::House, QString::number(*district));
        return a;
    };
    input.attendees = {attendee(QStringLiteral("amina"), QStringLiteral("WA"), 1),
        attendee(QStringLiteral("bilal"), QStringLiteral("WA"), {}), attendee(QStringLiteral("chen"), QString(), {}),
        attendee(QStringLiteral("dawud"), QStringLiteral("WA"), 7)};

    const ScheduleResult result = Scheduler::schedule(input);
    auto reasonFor = [&](const QString &who, const QString &office) -> std::optional<UnscheduledReason> {
        for (const UnscheduledRequest &u : result.unscheduled) {
            if (u.attendeeId == who && u.legislatorId == office)
                return u.reason;
        }
        return std::nullopt;
    };
    CHECK(reasonFor(QStringLiteral("amina"), QStringLiteral("S2")) == UnscheduledReason::OfficeUnavailable);
    CHECK(reasonFor(QStringLiteral("bilal"), {}) == UnscheduledReason::NoDistrict);
    CHECK(reasonFor(QStringLiteral("chen"), {}) == UnscheduledReason::NoState);
    CHECK(reasonFor(QStringLiteral("dawud"), {}) == UnscheduledReason::VacantSeat);
    // Amina meets S1 and H1 in the two slots only if the walk from Hart to Rayburn fits; it
    // does not (no gap), so one of them is reported as having no common time.
    const bool s1 = !reasonFor(QStringLiteral("amina"), QStringLiteral("S1"));
    const bool h1 = !reasonFor(QStringLiteral("amina"), QStringLiteral("H1"));
    CHECK(s1 != h1);
    CHECK((reasonFor(QStringLiteral("amina"), QStringLiteral("S1")) == UnscheduledReason::NoCommonTime
        || reasonFor(QStringLiteral("amina"), QStringLiteral("H1")) == UnscheduledReason::NoCommonTime));
    CHECK(test::scheduleViolations(input, result) == QStringList());
    CHECK(result.fullyScheduled == 0);
    CHECK_FALSE(describe(UnscheduledReason::NoCommonTime).isEmpty());

    SECTION("with walking time allowed for, both fit")
    {
        input.day.walking = {0, 0, 0, {}};
        const ScheduleResult relaxed = Scheduler::schedule(input);
        int aminaMeetings = 0;
        for (const Meeting &m : relaxed.meetings)
            aminaMeetings += m.attendeeIds.contains(QStringLiteral("amina")) ? 1 : 0;
        CHECK(aminaMeetings == 2);
    }
}

TEST_CASE("teams are split to the size limit and led by the most experienced", "[advocacy][scheduler]")
{
    ScheduleInput input;
    input.day.date = QDate(2027, 3, 4);
    input.day.maxTeamSize = 3;
    Legislator senator;
    senator.id = senator.sourceId = QStringLiteral("S1");
    senator.chamber = Chamber::Senate;
    senator.state = QStringLiteral("VT");
    senator.office.building = QStringLiteral("Russell");
    input.legislators = {senator};
    for (int i = 0; i < 7; ++i) {
        Attendee a;
        a.id = QStringLiteral("p%1").arg(i);
        a.name = a.id;
        a.state = QStringLiteral("VT");
        a.districts.insert(Chamber::House, QStringLiteral("0"));
        a.role = i == 5 ? AttendeeRole::TeamLead : AttendeeRole::FirstTimer;
        a.earlierDays = i == 2 ? 3 : 0;
        if (i == 2)
            a.role = AttendeeRole::Constituent;
        input.attendees.append(a);
    }
    const ScheduleResult result = Scheduler::schedule(input);
    REQUIRE(result.meetings.size() == 3); // 7 people, at most 3 a team: 3 + 2 + 2
    QList<int> sizes;
    QStringList leads;
    for (const Meeting &m : result.meetings) {
        sizes << int(m.attendeeIds.size());
        leads << m.leadAttendeeId;
    }
    std::sort(sizes.begin(), sizes.end());
    CHECK(sizes == QList<int> {2, 2, 3});
    // The team lead and the experienced constituent each lead a team; a first-timer leads only
    // where nobody else can.
    CHECK(leads.contains(QStringLiteral("p5")));
    CHECK(leads.contains(QStringLiteral("p2")));
    CHECK(test::scheduleViolations(input, result) == QStringList());
}

TEST_CASE("the schedule checker finds what a hand-made move breaks", "[advocacy][scheduler]")
{
    AdvocacyDay day;
    day.walking = {0, 10, 20, {}};
    Legislator hart;
    hart.id = QStringLiteral("S1");
    hart.chamber = Chamber::Senate;
    hart.state = QStringLiteral("WA");
    hart.office.building = QStringLiteral("Hart");
    Legislator rayburn = hart;
    rayburn.id = QStringLiteral("H1");
    rayburn.chamber = Chamber::House;
    rayburn.office.building = QStringLiteral("Rayburn");
    Attendee amina;
    amina.id = QStringLiteral("amina");
    amina.name = QStringLiteral("Amina");
    const QList<OfficeTime> times {{QStringLiteral("b"), QStringLiteral("H1"), OfficeTime::Kind::Blackout, 660, 720}};
    const ScheduleCheck check(day, {hart, rayburn}, {amina}, times);

    Meeting first;
    first.id = QStringLiteral("m1");
    first.legislatorId = QStringLiteral("S1");
    first.start = 600;
    first.end = 630;
    first.attendeeIds = {QStringLiteral("amina")};
    Meeting second = first;
    second.id = QStringLiteral("m2");
    second.legislatorId = QStringLiteral("H1");
    second.start = 900;
    second.end = 930;
    const QList<Meeting> meetings {first, second};
    CHECK(check.conflicts(meetings).isEmpty());

    auto kinds = [](const QList<Conflict> &conflicts) {
        QList<Conflict::Kind> k;
        for (const Conflict &c : conflicts)
            k << c.kind;
        return k;
    };
    CHECK(kinds(check.conflictsIfMoved(meetings, QStringLiteral("m2"), 600))
        == QList {Conflict::Kind::AttendeeDoubleBooked});
    CHECK(kinds(check.conflictsIfMoved(meetings, QStringLiteral("m2"), 630)) == QList {Conflict::Kind::WalkTooShort});
    CHECK(check.conflictsIfMoved(meetings, QStringLiteral("m2"), 730).isEmpty());
    CHECK(kinds(check.conflictsIfMoved(meetings, QStringLiteral("m2"), 690)) == QList {Conflict::Kind::OfficeBlackout});
    CHECK(kinds(check.conflictsIfMoved(meetings, QStringLiteral("m2"), 1050)) == QList {Conflict::Kind::OutsideWindow});
    const auto walk = check.conflictsIfMoved(meetings, QStringLiteral("m2"), 630);
    CHECK(walk.first().message.contains(QStringLiteral("Amina")));
    CHECK(walk.first().message.contains(QStringLiteral("20")));
}
