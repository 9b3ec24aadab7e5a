#include "legislatures/memberlist.h"

#include "advocacy/legislatorrepository.h"
#include "io/csvfile.h"
#include "legislatures/legislatureimport.h"
#include "legislatures/openstatesfixture.h"
#include "support/tempworkspace.h"

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

LegislativeBody ukParliament()
{
    LegislativeBody body;
    body.code = QStringLiteral("gb-parliament");
    body.name = QStringLiteral("UK Parliament");
    body.country = QStringLiteral("GB");
    body.senateName = QStringLiteral("House of Lords");
    body.houseName = QStringLiteral("House of Commons");
    return body;
}

// Columns as a user copies them from the Commons' own list, in another order than Majlis's.
const QByteArray kCommons = "Member of Parliament;Party;Constituency;E-mail;House;Phone number\n"
                            "Jeremy Corbyn;Independent;Islington North;jeremy.corbyn.mp@parliament.uk;;020 7219 3545\n"
                            "Apsana Begum;Labour;Poplar and Limehouse;apsana.begum.mp@parliament.uk;House of Commons;\n"
                            ";Labour;Leeds West and Pudsey;;;\n"
                            "Shockat Adam;Independent;;;;\n"
                            "Baroness Warsi;Conservative;Dewsbury;;Lords;\n";

CsvTable tableOf(const QByteArray &data)
{
    auto file = readCsvFile(data);
    REQUIRE(file.ok());
    return file->table;
}

} // namespace

TEST_CASE("a parliament's member list reads by its header names", "[legislatures][memberlist]")
{
    const CsvTable table = tableOf(kCommons);
    const QList<MemberField> guessed = guessMemberFields(table.header());
    CHECK(guessed
        == QList<MemberField> {MemberField::FullName, MemberField::Party, MemberField::Constituency, MemberField::Email,
            MemberField::Chamber, MemberField::Phone});
    CHECK(guessMemberFields({QStringLiteral("Riding"), QStringLiteral("NAME"), QStringLiteral("name")})
        == QList<MemberField> {MemberField::Constituency, MemberField::FullName, MemberField::Ignore});

    auto list = MemberList::read(table, guessed, ukParliament());
    REQUIRE(list.ok());
    REQUIRE(list->members.size() == 3);
    const Legislator &corbyn = list->members.at(0);
    CHECK(corbyn.fullName == QStringLiteral("Jeremy Corbyn"));
    CHECK(corbyn.district == QStringLiteral("Islington North"));
    CHECK(corbyn.chamber == Chamber::House); // no chamber given: the lower house
    CHECK(corbyn.party == QStringLiteral("Independent"));
    CHECK(corbyn.email == QStringLiteral("jeremy.corbyn.mp@parliament.uk"));
    CHECK(corbyn.phone == QStringLiteral("020 7219 3545"));
    CHECK(corbyn.state.isEmpty());
    CHECK(corbyn.title() == QStringLiteral("Jeremy Corbyn (Islington North)"));
    CHECK(list->members.at(1).chamber == Chamber::House); // "House of Commons", the body's own name
    CHECK(list->members.at(2).chamber == Chamber::Senate); // "Lords": the House of Lords
    // Rows without a name or a constituency are reported by line and skipped.
    REQUIRE(list->warnings.size() == 2);
    CHECK(list->warnings.at(0).contains(QStringLiteral("Line 4")));
    CHECK(list->warnings.at(1).contains(QStringLiteral("Line 5")));
}

TEST_CASE("a member list's columns are mapped by FIELD=COLUMN", "[legislatures][memberlist]")
{
    const CsvTable table = tableOf("Who,Where,Group\nAnn Ahmed,North Ward,Green\n");
    CHECK(guessMemberFields(table.header()) == QList<MemberField>(3, MemberField::Ignore));
    auto mapped = MemberList::mapColumns(table.header(), QStringLiteral("name=who, constituency=WHERE,party=Group"));
    REQUIRE(mapped.ok());
    CHECK(mapped.value() == QList<MemberField> {MemberField::FullName, MemberField::Constituency, MemberField::Party});
    for (const QString &wrong :
        {QStringLiteral("name=Nobody"), QStringLiteral("colour=Group"), QStringLiteral("Who")}) {
        auto refused = MemberList::mapColumns(table.header(), wrong);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(wrong));
    }
    // Without a name or a constituency column the list cannot be read at all.
    auto unmapped = MemberList::read(table, guessMemberFields(table.header()), ukParliament());
    REQUIRE_FALSE(unmapped.ok());
    CHECK(unmapped.error().message.contains(QStringLiteral("Who, Where, Group")));
}

TEST_CASE("a member listed twice refuses the member list", "[legislatures][memberlist]")
{
    const CsvTable table = tableOf("Name,Constituency\nAnn Ahmed,North\nBo Baker,South\nann  ahmed,NORTH\n");
    auto refused = MemberList::read(table, guessMemberFields(table.header()), ukParliament());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Lines 2 and 4")));
}

TEST_CASE("a member list imports into the body the user names and is found again by name and seat",
    "[legislatures][memberlist]")
{
    test::TempWorkspace ws;
    const CsvTable first = tableOf(kCommons);
    auto list = MemberList::read(first, guessMemberFields(first.header()), ukParliament());
    REQUIRE(list.ok());
    auto dry = LegislatureImport::run(ws.db(), {{list.value()}, {}}, LegislatureImport::Mode::DryRun);
    REQUIRE(dry.ok());
    CHECK(dry->total().added == 3);
    CHECK(test::rowCount(ws.db(), QStringLiteral("legislators")) == 0);
    REQUIRE(LegislatureImport::run(ws.db(), {{list.value()}, {}}, LegislatureImport::Mode::Write).ok());

    // The next list: Corbyn's party changed, Begum left.
    const CsvTable second = tableOf("Name,Constituency,Party\nJeremy Corbyn,Islington North,Your Party\n"
                                    "Baroness Warsi,Dewsbury,Conservative\n");
    auto next = MemberList::read(second, guessMemberFields(second.header()), ukParliament());
    REQUIRE(next.ok());
    auto report = LegislatureImport::run(ws.db(), {{next.value()}, {}}, LegislatureImport::Mode::Write);
    REQUIRE(report.ok());
    CHECK(report->total().updated == 2); // Corbyn's party; Warsi's chamber is the Commons now by default
    CHECK(report->total().departed == 1);
    LegislatorFilter filter;
    filter.bodyId = report->bodies.first().body.id;
    auto members = LegislatorRepository(ws.db()).list(filter);
    REQUIRE(members.ok());
    REQUIRE(members->size() == 2);
}
