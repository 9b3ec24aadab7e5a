#pragma once

#include "advocacy/advocacyday.h"
#include "advocacy/legislator.h"

#include <QCoreApplication>
#include <QList>

namespace majlis {

// Why a constituent's meeting with one of their offices could not be placed.
enum class UnscheduledReason {
    NoState,         // the contact has no US state
    NoDistrict,      // the state has several districts and the contact's is unknown
    VacantSeat,      // no current member holds the seat
    OfficeUnavailable, // the office's blackouts or confirmed times leave no time for this team
    NoCommonTime,    // every time the office is free, the attendee is busy or cannot walk there in time
};

struct UnscheduledRequest
{
    QString attendeeId;
    QString legislatorId; // empty when no office could be named
    UnscheduledReason reason;

    bool operator==(const UnscheduledRequest &) const = default;
};

QString describe(UnscheduledReason reason); // translated, for lists and exports

struct ScheduleInput
{
    AdvocacyDay day;
    QList<Legislator> legislators; // current members; departed ones get no new meetings
    QList<Attendee> attendees;
    QList<OfficeTime> officeTimes;
    QList<Meeting> fixedMeetings; // pinned or already reported: kept exactly as they are
};

struct ScheduleResult
{
    QList<Meeting> meetings; // the new meetings, without ids; fixed ones are not repeated
    QList<UnscheduledRequest> unscheduled;
    int requests = 0;          // constituent-office pairs asked for
    int constituents = 0;      // attendees with at least one office to meet
    int fullyScheduled = 0;    // of those, how many got every meeting they asked for
};

// Places every constituent with their two senators and their representative, in teams per
// office of at most day.maxTeamSize. Nobody is in two meetings at once or late for the next
// one after walking; blackouts and confirmed times hold; each team gets a lead, preferring
// team leads and experienced attendees and spreading the leading around. Deterministic: the
// same input gives the same schedule, whatever order its lists come in.
class Scheduler
{
    Q_DECLARE_TR_FUNCTIONS(Scheduler)

public:
    static ScheduleResult schedule(const ScheduleInput &input);
};

} // namespace majlis
