// Merging two contacts that both have a district in one chamber of a body: contact_districts
// holds one row per contact, body and chamber, so the rows cannot both move to the kept contact.

#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include "contacts/contactmerger.h"
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

struct Row
{
    QString id;
    QString district;
    QString status;
    bool deleted = false;
};

// The contact's row for the chamber, live or tombstoned; an empty id when it has none.
Row rowOf(Database &db, const QString &contactId, const QString &bodyId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id, district, status, deleted FROM contact_districts "
                                 "WHERE contact_id = ? AND body_id = ? AND chamber = 'senate'"));
    query.addBindValue(contactId);
    query.addBindValue(bodyId);
    REQUIRE(query.exec());
    if (!query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toBool()};
}

// The change-log operations on a row after `seq`, in order.
QStringList logged(Database &db, const QString &rowId, qint64 seq)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT op FROM change_log WHERE table_name = 'contact_districts' AND row_id = ? "
                                 "AND seq > ? ORDER BY seq"));
    query.addBindValue(rowId);
    query.addBindValue(seq);
    REQUIRE(query.exec());
    QStringList ops;
    while (query.next())
        ops.append(query.value(0).toString());
    return ops;
}

QString addContact(Database &db, const QString &given, const QString &zip)
{
    Contact c;
    c.givenName = given;
    c.familyName = QStringLiteral("Haddad");
    c.address.postalCode = zip;
    auto saved = ContactRepository(db).create(c);
    REQUIRE(saved);
    return saved->id;
}

// How a contact's senate district is to be before the merge.
enum class Given { Estimated, Ambiguous, Manual, Confirmed };

// 48126 lies in senate district 3 only, 48127 in districts 4 and 5.
void give(Database &db, const QString &contactId, const QString &bodyId, Given how, const QString &district)
{
    ContactDistricts districts(db);
    switch (how) {
    case Given::Estimated:
    case Given::Ambiguous:
        REQUIRE(DistrictFill(db).fill({{contactId}, {}, {}}, bodyId));
        break;
    case Given::Manual:
        REQUIRE(districts.choose(contactId, bodyId, Chamber::Senate, district));
        break;
    case Given::Confirmed:
        REQUIRE(districts.choose(contactId, bodyId, Chamber::Senate, district, true));
        break;
    }
}

} // namespace

TEST_CASE("merging two contacts with a district in one chamber keeps the stronger row and can be undone",
          "[contacts][merge][districts]")
{
    struct Case
    {
        Given kept;
        Given merged;
        bool mergedWins;
    };
    const Case c = GENERATE(Case{Given::Estimated, Given::Manual, true},     // the organizer's beats an estimate
                            Case{Given::Manual, Given::Estimated, false},    // either way round
                            Case{Given::Estimated, Given::Confirmed, true},
                            Case{Given::Confirmed, Given::Estimated, false},
                            Case{Given::Manual, Given::Confirmed, false},    // equal weight: the kept contact's
                            Case{Given::Confirmed, Given::Manual, false},
                            Case{Given::Estimated, Given::Estimated, false}, // equal weight again
                            Case{Given::Ambiguous, Given::Estimated, true},  // a district beats candidates
                            Case{Given::Estimated, Given::Ambiguous, false});
    TempWorkspace ws;
    Database &db = ws.db();
    auto senate = PostcodeImport::import(db, QStringLiteral("us-mi"), QStringLiteral("senate"),
                                         "zip,district\n48126,3\n48127,4\n48127,5\n");
    REQUIRE(senate);
    const QString body = senate->body.id;
    const auto zipFor = [](Given how) { return how == Given::Ambiguous ? QStringLiteral("48127") : QStringLiteral("48126"); };
    const QString keep = addContact(db, QStringLiteral("Rania"), zipFor(c.kept));
    const QString merge = addContact(db, QStringLiteral("Rania"), zipFor(c.merged));
    give(db, keep, body, c.kept, QStringLiteral("7"));
    give(db, merge, body, c.merged, QStringLiteral("8"));
    const Row keptBefore = rowOf(db, keep, body);
    const Row mergedBefore = rowOf(db, merge, body);
    REQUIRE(keptBefore.status != QString());
    REQUIRE(mergedBefore.status != QString());
    const qint64 seq = lastChangeSeq(db);

    auto kept = ContactRepository(db).get(keep);
    REQUIRE(kept);
    auto record = ContactMerger(db).merge(keep, merge, *kept);
    INFO((record ? QString() : record.error().message).toStdString());
    REQUIRE(record);

    const Row keptAfter = rowOf(db, keep, body);
    const Row mergedAfter = rowOf(db, merge, body);
    const Row &winner = c.mergedWins ? mergedBefore : keptBefore;
    CHECK(keptAfter.id == keptBefore.id); // the row keyed by the kept contact stays its row
    CHECK(keptAfter.district == winner.district);
    CHECK(keptAfter.status == winner.status);
    CHECK_FALSE(keptAfter.deleted);
    CHECK(mergedAfter.deleted); // the other's row is dropped, kept as a tombstone
    // Recorded for sync as the merge's other changes are.
    CHECK(logged(db, mergedBefore.id, seq) == QStringList{QStringLiteral("delete")});
    CHECK(logged(db, keptBefore.id, seq) == (c.mergedWins ? QStringList{QStringLiteral("update")} : QStringList{}));

    REQUIRE(ContactMerger(db).undo(*record));
    const Row keptUndone = rowOf(db, keep, body);
    const Row mergedUndone = rowOf(db, merge, body);
    CHECK(keptUndone.district == keptBefore.district);
    CHECK(keptUndone.status == keptBefore.status);
    CHECK_FALSE(keptUndone.deleted);
    CHECK(mergedUndone.district == mergedBefore.district);
    CHECK(mergedUndone.status == mergedBefore.status);
    CHECK_FALSE(mergedUndone.deleted);
}

TEST_CASE("merging moves a district the kept contact has no row for, and a live row replaces a removed one",
          "[contacts][merge][districts]")
{
    TempWorkspace ws;
    Database &db = ws.db();
    auto senate = PostcodeImport::import(db, QStringLiteral("us-mi"), QStringLiteral("senate"), "zip,district\n48126,3\n");
    REQUIRE(senate);
    const QString body = senate->body.id;
    const QString keep = addContact(db, QStringLiteral("Omar"), QString());
    const QString merge = addContact(db, QStringLiteral("Omar"), QStringLiteral("48126"));
    REQUIRE(DistrictFill(db).fill({{merge}, {}, {}}, body));
    const Row mergedBefore = rowOf(db, merge, body);
    REQUIRE(mergedBefore.status == QStringLiteral("estimated"));

    SECTION("no row of its own: the other's moves over")
    {
        auto record = ContactMerger(db).merge(keep, merge, *ContactRepository(db).get(keep));
        REQUIRE(record);
        const Row moved = rowOf(db, keep, body);
        CHECK(moved.id == mergedBefore.id);
        CHECK(moved.district == QStringLiteral("3"));
        CHECK(record->movedCount(QStringLiteral("contact_districts")) == 1);
    }

    SECTION("a removed row of its own gives way to the other's live one")
    {
        REQUIRE(ContactDistricts(db).choose(keep, body, Chamber::Senate, QStringLiteral("9")));
        QSqlQuery remove(db.connection());
        REQUIRE(remove.exec(QStringLiteral("UPDATE contact_districts SET deleted = 1 WHERE contact_id = '%1'").arg(keep)));
        auto record = ContactMerger(db).merge(keep, merge, *ContactRepository(db).get(keep));
        REQUIRE(record);
        const Row revived = rowOf(db, keep, body);
        CHECK_FALSE(revived.deleted);
        CHECK(revived.district == QStringLiteral("3"));
        CHECK(revived.status == QStringLiteral("estimated"));
        CHECK(rowOf(db, merge, body).deleted);
    }
}
