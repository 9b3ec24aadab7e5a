// The laptop never follows a redirect: a server (or anything answering in its place) could
// otherwise send the login, password included, to an address the laptop would refuse if it
// were given it directly, here plain http to another machine.
#include "support/catchqt.h"
#include "sync/httptransport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace {

void runEventsFor(
    int ms, const std::function<bool()> &until = [] { return false; })
{
    QElapsedTimer timer;
    timer.start();
    while (!until() && timer.elapsed() < ms) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

} // namespace

TEST_CASE("a redirect is reported as an error and never followed", "[http][security]")
{
    // Where the redirect points: 127.0.0.2 is this machine too, but not an address the laptop
    // accepts for plain http (isPlainHttpToThisComputer), so it must never be reached.
    QTcpServer elsewhere;
    REQUIRE(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    int reachedElsewhere = 0;
    QObject::connect(&elsewhere, &QTcpServer::newConnection, [&] { ++reachedElsewhere; });

    QTcpServer redirecting;
    REQUIRE(redirecting.listen(QHostAddress::LocalHost));
    QByteArray request;
    bool answered = false;
    QObject::connect(&redirecting, &QTcpServer::newConnection, [&] {
        QTcpSocket *socket = redirecting.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, [&, socket] {
            request += socket->readAll();
            const qsizetype end = request.indexOf("\r\n\r\n");
            if (end < 0 || answered || !request.mid(end + 4).endsWith('}'))
                return;
            socket->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.2:"
                + QByteArray::number(elsewhere.serverPort())
                + "/v1/login\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            answered = true;
        });
    });

    majlis::sync::HttpTransport transport(
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(redirecting.serverPort())), {}, 5000);
    auto pending = transport.start(QStringLiteral("login"),
        {{QStringLiteral("user"), QStringLiteral("alice")}, {QStringLiteral("password"), QStringLiteral("canary-pw")}},
        {});
    // The servers live on this thread: serve the redirect, then give a follower time to show.
    runEventsFor(5000, [&] { return answered; });
    REQUIRE(answered);
    CHECK(request.startsWith("POST /v1/login "));
    runEventsFor(500);
    const majlis::sync::SyncReply reply = pending->wait();
    runEventsFor(200);

    CHECK(reachedElsewhere == 0);
    CHECK_FALSE(elsewhere.hasPendingConnections());
    CHECK(reply.status == 307);
    CHECK(reply.transportError.contains(QStringLiteral("redirect")));
    CHECK(reply.transportError.contains(QStringLiteral("Check the server address")));
}
