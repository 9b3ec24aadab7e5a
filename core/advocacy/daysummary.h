#pragma once

#include "advocacy/dayplanner.h"

#include <array>

namespace majlis {

// What the day's dashboard shows: meetings held of those scheduled, how each ask fared across
// the offices, and the follow-ups still open.
struct DaySummary
{
    struct AskTally
    {
        Ask ask;
        std::array<int, 4> outcomes{}; // indexed by Outcome
        int unreported = 0;            // held meetings that recorded nothing for this ask
    };
    struct OpenFollowUp
    {
        FollowUp followUp;
        QString meetingId;
        QString office;
    };

    int scheduled = 0; // every meeting not cancelled
    int held = 0;
    int cancelled = 0;
    int reported = 0; // held meetings with at least one outcome
    QList<AskTally> asks;
    QList<OpenFollowUp> openFollowUps; // earliest due first; undated last

    static DaySummary of(const DaySnapshot &snapshot);
};

} // namespace majlis
