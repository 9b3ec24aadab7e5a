#pragma once

#include "advocacy/scheduler.h"

#include <QStringList>

namespace majlis::test {

// A made-up Congress and a day of attendees from it, the same for the same seed.
struct DayShape
{
    int attendees = 100;
    int states = 10;
    int maxDistricts = 5;
    int maxTeamSize = 6;
    double blackoutShare = 0.2;  // offices with a blackout
    double confirmedShare = 0.05; // offices that confirmed times
    double noDistrictShare = 0.03;
    double noStateShare = 0.01;
};

ScheduleInput generateDay(const DayShape &shape, quint32 seed);

// Checks a schedule against every rule on its own, without the scheduler's code; returns one
// line per broken rule, empty when the schedule is sound.
QStringList scheduleViolations(const ScheduleInput &input, const ScheduleResult &result);

} // namespace majlis::test
