#include "accounts.h"
#include "common/clock.h"
#include "serverstore.h"
#include "support/privatepostgres.h"
#include "support/catchqt.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>

using namespace majlis;
using namespace majlis::server;

namespace {

constexpr qint64 kStart = 1'700'000'000'000; // any fixed instant: the tests move the clock by hand
constexpr qint64 kDay = 24 * 60 * 60 * 1000;
const QString kPassword = QStringLiteral("canary-password-7Q2x");

// A fresh server store (SQLite in a temporary directory, or a database of the tests' private
// PostgreSQL when MAJLIS_TEST_STORE=postgres), set up by the same code as `majlis-server init`.
class Connection
{
public:
    Connection()
    {
        server::StoreLocation location{QStringLiteral("QSQLITE"), m_dir.filePath(QStringLiteral("server.sqlite")), {}, 0, {}, {}};
        if (test::testsUsePostgres()) {
            test::PrivatePostgres *postgres = test::PrivatePostgres::instance();
            if (!postgres)
                throw std::runtime_error(test::PrivatePostgres::reason().toStdString());
            location = postgres->createDatabase();
        }
        auto store = server::ServerStore::open(location);
        if (!store)
            throw std::runtime_error(store.error().message.toStdString());
        m_store = std::move(store).value();
        if (auto s = m_store->initialize(QStringLiteral("Test organization")); !s)
            throw std::runtime_error(s.error().message.toStdString());
        m_db = m_store->connection();
    }
    ~Connection()
    {
        m_db = QSqlDatabase();
        m_store.reset();
    }

    QSqlDatabase db() const { return m_db; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerStore> m_store;
    QSqlDatabase m_db;
};

struct Store
{
    explicit Store(int iterations = 1000)
        : accounts(make(iterations))
    { }

    Accounts make(int iterations)
    {
        Accounts::Options options;
        options.kdfIterations = iterations;
        return Accounts(connection.db(), options, [this] { return clock; });
    }

    QVariant scalar(const QString &sql, const QVariant &bound = {}) const
    {
        QSqlQuery query(connection.db());
        query.prepare(sql);
        if (bound.isValid())
            query.addBindValue(bound);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    qint64 clock = kStart;
    Connection connection; // before accounts: destroyed after it
    Accounts accounts;
};

QString addVolunteer(Store &store, const QString &name = QStringLiteral("Amina"),
    const QStringList &chapters = {QStringLiteral("Dearborn")})
{
    for (const QString &chapter : chapters)
        REQUIRE(store.accounts.addChapter(chapter));
    auto id = store.accounts.addUser(name, kPassword, Role::Volunteer, chapters);
    REQUIRE(id);
    return id.value();
}

} // namespace

TEST_CASE("role names round-trip and match the schema's CHECK")
{
    CHECK(roleName(Role::Volunteer) == QStringLiteral("volunteer"));
    CHECK(roleName(Role::Organizer) == QStringLiteral("organizer"));
    CHECK(roleName(Role::Admin) == QStringLiteral("admin"));
    CHECK(roleFromName(QStringLiteral("Admin")) == Role::Admin);
    CHECK_FALSE(roleFromName(QStringLiteral("root")).has_value());
}

TEST_CASE("a password hash verifies the same password and refuses another")
{
    const QString stored = Accounts::hashPassword(kPassword, 1000);
    const QStringList parts = stored.split(u'$');
    REQUIRE(parts.size() == 4);
    CHECK(parts[0] == QStringLiteral("pbkdf2-sha256"));
    CHECK(parts[1] == QStringLiteral("1000"));
    CHECK(QByteArray::fromBase64(parts[2].toLatin1()).size() == 16);
    CHECK(QByteArray::fromBase64(parts[3].toLatin1()).size() == 32);
    CHECK_FALSE(stored.contains(kPassword));

    CHECK(Accounts::verifyPassword(kPassword, stored));
    CHECK_FALSE(Accounts::verifyPassword(kPassword + u'!', stored));
    CHECK_FALSE(Accounts::verifyPassword(QString(), stored));
    CHECK_FALSE(Accounts::verifyPassword(kPassword, QStringLiteral("pbkdf2-sha256$1000$$")));
    CHECK_FALSE(Accounts::verifyPassword(kPassword, QStringLiteral("not a hash")));

    SECTION("each hash has its own salt")
    {
        CHECK(Accounts::hashPassword(kPassword, 1000) != stored);
    }
    SECTION("a composed and a decomposed accent are the same password")
    {
        const QString composed = QStringLiteral("caf\u00e9-password-1");
        const QString decomposed = QStringLiteral("cafe\u0301-password-1");
        CHECK(Accounts::verifyPassword(decomposed, Accounts::hashPassword(composed, 1000)));
    }
}

TEST_CASE("chapters are added once and listed by name")
{
    Store store;
    auto dearborn = store.accounts.addChapter(QStringLiteral("Dearborn"));
    auto austin = store.accounts.addChapter(QStringLiteral("austin"));
    REQUIRE(dearborn);
    REQUIRE(austin);
    auto again = store.accounts.addChapter(QStringLiteral(" Dearborn "));
    REQUIRE(again);
    CHECK(again.value() == dearborn.value());
    CHECK(store.accounts.addChapter(QStringLiteral("  ")).error().code == Error::Code::InvalidInput);

    auto list = store.accounts.chapters();
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0) == std::pair(austin.value(), QStringLiteral("austin")));
    CHECK(list->at(1) == std::pair(dearborn.value(), QStringLiteral("Dearborn")));
}

TEST_CASE("adding a user refuses a taken name, an unknown chapter and a weak password")
{
    Store store;
    addVolunteer(store);

    auto duplicate = store.accounts.addUser(QStringLiteral("Amina"), kPassword, Role::Admin, {});
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().code == Error::Code::InvalidInput);
    CHECK_FALSE(duplicate.error().message.isEmpty());

    auto unknown = store.accounts.addUser(
        QStringLiteral("Bilal"), kPassword, Role::Volunteer, {QStringLiteral("Dearborn"), QStringLiteral("Atlantis")});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == Error::Code::InvalidInput);
    CHECK(unknown.error().message.contains(QStringLiteral("Atlantis")));

    auto shortPassword
        = store.accounts.addUser(QStringLiteral("Bilal"), QStringLiteral("123456789"), Role::Volunteer, {});
    REQUIRE_FALSE(shortPassword);
    CHECK(shortPassword.error().code == Error::Code::InvalidInput);

    // Nothing of the refused users was written.
    CHECK(store.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt() == 1);
    CHECK(store.scalar(QStringLiteral("SELECT count(*) FROM memberships")).toInt() == 1);

    // Ten characters are no longer enough on their own (PasswordPolicy): a run of digits is refused.
    CHECK_FALSE(store.accounts.addUser(QStringLiteral("Bilal"), QStringLiteral("1234567890"), Role::Volunteer, {}));
    CHECK(
        store.accounts.addUser(QStringLiteral("Bilal"), QStringLiteral("quiet river 7 lanterns"), Role::Volunteer, {}));
}

TEST_CASE("a login returns a token that authenticates with the user's role and chapters")
{
    Store store;
    const auto dearborn = store.accounts.addChapter(QStringLiteral("Dearborn"));
    const auto austin = store.accounts.addChapter(QStringLiteral("Austin"));
    REQUIRE(dearborn);
    REQUIRE(austin);
    auto id = store.accounts.addUser(
        QStringLiteral("Amina"), kPassword, Role::Organizer, {QStringLiteral("Dearborn"), QStringLiteral("Austin")});
    REQUIRE(id);

    const LoginOutcome outcome = store.accounts.login(QStringLiteral("Amina"), kPassword, QStringLiteral("192.0.2.1"));
    REQUIRE(outcome.kind == LoginOutcome::Kind::Ok);
    CHECK(outcome.token.size() == 43); // 32 bytes in base64url without padding
    CHECK_FALSE(outcome.token.contains('='));
    CHECK(outcome.expiresAt == kStart + 30 * kDay);
    CHECK(outcome.account.userId == id.value());

    QStringList expected {dearborn.value(), austin.value()};
    expected.sort();
    const auto account = store.accounts.authenticate(outcome.token);
    REQUIRE(account);
    CHECK(account->userId == id.value());
    CHECK(account->role == Role::Organizer);
    CHECK(account->chapterIds == expected);
    CHECK(outcome.account.chapterIds == expected);

    // The store keeps only the token's SHA-256: a copy of the database lets nobody in.
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(outcome.token, QCryptographicHash::Sha256).toHex());
    CHECK(store.scalar(QStringLiteral("SELECT token_hash FROM tokens")).toString() == hash);
    CHECK(store
              .scalar(QStringLiteral("SELECT count(*) FROM tokens WHERE token_hash = ?"),
                  QString::fromLatin1(outcome.token))
              .toInt()
        == 0);

    CHECK_FALSE(store.accounts.authenticate(QByteArray("not-a-token")));
    CHECK_FALSE(store.accounts.authenticate(QByteArray()));

    SECTION("new memberships show at the next authentication")
    {
        REQUIRE(store.accounts.setChapters(QStringLiteral("Amina"), {QStringLiteral("Austin")}));
        const auto after = store.accounts.authenticate(outcome.token);
        REQUIRE(after);
        CHECK(after->chapterIds == QStringList {austin.value()});
        CHECK(store.accounts.setChapters(QStringLiteral("Amina"), {QStringLiteral("Atlantis")}).error().code
            == Error::Code::InvalidInput);
        CHECK(store.accounts.setChapters(QStringLiteral("Nobody"), {}).error().code == Error::Code::NotFound);
    }
}

TEST_CASE("a wrong password or an unknown name is refused without a token")
{
    Store store;
    addVolunteer(store);

    const LoginOutcome wrong = store.accounts.login(QStringLiteral("Amina"), QStringLiteral("not-the-password"), {});
    CHECK(wrong.kind == LoginOutcome::Kind::BadCredentials);
    CHECK(wrong.token.isEmpty());

    const LoginOutcome unknown = store.accounts.login(QStringLiteral("Nobody"), kPassword, {});
    CHECK(unknown.kind == LoginOutcome::Kind::BadCredentials);
    CHECK(unknown.token.isEmpty());
    CHECK(
        store.scalar(QStringLiteral("SELECT count(*) FROM audit WHERE event = 'login_failed' AND user_id = ''")).toInt()
        == 1);
    CHECK(store.scalar(QStringLiteral("SELECT count(*) FROM tokens")).toInt() == 0);
}

TEST_CASE("five failed logins lock the account for a while, then the right password works")
{
    Store store;
    const QString id = addVolunteer(store);
    const QString guess = QStringLiteral("wrong-guess-0000");

    // Counted in login_throttle now (LoginThrottle); the users columns stay untouched.
    const QString failures = QStringLiteral("SELECT max(failures) FROM login_throttle");
    for (int i = 0; i < 5; ++i)
        REQUIRE(store.accounts.login(QStringLiteral("Amina"), guess, {}).kind == LoginOutcome::Kind::BadCredentials);
    CHECK(store.scalar(failures).toInt() == 5);
    CHECK(store.scalar(QStringLiteral("SELECT failed_logins FROM users")).toInt() == 0);

    LoginOutcome locked = store.accounts.login(QStringLiteral("Amina"), kPassword, {});
    CHECK(locked.kind == LoginOutcome::Kind::Throttled);
    CHECK(locked.retryAfterMs == 30'000);
    CHECK(locked.token.isEmpty());

    store.clock += 10'000;
    locked = store.accounts.login(QStringLiteral("Amina"), kPassword, {});
    CHECK(locked.kind == LoginOutcome::Kind::Throttled);
    CHECK(locked.retryAfterMs == 20'000);
    // A guess while locked is not even checked, so it does not lengthen the lock.
    CHECK(store.scalar(failures).toInt() == 5);

    SECTION("the right password works once the lock has passed, and clears the count")
    {
        store.clock += 20'001;
        const LoginOutcome ok = store.accounts.login(QStringLiteral("Amina"), kPassword, {});
        REQUIRE(ok.kind == LoginOutcome::Kind::Ok);
        CHECK(store.accounts.authenticate(ok.token));
        // The name's and the pair's counts start over; the address's stays (a good account
        // must not reset it for guesses at other names).
        CHECK(store.scalar(failures).toInt() == 5);
        CHECK(store.scalar(QStringLiteral("SELECT count(*) FROM login_throttle")).toInt() == 1);
        CHECK(store.accounts.login(QStringLiteral("Amina"), guess, {}).kind == LoginOutcome::Kind::BadCredentials);
        CHECK(store.accounts.login(QStringLiteral("Amina"), kPassword, {}).kind == LoginOutcome::Kind::Ok);
    }
    SECTION("each further failure doubles the lock, up to an hour")
    {
        qint64 expected = 60'000;
        for (int i = 0; i < 10; ++i) {
            store.clock = store.scalar(QStringLiteral("SELECT max(locked_until) FROM login_throttle")).toLongLong();
            REQUIRE(
                store.accounts.login(QStringLiteral("Amina"), guess, {}).kind == LoginOutcome::Kind::BadCredentials);
            const LoginOutcome next = store.accounts.login(QStringLiteral("Amina"), kPassword, {});
            REQUIRE(next.kind == LoginOutcome::Kind::Throttled);
            CHECK(next.retryAfterMs == expected);
            expected = std::min<qint64>(expected * 2, 3'600'000);
        }
        CHECK(expected == 3'600'000);
    }
    CHECK(store.scalar(QStringLiteral("SELECT count(*) FROM audit WHERE event = 'login_throttled' AND user_id = ?"), id)
              .toInt()
        >= 2);
}

TEST_CASE("an expired token is refused")
{
    Store store;
    addVolunteer(store);
    const LoginOutcome ok = store.accounts.login(QStringLiteral("Amina"), kPassword, {});
    REQUIRE(ok.kind == LoginOutcome::Kind::Ok);

    store.clock = ok.expiresAt - 1;
    CHECK(store.accounts.authenticate(ok.token));
    store.clock = ok.expiresAt;
    CHECK_FALSE(store.accounts.authenticate(ok.token));

    // The next login drops the dead token from the table.
    REQUIRE(store.accounts.login(QStringLiteral("Amina"), kPassword, {}).kind == LoginOutcome::Kind::Ok);
    CHECK(store.scalar(QStringLiteral("SELECT count(*) FROM tokens")).toInt() == 1);
}

TEST_CASE("a revoked token is refused and the user's other tokens still work")
{
    Store store;
    addVolunteer(store);
    const LoginOutcome laptop = store.accounts.login(QStringLiteral("Amina"), kPassword, {});
    const LoginOutcome phone = store.accounts.login(QStringLiteral("Amina"), kPassword, {});
    REQUIRE(laptop.kind == LoginOutcome::Kind::Ok);
    REQUIRE(phone.kind == LoginOutcome::Kind::Ok);
    CHECK(laptop.token != phone.token);

    REQUIRE(store.accounts.revoke(laptop.token, QStringLiteral("192.0.2.1")));
    CHECK_FALSE(store.accounts.authenticate(laptop.token));
    CHECK(store.accounts.authenticate(phone.token));
    CHECK(store.accounts.revoke(laptop.token)); // a retried logout is fine
    CHECK(store.accounts.revoke(QByteArray("never-issued")));
    CHECK(store.scalar(QStringLiteral("SELECT count(*) FROM audit WHERE event = 'logout'")).toInt() == 1);
}

TEST_CASE("a disabled user cannot log in and their tokens are revoked")
{
    Store store;
    addVolunteer(store);
    const LoginOutcome before = store.accounts.login(QStringLiteral("Amina"), kPassword, {});
    REQUIRE(before.kind == LoginOutcome::Kind::Ok);

    REQUIRE(store.accounts.setDisabled(QStringLiteral("Amina"), true));
    CHECK_FALSE(store.accounts.authenticate(before.token));
    CHECK(store.scalar(QStringLiteral("SELECT count(*) FROM tokens WHERE revoked = 0")).toInt() == 0);
    CHECK(store.accounts.login(QStringLiteral("Amina"), kPassword, {}).kind == LoginOutcome::Kind::Disabled);
    // Without the password nobody learns the account is disabled.
    CHECK(store.accounts.login(QStringLiteral("Amina"), QStringLiteral("a-wrong-guess"), {}).kind
        == LoginOutcome::Kind::BadCredentials);
    CHECK(store.accounts.setDisabled(QStringLiteral("Nobody"), true).error().code == Error::Code::NotFound);

    SECTION("enabling again allows new logins but not the revoked tokens")
    {
        REQUIRE(store.accounts.setDisabled(QStringLiteral("Amina"), false));
        CHECK_FALSE(store.accounts.authenticate(before.token));
        const LoginOutcome after = store.accounts.login(QStringLiteral("Amina"), kPassword, {});
        REQUIRE(after.kind == LoginOutcome::Kind::Ok);
        CHECK(store.accounts.authenticate(after.token));
    }
}

TEST_CASE("a hash made with fewer iterations is upgraded at the next login")
{
    Store store;
    addVolunteer(store);
    Accounts stronger = store.make(2000);
    REQUIRE(stronger.login(QStringLiteral("Amina"), kPassword, {}).kind == LoginOutcome::Kind::Ok);
    CHECK(store.scalar(QStringLiteral("SELECT password_hash FROM users"))
              .toString()
              .startsWith(QStringLiteral("pbkdf2-sha256$2000$")));
    CHECK(stronger.login(QStringLiteral("Amina"), kPassword, {}).kind == LoginOutcome::Kind::Ok);
}

TEST_CASE("the audit log holds no names, passwords or tokens")
{
    Store store;
    const QString name = QStringLiteral("Canaryname Zubaida");
    const QString guess = QStringLiteral("canary-guess-9Kd3");
    const QString unknownName = QStringLiteral("Canaryghost Yusuf");
    const QString remote = QStringLiteral("198.51.100.23");
    const QString id = addVolunteer(store, name);

    QList<QByteArray> tokens;
    const LoginOutcome ok = store.accounts.login(name, kPassword, remote);
    REQUIRE(ok.kind == LoginOutcome::Kind::Ok);
    tokens.append(ok.token);
    REQUIRE(store.accounts.revoke(ok.token, remote));
    store.accounts.login(unknownName, guess, remote);
    for (int i = 0; i < 6; ++i)
        store.accounts.login(name, guess, remote);
    CHECK(store.accounts.login(name, kPassword, remote).kind == LoginOutcome::Kind::Throttled);
    store.clock += 3'600'001;
    const LoginOutcome again = store.accounts.login(name, kPassword, remote);
    REQUIRE(again.kind == LoginOutcome::Kind::Ok);
    tokens.append(again.token);
    REQUIRE(store.accounts.setDisabled(name, true));
    store.accounts.login(name, kPassword, remote);
    store.accounts.audit(QStringLiteral("user_disabled"), id, remote, QStringLiteral("by admin"));

    QStringList canaries {name, QStringLiteral("Canaryname"), QStringLiteral("Zubaida"), unknownName,
        QStringLiteral("Canaryghost"), kPassword, guess};
    for (const QByteArray &token : tokens) {
        canaries.append(QString::fromLatin1(token));
        canaries.append(QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex()));
    }

    QSqlQuery rows(store.connection.db());
    REQUIRE(rows.exec(QStringLiteral("SELECT * FROM audit")));
    QSet<QString> events;
    int count = 0;
    while (rows.next()) {
        ++count;
        const QSqlRecord record = rows.record();
        events.insert(record.value(QStringLiteral("event")).toString());
        const QString userId = record.value(QStringLiteral("user_id")).toString();
        CHECK((userId.isEmpty() || userId == id));
        CHECK(record.value(QStringLiteral("remote")).toString() == remote);
        for (int column = 0; column < record.count(); ++column) {
            const QString value = record.value(column).toString();
            for (const QString &canary : canaries) {
                INFO("column " << record.fieldName(column).toStdString() << " = " << value.toStdString());
                CHECK_FALSE(value.contains(canary, Qt::CaseInsensitive));
            }
        }
    }
    CHECK(count >= 11);
    for (const char *event : {"login_ok", "login_failed", "login_throttled", "logout", "user_disabled"})
        CHECK(events.contains(QLatin1String(event)));
}
