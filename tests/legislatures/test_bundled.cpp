#include "advocacy/dayplanner.h"
#include "advocacy/dayrepository.h"
#include "advocacy/legislatorrepository.h"
#include "demo/demoadvocacy.h"
#include "demo/demodata.h"
#include "legislatures/bundledcongress.h"
#include "support/tempworkspace.h"

#include <catch2/catch.hpp>

using namespace majlis;

TEST_CASE("the members of Congress shipped in the app plan a Capitol day with no network", "[legislatures][demo]")
{
    if (!BundledCongress::isAvailable()) {
        WARN("this build ships no members of Congress (no ../shared/data/congress at build time)");
        return;
    }
    test::TempWorkspace workspace;
    Database &db = workspace.db();

    SECTION("the snapshot imports once; a workspace that has members keeps its own")
    {
        REQUIRE(BundledCongress::importIfEmpty(db));
        auto members = LegislatorRepository(db).list();
        REQUIRE(members);
        CHECK(members->size() > 500);
        const auto senators = std::count_if(members->begin(), members->end(),
                                            [](const Legislator &l) { return l.chamber == Chamber::Senate; });
        CHECK(senators == 100);

        auto again = BundledCongress::importInto(db);
        REQUIRE(again);
        CHECK(again->added == 0);
        CHECK(again->unchanged == int(members->size()));
    }

    SECTION("the demo workspace gets a scheduled day whose attendees meet their own members")
    {
        REQUIRE(DemoData::populate(db, 400));
        const QDate today(2027, 2, 5); // a Friday: four weeks on is a Friday too
        REQUIRE(DemoAdvocacy::populate(db, today));
        auto days = DayRepository(db).list();
        REQUIRE(days);
        REQUIRE(days->size() == 1);
        CHECK(days->first().date == QDate(2027, 3, 5));
        auto snapshot = DayPlanner(db).snapshot(days->first().id);
        REQUIRE(snapshot);
        CHECK(snapshot->attendees.size() == 48);
        REQUIRE_FALSE(snapshot->meetings.isEmpty());
        for (const Meeting &m : snapshot->meetings) {
            const Legislator *member = snapshot->legislator(m.legislatorId);
            REQUIRE(member != nullptr);
            for (const QString &id : m.attendeeIds) {
                const Attendee *a = snapshot->attendee(id);
                REQUIRE(a != nullptr);
                CHECK(a->state == member->state);
            }
        }
        // A second run adds no second day.
        REQUIRE(DemoAdvocacy::populate(db, today));
        CHECK(DayRepository(db).list()->size() == 1);
    }
}
