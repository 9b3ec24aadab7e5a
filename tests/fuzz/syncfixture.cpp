#include "syncfixture.h"

#include "fuzzsupport.h"

#include "common/clock.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

namespace majlis::fuzz {

namespace {

const QString kPassword = QStringLiteral("a long enough fuzz password");

[[noreturn]] void fail(const char *what)
{
    qFatal("fuzz fixture: %s", what);
    std::abort();
}

} // namespace

SyncFixture &SyncFixture::instance()
{
    static SyncFixture fixture;
    return fixture;
}

SyncFixture::SyncFixture()
{
    startQt();
    auto store = server::ServerStore::open({QStringLiteral("QSQLITE"), m_dir.filePath(QStringLiteral("server.sqlite")), {}, 0, {}, {}});
    if (!store)
        fail("cannot open the store");
    m_store = std::move(store).value();
    if (!m_store->initialize(QStringLiteral("Fuzz")))
        fail("cannot initialize the store");
    // Few KDF rounds: logins are inputs too, and must not take a third of a second each.
    m_accounts = std::make_unique<server::Accounts>(m_store->connection(), server::Accounts::Options{1000, 30, 1000000, 1000000});
    if (!m_accounts->addChapter(QStringLiteral("Boston")))
        fail("cannot add a chapter");
    if (!m_accounts->addUser(QStringLiteral("amina"), kPassword, server::Role::Admin, {QStringLiteral("Boston")}))
        fail("cannot add a user");
    m_limits.maxPageBytes = 16 * 1024;
    m_limits.rows = {1024, 4096, 20};
    m_service = std::make_unique<server::SyncService>(*m_store, *m_accounts, m_limits, nowMs);
    renewToken();
}

void SyncFixture::renewToken()
{
    const QJsonObject body{{QStringLiteral("user"), QStringLiteral("amina")}, {QStringLiteral("password"), kPassword}};
    const auto response = m_service->handle({QStringLiteral("login"), {}, QJsonDocument(body).toJson(), QStringLiteral("127.0.0.1")});
    if (response.status != 200)
        fail("cannot log in");
    m_token = response.json().value(QStringLiteral("token")).toString().toLatin1();
}

} // namespace majlis::fuzz
