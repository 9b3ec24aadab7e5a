// What a fill and a choice of districts leave in the change log for sync: one entry for every row
// they changed, with the columns it changed, and none for a row they left alone. The writes are
// made in bulk; sync must see them as it saw one statement per row.

#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include "contacts/contactrepository.h"
#include "legislatures/contactdistricts.h"
#include "legislatures/districtfill.h"
#include "legislatures/postcodeimport.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace majlis;
using majlis::test::lastChangeSeq;
using majlis::test::TempWorkspace;

namespace {

// "table row op fields" for each entry logged after `seq`, sorted: the bulk writes log rows in
// another order than one statement per row did, and sync sends each row's state as it is.
QStringList loggedSince(Database &db, qint64 seq)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT table_name, row_id, op, fields FROM change_log WHERE seq > ?"));
    query.addBindValue(seq);
    REQUIRE(query.exec());
    QStringList entries;
    while (query.next())
        entries.append(QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                   query.value(3).toString()}
                           .join(u' '));
    entries.sort();
    return entries;
}

QString rowId(Database &db, const QString &contactId, const QString &bodyId, const QString &chamber)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id FROM contact_districts WHERE contact_id = ? AND body_id = ? AND chamber = ?"));
    query.addBindValue(contactId);
    query.addBindValue(bodyId);
    query.addBindValue(chamber);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toString();
}

QString addContact(Database &db, const QString &given, const QString &zip, std::optional<int> district = std::nullopt)
{
    Contact c;
    c.givenName = given;
    c.address.postalCode = zip;
    if (district) {
        c.usState = QStringLiteral("MI");
        c.district = district;
    }
    auto saved = ContactRepository(db).create(c);
    REQUIRE(saved);
    return saved->id;
}

QString entry(const QString &table, const QString &row, const QString &op, const QString &fields)
{
    return QStringList{table, row, op, fields}.join(u' ');
}

} // namespace

TEST_CASE("a fill logs every row it changes once, with the columns changed, and nothing it leaves alone",
          "[districts][sync]")
{
    TempWorkspace ws;
    Database &db = ws.db();
    // A House file of this workspace's own (no shared data needed) and a state senate file.
    REQUIRE(PostcodeImport::import(db, QStringLiteral("us-congress"), QStringLiteral("house"),
                                   "zip,district\n48126,MI-12\n48127,MI-12\n48127,MI-13\n"));
    auto senate = PostcodeImport::import(db, QStringLiteral("us-mi"), QStringLiteral("senate"), "zip,district\n48126,3\n");
    REQUIRE(senate);
    const QString congress = bodies::congressId();
    const QString michigan = senate->body.id;
    const QString single = addContact(db, QStringLiteral("Single"), QStringLiteral("48126"));
    const QString several = addContact(db, QStringLiteral("Several"), QStringLiteral("48127"));
    const QString manual = addContact(db, QStringLiteral("Manual"), QStringLiteral("48126"), 7);

    qint64 seq = lastChangeSeq(db);
    auto report = DistrictFill(db).fill({});
    REQUIRE(report);
    CHECK(report->filled == 3); // the House seat of one, the senate seats of two
    CHECK(report->kept == 1);
    CHECK(report->ambiguous.size() == 1);
    const QString singleHouse = rowId(db, single, congress, QStringLiteral("house"));
    QStringList expected{entry(QStringLiteral("contact_districts"), singleHouse, QStringLiteral("insert"), QStringLiteral("*")),
                         entry(QStringLiteral("contact_districts"), rowId(db, several, congress, QStringLiteral("house")),
                               QStringLiteral("insert"), QStringLiteral("*")),
                         entry(QStringLiteral("contact_districts"), rowId(db, single, michigan, QStringLiteral("senate")),
                               QStringLiteral("insert"), QStringLiteral("*")),
                         entry(QStringLiteral("contact_districts"), rowId(db, manual, michigan, QStringLiteral("senate")),
                               QStringLiteral("insert"), QStringLiteral("*")),
                         entry(QStringLiteral("contacts"), single, QStringLiteral("update"), QStringLiteral("us_state,district"))};
    expected.sort();
    CHECK(loggedSince(db, seq) == expected); // the House district entered by hand: no entry
    QSqlQuery temp(db.connection());
    REQUIRE(temp.exec(QStringLiteral("SELECT count(*) FROM temp.sqlite_master WHERE name LIKE 'district_writer%'")));
    REQUIRE(temp.next());
    CHECK(temp.value(0).toInt() == 0); // the writer's tables are gone with it

    SECTION("a ZIP moved to another seat updates the contact and the row, and logs only what changed")
    {
        REQUIRE(PostcodeImport::import(db, QStringLiteral("us-congress"), QStringLiteral("house"),
                                       "zip,district\n48126,MI-13\n48127,MI-12\n48127,MI-13\n"));
        seq = lastChangeSeq(db);
        auto again = DistrictFill(db).fill({});
        REQUIRE(again);
        CHECK(again->filled == 1);
        CHECK(loggedSince(db, seq)
              == QStringList{entry(QStringLiteral("contact_districts"), singleHouse, QStringLiteral("update"),
                                   QStringLiteral("district")),
                             entry(QStringLiteral("contacts"), single, QStringLiteral("update"), QStringLiteral("district"))});
    }

    SECTION("a tombstoned row brought back is logged as restored")
    {
        const QString senateRow = rowId(db, single, michigan, QStringLiteral("senate"));
        QSqlQuery remove(db.connection());
        REQUIRE(remove.exec(QStringLiteral("UPDATE contact_districts SET deleted = 1 WHERE id = '%1'").arg(senateRow)));
        seq = lastChangeSeq(db);
        REQUIRE(DistrictFill(db).fill({}, michigan));
        CHECK(loggedSince(db, seq)
              == QStringList{entry(QStringLiteral("contact_districts"), senateRow, QStringLiteral("restore"),
                                   QStringLiteral("deleted"))});
    }

    SECTION("choosing among the candidates logs the contact and its row")
    {
        seq = lastChangeSeq(db);
        REQUIRE(ContactDistricts(db).choose(several, congress, Chamber::House, QStringLiteral("MI-13")));
        CHECK(loggedSince(db, seq)
              == QStringList{entry(QStringLiteral("contact_districts"), rowId(db, several, congress, QStringLiteral("house")),
                                   QStringLiteral("update"), QStringLiteral("district,status,candidates")),
                             entry(QStringLiteral("contacts"), several, QStringLiteral("update"),
                                   QStringLiteral("us_state,district"))});
    }

    SECTION("filling again logs nothing")
    {
        seq = lastChangeSeq(db);
        auto again = DistrictFill(db).fill({});
        REQUIRE(again);
        CHECK(again->filled == 0);
        CHECK(again->alreadyFilled == 3);
        CHECK(loggedSince(db, seq).isEmpty());
    }
}
