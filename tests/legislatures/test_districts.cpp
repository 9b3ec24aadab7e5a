#include "legislatures/zipfixture.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include "contacts/contactrepository.h"
#include "legislatures/contactdistricts.h"
#include "legislatures/districtfill.h"
#include "legislatures/districttext.h"
#include "legislatures/postcodelookup.h"
#include "legislatures/zipdistricts.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace majlis;
using majlis::test::TempWorkspace;

namespace {

QStringList labels(const QList<DistrictCandidate> &candidates)
{
    QStringList list;
    for (const DistrictCandidate &c : candidates)
        list.append(c.label());
    return list;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

QString addContact(Database &db, const QString &given, const QString &zip, const QString &state = {},
                   std::optional<int> district = std::nullopt, const QString &country = {})
{
    Contact c;
    c.givenName = given;
    c.familyName = QStringLiteral("Test");
    c.address.postalCode = zip;
    c.address.country = country;
    c.usState = state;
    c.district = district;
    auto saved = ContactRepository(db).create(c);
    REQUIRE(saved);
    return saved->id;
}

struct HouseRow
{
    QVariant district;
    QString state;
    QString status;
    QString candidates;
};

HouseRow houseOf(Database &db, const QString &id)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT c.district, c.us_state, coalesce(cd.status, ''), coalesce(cd.candidates, '') "
                                 "FROM contacts c LEFT JOIN contact_districts cd ON cd.contact_id = c.id "
                                 "AND cd.body_id = ? AND cd.chamber = 'house' WHERE c.id = ?"));
    query.addBindValue(bodies::congressId());
    query.addBindValue(id);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return {query.value(0), query.value(1).toString(), query.value(2).toString(), query.value(3).toString()};
}

} // namespace

TEST_CASE("a ZIP code is read with or without its +4 and spaces; other text is refused", "[districts]")
{
    CHECK(zipdistricts::zip5(QStringLiteral("48126")) == QStringLiteral("48126"));
    CHECK(zipdistricts::zip5(QStringLiteral(" 48126-1234 ")) == QStringLiteral("48126"));
    CHECK(zipdistricts::zip5(QStringLiteral("481261234")) == QStringLiteral("48126"));
    for (const char *bad : {"4812", "48126-12", "abcde", "", "SW1A 1AA", "48126 1234 5"})
        CHECK_FALSE(zipdistricts::zip5(QString::fromLatin1(bad)));

    TempWorkspace ws;
    auto refused = PostcodeLookup(ws.db()).lookup(QStringLiteral("Dearborn"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("Dearborn")));
}

TEST_CASE("looking up a ZIP gives the seats the bundled file lists for it", "[districts][shared]")
{
    const auto seats = test::sharedZipSeats();
    if (seats.isEmpty())
        return; // ../shared/data is not beside this checkout, or this build has no ZIP file
    TempWorkspace ws;
    PostcodeLookup lookup(ws.db());

    const QString single = test::singleSeatZip(seats);
    const QString several = test::multiSeatZip(seats);
    REQUIRE_FALSE(single.isEmpty());
    REQUIRE_FALSE(several.isEmpty());
    auto one = lookup.lookup(single);
    REQUIRE(one);
    CHECK(labels(one->candidates) == seats.value(single));
    CHECK(one->houseFileMissing.isEmpty());
    REQUIRE(one->candidates.size() == 1);
    CHECK(one->candidates.first().bodyCode == QStringLiteral("us-congress"));
    CHECK(one->candidates.first().chamber == Chamber::House);

    auto many = lookup.lookup(several + QStringLiteral("-0001"));
    REQUIRE(many);
    CHECK(many->zip == several);
    CHECK(sorted(labels(many->candidates)) == sorted(seats.value(several)));
    CHECK(many->candidates.size() > 1);

    // Dearborn, checked against the file with grep: Michigan's 12th and 13th.
    auto dearborn = lookup.lookup(QStringLiteral(" 48126 "));
    REQUIRE(dearborn);
    CHECK(labels(dearborn->candidates) == QStringList{QStringLiteral("MI-12"), QStringLiteral("MI-13")});

    auto none = lookup.lookup(QStringLiteral("00000"));
    REQUIRE(none);
    CHECK(none->candidates.isEmpty());
}

TEST_CASE("the ZIP index for fills and the scan for one look-up agree", "[districts][shared]")
{
    const auto seats = test::sharedZipSeats();
    if (seats.isEmpty())
        return;
    const zipdistricts::Index index(zipdistricts::bundledBytes());
    int checked = 0;
    for (auto it = seats.cbegin(); it != seats.cend() && checked < 400; ++it, ++checked) {
        QStringList expected = it.value();
        expected.removeDuplicates();
        QStringList fromIndex;
        for (const auto &row : index.find(it.key()))
            fromIndex.append(row.state + u'-' + QString::number(row.district));
        QStringList fromScan;
        for (const auto &row : zipdistricts::scan(zipdistricts::bundledBytes(), it.key()))
            fromScan.append(row.state + u'-' + QString::number(row.district));
        INFO(it.key().toStdString());
        CHECK(sorted(fromIndex) == sorted(expected));
        CHECK(fromScan == fromIndex);
    }
    CHECK(checked == 400);
}

TEST_CASE("filling districts sets single ones, lists ambiguous ones and keeps what the organizer entered",
          "[districts][shared]")
{
    const auto seats = test::sharedZipSeats();
    if (seats.isEmpty())
        return;
    const QString single = test::singleSeatZip(seats);
    const QString several = test::multiSeatZip(seats);
    const auto singleSeat = *districttext::houseSeat(seats.value(single).first());
    TempWorkspace ws;
    Database &db = ws.db();
    const QString estimated = addContact(db, QStringLiteral("Single"), single + QStringLiteral("-1234"));
    const QString ambiguous = addContact(db, QStringLiteral("Several"), several);
    const QString manual = addContact(db, QStringLiteral("Manual"), single, QStringLiteral("MI"), 7);
    const QString noZip = addContact(db, QStringLiteral("Nozip"), QString());
    const QString unknown = addContact(db, QStringLiteral("Unknown"), QStringLiteral("00000"));
    const QString abroad = addContact(db, QStringLiteral("Abroad"), single, {}, std::nullopt, QStringLiteral("DE"));

    DistrictFill fill(db);
    const qint64 logBefore = scalar(db, QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
    SECTION("a dry run reports and writes nothing")
    {
        auto report = fill.fill({}, bodies::congressId(), true);
        REQUIRE(report);
        CHECK(report->dryRun);
        CHECK(report->filled == 1);
        CHECK(report->ambiguous.size() == 1);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM change_log")).toLongLong() == logBefore);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM contact_districts")).toInt() == 0);
        CHECK(houseOf(db, estimated).district.isNull());
    }

    auto report = fill.fill({});
    REQUIRE(report);
    CHECK(report->contacts == 6);
    CHECK(report->filled == 1);
    CHECK(report->kept == 1);
    CHECK(report->noPostcode == 2); // no ZIP, and an address in Germany
    REQUIRE(report->ambiguous.size() == 1);
    CHECK(report->ambiguous.first().contactId == ambiguous);
    CHECK(sorted(report->ambiguous.first().candidates) == sorted(seats.value(several)));
    REQUIRE(report->unknownPostcode.size() == 1);
    CHECK(report->unknownPostcode.first().contactId == unknown);

    const HouseRow filled = houseOf(db, estimated);
    CHECK(filled.district.toString() == QString::number(singleSeat.district));
    CHECK(filled.state == singleSeat.state);
    CHECK(filled.status == QStringLiteral("estimated"));

    const HouseRow open = houseOf(db, ambiguous);
    CHECK(open.district.isNull()); // never a guess
    CHECK(open.status == QStringLiteral("ambiguous"));
    CHECK(sorted(open.candidates.split(u'|')) == sorted(seats.value(several)));

    const HouseRow kept = houseOf(db, manual);
    CHECK(kept.district.toInt() == 7);
    CHECK(kept.state == QStringLiteral("MI"));
    CHECK(kept.status.isEmpty());
    CHECK(houseOf(db, noZip).status.isEmpty());
    CHECK(houseOf(db, abroad).district.isNull());

    SECTION("filling again changes nothing and logs nothing")
    {
        const qint64 logAfter = scalar(db, QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
        CHECK(logAfter > logBefore);
        auto again = fill.fill({});
        REQUIRE(again);
        CHECK(again->filled == 0);
        CHECK(again->alreadyFilled == 1);
        CHECK(again->ambiguous.size() == 1);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM change_log")).toLongLong() == logAfter);
    }

    SECTION("the organizer chooses among the candidates, and a later fill keeps the choice")
    {
        auto open = fill.ambiguous({});
        REQUIRE(open);
        REQUIRE(open->size() == 1);
        const QString chosen = open->first().candidates.last();
        ContactDistricts districts(db);
        REQUIRE(districts.choose(ambiguous, bodies::congressId(), Chamber::House, chosen));
        const HouseRow now = houseOf(db, ambiguous);
        CHECK(now.state + u'-' + now.district.toString() == chosen);
        CHECK(now.status == QStringLiteral("manual"));
        CHECK(fill.ambiguous({})->isEmpty());

        auto again = fill.fill({});
        REQUIRE(again);
        CHECK(again->kept == 2);
        CHECK(again->ambiguous.isEmpty());
        CHECK(houseOf(db, ambiguous).status == QStringLiteral("manual"));

        REQUIRE(districts.confirm(estimated, bodies::congressId(), Chamber::House));
        auto listed = districts.list(estimated);
        REQUIRE(listed);
        REQUIRE(listed->size() == 1);
        CHECK(listed->first().status == DistrictStatus::Confirmed);
        CHECK(listed->first().label() == singleSeat.label());

        REQUIRE(districts.markToCheck(estimated, bodies::congressId(), Chamber::House));
        auto toCheck = fill.ambiguous({});
        REQUIRE(toCheck);
        REQUIRE(toCheck->size() == 1);
        CHECK(toCheck->first().candidates == QStringList{singleSeat.label()});
        CHECK(houseOf(db, estimated).district.toInt() == singleSeat.district); // kept while checked
    }

    SECTION("a district typed into the contact since the estimate counts as entered by hand")
    {
        QSqlQuery edit(db.connection());
        REQUIRE(edit.exec(QStringLiteral("UPDATE contacts SET district = 99 WHERE id = '%1'").arg(estimated)));
        auto listed = ContactDistricts(db).list(estimated);
        REQUIRE(listed);
        REQUIRE(listed->size() == 1);
        CHECK(listed->first().status == DistrictStatus::Manual);
        auto again = fill.fill({{estimated}, {}, {}});
        REQUIRE(again);
        CHECK(again->kept == 1);
        CHECK(houseOf(db, estimated).district.toInt() == 99);
    }
}
