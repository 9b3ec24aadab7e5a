// A person erased on request on one laptop: the server keeps only ids, every other laptop loses
// the rows at its next sync, and nothing a laptop did offline brings any of it back.

#include "sync/syncharness.h"

#include "contacts/contactrepository.h"
#include "privacy/personerasure.h"
#include "sync/syncschema.h"

#include "support/catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace majlis;
using namespace majlis::test;

namespace {

const QString kCanary = QStringLiteral("Zanzibarquux");

// Everything the server holds in every synced table, as text.
QString serverText(SimServer &server, const QStringList &chapters)
{
    QString text;
    for (const sync::TableRule &rule : sync::tableRules()) {
        const auto rows = server.rows(rule.table, chapters);
        for (const QJsonObject &row : rows)
            text += QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
    }
    return text;
}

// Everything a laptop holds in its synced tables and sync bookkeeping, as text.
QString laptopText(Laptop &laptop)
{
    QString text;
    for (const sync::TableRule &rule : sync::tableRules()) {
        for (const QJsonObject &row : localRows(laptop.db(), rule.table))
            text += QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
    }
    QSqlQuery q(laptop.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT names || emails || notes FROM contact_search")));
    while (q.next())
        text += q.value(0).toString();
    return text;
}

int count(Laptop &laptop, const QString &sql)
{
    QSqlQuery q(laptop.db().connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

void setNotes(Laptop &laptop, const QString &id, const QString &notes, qint64 at)
{
    QSqlQuery q(laptop.db().connection());
    q.prepare(QStringLiteral("UPDATE contacts SET notes = ?, updated_at = ?, device_id = ? WHERE id = ?"));
    q.addBindValue(notes);
    q.addBindValue(at);
    q.addBindValue(laptop.db().deviceId());
    q.addBindValue(id);
    REQUIRE(q.exec());
}

} // namespace

TEST_CASE("An erasure reaches the server and every laptop, and nothing offline brings it back", "[sync][privacy]")
{
    SimServer server;
    server.addUser(QStringLiteral("amina"), server::Role::Organizer, {QStringLiteral("Boston")});
    server.addUser(QStringLiteral("bilal"), server::Role::Volunteer, {QStringLiteral("Boston")});
    server.addUser(QStringLiteral("dina"), server::Role::Volunteer, {QStringLiteral("Boston")});
    server.addUser(QStringLiteral("chen"), server::Role::Volunteer, {QStringLiteral("Dearborn")});
    const QString boston = server.chapter(QStringLiteral("Boston"));
    std::mt19937 random{11};
    Laptop amina(server, random, QStringLiteral("amina"));
    Laptop bilal(server, random, QStringLiteral("bilal"));
    REQUIRE(amina.sync());

    Contact person;
    person.givenName = kCanary;
    person.familyName = QStringLiteral("Haddad");
    person.chapterId = boston;
    person.emails.append({QStringLiteral("home"), QStringLiteral("zanzibarquux@example.org")});
    person.tags.append(QStringLiteral("volunteer"));
    auto created = ContactRepository(amina.db()).create(person);
    REQUIRE(created);
    const QString id = created->id;
    const QString neighbour = insertContact(amina, QStringLiteral("Maryam"), boston);
    REQUIRE(amina.sync());
    REQUIRE(bilal.sync());
    REQUIRE(localRows(bilal.db(), QStringLiteral("contacts")).contains(id));

    // A lost race about them sits in the conflict log on both laptops.
    server.advance(120'000);
    setNotes(amina, id, kCanary + QStringLiteral(" first note"), server.now() - 60'000);
    setNotes(bilal, id, kCanary + QStringLiteral(" second note"), server.now());
    REQUIRE(amina.sync());
    REQUIRE(bilal.sync());
    REQUIRE(amina.sync());
    REQUIRE(count(bilal, QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE row_id = '%1'").arg(id)) == 1);

    // Bilal goes offline and edits them, and adds a phone, while Amina erases them.
    setNotes(bilal, id, kCanary + QStringLiteral(" offline edit"), server.now() + 1000);
    Contact offline = ContactRepository(bilal.db()).get(id).value();
    offline.phones.append({QStringLiteral("mobile"), QStringLiteral("+1 617 555 0199")});
    REQUIRE(ContactRepository(bilal.db()).update(offline));
    REQUIRE(PersonErasure::erase(amina.db(), id));
    REQUIRE(amina.sync());

    const QStringList everyChapter{QString(), boston, server.chapter(QStringLiteral("Dearborn"))};
    SECTION("the server keeps the ids and the mark, nothing else")
    {
        CHECK_FALSE(serverText(server, everyChapter).contains(kCanary, Qt::CaseInsensitive));
        const QJsonObject row = server.rows(QStringLiteral("contacts"), everyChapter).value(id);
        CHECK(row.value(QStringLiteral("erased")).toInt() == 1);
        CHECK(row.value(QStringLiteral("deleted")).toInt() == 1);
        CHECK_FALSE(row.contains(QStringLiteral("given_name")));
        CHECK(server.rows(QStringLiteral("contacts"), everyChapter).value(neighbour).value(QStringLiteral("given_name")).toString() == u"Maryam");
    }
    SECTION("the offline laptop's edits are refused, logged as no conflict, and its copy goes")
    {
        REQUIRE(bilal.sync());
        CHECK(count(bilal, QStringLiteral("SELECT count(*) FROM contacts WHERE id = '%1'").arg(id)) == 0);
        CHECK(count(bilal, QStringLiteral("SELECT count(*) FROM contact_emails WHERE contact_id = '%1'").arg(id)) == 0);
        CHECK(count(bilal, QStringLiteral("SELECT count(*) FROM contact_phones WHERE contact_id = '%1'").arg(id)) == 0);
        CHECK(count(bilal, QStringLiteral("SELECT count(*) FROM sync_conflicts")) == 0);
        CHECK(count(bilal, QStringLiteral("SELECT count(*) FROM sync_rows WHERE row_id = '%1'").arg(id)) == 0);
        CHECK_FALSE(laptopText(bilal).contains(kCanary, Qt::CaseInsensitive));
        CHECK(localRows(bilal.db(), QStringLiteral("contacts")).contains(neighbour));
        REQUIRE(amina.sync());
        CHECK_FALSE(serverText(server, everyChapter).contains(kCanary, Qt::CaseInsensitive));
        CHECK_FALSE(serverText(server, everyChapter).contains(QStringLiteral("617 555 0199")));
        CHECK(count(amina, QStringLiteral("SELECT count(*) FROM sync_conflicts")) == 0);
        CHECK_FALSE(laptopText(amina).contains(kCanary, Qt::CaseInsensitive));
    }
    SECTION("a laptop joining later never receives them")
    {
        Laptop dina(server, random, QStringLiteral("dina"));
        REQUIRE(dina.sync());
        CHECK(count(dina, QStringLiteral("SELECT count(*) FROM contacts WHERE id = '%1'").arg(id)) == 0);
        CHECK(count(dina, QStringLiteral("SELECT count(*) FROM sync_rows WHERE row_id = '%1'").arg(id)) == 0);
        CHECK(localRows(dina.db(), QStringLiteral("contacts")).contains(neighbour));
    }
    SECTION("another chapter cannot erase them")
    {
        const QByteArray token = loginToken(server, QStringLiteral("chen"));
        const auto response = call(server, QStringLiteral("push"),
                                   {{QStringLiteral("device_id"), QStringLiteral("chen-laptop")},
                                    {QStringLiteral("after"), 0},
                                    {QStringLiteral("through"), 1},
                                    {QStringLiteral("mutations"),
                                     QJsonArray{QJsonObject{{QStringLiteral("seq"), 1},
                                                            {QStringLiteral("table"), QStringLiteral("contacts")},
                                                            {QStringLiteral("id"), neighbour},
                                                            {QStringLiteral("erase"), true}}}}},
                                   token);
        REQUIRE(response.status == 200);
        CHECK(response.json().value(QStringLiteral("rejected")).toArray().size() == 1);
        CHECK(server.rows(QStringLiteral("contacts"), everyChapter).value(neighbour).value(QStringLiteral("given_name")).toString() == u"Maryam");
    }
}
