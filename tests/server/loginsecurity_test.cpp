// Issue 21, row 13 (user names and password lengths), through SyncService's login answers.
#include "sync/syncharness.h"

#include "support/catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QSqlQuery>

using namespace majlis;
using namespace majlis::test;
using server::Role;

namespace {

server::ServiceResponse login(SimServer &server, const QString &user, const QString &password, const QString &remote,
    const QString &deviceId = {})
{
    QJsonObject body {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}};
    if (!deviceId.isEmpty())
        body.insert(QStringLiteral("device_id"), deviceId);
    return server.service().handle({QStringLiteral("login"), {}, QJsonDocument(body).toJson(), remote});
}

} // namespace

TEST_CASE("a 256-character password can be set and used, a longer one cannot be set", "[accounts][security]")
{
    SimServer server;
    server.chapter(QStringLiteral("Boston"));
    QString longest;
    while (longest.toUcs4().size() < 256)
        longest += QStringLiteral("river 🌊 stones, ");
    longest = QString::fromUcs4(reinterpret_cast<const char32_t *>(longest.toUcs4().constData()), 255) + u'z';
    REQUIRE(longest.toUcs4().size() == 256);
    auto &accounts = server.accounts();
    REQUIRE(accounts.addUser(QStringLiteral("amina"), longest, Role::Volunteer, {QStringLiteral("Boston")}));
    CHECK(login(server, QStringLiteral("amina"), longest, QStringLiteral("192.0.2.40")).status == 200);
    auto tooLong = accounts.addUser(QStringLiteral("bilal"), longest + u'z', Role::Volunteer, {});
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().message.contains(QLatin1String("256")));
    // Beyond any settable password the login is refused before it costs a hash.
    CHECK(login(server, QStringLiteral("amina"), QString(513, u'x'), QStringLiteral("192.0.2.40")).status == 400);
}

TEST_CASE("user names differing only in case or in a look-alike letter are one name", "[accounts][security]")
{
    SimServer server;
    server.chapter(QStringLiteral("Boston"));
    auto &accounts = server.accounts();
    const auto add = [&](const QString &name) {
        return accounts.addUser(name, kPassword, Role::Volunteer, {QStringLiteral("Boston")});
    };
    REQUIRE(add(QStringLiteral("amina")));

    auto upper = add(QStringLiteral("Amina"));
    REQUIRE_FALSE(upper);
    CHECK(upper.error().message.contains(QLatin1String("already a user")));
    auto wide = add(QStringLiteral("ＡＭＩＮＡ")); // full-width letters: NFKC makes them ASCII
    REQUIRE_FALSE(wide);
    CHECK(wide.error().message.contains(QLatin1String("already a user")));
    auto cyrillic = add(QStringLiteral("\u0430mina")); // Cyrillic а, then Latin
    REQUIRE_FALSE(cyrillic);
    CHECK(cyrillic.error().message.contains(QLatin1String("alphabet")));
    auto lookalike = add(QStringLiteral("arnina")); // "rn" reads as "m"
    REQUIRE_FALSE(lookalike);
    CHECK(lookalike.error().message.contains(QLatin1String("too similar")));
    CHECK(add(QStringLiteral("bilal")));

    // Either spelling logs in as the same user.
    const auto a = login(server, QStringLiteral("amina"), kPassword, QStringLiteral("192.0.2.50"));
    const auto b = login(server, QStringLiteral("Amina"), kPassword, QStringLiteral("192.0.2.50"));
    REQUIRE(a.status == 200);
    REQUIRE(b.status == 200);
    CHECK(a.json().value(QStringLiteral("user_id")) == b.json().value(QStringLiteral("user_id")));
    // And commands that name a user find it under either spelling.
    CHECK(accounts.setChapters(QStringLiteral("AMINA"), {QStringLiteral("Boston")}));
}

TEST_CASE("Arabic user names are accepted and log in", "[accounts][security]")
{
    SimServer server;
    server.addUser(QStringLiteral("أمينة"), Role::Volunteer, {QStringLiteral("Boston")});
    server.addUser(QStringLiteral("فاطمة"), Role::Volunteer, {QStringLiteral("Boston")});
    server.addUser(QStringLiteral("Amina أمينة"), Role::Volunteer, {QStringLiteral("Boston")});
    CHECK(login(server, QStringLiteral("أمينة"), kPassword, QStringLiteral("192.0.2.60")).status == 200);
    CHECK(login(server, QStringLiteral("فاطمة"), kPassword, QStringLiteral("192.0.2.60")).status == 200);
}

TEST_CASE("a server from before name keys gets them when opened, and two spellings both still log in",
    "[accounts][security]")
{
    SimServer server;
    server.chapter(QStringLiteral("Boston"));
    const QString hash = server::Accounts::hashPassword(kPassword, 1000);
    {
        // The users table as it was: no name_key, and two users differing only in case.
        QSqlQuery old(server.store().connection());
        REQUIRE(old.exec(QStringLiteral("DROP INDEX users_by_name_key")));
        REQUIRE(old.exec(QStringLiteral("ALTER TABLE users DROP COLUMN name_key")));
        for (const char *name : {"amina", "Amina", "Bilal"}) {
            old.prepare(QStringLiteral("INSERT INTO users (id, name, role, password_hash) VALUES (?, ?, 'volunteer', ?)"));
            old.addBindValue(QStringLiteral("id-%1").arg(QLatin1String(name)));
            old.addBindValue(QLatin1String(name));
            old.addBindValue(hash);
            REQUIRE(old.exec());
        }
    }
    server.backup();
    server.restoreBackup(); // opens the store again: ServerStore::upgrade runs

    QSqlQuery keys(server.store().connection());
    REQUIRE(keys.exec(QStringLiteral("SELECT name, name_key FROM users")));
    QHash<QString, QString> keyOf;
    while (keys.next())
        keyOf.insert(keys.value(0).toString(), keys.value(1).toString());
    CHECK(keyOf.value(QStringLiteral("Bilal")) == QStringLiteral("bilal"));
    CHECK(keyOf.value(QStringLiteral("Amina")) == QStringLiteral("amina"));
    CHECK(keyOf.value(QStringLiteral("amina")) != QStringLiteral("amina"));
    // The unique index is there now.
    QSqlQuery duplicate(server.store().connection());
    CHECK_FALSE(duplicate.exec(
        QStringLiteral("INSERT INTO users (id, name, name_key, role, password_hash) VALUES ('x', 'BILAL', 'bilal', "
                       "'volunteer', 'x')")));

    const auto asAmina = login(server, QStringLiteral("amina"), kPassword, QStringLiteral("192.0.2.80"));
    const auto asUpper = login(server, QStringLiteral("Amina"), kPassword, QStringLiteral("192.0.2.80"));
    const auto asBilal = login(server, QStringLiteral("bilal"), kPassword, QStringLiteral("192.0.2.80"));
    REQUIRE(asAmina.status == 200);
    REQUIRE(asUpper.status == 200);
    REQUIRE(asBilal.status == 200);
    CHECK(asAmina.json().value(QStringLiteral("user_id")).toString() == QStringLiteral("id-amina"));
    CHECK(asUpper.json().value(QStringLiteral("user_id")).toString() == QStringLiteral("id-Amina"));
    CHECK(asBilal.json().value(QStringLiteral("user_id")).toString() == QStringLiteral("id-Bilal"));

    // Opening it once more changes nothing: the upgrade can run again.
    server.backup();
    server.restoreBackup();
    QSqlQuery again(server.store().connection());
    REQUIRE(again.exec(QStringLiteral("SELECT count(*) FROM users WHERE name_key = 'amina'")));
    REQUIRE(again.next());
    CHECK(again.value(0).toInt() == 1);
    CHECK(login(server, QStringLiteral("amina"), kPassword, QStringLiteral("192.0.2.80")).status == 200);
}
