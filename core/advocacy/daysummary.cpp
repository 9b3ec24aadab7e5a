#include "advocacy/daysummary.h"

#include <algorithm>

namespace majlis {

DaySummary DaySummary::of(const DaySnapshot &s)
{
    DaySummary summary;
    for (const Ask &ask : s.day.asks)
        summary.asks.append({ask, {}, 0});

    for (const Meeting &m : s.meetings) {
        if (m.status == Meeting::Status::Cancelled) {
            ++summary.cancelled;
            continue;
        }
        ++summary.scheduled;
        if (m.status != Meeting::Status::Held)
            continue;
        ++summary.held;
        if (!m.outcomes.isEmpty())
            ++summary.reported;
        for (AskTally &tally : summary.asks) {
            const auto outcome = m.outcomes.constFind(tally.ask.id);
            if (outcome == m.outcomes.cend())
                ++tally.unreported;
            else
                ++tally.outcomes[size_t(*outcome)];
        }
    }

    for (const Meeting &m : s.meetings) {
        const Legislator *l = s.legislator(m.legislatorId);
        for (const FollowUp &f : m.followUps) {
            if (!f.done)
                summary.openFollowUps.append({f, m.id, l ? l->title() : QString()});
        }
    }
    std::stable_sort(
        summary.openFollowUps.begin(), summary.openFollowUps.end(), [](const OpenFollowUp &a, const OpenFollowUp &b) {
            const bool aDated = a.followUp.due.isValid();
            const bool bDated = b.followUp.due.isValid();
            if (aDated != bDated)
                return aDated;
            return a.followUp.due < b.followUp.due;
        });
    return summary;
}

} // namespace majlis
