// Scheduling at capitols other than the U.S. Capitol: state legislatures with districts in both
// chambers, districts that elect several members, a single chamber, a parliament without states,
// and campuses whose buildings the organizer groups.

#include "advocacy/scheduler.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace majlis;

namespace {

Legislator member(const QString &id, Chamber chamber, const QString &state, const QString &district,
                  const QString &building = QStringLiteral("Capitol"))
{
    Legislator l;
    l.id = l.sourceId = id;
    l.chamber = chamber;
    l.state = state;
    l.district = district;
    l.office.building = building;
    return l;
}

Attendee person(const QString &id, const QString &state, QMap<Chamber, QString> districts)
{
    Attendee a;
    a.id = id;
    a.name = id;
    a.state = state;
    a.districts = std::move(districts);
    return a;
}

QStringList metBy(const ScheduleResult &result, const QString &attendeeId)
{
    QStringList offices;
    for (const Meeting &m : result.meetings) {
        if (m.attendeeIds.contains(attendeeId))
            offices.append(m.legislatorId);
    }
    offices.sort();
    return offices;
}

ScheduleInput dayWith(QList<Legislator> members, QList<Attendee> attendees)
{
    ScheduleInput input;
    input.day.date = QDate(2027, 3, 10);
    input.legislators = std::move(members);
    input.attendees = std::move(attendees);
    return input;
}

} // namespace

TEST_CASE("at a state capitol each constituent meets their senator and their representative", "[legislatures][scheduler]")
{
    const auto input = dayWith(
        {member(QStringLiteral("sen-3"), Chamber::Senate, QStringLiteral("MI"), QStringLiteral("3")),
         member(QStringLiteral("sen-4"), Chamber::Senate, QStringLiteral("MI"), QStringLiteral("4")),
         member(QStringLiteral("rep-12"), Chamber::House, QStringLiteral("MI"), QStringLiteral("12")),
         member(QStringLiteral("rep-14"), Chamber::House, QStringLiteral("MI"), QStringLiteral("14"))},
        {person(QStringLiteral("amina"), QStringLiteral("MI"), {{Chamber::Senate, QStringLiteral("3")}, {Chamber::House, QStringLiteral("12")}}),
         person(QStringLiteral("bilal"), QStringLiteral("MI"), {{Chamber::House, QStringLiteral("14")}}),
         person(QStringLiteral("chen"), QStringLiteral("OH"), {{Chamber::House, QStringLiteral("14")}})});
    const ScheduleResult result = Scheduler::schedule(input);
    CHECK(metBy(result, QStringLiteral("amina")) == QStringList{QStringLiteral("rep-12"), QStringLiteral("sen-3")});
    // Without a Senate district, Bilal meets his representative and is reported for the Senate.
    CHECK(metBy(result, QStringLiteral("bilal")) == QStringList{QStringLiteral("rep-14")});
    auto reasonsOf = [&](const QString &who) {
        QList<UnscheduledReason> reasons;
        for (const UnscheduledRequest &u : result.unscheduled) {
            if (u.attendeeId == who)
                reasons.append(u.reason);
        }
        return reasons;
    };
    CHECK(reasonsOf(QStringLiteral("bilal")) == QList<UnscheduledReason>{UnscheduledReason::NoDistrict});
    // Someone from Ohio has no members in Michigan's legislature, in either chamber.
    CHECK(metBy(result, QStringLiteral("chen")).isEmpty());
    CHECK(reasonsOf(QStringLiteral("chen"))
          == QList<UnscheduledReason>{UnscheduledReason::NoState, UnscheduledReason::NoState});
}

TEST_CASE("a district that elects several members sends its constituents to each of them", "[legislatures][scheduler]")
{
    // New Hampshire's House elects up to 11 members in one district; districts are named.
    const auto input = dayWith(
        {member(QStringLiteral("a"), Chamber::House, QStringLiteral("NH"), QStringLiteral("Hillsborough 12")),
         member(QStringLiteral("b"), Chamber::House, QStringLiteral("NH"), QStringLiteral("Hillsborough 12")),
         member(QStringLiteral("c"), Chamber::House, QStringLiteral("NH"), QStringLiteral("Merrimack 3"))},
        {person(QStringLiteral("dana"), QStringLiteral("NH"), {{Chamber::House, QStringLiteral("Hillsborough 12")}})});
    const ScheduleResult result = Scheduler::schedule(input);
    CHECK(metBy(result, QStringLiteral("dana")) == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(result.unscheduled.isEmpty());
}

TEST_CASE("a single chamber and a parliament without states match by district alone", "[legislatures][scheduler]")
{
    SECTION("Nebraska's unicameral legislature")
    {
        const auto input = dayWith(
            {member(QStringLiteral("ne-7"), Chamber::Unicameral, QStringLiteral("NE"), QStringLiteral("7"))},
            {person(QStringLiteral("omar"), QStringLiteral("NE"), {{Chamber::Unicameral, QStringLiteral("7")}})});
        CHECK(metBy(Scheduler::schedule(input), QStringLiteral("omar")) == QStringList{QStringLiteral("ne-7")});
    }
    SECTION("the UK House of Commons: constituencies by name, for members who have no U.S. state")
    {
        const auto input = dayWith(
            {member(QStringLiteral("mp-1"), Chamber::House, QString(), QStringLiteral("Bradford West")),
             member(QStringLiteral("mp-2"), Chamber::House, QString(), QStringLiteral("Islington North"))},
            {person(QStringLiteral("sara"), QString(), {{Chamber::House, QStringLiteral("Bradford West")}}),
             person(QStringLiteral("tariq"), QStringLiteral("NY"), {{Chamber::House, QStringLiteral("Islington North")}})});
        const ScheduleResult result = Scheduler::schedule(input);
        CHECK(metBy(result, QStringLiteral("sara")) == QStringList{QStringLiteral("mp-1")});
        CHECK(metBy(result, QStringLiteral("tariq")) == QStringList{QStringLiteral("mp-2")});
    }
}

TEST_CASE("a campus groups buildings: walking within a group is short, across groups long", "[legislatures][campus]")
{
    WalkingTimes walk;
    walk.sameBuilding = 0;
    walk.sameSide = 5;
    walk.acrossCapitol = 15;
    walk.groups = {{QStringLiteral("capitol"), QStringLiteral("capitol")},
                   {QStringLiteral("binsfeld office building"), QStringLiteral("offices")},
                   {QStringLiteral("anderson building"), QStringLiteral("offices")}};
    CHECK(walk.between(QStringLiteral("Capitol"), QStringLiteral("Capitol")) == 0);
    CHECK(walk.between(QStringLiteral("Binsfeld Office Building"), QStringLiteral("Anderson Building")) == 5);
    CHECK(walk.between(QStringLiteral("Capitol"), QStringLiteral("Anderson Building")) == 15);
    CHECK(walk.between(QStringLiteral("Somewhere Else"), QStringLiteral("Capitol")) == 15); // unknown: the long walk

    const QStringList buildings{QStringLiteral("Capitol"), QStringLiteral("Binsfeld Office Building")};
    CHECK(locateOnCampus(QStringLiteral("Room 5600, Binsfeld Office Building, 201 Townsend St, Lansing"), buildings)
          == OfficeLocation{QStringLiteral("Binsfeld Office Building"), QStringLiteral("5600")});
    CHECK(locateOnCampus(QStringLiteral("S-309 State Capitol, Lansing"), buildings).building == QStringLiteral("Capitol"));
    CHECK(locateOnCampus(QStringLiteral("Suite 3E-14, 100 N Capitol Ave"), buildings)
          == OfficeLocation{QStringLiteral("Capitol"), QStringLiteral("3E-14")});
    CHECK_FALSE(locateOnCampus(QStringLiteral("anything"), {}).isKnown());
}

TEST_CASE("walking between groups keeps a constituent from two meetings too close together", "[legislatures][campus]")
{
    auto input = dayWith(
        {member(QStringLiteral("sen"), Chamber::Senate, QStringLiteral("MI"), QStringLiteral("3"), QStringLiteral("Binsfeld")),
         member(QStringLiteral("rep"), Chamber::House, QStringLiteral("MI"), QStringLiteral("12"), QStringLiteral("Capitol"))},
        {person(QStringLiteral("amina"), QStringLiteral("MI"), {{Chamber::Senate, QStringLiteral("3")}, {Chamber::House, QStringLiteral("12")}})});
    input.day.windowStart = 9 * 60;
    input.day.windowEnd = 11 * 60;
    input.day.slotMinutes = 30;
    input.day.walking.acrossCapitol = 20;
    input.day.walking.groups = {{QStringLiteral("binsfeld"), QStringLiteral("offices")},
                                {QStringLiteral("capitol"), QStringLiteral("capitol")}};
    const ScheduleResult result = Scheduler::schedule(input);
    REQUIRE(result.meetings.size() == 2);
    const Meeting &first = result.meetings[0].start < result.meetings[1].start ? result.meetings[0] : result.meetings[1];
    const Meeting &second = &first == &result.meetings[0] ? result.meetings[1] : result.meetings[0];
    CHECK(second.start - first.end >= 20);
}
