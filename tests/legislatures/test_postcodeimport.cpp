#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include "contacts/contactrepository.h"
#include "legislatures/districtfill.h"
#include "legislatures/postcodefile.h"
#include "legislatures/postcodeimport.h"
#include "legislatures/postcodelookup.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace majlis;
using majlis::test::TempWorkspace;

namespace {

int count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

QList<int> lines(const QList<PostcodeFile::Problem> &problems)
{
    QList<int> list;
    for (const auto &p : problems)
        list.append(p.line);
    return list;
}

const QByteArray kSenateFile = "ZIP Code,State Senate District\n"
                               "48126,3\n"
                               "48126-1234,4\n"  // ZIP+4 is its ZIP: a second district for 48126
                               "4812,3\n"        // line 4: not a ZIP
                               "48127,\n"        // line 5: no district
                               "48128,007\n"     // leading zeros: district 7
                               "\n"
                               "49001,12\n";

} // namespace

TEST_CASE("a postcode file is read by its header names, bad rows reported by line", "[districts][postcodes]")
{
    auto contents = PostcodeFile::parse(kSenateFile, PostcodeFile::Kind::UsZip);
    REQUIRE(contents);
    REQUIRE(contents->rows.size() == 4);
    CHECK(contents->rows.at(1).postcode == QStringLiteral("48126"));
    CHECK(contents->rows.at(1).district == QStringLiteral("4"));
    CHECK(contents->rows.at(2).district == QStringLiteral("7"));
    CHECK(lines(contents->problems) == QList<int>{4, 5});

    auto house = PostcodeFile::parse("zcta,state_abbr,cd\n48126,MI,12\n48126,MI,13\n99501,AK,0\n10001,,4\n",
                                     PostcodeFile::Kind::UsHouse);
    REQUIRE(house);
    REQUIRE(house->rows.size() == 3);
    CHECK(house->rows.at(2).district == QStringLiteral("AK-0"));
    CHECK(lines(house->problems) == QList<int>{5}); // a House district needs its state

    auto uk = PostcodeFile::parse("postcode,constituency\nsw1a 1aa,Cities of London and Westminster\n",
                                  PostcodeFile::Kind::Postcodes);
    REQUIRE(uk);
    REQUIRE(uk->rows.size() == 1);
    CHECK(uk->rows.first().postcode == QStringLiteral("SW1A1AA"));

    auto noColumns = PostcodeFile::parse("name,city\nA,B\n", PostcodeFile::Kind::UsZip);
    REQUIRE_FALSE(noColumns);
    CHECK(noColumns.error().message.contains(QStringLiteral("name, city")));
}

TEST_CASE("importing a state's postcode file replaces that chamber's rows and fills its districts",
          "[districts][postcodes]")
{
    TempWorkspace ws;
    Database &db = ws.db();
    auto first = PostcodeImport::import(db, QStringLiteral("us-mi"), QStringLiteral("upper"), kSenateFile);
    REQUIRE(first);
    CHECK(first->body.code == QStringLiteral("us-mi")); // the Michigan Legislature, added for its file
    CHECK(first->chamber == Chamber::Senate);
    CHECK(first->rows == 4);
    CHECK(first->postcodes == 3);
    CHECK(lines(first->problems) == QList<int>{4, 5});
    CHECK(first->unknownDistricts.isEmpty()); // no members yet to compare with

    // Members of the Michigan Senate for districts 3 and 4 only: 7 and 12 are no current seat.
    const QString bodyId = first->body.id;
    QSqlQuery members(db.connection());
    REQUIRE(members.exec(QStringLiteral("INSERT INTO legislators (id, body_id, bioguide_id, chamber, state, district, "
                                        "created_at, updated_at, device_id) VALUES "
                                        "('s3', '%1', 'ocd-3', 'senate', 'MI', '3', 1, 1, 'd'), "
                                        "('s4', '%1', 'ocd-4', 'senate', 'MI', '04', 1, 1, 'd')")
                             .arg(bodyId)));
    auto second = PostcodeImport::import(db, QStringLiteral("Michigan Legislature"), QStringLiteral("senate"),
                                         "zip,district\n48126,3\n48128,7\n");
    REQUIRE(second);
    CHECK(second->rows == 2); // replaced, not added to
    REQUIRE(second->unknownDistricts.size() == 1);
    CHECK(second->unknownDistricts.first().line == 3);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM postcode_districts WHERE body_code = 'us-mi'")) == 2);

    auto empty = PostcodeImport::import(db, QStringLiteral("us-mi"), QStringLiteral("senate"), "zip,district\nbad,1\n");
    REQUIRE_FALSE(empty);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM postcode_districts WHERE body_code = 'us-mi'")) == 2);
    CHECK_FALSE(PostcodeImport::import(db, QStringLiteral("us-mi"), QStringLiteral("cabinet"), kSenateFile));
    CHECK_FALSE(PostcodeImport::import(db, QStringLiteral("us-congress"), QStringLiteral("senate"), kSenateFile));
    CHECK_FALSE(PostcodeImport::import(db, QStringLiteral("atlantis"), QStringLiteral("house"), kSenateFile));

    auto lookup = PostcodeLookup(db).lookup(QStringLiteral("48126"));
    REQUIRE(lookup);
    bool found = false;
    for (const DistrictCandidate &c : lookup->candidates)
        found = found || (c.bodyCode == QStringLiteral("us-mi") && c.chamber == Chamber::Senate && c.district == u"3");
    CHECK(found);

    Contact person;
    person.givenName = QStringLiteral("Layla");
    person.address.postalCode = QStringLiteral("48128");
    auto saved = ContactRepository(db).create(person);
    REQUIRE(saved);
    auto report = DistrictFill(db).fill({}, bodyId);
    REQUIRE(report);
    CHECK(report->filled == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM contact_districts WHERE body_id = '%1' AND chamber = 'senate' "
                                   "AND district = '7' AND status = 'estimated' AND source = 'zip 48128'")
                        .arg(bodyId))
          == 1);
}

TEST_CASE("a ZIP file imported for the U.S. House takes the bundled file's place", "[districts][postcodes]")
{
    TempWorkspace ws;
    auto imported = PostcodeImport::import(ws.db(), QStringLiteral("us-congress"), QStringLiteral("house"),
                                           "zip,district\n48126,MI-99\n48126,MI-98\n");
    REQUIRE(imported);
    auto lookup = PostcodeLookup(ws.db()).lookup(QStringLiteral("48126"));
    REQUIRE(lookup);
    QStringList seats;
    for (const DistrictCandidate &c : lookup->candidates)
        seats.append(c.label());
    CHECK(seats == QStringList{QStringLiteral("MI-98"), QStringLiteral("MI-99")});
    CHECK(lookup->houseFileMissing.isEmpty());
}
