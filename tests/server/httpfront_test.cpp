// HttpFront over real sockets on 127.0.0.1, in this process, with limits shrunk to
// milliseconds: what a client that sends too much, too slowly or nothing at all gets.
#include "httpfront.h"
#include "httplistener.h"
#include "serverconfig.h"
#include "support/catchqt.h"
#include "sync/syncharness.h"
#include "sync/syncschema.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

using namespace majlis;
using namespace majlis::server;

namespace {

// Runs this thread's event loop, where the front lives too, until `done` or the time is up.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

// A client writing raw bytes and keeping everything the server sends.
struct RawClient
{
    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] {
            if (reading)
                received += socket.readAll();
        });
        socket.connectToHost(QHostAddress::LocalHost, port);
        // Connected, or already closed again by a server over its cap.
        waitUntil(
            [this] {
                return socket.state() == QAbstractSocket::ConnectedState
                    || socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
    }
    bool closedWithin(int ms)
    {
        return waitUntil([this] { return socket.state() == QAbstractSocket::UnconnectedState; }, ms);
    }
    // The answers received so far, as (status, JSON body).
    QList<std::pair<int, QJsonObject>> answers() const
    {
        QList<std::pair<int, QJsonObject>> all;
        QByteArray rest = received;
        for (qsizetype end; (end = rest.indexOf("\r\n\r\n")) >= 0;) {
            const QByteArray head = rest.left(end);
            const qsizetype at = head.toLower().indexOf("content-length: ");
            const qsizetype length = at < 0 ? 0 : head.mid(at + 16).split('\r').first().toLongLong();
            if (rest.size() < end + 4 + length)
                break;
            all.append({head.mid(9, 3).toInt(), QJsonDocument::fromJson(rest.mid(end + 4, length)).object()});
            rest.remove(0, end + 4 + length);
        }
        return all;
    }

    QTcpSocket socket;
    QByteArray received;
    bool reading = true; // false: a client that stops reading (give the socket a small read buffer)
};

QByteArray helloRequest(const QByteArray &extraHeaders = {})
{
    const QByteArray body = QJsonDocument(
        QJsonObject {{QStringLiteral("protocol"), sync::kProtocolVersion},
            {QStringLiteral("schema"),
                99}}).toJson(QJsonDocument::Compact);
    return "POST /v1/hello HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + extraHeaders
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// The front on 127.0.0.1, any free port, plain HTTP unless given TLS, over the in-process test
// server.
struct Front
{
    explicit Front(
        const HttpLimits &limits, QList<QHostAddress> trusted = {}, const std::optional<QSslConfiguration> &tls = {})
        : front(sim.service(), limits, std::move(trusted))
    {
        auto bound = front.listen(QHostAddress::LocalHost, 0, tls);
        REQUIRE(bound.ok());
        port = bound.value();
    }
    test::SimServer sim;
    HttpFront front;
    quint16 port = 0;
};

HttpLimits fastLimits()
{
    HttpLimits limits;
    limits.headerTimeoutMs = 400;
    limits.bodyTimeoutMs = 400;
    limits.idleTimeoutMs = 400;
    limits.lingerMs = 100;
    return limits;
}

} // namespace

TEST_CASE("a 200 MB body is refused with 413 before the client sends a byte of it", "[http][security]")
{
    HttpLimits limits; // the production limits: 8 MiB bodies
    limits.lingerMs = 100;
    Front server(limits);
    RawClient client(server.port);
    client.socket.write("POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer nothing\r\n"
                        "Content-Type: application/json\r\nContent-Length: 209715200\r\n\r\n");
    // No body is ever sent: the answer can only come from the announced length.
    REQUIRE(waitUntil([&] { return !client.answers().isEmpty(); }, 5000));
    const auto answer = client.answers().first();
    CHECK(answer.first == 413);
    CHECK(answer.second.value(QStringLiteral("error")).toString() == QStringLiteral("too_large"));
    CHECK(client.received.contains("Connection: close\r\n"));
    CHECK(client.closedWithin(3000));
}

TEST_CASE("a client dripping header lines is cut off when the header deadline passes", "[http][security]")
{
    Front server(fastLimits());
    RawClient client(server.port);
    client.socket.write("POST /v1/hello HTTP/1.1\r\n");
    QElapsedTimer clock;
    clock.start();
    QTimer drip;
    QObject::connect(&drip, &QTimer::timeout, [&] { client.socket.write("X-Drip: 1\r\n"); });
    drip.start(100); // always within any between-reads timeout, never finishing the header
    REQUIRE(client.closedWithin(5000));
    CHECK(clock.elapsed() >= 300);
    CHECK(clock.elapsed() < 3000);
    CHECK(server.front.openConnections() == 0);
}

TEST_CASE("a connection that sends nothing, or goes quiet after an answer, is closed", "[http][security]")
{
    Front server(fastLimits());
    SECTION("nothing at all")
    {
        RawClient client(server.port);
        CHECK(client.closedWithin(3000));
    }
    SECTION("idle after a kept-alive answer")
    {
        RawClient client(server.port);
        client.socket.write(helloRequest());
        REQUIRE(waitUntil([&] { return !client.answers().isEmpty(); }, 5000));
        CHECK(client.answers().first().first == 200);
        CHECK(client.received.contains("Connection: keep-alive\r\n"));
        CHECK(client.closedWithin(3000));
    }
    SECTION("a body that stops coming")
    {
        RawClient client(server.port);
        client.socket.write("POST /v1/push HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"half\":");
        CHECK(client.closedWithin(3000));
        CHECK(client.answers().isEmpty());
    }
    CHECK(waitUntil([&] { return server.front.openConnections() == 0; }, 1000));
}

TEST_CASE("pipelined requests on one connection are answered in order", "[http]")
{
    Front server(fastLimits());
    RawClient client(server.port);
    client.socket.write(helloRequest() + "POST /v1/nosuch HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}"
        + helloRequest("Connection: close\r\n"));
    REQUIRE(waitUntil([&] { return client.answers().size() == 3; }, 5000));
    const auto answers = client.answers();
    CHECK(answers[0].first == 200);
    CHECK(answers[1].first == 404);
    CHECK(answers[1].second.value(QStringLiteral("error")).toString() == QStringLiteral("unknown_endpoint"));
    CHECK(answers[2].first == 200);
    // The last asked to close.
    CHECK(client.closedWithin(3000));
}

TEST_CASE("connections over the per-address cap are closed at once, except a trusted proxy's", "[http][security]")
{
    HttpLimits limits;
    limits.maxConnectionsPerAddress = 2;
    limits.maxConnections = 3;
    SECTION("an ordinary client")
    {
        Front server(limits);
        RawClient first(server.port);
        RawClient second(server.port);
        RawClient third(server.port);
        CHECK(third.closedWithin(3000));
        CHECK(first.socket.state() == QAbstractSocket::ConnectedState);
        CHECK(second.socket.state() == QAbstractSocket::ConnectedState);
        CHECK(server.front.openConnections() == 2);
        // A closed one frees its place.
        first.socket.abort();
        REQUIRE(waitUntil([&] { return server.front.openConnections() == 1; }, 3000));
        RawClient fourth(server.port);
        fourth.socket.write(helloRequest());
        CHECK(waitUntil([&] { return !fourth.answers().isEmpty(); }, 5000));
    }
    SECTION("the trusted proxy, up to the total cap")
    {
        Front server(limits, {QHostAddress::LocalHost});
        RawClient first(server.port);
        RawClient second(server.port);
        RawClient third(server.port);
        RawClient fourth(server.port);
        CHECK(fourth.closedWithin(3000));
        CHECK(third.socket.state() == QAbstractSocket::ConnectedState);
        CHECK(server.front.openConnections() == 3);
    }
}

TEST_CASE("X-Forwarded-For is believed only from a configured proxy", "[http][security]")
{
    const QByteArray forwarded = "203.0.113.9";
    const QHostAddress loopback(QStringLiteral("127.0.0.1"));
    // Nothing configured: a direct client on this machine cannot choose its audited address.
    CHECK(remoteAddress(loopback, forwarded, {}) == QStringLiteral("127.0.0.1"));
    CHECK(remoteAddress(QHostAddress(QStringLiteral("::1")), forwarded, {}) == QStringLiteral("::1"));
    const QList<QHostAddress> nginx {loopback, QHostAddress(QStringLiteral("::1"))};
    CHECK(remoteAddress(loopback, forwarded, nginx) == QStringLiteral("203.0.113.9"));
    CHECK(remoteAddress(QHostAddress(QStringLiteral("::ffff:127.0.0.1")), forwarded, nginx)
        == QStringLiteral("203.0.113.9"));
    CHECK(remoteAddress(loopback, "198.51.100.1, 203.0.113.9", nginx) == QStringLiteral("203.0.113.9"));
    CHECK(remoteAddress(loopback, "not an address", nginx) == QStringLiteral("127.0.0.1"));
    CHECK(remoteAddress(loopback, {}, nginx) == QStringLiteral("127.0.0.1"));
    CHECK(remoteAddress(QHostAddress(QStringLiteral("192.0.2.4")), forwarded, nginx) == QStringLiteral("192.0.2.4"));
}

TEST_CASE("trusted_proxies is read from [server], and is empty when absent", "[http][security]")
{
    QTemporaryDir dir;
    const auto load = [&](const QByteArray &server) {
        QFile file(dir.filePath(QStringLiteral("server.conf")));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[server]\ndatabase=server.sqlite\n" + server);
        file.close();
        return ServerConfig::load(file.fileName());
    };
    auto none = load({});
    REQUIRE(none.ok());
    CHECK(none->trustedProxies.isEmpty());
    auto two = load("trusted_proxies=127.0.0.1, ::1\n");
    REQUIRE(two.ok());
    CHECK(two->trustedProxies
        == QList<QHostAddress> {QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("::1"))});
    auto one = load("trusted_proxies=10.0.0.5\n");
    REQUIRE(one.ok());
    CHECK(one->trustedProxies == QList<QHostAddress> {QHostAddress(QStringLiteral("10.0.0.5"))});
    CHECK_FALSE(load("trusted_proxies=127.0.0.1, nginx.local\n").ok());
}

TEST_CASE("the audit log gets a forwarded address only through a trusted proxy", "[http][security]")
{
    const auto auditedAddress = [](QList<QHostAddress> trusted) {
        Front server(fastLimits(), std::move(trusted));
        RawClient client(server.port);
        // Not JSON: the service refuses it and audits the refusal with the request's address.
        client.socket.write("POST /v1/push HTTP/1.1\r\nX-Forwarded-For: 203.0.113.9\r\nContent-Length: 3\r\n\r\nnot");
        REQUIRE(waitUntil([&] { return !client.answers().isEmpty(); }, 5000));
        CHECK(client.answers().first().first == 400);
        QSqlQuery query(server.sim.store().connection());
        REQUIRE(query.exec(QStringLiteral("SELECT remote FROM audit WHERE event = 'bad_request'")));
        REQUIRE(query.next());
        return query.value(0).toString();
    };
    CHECK(auditedAddress({}) == QStringLiteral("127.0.0.1"));
    CHECK(auditedAddress({QHostAddress::LocalHost}) == QStringLiteral("203.0.113.9"));
}

TEST_CASE("a TLS connection that never finishes its handshake is closed", "[http][security]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        WARN("openssl is not installed; skipped");
        return;
    }
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
            dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    REQUIRE(openssl.waitForFinished(30000));
    REQUIRE(openssl.exitCode() == 0);
    QFile cert(dir.filePath(QStringLiteral("cert.pem")));
    QFile key(dir.filePath(QStringLiteral("key.pem")));
    REQUIRE(cert.open(QIODevice::ReadOnly));
    REQUIRE(key.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(QSslCertificate::fromData(cert.readAll(), QSsl::Pem));
    tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);

    HttpLimits limits = fastLimits();
    limits.handshakeTimeoutMs = 400;
    limits.headerTimeoutMs = 10'000; // so only the handshake deadline can close it
    Front server(limits, {}, tls);
    SECTION("a client that connects and says nothing")
    {
        RawClient client(server.port);
        QElapsedTimer clock;
        clock.start();
        REQUIRE(client.closedWithin(5000));
        CHECK(clock.elapsed() >= 300);
    }
    SECTION("a client that does the handshake is served")
    {
        QSslSocket client;
        client.setPeerVerifyMode(QSslSocket::VerifyNone);
        QByteArray received;
        QObject::connect(&client, &QSslSocket::readyRead, [&] { received += client.readAll(); });
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port);
        REQUIRE(waitUntil([&] { return client.isEncrypted(); }, 5000));
        client.write(helloRequest());
        CHECK(waitUntil([&] { return received.contains("\r\n\r\n{"); }, 5000));
        CHECK(received.startsWith("HTTP/1.1 200 OK\r\n"));
    }
}

TEST_CASE("a client that pipelines without reading is held back, and cut off when it never reads", "[http][security]")
{
    // Answers of 1 MiB each: far more than the kernel's socket buffers hold for 60 of them.
    int handled = 0;
    const auto bigAnswer = [&](const HttpRequest &, const QHostAddress &) {
        ++handled;
        return ServiceResponse::serialized(200, '"' + QByteArray(1024 * 1024, 'a') + '"');
    };
    HttpLimits limits;
    SECTION("a client that reads late gets every answer, in order")
    {
        HttpListener listener(limits, std::nullopt, {}, bigAnswer);
        REQUIRE(listener.listen(QHostAddress::LocalHost));
        RawClient client(listener.serverPort());
        client.socket.setReadBufferSize(64 * 1024);
        client.reading = false;
        QByteArray requests;
        for (int i = 0; i < 60; ++i)
            requests += helloRequest();
        client.socket.write(requests);
        waitUntil([] { return false; }, 1500);
        // What fits in the socket buffers and the front's one answer of slack, not all 60.
        CHECK(handled < 40);
        client.reading = true;
        client.received += client.socket.readAll();
        CHECK(waitUntil([&] { return client.received.count("HTTP/1.1 200 OK\r\n") == 60; }, 20000));
        CHECK(handled == 60);
    }
    SECTION("a client that never reads is closed when writing makes no progress")
    {
        limits.writeTimeoutMs = 500;
        HttpListener listener(limits, std::nullopt, {}, bigAnswer);
        REQUIRE(listener.listen(QHostAddress::LocalHost));
        RawClient client(listener.serverPort());
        client.socket.setReadBufferSize(64 * 1024);
        client.reading = false;
        for (int i = 0; i < 60; ++i)
            client.socket.write(helloRequest());
        CHECK(waitUntil([&] { return listener.openConnections() == 0; }, 10000));
        CHECK(handled < 40);
    }
}
