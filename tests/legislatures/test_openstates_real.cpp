// The Open States download kept in ../shared/data, imported whole: skipped where it is absent.
#include "advocacy/dayrepository.h"
#include "advocacy/legislatorrepository.h"
#include "advocacy/meetingrepository.h"
#include "legislatures/legislatureimport.h"
#include "legislatures/openstates.h"
#include "legislatures/openstatesfixture.h"
#include "support/advocacyfixture.h"
#include "support/archivewriter.h"
#include "support/tempworkspace.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

const QDate kAsOf(2026, 8, 5); // the day of the download: every role then current

std::optional<MemberSource> realSource()
{
    if (!QFileInfo::exists(test::openStatesArchive()))
        return std::nullopt;
    auto source = OpenStates::read(test::openStatesArchive(), kAsOf);
    INFO((source ? QString() : source.error().message).toStdString());
    REQUIRE(source.ok());
    return source.value();
}

const BodyMembers &bodyOf(const MemberSource &source, const QString &code)
{
    for (const BodyMembers &b : source.bodies) {
        if (b.body.code == code)
            return b;
    }
    FAIL("no body " << code.toStdString());
    return source.bodies.first();
}

QList<LegislatorImportSummary> summaries(const LegislatureImportReport &report)
{
    QList<LegislatorImportSummary> list;
    for (const BodyImportResult &b : report.bodies)
        list.append(b.summary);
    return list;
}

} // namespace

TEST_CASE("the Open States download imports every state legislature", "[legislatures][openstates][shared]")
{
    const auto source = realSource();
    if (!source) {
        WARN("../shared/data/openstates is absent; skipped");
        return;
    }
    REQUIRE(source->bodies.size() == 52); // 50 states, D.C. and Puerto Rico
    int members = 0;
    for (const BodyMembers &b : source->bodies)
        members += int(b.members.size());
    CHECK(members > 7000);
    CHECK(source->warnings.first().contains(QStringLiteral("data/us")));

    const BodyMembers &nebraska = bodyOf(*source, QStringLiteral("us-ne"));
    CHECK(nebraska.members.size() == 49);
    CHECK(std::all_of(nebraska.members.cbegin(), nebraska.members.cend(),
        [](const Legislator &l) { return l.chamber == Chamber::Unicameral; }));
    // New Hampshire's and Massachusetts' districts are named for counties.
    const BodyMembers &nh = bodyOf(*source, QStringLiteral("us-nh"));
    CHECK(std::any_of(nh.members.cbegin(), nh.members.cend(), [](const Legislator &l) {
        return l.fullName == QStringLiteral("Aboul Khan") && l.district == QStringLiteral("Rockingham 30");
    }));
    const BodyMembers &ma = bodyOf(*source, QStringLiteral("us-ma"));
    CHECK(std::any_of(ma.members.cbegin(), ma.members.cend(),
        [](const Legislator &l) { return l.district.contains(QStringLiteral("Middlesex")); }));

    test::TempWorkspace ws;
    // A dry run reports what the import then does, and writes nothing.
    auto dry = LegislatureImport::run(ws.db(), *source, LegislatureImport::Mode::DryRun);
    REQUIRE(dry.ok());
    CHECK(dry->total().added == members);
    CHECK(test::rowCount(ws.db(), QStringLiteral("legislators")) == 0);
    CHECK(test::rowCount(ws.db(), QStringLiteral("change_log")) == 0);

    auto imported = LegislatureImport::run(ws.db(), *source, LegislatureImport::Mode::Write);
    REQUIRE(imported.ok());
    CHECK(summaries(imported.value()) == summaries(dry.value()));
    CHECK(test::rowCount(ws.db(), QStringLiteral("legislators")) == members);
    CHECK(test::rowCount(ws.db(), QStringLiteral("legislative_bodies")) == 53);
    LegislatorFilter filter;
    filter.bodyId = bodies::usState(QStringLiteral("NH")).id;
    auto stored = LegislatorRepository(ws.db()).list(filter);
    REQUIRE(stored.ok());
    CHECK(std::any_of(stored->cbegin(), stored->cend(),
        [](const Legislator &l) { return l.district == QStringLiteral("Rockingham 30"); }));

    // The same download again changes nothing, not even the change log.
    const int logged = test::rowCount(ws.db(), QStringLiteral("change_log"));
    auto again = LegislatureImport::run(ws.db(), *source, LegislatureImport::Mode::Write);
    REQUIRE(again.ok());
    CHECK(again->total().unchanged == members);
    CHECK(again->total().added + again->total().updated + again->total().departed == 0);
    CHECK(test::rowCount(ws.db(), QStringLiteral("change_log")) == logged);
}

TEST_CASE("an older Open States snapshot then the current one keeps meetings and marks who left",
    "[legislatures][openstates][shared]")
{
    if (!QFileInfo::exists(test::openStatesArchive())) {
        WARN("../shared/data/openstates is absent; skipped");
        return;
    }
    // The older snapshot: the download unpacked, with a member who has since left.
    QTemporaryDir older;
    auto files = ArchiveReader::read(test::openStatesArchive(), &OpenStates::isPersonFile);
    REQUIRE(files.ok());
    test::writeFolder(older.path(), files.value());
    test::writeFolder(older.path(),
        {test::openStatesFile(QStringLiteral("MI"), QStringLiteral("0ld-member"), QStringLiteral("Former Member"),
            QStringLiteral("lower"), QStringLiteral("110"))});
    auto oldSource = OpenStates::read(older.path(), kAsOf);
    REQUIRE(oldSource.ok());
    test::TempWorkspace ws;
    REQUIRE(LegislatureImport::run(ws.db(), oldSource.value(), LegislatureImport::Mode::Write).ok());

    // Meetings with the member who left and with one who stayed.
    LegislatorFilter michigan;
    michigan.bodyId = bodies::usState(QStringLiteral("MI")).id;
    auto members = LegislatorRepository(ws.db()).list(michigan);
    REQUIRE(members.ok());
    QString formerId;
    QString stayedId;
    for (const Legislator &l : members.value()) {
        if (l.sourceId == QStringLiteral("ocd-person/0ld-member"))
            formerId = l.id;
        else if (stayedId.isEmpty())
            stayedId = l.id;
    }
    REQUIRE_FALSE(formerId.isEmpty());
    AdvocacyDay day = test::createDay(ws.db(), QStringLiteral("Lansing day"));
    QList<Meeting> planned;
    for (const auto &[id, start] : {std::pair {formerId, 600}, std::pair {stayedId, 660}}) {
        Meeting meeting;
        meeting.legislatorId = id;
        meeting.start = start;
        meeting.end = start + 30;
        meeting.pinned = true;
        planned.append(meeting);
    }
    auto saved = MeetingRepository(ws.db()).replaceSchedule(day.id, planned);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());

    auto current = OpenStates::read(test::openStatesArchive(), kAsOf);
    REQUIRE(current.ok());
    auto report = LegislatureImport::run(ws.db(), current.value(), LegislatureImport::Mode::Write);
    REQUIRE(report.ok());
    for (const BodyImportResult &b : report->bodies) {
        INFO(b.body.code.toStdString());
        CHECK(b.summary.departed == (b.body.code == QStringLiteral("us-mi") ? 1 : 0));
        CHECK(b.summary.added + b.summary.updated == 0);
    }
    LegislatorRepository legislators(ws.db());
    CHECK_FALSE(legislators.get(formerId)->inOffice);
    CHECK(legislators.get(stayedId)->inOffice);
    auto meetings = MeetingRepository(ws.db()).meetings(day.id);
    REQUIRE(meetings.ok());
    QStringList with;
    for (const Meeting &m : meetings.value())
        with << m.legislatorId;
    with.sort();
    QStringList expected {formerId, stayedId};
    expected.sort();
    CHECK(with == expected);
}
