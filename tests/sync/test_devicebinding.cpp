// Issue 21, row 4 (login half): a device id belongs to the user who first logged in with it.
// The client's side: a workspace file used by a second person gets its own device id.
#include "sync/syncharness.h"

#include "support/catchqt.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace majlis;
using namespace majlis::test;

TEST_CASE("a second user on the same workspace file gets a device id of their own and can push", "[accounts][security]")
{
    SimServer server;
    server.addUser(QStringLiteral("amina"), server::Role::Organizer, {QStringLiteral("Boston")});
    server.addUser(QStringLiteral("bilal"), server::Role::Volunteer, {QStringLiteral("Boston")});
    const QString boston = server.chapter(QStringLiteral("Boston"));
    std::mt19937 random {21};

    Laptop laptop(server, random, QStringLiteral("amina"));
    REQUIRE(laptop.sync()); // brings the chapter the contacts below belong to
    const QString aminas = insertContact(laptop, QStringLiteral("Yusuf"), boston);
    REQUIRE(laptop.sync());
    const QString firstDevice = laptop.db().deviceId();
    auto owner = server.accounts().deviceOwner(firstDevice);
    REQUIRE(owner);
    REQUIRE(owner.value().has_value());

    // Bilal logs in on the same file: the server refuses amina's device id for him once, the
    // client takes a new id and logs in again, and his change is pushed under it.
    laptop.user = QStringLiteral("bilal");
    laptop.token.clear();
    const QString bilals = insertContact(laptop, QStringLiteral("Zainab"), boston);
    INFO(laptop.lastError.toStdString());
    REQUIRE(laptop.sync());
    const QString secondDevice = laptop.db().deviceId();
    CHECK(secondDevice != firstDevice);
    auto secondOwner = server.accounts().deviceOwner(secondDevice);
    REQUIRE(secondOwner);
    REQUIRE(secondOwner.value().has_value());
    CHECK(secondOwner.value() != owner.value());
    CHECK(server.accounts().deviceOwner(firstDevice).value() == owner.value());

    const auto onServer = server.rows(QStringLiteral("contacts"), {boston});
    CHECK(onServer.contains(aminas));
    CHECK(onServer.contains(bilals));
}
