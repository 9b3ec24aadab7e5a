// Two laptops that record the same fact offline (the same tag, a consent on the same channel,
// the same legislator) must end with one row for it after they sync, not a row set aside as a
// duplicate and the tags or consents that pointed at it lost on the other laptop.

#include "advocacy/dayrepository.h"
#include "advocacy/legislatorrepository.h"
#include "common/naturalid.h"
#include "contacts/contactrepository.h"
#include "sync/syncharness.h"

#include "support/catchqt.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace majlis;
using namespace majlis::test;

namespace {

int count(Laptop &laptop, const QString &sql)
{
    QSqlQuery query(laptop.db().connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

Contact contactOn(Laptop &laptop, const QString &id)
{
    auto contact = ContactRepository(laptop.db()).get(id);
    REQUIRE(contact);
    return contact.value();
}

void addTag(Laptop &laptop, const QString &id, const QString &tag)
{
    Contact contact = contactOn(laptop, id);
    contact.tags.append(tag);
    REQUIRE(ContactRepository(laptop.db()).update(contact));
}

void grantEmailConsent(Laptop &laptop, const QString &id, const QDate &on, const QString &source)
{
    Contact contact = contactOn(laptop, id);
    contact.consents.append({ConsentChannel::Email, true, on, source});
    REQUIRE(ContactRepository(laptop.db()).update(contact));
}

// Both laptops send what they made offline and receive the other's.
void exchange(Laptop &first, Laptop &second)
{
    REQUIRE(first.sync());
    REQUIRE(second.sync());
    REQUIRE(first.sync());
}

// Each laptop set nothing aside as a duplicate of a row it already had.
void checkNothingRefused(Laptop &laptop)
{
    CHECK(count(laptop, QStringLiteral("SELECT count(*) FROM sync_refusals")) == 0);
}

Legislator representative()
{
    Legislator l;
    l.sourceId = QStringLiteral("T000999");
    l.chamber = Chamber::House;
    l.state = QStringLiteral("MA");
    l.district = QStringLiteral("7");
    l.party = QStringLiteral("Democrat");
    l.firstName = QStringLiteral("Test");
    l.lastName = QStringLiteral("Member");
    l.fullName = QStringLiteral("Test Member");
    return l;
}

} // namespace

TEST_CASE("Laptops that record the same fact offline end with one row for it", "[sync]")
{
    SimServer server;
    server.addUser(QStringLiteral("amina"), server::Role::Organizer, {QStringLiteral("Boston")});
    server.addUser(QStringLiteral("bilal"), server::Role::Organizer, {QStringLiteral("Boston")});
    const QString boston = server.chapter(QStringLiteral("Boston"));
    std::mt19937 random{5};
    Laptop amina(server, random, QStringLiteral("amina"));
    Laptop bilal(server, random, QStringLiteral("bilal"));
    REQUIRE(amina.sync()); // brings the chapter the contacts belong to
    const QString yusuf = insertContact(amina, QStringLiteral("Yusuf"), boston);
    const QString maryam = insertContact(amina, QStringLiteral("Maryam"), boston);
    REQUIRE(amina.sync());
    REQUIRE(bilal.sync());

    SECTION("a new tag made on both laptops, in different case, keeps every contact that carries it")
    {
        addTag(amina, yusuf, QStringLiteral("Phone bank"));
        addTag(bilal, maryam, QStringLiteral("phone bank"));
        addTag(bilal, yusuf, QStringLiteral("phone bank"));
        exchange(amina, bilal);
        for (Laptop *laptop : {&amina, &bilal}) {
            INFO(laptop->user.toStdString());
            CHECK(count(*laptop, QStringLiteral("SELECT count(*) FROM tags WHERE name = 'phone bank' COLLATE NOCASE")) == 1);
            CHECK(contactOn(*laptop, yusuf).tags.size() == 1);
            CHECK(contactOn(*laptop, maryam).tags.size() == 1);
            CHECK(count(*laptop, QStringLiteral("SELECT count(*) FROM contact_tags WHERE contact_id = '%1'").arg(yusuf)) == 1);
            checkNothingRefused(*laptop);
        }
    }
    SECTION("consent recorded on both laptops for the same channel is one record")
    {
        grantEmailConsent(amina, yusuf, QDate(2026, 11, 1), QStringLiteral("sign-up sheet"));
        server.advance(60'000);
        grantEmailConsent(bilal, yusuf, QDate(2026, 11, 2), QStringLiteral("door"));
        exchange(amina, bilal);
        for (Laptop *laptop : {&amina, &bilal}) {
            INFO(laptop->user.toStdString());
            CHECK(count(*laptop, QStringLiteral("SELECT count(*) FROM contact_consents WHERE contact_id = '%1'").arg(yusuf)) == 1);
            const auto consent = contactOn(*laptop, yusuf).consentFor(ConsentChannel::Email);
            REQUIRE(consent);
            CHECK(consent->granted);
            checkNothingRefused(*laptop);
        }
    }
    SECTION("the same legislators imported on both laptops are one row each")
    {
        REQUIRE(LegislatorRepository(amina.db()).importCurrent({representative()}));
        REQUIRE(LegislatorRepository(bilal.db()).importCurrent({representative()}));
        exchange(amina, bilal);
        for (Laptop *laptop : {&amina, &bilal}) {
            INFO(laptop->user.toStdString());
            CHECK(count(*laptop, QStringLiteral("SELECT count(*) FROM legislators WHERE bioguide_id = 'T000999'")) == 1);
            checkNothingRefused(*laptop);
        }
    }
    SECTION("a state legislature imported on one laptop, and a day planned there, reach the other with their offices")
    {
        Legislator senator = representative();
        senator.sourceId = QStringLiteral("ocd-person/0001");
        senator.state = QStringLiteral("MI");
        senator.chamber = Chamber::Senate;
        senator.district = QStringLiteral("3");
        senator.offices = {{LegislatorOffice::Kind::District, QStringLiteral("Dearborn office"),
                            QStringLiteral("1 Michigan Ave, Dearborn, MI"), QStringLiteral("313-555-0100"), {}, {}}};
        const LegislativeBody michigan = bodies::usState(QStringLiteral("MI"));
        REQUIRE(LegislatorRepository(amina.db()).importCurrent(michigan, {senator}));
        REQUIRE(LegislatorRepository(bilal.db()).importCurrent(michigan, {senator}));
        AdvocacyDay day;
        day.title = QStringLiteral("Muslim Day at the Capitol");
        day.date = QDate(2027, 3, 10);
        day.bodyId = michigan.id;
        auto created = DayRepository(amina.db()).create(day);
        REQUIRE(created);
        exchange(amina, bilal);
        for (Laptop *laptop : {&amina, &bilal}) {
            INFO(laptop->user.toStdString());
            auto members = LegislatorRepository(laptop->db()).list(LegislatorFilter{michigan.id, {}, {}, false});
            REQUIRE(members);
            REQUIRE(members->size() == 1);
            CHECK(members->first().offices == senator.offices);
            CHECK(members->first().district == QStringLiteral("3"));
            auto synced = DayRepository(laptop->db()).get(created->id);
            REQUIRE(synced);
            CHECK(synced->bodyId == michigan.id);
            checkNothingRefused(*laptop);
        }
    }
}

TEST_CASE("Natural ids depend on the whole key and fold case only as SQLite's NOCASE does", "[sync]")
{
    CHECK(naturalId(QStringLiteral("tags"), {nocaseKey(QStringLiteral("Phone Bank"))})
          == naturalId(QStringLiteral("tags"), {nocaseKey(QStringLiteral("phone bank"))}));
    // NOCASE holds É and é apart, so their tags must not share an id.
    CHECK(naturalId(QStringLiteral("tags"), {nocaseKey(QStringLiteral("Été"))})
          != naturalId(QStringLiteral("tags"), {nocaseKey(QStringLiteral("été"))}));
    CHECK(naturalId(QStringLiteral("contact_tags"), {QStringLiteral("a"), QStringLiteral("bc")})
          != naturalId(QStringLiteral("contact_tags"), {QStringLiteral("ab"), QStringLiteral("c")}));
    CHECK(naturalId(QStringLiteral("contact_tags"), {QStringLiteral("a"), QStringLiteral("b")})
          != naturalId(QStringLiteral("day_attendees"), {QStringLiteral("a"), QStringLiteral("b")}));
    CHECK(naturalId(QStringLiteral("legislators"), {QStringLiteral("T000999")}).size() == 36);
}
