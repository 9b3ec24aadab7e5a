// Issue 21, rows 4 (login), 6, 7 and 13, through SyncService's login answers.
#include "sync/syncharness.h"

#include "support/catchqt.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace majlis;
using namespace majlis::test;
using server::LoginOutcome;
using server::Role;

namespace {

const QString kWrong = QStringLiteral("not the password at all");

server::ServiceResponse login(SimServer &server, const QString &user, const QString &password, const QString &remote,
    const QString &deviceId = {})
{
    QJsonObject body {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}};
    if (!deviceId.isEmpty())
        body.insert(QStringLiteral("device_id"), deviceId);
    return server.service().handle({QStringLiteral("login"), {}, QJsonDocument(body).toJson(), remote});
}

QString userId(SimServer &server, const QString &name)
{
    QSqlQuery query(server.store().connection());
    query.prepare(QStringLiteral("SELECT id FROM users WHERE name = ?"));
    query.addBindValue(name);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toString();
}

} // namespace

TEST_CASE("failed logins for a known and an unknown name get the same answers", "[accounts][security]")
{
    SimServer server;
    server.addUser(QStringLiteral("amina"), Role::Organizer, {QStringLiteral("Boston")});

    QList<server::ServiceResponse> known, unknown;
    for (int i = 0; i < 7; ++i) {
        known.append(login(server, QStringLiteral("amina"), kWrong, QStringLiteral("192.0.2.10")));
        unknown.append(login(server, QStringLiteral("nobody"), kWrong, QStringLiteral("192.0.2.10")));
    }
    for (int i = 0; i < 7; ++i) {
        INFO("attempt " << i + 1);
        CHECK(known[i].status == (i < 5 ? 401 : 429));
        CHECK(known[i].status == unknown[i].status);
        CHECK(known[i].body == unknown[i].body);
    }
    // The right password does not get past the name's lock either: it is not even checked.
    CHECK(login(server, QStringLiteral("amina"), kPassword, QStringLiteral("192.0.2.10")).body == unknown.last().body);
}

TEST_CASE("a throttled login runs no password hash, for a known name and an unknown one alike", "[accounts][security]")
{
    SimServer server;
    server.addUser(QStringLiteral("amina"), Role::Organizer, {QStringLiteral("Boston")});
    // Its own Accounts with a costly hash, so skipping the hash shows in the time taken.
    server::Accounts::Options options;
    options.kdfIterations = 200'000;
    server::Accounts accounts(server.store().connection(), options, [&server] { return server.now(); });
    const QString remote = QStringLiteral("192.0.2.11");

    const auto timed = [&](const QString &name) {
        QElapsedTimer timer;
        timer.start();
        const LoginOutcome outcome = accounts.login(name, kWrong, remote);
        return std::pair(outcome.kind, timer.nsecsElapsed());
    };
    const auto [firstKind, hashed] = timed(QStringLiteral("nobody-else")); // a wrong guess: one full hash
    REQUIRE(firstKind == LoginOutcome::Kind::BadCredentials);
    for (int i = 0; i < 5; ++i) {
        REQUIRE(accounts.login(QStringLiteral("amina"), kWrong, remote).kind == LoginOutcome::Kind::BadCredentials);
        REQUIRE(accounts.login(QStringLiteral("nobody"), kWrong, remote).kind == LoginOutcome::Kind::BadCredentials);
    }
    const auto [knownKind, knownTime] = timed(QStringLiteral("amina"));
    const auto [unknownKind, unknownTime] = timed(QStringLiteral("nobody"));
    CHECK(knownKind == LoginOutcome::Kind::Throttled);
    CHECK(unknownKind == LoginOutcome::Kind::Throttled);
    // Generous bounds for a busy machine: a hash of 200,000 rounds takes tens of milliseconds,
    // a throttled answer a few queries.
    CHECK(knownTime < hashed / 4);
    CHECK(unknownTime < hashed / 4);
}

TEST_CASE(
    "an attacker failing once per lock period cannot keep the owner out of a registered device", "[accounts][security]")
{
    SimServer server;
    server.addUser(QStringLiteral("amina"), Role::Admin, {QStringLiteral("Boston")});
    const QString home = QStringLiteral("192.0.2.20");
    REQUIRE(login(server, QStringLiteral("amina"), kPassword, home, QStringLiteral("amina-laptop")).status == 200);

    // From many addresses, and from one address after each lock has passed.
    for (int i = 0; i < 12; ++i) {
        auto answer = login(server, QStringLiteral("amina"), kWrong, QStringLiteral("198.51.100.%1").arg(i % 4));
        if (answer.status == 429) {
            server.advance(qint64(answer.json().value(QStringLiteral("retry_after_ms")).toDouble()));
            answer = login(server, QStringLiteral("amina"), kWrong, QStringLiteral("198.51.100.%1").arg(i % 4));
        }
        REQUIRE(answer.status == 401);
    }
    // The name is locked: a login from a new laptop waits, from the attacker's address too.
    CHECK(login(server, QStringLiteral("amina"), kPassword, QStringLiteral("203.0.113.5")).status == 429);
    CHECK(login(server, QStringLiteral("amina"), kPassword, QStringLiteral("198.51.100.1"),
              QStringLiteral("other-laptop"))
              .status
        == 429);
    // The owner's laptop gets in, at home and elsewhere, and the attack's count is not reset.
    CHECK(login(server, QStringLiteral("amina"), kPassword, home, QStringLiteral("amina-laptop")).status == 200);
    CHECK(
        login(server, QStringLiteral("amina"), kPassword, QStringLiteral("203.0.113.5"), QStringLiteral("amina-laptop"))
            .status
        == 200);
    CHECK(login(server, QStringLiteral("amina"), kPassword, QStringLiteral("203.0.113.6")).status == 429);
    // A registered device id does not let a guesser past the name's lock with a wrong password
    // from an address whose own buckets are hot.
    for (int i = 0; i < 5; ++i)
        login(server, QStringLiteral("amina"), kWrong, QStringLiteral("198.51.100.99"), QStringLiteral("amina-laptop"));
    CHECK(login(server, QStringLiteral("amina"), kPassword, QStringLiteral("198.51.100.99"),
              QStringLiteral("amina-laptop"))
              .status
        == 429);
}

TEST_CASE("many failures from one address refuse every login from it, whatever the name", "[accounts][security]")
{
    SimServer server;
    server.addUser(QStringLiteral("bilal"), Role::Volunteer, {QStringLiteral("Boston")});
    const QString sprayer = QStringLiteral("198.51.100.30");
    // One guess at each of twenty names: no name's or pair's bucket gets hot, the address's does.
    for (int i = 0; i < 20; ++i)
        REQUIRE(login(server, QStringLiteral("user%1").arg(i), kWrong, sprayer).status == 401);
    const auto refused = login(server, QStringLiteral("bilal"), kPassword, sprayer);
    CHECK(refused.status == 429);
    CHECK(refused.json().value(QStringLiteral("retry_after_ms")).toDouble() == 30'000);
    CHECK(login(server, QStringLiteral("bilal"), kPassword, QStringLiteral("198.51.100.31")).status == 200);
    server.advance(30'001);
    CHECK(login(server, QStringLiteral("bilal"), kPassword, sprayer).status == 200);
}

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
    // Nothing login could not take back: too long for it, or with characters nobody can see.
    CHECK_FALSE(add(QString(201, u'z')));
    CHECK_FALSE(add(QStringLiteral("ch\u200Ben")));
    CHECK_FALSE(add(QStringLiteral("ch\nen")));

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

TEST_CASE("a device id is bound to the first user who logs in with it", "[accounts][security]")
{
    SimServer server;
    server.addUser(QStringLiteral("amina"), Role::Organizer, {QStringLiteral("Boston")});
    server.addUser(QStringLiteral("bilal"), Role::Volunteer, {QStringLiteral("Boston")});
    const QString remote = QStringLiteral("192.0.2.70");
    REQUIRE(login(server, QStringLiteral("amina"), kPassword, remote, QStringLiteral("shared-laptop")).status == 200);

    const auto taken = login(server, QStringLiteral("bilal"), kPassword, remote, QStringLiteral("shared-laptop"));
    CHECK(taken.status == 409);
    CHECK(taken.json().value(QStringLiteral("error")).toString() == QStringLiteral("device_taken"));
    CHECK_FALSE(taken.json().value(QStringLiteral("message")).toString().isEmpty());
    CHECK_FALSE(taken.json().contains(QStringLiteral("token")));
    // Only after the password: a wrong one is refused as usual.
    CHECK(login(server, QStringLiteral("bilal"), kWrong, remote, QStringLiteral("shared-laptop")).status == 401);

    CHECK(login(server, QStringLiteral("bilal"), kPassword, remote, QStringLiteral("bilal-laptop")).status == 200);
    CHECK(login(server, QStringLiteral("amina"), kPassword, remote, QStringLiteral("shared-laptop")).status == 200);

    const QString amina = userId(server, QStringLiteral("amina"));
    const QString bilal = userId(server, QStringLiteral("bilal"));
    auto owner = server.accounts().deviceOwner(QStringLiteral("shared-laptop"));
    REQUIRE(owner);
    CHECK(owner.value() == std::optional<QString>(amina));
    auto none = server.accounts().deviceOwner(QStringLiteral("never-seen"));
    REQUIRE(none);
    CHECK_FALSE(none.value().has_value());
    CHECK(server.accounts().deviceTakenByAnother(QStringLiteral("shared-laptop"), bilal).value());
    CHECK_FALSE(server.accounts().deviceTakenByAnother(QStringLiteral("shared-laptop"), amina).value());
    CHECK_FALSE(server.accounts().deviceTakenByAnother(QStringLiteral("never-seen"), bilal).value());
}

TEST_CASE(
    "a server from before name keys gets them when opened, and two spellings both still log in", "[accounts][security]")
{
    SimServer server;
    server.chapter(QStringLiteral("Boston"));
    const QString hash = server::Accounts::hashPassword(kPassword, 1000);
    {
        // The users table as it was: no name_key, and two users differing only in case.
        QSqlQuery old(server.store().connection());
        REQUIRE(old.exec(QStringLiteral("DROP INDEX users_by_name_key")));
        REQUIRE(old.exec(QStringLiteral("ALTER TABLE users DROP COLUMN name_key")));
        REQUIRE(old.exec(QStringLiteral("DROP TABLE login_throttle")));
        REQUIRE(old.exec(QStringLiteral("DROP INDEX devices_by_device")));
        for (const char *name : {"amina", "Amina", "Bilal"}) {
            old.prepare(
                QStringLiteral("INSERT INTO users (id, name, role, password_hash) VALUES (?, ?, 'volunteer', ?)"));
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
    // The throttle's table is back too: failures are counted.
    CHECK(login(server, QStringLiteral("bilal"), kWrong, QStringLiteral("192.0.2.80")).status == 401);

    // Opening it once more changes nothing: the upgrade can run again.
    server.backup();
    server.restoreBackup();
    QSqlQuery again(server.store().connection());
    REQUIRE(again.exec(QStringLiteral("SELECT count(*) FROM users WHERE name_key = 'amina'")));
    REQUIRE(again.next());
    CHECK(again.value(0).toInt() == 1);
    CHECK(login(server, QStringLiteral("amina"), kPassword, QStringLiteral("192.0.2.80")).status == 200);
}
