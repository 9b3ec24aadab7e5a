#include "legislatures/usstates.h"

#include <iterator>

namespace majlis::usstates {

namespace {

// Chamber names are the legislatures' own; the legislature names are what each state's
// constitution calls it. Time zones are the capitol's (Pierre is central, Boise mountain).
constexpr StateInfo kStates[] = {
    {"AL", "Alabama", "America/Chicago", "Alabama Legislature", "Senate", "House of Representatives"},
    {"AK", "Alaska", "America/Anchorage", "Alaska Legislature", "Senate", "House of Representatives"},
    {"AZ", "Arizona", "America/Phoenix", "Arizona State Legislature", "Senate", "House of Representatives"},
    {"AR", "Arkansas", "America/Chicago", "Arkansas General Assembly", "Senate", "House of Representatives"},
    {"CA", "California", "America/Los_Angeles", "California State Legislature", "Senate", "Assembly"},
    {"CO", "Colorado", "America/Denver", "Colorado General Assembly", "Senate", "House of Representatives"},
    {"CT", "Connecticut", "America/New_York", "Connecticut General Assembly", "Senate", "House of Representatives"},
    {"DE", "Delaware", "America/New_York", "Delaware General Assembly", "Senate", "House of Representatives"},
    {"DC", "District of Columbia", "America/New_York", "Council of the District of Columbia", nullptr, "Council"},
    {"FL", "Florida", "America/New_York", "Florida Legislature", "Senate", "House of Representatives"},
    {"GA", "Georgia", "America/New_York", "Georgia General Assembly", "Senate", "House of Representatives"},
    {"HI", "Hawaii", "Pacific/Honolulu", "Hawaii State Legislature", "Senate", "House of Representatives"},
    {"ID", "Idaho", "America/Boise", "Idaho Legislature", "Senate", "House of Representatives"},
    {"IL", "Illinois", "America/Chicago", "Illinois General Assembly", "Senate", "House of Representatives"},
    {"IN", "Indiana", "America/Indiana/Indianapolis", "Indiana General Assembly", "Senate", "House of Representatives"},
    {"IA", "Iowa", "America/Chicago", "Iowa General Assembly", "Senate", "House of Representatives"},
    {"KS", "Kansas", "America/Chicago", "Kansas Legislature", "Senate", "House of Representatives"},
    {"KY", "Kentucky", "America/New_York", "Kentucky General Assembly", "Senate", "House of Representatives"},
    {"LA", "Louisiana", "America/Chicago", "Louisiana State Legislature", "Senate", "House of Representatives"},
    {"ME", "Maine", "America/New_York", "Maine Legislature", "Senate", "House of Representatives"},
    {"MD", "Maryland", "America/New_York", "Maryland General Assembly", "Senate", "House of Delegates"},
    {"MA", "Massachusetts", "America/New_York", "Massachusetts General Court", "Senate", "House of Representatives"},
    {"MI", "Michigan", "America/Detroit", "Michigan Legislature", "Senate", "House of Representatives"},
    {"MN", "Minnesota", "America/Chicago", "Minnesota Legislature", "Senate", "House of Representatives"},
    {"MS", "Mississippi", "America/Chicago", "Mississippi Legislature", "Senate", "House of Representatives"},
    {"MO", "Missouri", "America/Chicago", "Missouri General Assembly", "Senate", "House of Representatives"},
    {"MT", "Montana", "America/Denver", "Montana Legislature", "Senate", "House of Representatives"},
    {"NE", "Nebraska", "America/Chicago", "Nebraska Legislature", nullptr, "Legislature"},
    {"NV", "Nevada", "America/Los_Angeles", "Nevada Legislature", "Senate", "Assembly"},
    {"NH", "New Hampshire", "America/New_York", "New Hampshire General Court", "Senate", "House of Representatives"},
    {"NJ", "New Jersey", "America/New_York", "New Jersey Legislature", "Senate", "General Assembly"},
    {"NM", "New Mexico", "America/Denver", "New Mexico Legislature", "Senate", "House of Representatives"},
    {"NY", "New York", "America/New_York", "New York State Legislature", "Senate", "Assembly"},
    {"NC", "North Carolina", "America/New_York", "North Carolina General Assembly", "Senate", "House of Representatives"},
    {"ND", "North Dakota", "America/Chicago", "North Dakota Legislative Assembly", "Senate", "House of Representatives"},
    {"OH", "Ohio", "America/New_York", "Ohio General Assembly", "Senate", "House of Representatives"},
    {"OK", "Oklahoma", "America/Chicago", "Oklahoma Legislature", "Senate", "House of Representatives"},
    {"OR", "Oregon", "America/Los_Angeles", "Oregon Legislative Assembly", "Senate", "House of Representatives"},
    {"PA", "Pennsylvania", "America/New_York", "Pennsylvania General Assembly", "Senate", "House of Representatives"},
    {"PR", "Puerto Rico", "America/Puerto_Rico", "Legislative Assembly of Puerto Rico", "Senate", "House of Representatives"},
    {"RI", "Rhode Island", "America/New_York", "Rhode Island General Assembly", "Senate", "House of Representatives"},
    {"SC", "South Carolina", "America/New_York", "South Carolina General Assembly", "Senate", "House of Representatives"},
    {"SD", "South Dakota", "America/Chicago", "South Dakota Legislature", "Senate", "House of Representatives"},
    {"TN", "Tennessee", "America/Chicago", "Tennessee General Assembly", "Senate", "House of Representatives"},
    {"TX", "Texas", "America/Chicago", "Texas Legislature", "Senate", "House of Representatives"},
    {"UT", "Utah", "America/Denver", "Utah State Legislature", "Senate", "House of Representatives"},
    {"VT", "Vermont", "America/New_York", "Vermont General Assembly", "Senate", "House of Representatives"},
    {"VA", "Virginia", "America/New_York", "Virginia General Assembly", "Senate", "House of Delegates"},
    {"WA", "Washington", "America/Los_Angeles", "Washington State Legislature", "Senate", "House of Representatives"},
    {"WV", "West Virginia", "America/New_York", "West Virginia Legislature", "Senate", "House of Delegates"},
    {"WI", "Wisconsin", "America/Chicago", "Wisconsin Legislature", "Senate", "Assembly"},
    {"WY", "Wyoming", "America/Denver", "Wyoming Legislature", "Senate", "House of Representatives"},
};

} // namespace

const StateInfo *find(const QString &usps)
{
    const QString code = usps.trimmed().toUpper();
    for (const StateInfo &state : kStates) {
        if (code == QLatin1String(state.usps))
            return &state;
    }
    return nullptr;
}

} // namespace majlis::usstates
