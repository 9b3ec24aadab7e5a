#include "legislatures/usstates.h"

#include <iterator>

namespace majlis::usstates {

namespace {

// Chamber names are the legislatures' own; the legislature names are what each state's
// constitution calls it. Time zones are the capitol's (Pierre is central, Boise mountain).
constexpr StateInfo kStates[] = {
    {"AL", "Alabama", "Montgomery", "America/Chicago", "Alabama Legislature", "Senate", "House of Representatives"},
    {"AK", "Alaska", "Juneau", "America/Anchorage", "Alaska Legislature", "Senate", "House of Representatives"},
    {"AZ", "Arizona", "Phoenix", "America/Phoenix", "Arizona State Legislature", "Senate", "House of Representatives"},
    {"AR", "Arkansas", "Little Rock", "America/Chicago", "Arkansas General Assembly", "Senate", "House of Representatives"},
    {"CA", "California", "Sacramento", "America/Los_Angeles", "California State Legislature", "Senate", "Assembly"},
    {"CO", "Colorado", "Denver", "America/Denver", "Colorado General Assembly", "Senate", "House of Representatives"},
    {"CT", "Connecticut", "Hartford", "America/New_York", "Connecticut General Assembly", "Senate", "House of Representatives"},
    {"DE", "Delaware", "Dover", "America/New_York", "Delaware General Assembly", "Senate", "House of Representatives"},
    {"DC", "District of Columbia", "Washington", "America/New_York", "Council of the District of Columbia", nullptr, "Council"},
    {"FL", "Florida", "Tallahassee", "America/New_York", "Florida Legislature", "Senate", "House of Representatives"},
    {"GA", "Georgia", "Atlanta", "America/New_York", "Georgia General Assembly", "Senate", "House of Representatives"},
    {"HI", "Hawaii", "Honolulu", "Pacific/Honolulu", "Hawaii State Legislature", "Senate", "House of Representatives"},
    {"ID", "Idaho", "Boise", "America/Boise", "Idaho Legislature", "Senate", "House of Representatives"},
    {"IL", "Illinois", "Springfield", "America/Chicago", "Illinois General Assembly", "Senate", "House of Representatives"},
    {"IN", "Indiana", "Indianapolis", "America/Indiana/Indianapolis", "Indiana General Assembly", "Senate", "House of Representatives"},
    {"IA", "Iowa", "Des Moines", "America/Chicago", "Iowa General Assembly", "Senate", "House of Representatives"},
    {"KS", "Kansas", "Topeka", "America/Chicago", "Kansas Legislature", "Senate", "House of Representatives"},
    {"KY", "Kentucky", "Frankfort", "America/New_York", "Kentucky General Assembly", "Senate", "House of Representatives"},
    {"LA", "Louisiana", "Baton Rouge", "America/Chicago", "Louisiana State Legislature", "Senate", "House of Representatives"},
    {"ME", "Maine", "Augusta", "America/New_York", "Maine Legislature", "Senate", "House of Representatives"},
    {"MD", "Maryland", "Annapolis", "America/New_York", "Maryland General Assembly", "Senate", "House of Delegates"},
    {"MA", "Massachusetts", "Boston", "America/New_York", "Massachusetts General Court", "Senate", "House of Representatives"},
    {"MI", "Michigan", "Lansing", "America/Detroit", "Michigan Legislature", "Senate", "House of Representatives"},
    {"MN", "Minnesota", "Saint Paul", "America/Chicago", "Minnesota Legislature", "Senate", "House of Representatives"},
    {"MS", "Mississippi", "Jackson", "America/Chicago", "Mississippi Legislature", "Senate", "House of Representatives"},
    {"MO", "Missouri", "Jefferson City", "America/Chicago", "Missouri General Assembly", "Senate", "House of Representatives"},
    {"MT", "Montana", "Helena", "America/Denver", "Montana Legislature", "Senate", "House of Representatives"},
    {"NE", "Nebraska", "Lincoln", "America/Chicago", "Nebraska Legislature", nullptr, "Legislature"},
    {"NV", "Nevada", "Carson City", "America/Los_Angeles", "Nevada Legislature", "Senate", "Assembly"},
    {"NH", "New Hampshire", "Concord", "America/New_York", "New Hampshire General Court", "Senate", "House of Representatives"},
    {"NJ", "New Jersey", "Trenton", "America/New_York", "New Jersey Legislature", "Senate", "General Assembly"},
    {"NM", "New Mexico", "Santa Fe", "America/Denver", "New Mexico Legislature", "Senate", "House of Representatives"},
    {"NY", "New York", "Albany", "America/New_York", "New York State Legislature", "Senate", "Assembly"},
    {"NC", "North Carolina", "Raleigh", "America/New_York", "North Carolina General Assembly", "Senate", "House of Representatives"},
    {"ND", "North Dakota", "Bismarck", "America/Chicago", "North Dakota Legislative Assembly", "Senate", "House of Representatives"},
    {"OH", "Ohio", "Columbus", "America/New_York", "Ohio General Assembly", "Senate", "House of Representatives"},
    {"OK", "Oklahoma", "Oklahoma City", "America/Chicago", "Oklahoma Legislature", "Senate", "House of Representatives"},
    {"OR", "Oregon", "Salem", "America/Los_Angeles", "Oregon Legislative Assembly", "Senate", "House of Representatives"},
    {"PA", "Pennsylvania", "Harrisburg", "America/New_York", "Pennsylvania General Assembly", "Senate", "House of Representatives"},
    {"PR", "Puerto Rico", "San Juan", "America/Puerto_Rico", "Legislative Assembly of Puerto Rico", "Senate", "House of Representatives"},
    {"RI", "Rhode Island", "Providence", "America/New_York", "Rhode Island General Assembly", "Senate", "House of Representatives"},
    {"SC", "South Carolina", "Columbia", "America/New_York", "South Carolina General Assembly", "Senate", "House of Representatives"},
    {"SD", "South Dakota", "Pierre", "America/Chicago", "South Dakota Legislature", "Senate", "House of Representatives"},
    {"TN", "Tennessee", "Nashville", "America/Chicago", "Tennessee General Assembly", "Senate", "House of Representatives"},
    {"TX", "Texas", "Austin", "America/Chicago", "Texas Legislature", "Senate", "House of Representatives"},
    {"UT", "Utah", "Salt Lake City", "America/Denver", "Utah State Legislature", "Senate", "House of Representatives"},
    {"VT", "Vermont", "Montpelier", "America/New_York", "Vermont General Assembly", "Senate", "House of Representatives"},
    {"VA", "Virginia", "Richmond", "America/New_York", "Virginia General Assembly", "Senate", "House of Delegates"},
    {"WA", "Washington", "Olympia", "America/Los_Angeles", "Washington State Legislature", "Senate", "House of Representatives"},
    {"WV", "West Virginia", "Charleston", "America/New_York", "West Virginia Legislature", "Senate", "House of Delegates"},
    {"WI", "Wisconsin", "Madison", "America/Chicago", "Wisconsin Legislature", "Senate", "Assembly"},
    {"WY", "Wyoming", "Cheyenne", "America/Denver", "Wyoming Legislature", "Senate", "House of Representatives"},
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
