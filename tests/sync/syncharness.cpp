#include "sync/syncharness.h"

#include "common/clock.h"
#include "support/privatepostgres.h"
#include "sync/hybridclock.h"
#include "sync/rowjson.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

#include <stdexcept>

namespace majlis::test {

using namespace majlis::server;

namespace {

PrivatePostgres &postgres()
{
    PrivatePostgres *server = PrivatePostgres::instance();
    if (!server)
        throw std::runtime_error((QStringLiteral("MAJLIS_TEST_STORE=postgres, but ") + PrivatePostgres::reason()).toStdString());
    return *server;
}

} // namespace

SimServer::SimServer() : m_now(nowMs())
{
    if (testsUsePostgres())
        m_location = postgres().createDatabase();
    else
        m_location = {QStringLiteral("QSQLITE"), m_dir.filePath(QStringLiteral("server.sqlite")), {}, 0, {}, {}};
    open();
    if (auto s = m_store->initialize(QStringLiteral("Test organization")); !s)
        throw std::runtime_error(s.error().message.toStdString());
}

SimServer::~SimServer()
{
    m_service.reset();
    m_accounts.reset();
    m_store.reset();
    if (m_location.driver == u"QPSQL") {
        postgres().dropDatabase(m_location.database);
        postgres().dropDatabase(m_location.database + QStringLiteral("_backup"));
    }
}

void SimServer::open()
{
    m_service.reset();
    m_accounts.reset();
    m_store.reset();
    auto store = ServerStore::open(m_location);
    if (!store)
        throw std::runtime_error(store.error().message.toStdString());
    m_store = std::move(store).value();
    m_accounts = std::make_unique<Accounts>(m_store->connection(), Accounts::Options{1000, 30, 5}, [this] { return m_now; });
    m_service = std::make_unique<SyncService>(*m_store, *m_accounts, ServiceLimits{}, [this] { return m_now; });
}

QString SimServer::chapter(const QString &name)
{
    auto id = m_accounts->addChapter(name);
    if (!id)
        throw std::runtime_error(id.error().message.toStdString());
    return id.value();
}

void SimServer::addUser(const QString &name, Role role, const QStringList &chapters)
{
    for (const QString &c : chapters)
        chapter(c);
    if (auto id = m_accounts->addUser(name, kPassword, role, chapters); !id)
        throw std::runtime_error(id.error().message.toStdString());
}

void SimServer::backup()
{
    if (m_location.driver == u"QPSQL") {
        // A template copy needs the source closed, as a dump would see it at one instant.
        m_service.reset();
        m_accounts.reset();
        m_store.reset();
        const bool copied = postgres().copyDatabase(m_location.database, m_location.database + QStringLiteral("_backup"));
        open();
        if (!copied)
            throw std::runtime_error("backup failed");
        return;
    }
    const QString path = m_dir.filePath(QStringLiteral("backup.sqlite"));
    QFile::remove(path);
    QSqlQuery query(m_store->connection());
    if (!query.exec(QStringLiteral("VACUUM INTO '%1'").arg(path)))
        throw std::runtime_error("backup failed");
}

void SimServer::restoreBackup()
{
    m_service.reset();
    m_accounts.reset();
    m_store.reset();
    if (m_location.driver == u"QPSQL") {
        if (!postgres().copyDatabase(m_location.database + QStringLiteral("_backup"), m_location.database))
            throw std::runtime_error("restore failed");
    } else {
        const QString path = m_dir.filePath(QStringLiteral("server.sqlite"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        QFile::copy(m_dir.filePath(QStringLiteral("backup.sqlite")), path);
    }
    open();
    if (auto s = m_store->startNewEpoch(); !s)
        throw std::runtime_error(s.error().message.toStdString());
}

QHash<QString, QJsonObject> SimServer::rows(const QString &table, const QStringList &chapterKeys) const
{
    QHash<QString, QJsonObject> rows;
    // The test looks at every chapter, as an administrator would; requests never can.
    if (!m_store->begin() || !m_store->setScope(ServerStore::kAllChapters, {}))
        throw std::runtime_error("cannot read the server's rows");
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("SELECT row_id, chapter_key, data FROM records WHERE table_name = ?"));
    query.addBindValue(table);
    query.exec();
    while (query.next()) {
        if (chapterKeys.contains(query.value(1).toString()))
            rows.insert(query.value(0).toString(), QJsonDocument::fromJson(query.value(2).toByteArray()).object());
    }
    m_store->rollback();
    return rows;
}

bool SimTransport::chance(double p)
{
    return p > 0 && std::uniform_real_distribution<double>(0, 1)(m_random) < p;
}

sync::SyncReply SimTransport::post(const QString &endpoint, const QJsonObject &body, const QByteArray &token)
{
    if (partitioned)
        return {0, {}, QStringLiteral("partitioned")};
    const ServiceRequest request{endpoint, token, QJsonDocument(body).toJson(QJsonDocument::Compact), QStringLiteral("192.0.2.1")};
    if (!m_sent.isEmpty() && chance(faults.replayOld)) {
        const ServiceRequest &old = m_sent.at(std::uniform_int_distribution<qsizetype>(0, m_sent.size() - 1)(m_random));
        m_server.service().handle(old);
    }
    m_sent.append(request);
    if (m_sent.size() > 20)
        m_sent.removeFirst();
    if (chance(faults.dropRequest))
        return {0, {}, QStringLiteral("request lost")};
    ServiceResponse response = m_server.service().handle(request);
    if (chance(faults.duplicate))
        response = m_server.service().handle(request);
    if (chance(faults.dropResponse))
        return {0, {}, QStringLiteral("answer lost")};
    return {response.status, response.json(), {}};
}

Laptop::Laptop(SimServer &server, std::mt19937 &random, const QString &userName)
    : user(userName), m_server(server), m_transport(server, random)
{
    restart();
}

void Laptop::restart()
{
    m_database.reset();
    auto opened = Database::open(m_dir.filePath(QStringLiteral("laptop.majlis")));
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    m_database = std::move(opened).value();
}

void Laptop::copyWorkspaceFrom(Laptop &other)
{
    const QString file = m_dir.filePath(QStringLiteral("laptop.majlis"));
    m_database.reset();
    other.m_database.reset(); // the last connection to close folds the WAL into the file
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
    if (!QFile::copy(other.m_dir.filePath(QStringLiteral("laptop.majlis")), file))
        throw std::runtime_error("cannot copy the workspace");
    other.restart();
    restart();
}

void Laptop::backUpWorkspace()
{
    m_database.reset();
    const QString backup = m_dir.filePath(QStringLiteral("backup.majlis"));
    QFile::remove(backup);
    if (!QFile::copy(m_dir.filePath(QStringLiteral("laptop.majlis")), backup))
        throw std::runtime_error("cannot back up the workspace");
    restart();
}

void Laptop::restoreWorkspaceBackup()
{
    m_database.reset();
    const QString file = m_dir.filePath(QStringLiteral("laptop.majlis"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
    if (!QFile::copy(m_dir.filePath(QStringLiteral("backup.majlis")), file))
        throw std::runtime_error("cannot restore the workspace");
    restart();
}

bool Laptop::sync()
{
    sync::SyncClient client(*m_database, m_transport);
    if (token.isEmpty()) {
        auto login = client.login(user, kPassword);
        if (!login) {
            lastError = login.error().message;
            if (m_transport.faults.dropRequest == 0 && !m_transport.partitioned)
                qWarning("%s: %s", qPrintable(user), qPrintable(lastError));
            return false;
        }
        token = login.value();
    }
    auto report = client.sync(token);
    if (!report) {
        lastError = report.error().message;
        if (m_transport.faults.dropRequest == 0 && !m_transport.partitioned)
            qWarning("%s: %s", qPrintable(user), qPrintable(lastError));
        return false;
    }
    return true;
}

QHash<QString, QJsonObject> localRows(Database &database, const QString &table)
{
    QHash<QString, QJsonObject> rows;
    const QStringList columns = sync::rowjson::syncedColumns(database.connection(), table);
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
    while (query.next()) {
        QJsonObject row;
        for (int i = 0; i < columns.size(); ++i)
            row.insert(columns.at(i), sync::rowjson::fromSql(query.value(i)));
        rows.insert(row.value(QStringLiteral("id")).toString(), row);
    }
    return rows;
}

QString insertContact(Laptop &laptop, const QString &given, const QString &chapterId)
{
    const QString id = newId();
    QSqlQuery q(laptop.db().connection());
    q.prepare(QStringLiteral("INSERT INTO contacts (id, given_name, chapter_id, created_at, updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(given);
    q.addBindValue(chapterId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : chapterId);
    q.addBindValue(nowMs());
    q.addBindValue(nowMs());
    q.addBindValue(laptop.db().deviceId());
    REQUIRE(q.exec());
    return id;
}

server::ServiceResponse call(SimServer &server, const QString &endpoint, const QJsonObject &body, const QByteArray &token)
{
    return server.service().handle({endpoint, token, QJsonDocument(body).toJson(), QStringLiteral("192.0.2.9")});
}

QByteArray loginToken(SimServer &server, const QString &user)
{
    const auto response = call(server, QStringLiteral("login"), {{QStringLiteral("user"), user}, {QStringLiteral("password"), kPassword}});
    REQUIRE(response.status == 200);
    return response.json().value(QStringLiteral("token")).toString().toUtf8();
}

QJsonObject mutation(qint64 seq, const QString &table, const QString &id, const QJsonObject &values, const QString &device)
{
    QJsonObject fields;
    for (auto it = values.begin(); it != values.end(); ++it)
        fields.insert(it.key(), QJsonObject{{QStringLiteral("v"), it.value()},
                                            {QStringLiteral("c"), sync::hybridclock::make(1'700'000'000'000 + seq, seq, device)},
                                            {QStringLiteral("b"), QString()}});
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("table"), table}, {QStringLiteral("id"), id}, {QStringLiteral("fields"), fields}};
}

} // namespace majlis::test
