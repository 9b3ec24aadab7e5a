#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include "contacts/contactrepository.h"
#include "legislatures/contactdistricts.h"
#include "legislatures/districtfill.h"
#include "legislatures/postcodeimport.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace majlis;
using majlis::test::TempWorkspace;

namespace {

// Each district as "body chamber label status", for comparing what a contact holds.
QStringList held(Database &db, const QString &id)
{
    auto list = ContactDistricts(db).list(id);
    REQUIRE(list);
    QStringList lines;
    for (const ContactDistrict &d : *list)
        lines.append(QStringList{d.bodyCode, chamberKey(d.chamber), d.label(), districtStatusKey(d.status),
                                 d.candidates.join(u'|')}
                         .join(u' '));
    return lines;
}

qint64 changes(Database &db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM change_log")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("a snapshot of a contact's districts puts back what a fill or a choice changed", "[districts][undo]")
{
    TempWorkspace ws;
    Database &db = ws.db();
    REQUIRE(PostcodeImport::import(db, QStringLiteral("us-congress"), QStringLiteral("house"),
                                   "zip,district\n48126,MI-12\n48127,MI-12\n48127,MI-13\n"));
    REQUIRE(PostcodeImport::import(db, QStringLiteral("us-mi"), QStringLiteral("senate"), "zip,district\n48126,3\n"));
    const QString single = test::addContactAt(db, QStringLiteral("Single"), QStringLiteral("48126"));
    const QString several = test::addContactAt(db, QStringLiteral("Several"), QStringLiteral("48127"));
    ContactDistricts districts(db);

    SECTION("undoing a fill takes away the districts it set, on the contact and in each body")
    {
        auto before = districts.snapshot(single);
        REQUIRE(before);
        CHECK(held(db, single).isEmpty());
        REQUIRE(DistrictFill(db).fill({{single}, {}, {}}));
        CHECK(held(db, single).size() == 2);
        REQUIRE(districts.restore(*before));
        CHECK(held(db, single).isEmpty());
        auto contact = ContactRepository(db).get(single);
        REQUIRE(contact);
        CHECK_FALSE(contact->district.has_value());
    }

    SECTION("undoing a choice among candidates brings the candidates back")
    {
        REQUIRE(DistrictFill(db).fill({{several}, {}, {}}));
        const QStringList open = held(db, several);
        CHECK(open.contains(QStringLiteral("us-congress house  ambiguous MI-12|MI-13")));
        auto before = districts.snapshot(several);
        REQUIRE(before);
        REQUIRE(districts.choose(several, bodies::congressId(), Chamber::House, QStringLiteral("MI-13")));
        CHECK(held(db, several).contains(QStringLiteral("us-congress house MI-13 manual ")));
        REQUIRE(districts.restore(*before));
        CHECK(held(db, several) == open);
        auto toChoose = DistrictFill(db).ambiguous({{several}, {}, {}});
        REQUIRE(toChoose);
        CHECK(toChoose->size() == 1);
    }

    SECTION("restoring what is already there writes nothing")
    {
        REQUIRE(DistrictFill(db).fill({{single}, {}, {}}));
        auto now = districts.snapshot(single);
        REQUIRE(now);
        const QStringList before = held(db, single);
        const qint64 logged = changes(db);
        REQUIRE(districts.restore(*now));
        CHECK(held(db, single) == before);
        CHECK(changes(db) == logged);
    }
}
