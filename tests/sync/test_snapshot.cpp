// A laptop's first pull of a chapter: a copy of its rows in key order, then the feed from the
// moment the copy started. Written while the copy is under way, nothing may be missed.

#include "sync/syncharness.h"

#include "support/catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSqlQuery>

using namespace majlis;
using namespace majlis::test;

namespace {

struct Pulled
{
    QStringList contactIds; // in the order the pages brought them
    QHash<QString, QString> givenNames; // what a laptop holds after applying the pages
    int pages = 0;
};

// One page of a pull, applied to `pulled` the way a laptop would; false when there is no more.
bool pullPage(SimServer &server, const QByteArray &token, QString &cursor, Pulled &pulled)
{
    const auto response = call(server, QStringLiteral("pull"), {{QStringLiteral("cursor"), cursor}, {QStringLiteral("limit"), 7}}, token);
    REQUIRE(response.status == 200);
    const QJsonObject page = response.json();
    for (const QJsonValue &value : page.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("table")).toString() != u"contacts")
            continue;
        const QString id = row.value(QStringLiteral("id")).toString();
        pulled.contactIds.append(id);
        pulled.givenNames.insert(id, row.value(QStringLiteral("values")).toObject().value(QStringLiteral("given_name")).toString());
    }
    for (const QJsonValue &value : page.value(QStringLiteral("evictions")).toArray())
        pulled.givenNames.remove(value.toObject().value(QStringLiteral("id")).toString());
    cursor = page.value(QStringLiteral("cursor")).toString();
    ++pulled.pages;
    return page.value(QStringLiteral("more")).toBool();
}

// An edit made on the laptop, logged for its next push like any other.
void edit(Laptop &laptop, const QString &id, const QString &column, const QString &value)
{
    QSqlQuery q(laptop.db().connection());
    q.prepare(QStringLiteral("UPDATE contacts SET %1 = ?, updated_at = updated_at + 1 WHERE id = ?").arg(column));
    q.addBindValue(value);
    q.addBindValue(id);
    REQUIRE(q.exec());
}

void rename(Laptop &laptop, const QString &id, const QString &given)
{
    edit(laptop, id, QStringLiteral("given_name"), given);
}

void move(Laptop &laptop, const QString &id, const QString &chapterId)
{
    edit(laptop, id, QStringLiteral("chapter_id"), chapterId);
}

} // namespace

TEST_CASE("A new laptop's first pull comes in key order and misses nothing written meanwhile", "[sync]")
{
    SimServer server;
    server.addUser(QStringLiteral("dana"), server::Role::Organizer, {QStringLiteral("Boston"), QStringLiteral("Dearborn")});
    server.addUser(QStringLiteral("bilal"), server::Role::Volunteer, {QStringLiteral("Boston")});
    const QString boston = server.chapter(QStringLiteral("Boston"));
    const QString dearborn = server.chapter(QStringLiteral("Dearborn"));
    std::mt19937 random(11);
    Laptop dana(server, random, QStringLiteral("dana"));
    REQUIRE(dana.sync());
    QStringList made;
    for (int i = 0; i < 30; ++i)
        made.append(insertContact(dana, QStringLiteral("Member %1").arg(i), boston));
    REQUIRE(dana.sync());

    const QByteArray token = loginToken(server, QStringLiteral("bilal"));
    QString cursor;
    Pulled pulled;
    REQUIRE(pullPage(server, token, cursor, pulled));
    const QStringList firstPage = pulled.contactIds;
    REQUIRE(firstPage.size() >= 2);

    SECTION("the copy comes in key order, not in the order the rows were written")
    {
        while (pullPage(server, token, cursor, pulled)) { }
        QStringList sorted = made;
        sorted.sort();
        CHECK(pulled.contactIds == sorted);
        CHECK(made != sorted); // random ids: written out of key order, so the order above is the copy's
    }

    SECTION("rows changed, added or moved away during the copy arrive as they are now")
    {
        QStringList sorted = made;
        sorted.sort();
        const QString sentAlready = firstPage.first();
        const QString notYetSent = sorted.last();
        const QString movedAway = firstPage.at(1);
        rename(dana, sentAlready, QStringLiteral("Renamed after it was sent"));
        rename(dana, notYetSent, QStringLiteral("Renamed before it was sent"));
        move(dana, movedAway, dearborn);
        const QString added = insertContact(dana, QStringLiteral("Joined during the copy"), boston);
        REQUIRE(dana.sync());

        while (pullPage(server, token, cursor, pulled)) { }
        QHash<QString, QString> onServer;
        const auto rows = server.rows(QStringLiteral("contacts"), {boston});
        for (auto it = rows.begin(); it != rows.end(); ++it)
            onServer.insert(it.key(), it.value().value(QStringLiteral("given_name")).toString());
        CHECK(pulled.givenNames == onServer);
        CHECK(pulled.givenNames.value(sentAlready) == u"Renamed after it was sent");
        CHECK(pulled.givenNames.value(notYetSent) == u"Renamed before it was sent");
        CHECK(pulled.givenNames.contains(added));
        CHECK_FALSE(pulled.givenNames.contains(movedAway));
        CHECK(pulled.contactIds.count(notYetSent) == 1); // sent once, already renamed
    }

    SECTION("a laptop that pulled before gets only the feed after its cursor")
    {
        while (pullPage(server, token, cursor, pulled)) { }
        rename(dana, made.first(), QStringLiteral("Later edit"));
        REQUIRE(dana.sync());
        Pulled later;
        while (pullPage(server, token, cursor, later)) { }
        CHECK(later.contactIds == QStringList{made.first()});
    }
}
