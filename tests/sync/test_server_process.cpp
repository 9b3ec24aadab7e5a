// The real majlis-server over real TLS on loopback, with the real majlis-cli as the laptops:
// a certificate made by the test, two workspaces that converge through the server, a laptop
// that refuses a server whose certificate is not the pinned one, and a server killed and
// restarted between syncs that neither loses nor doubles anything.

#include "serverstore.h"
#include "support/catchqt.h"
#include "sync/httptransport.h"
#include "sync/syncschema.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QSet>
#include <QSqlQuery>

namespace {

struct Ran
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment of every program the test runs: a home of its own, and optionally a named crash
// point (core/common/crashpoint.h) at which the program dies as if killed.
QProcessEnvironment environment(const QTemporaryDir &home, const QString &crashAt = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("MAJLIS_CRASH_AT"));
    if (!crashAt.isEmpty())
        env.insert(QStringLiteral("MAJLIS_CRASH_AT"), crashAt);
    return env;
}

// A program run with a home of the test's own; left going, it can be killed in the middle of its work.
std::unique_ptr<QProcess> start(const QString &program, const QStringList &arguments, const QTemporaryDir &home, const QByteArray &input,
                                const QString &crashAt = {})
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment(home, crashAt));
    process->start(program, arguments);
    REQUIRE(process->waitForStarted(10000));
    process->write(input);
    process->closeWriteChannel();
    return process;
}

Ran run(const QString &program, const QStringList &arguments, const QTemporaryDir &home, const QByteArray &input = {})
{
    auto process = start(program, arguments, home, input);
    REQUIRE(process->waitForFinished(60000));
    return {process->exitCode(), QString::fromUtf8(process->readAllStandardOutput()), QString::fromUtf8(process->readAllStandardError())};
}

class RunningServer
{
public:
    RunningServer(const QTemporaryDir &dir, const QStringList &tls, quint16 port = 0, const QString &crashAt = {})
    {
        QStringList arguments{QStringLiteral("run"), QStringLiteral("--config"), dir.filePath(QStringLiteral("server.conf")),
                              QStringLiteral("--port"), QString::number(port)};
        m_process.setProcessEnvironment(environment(dir, crashAt));
        m_process.start(QStringLiteral(MAJLIS_SERVER_PATH), arguments + tls);
        REQUIRE(m_process.waitForStarted(10000));
        static const QRegularExpression listening(QStringLiteral("listening \\S+ (\\d+)"));
        QString output;
        while (!listening.match(output).hasMatch()) {
            INFO(output.toStdString() << QString::fromUtf8(m_process.readAllStandardError()).toStdString());
            REQUIRE(m_process.waitForReadyRead(10000));
            output += QString::fromUtf8(m_process.readAllStandardOutput());
        }
        this->port = quint16(listening.match(output).captured(1).toUInt());
    }
    ~RunningServer() { kill(); }
    bool running() const { return m_process.state() == QProcess::Running; }
    // Everything the server printed so far, its log included.
    QString output()
    {
        m_output += QString::fromUtf8(m_process.readAllStandardOutput() + m_process.readAllStandardError());
        return m_output;
    }
    bool waitForExit() { return m_process.waitForFinished(10000); }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill(); // SIGKILL: no chance to tidy up
            m_process.waitForFinished(10000);
        }
    }
    quint16 port = 0;

private:
    QProcess m_process;
    QString m_output;
};

QStringList contactNames(const QTemporaryDir &home, const QString &workspace)
{
    const Ran listed = run(QStringLiteral(MAJLIS_CLI_PATH), {QStringLiteral("--database"), workspace, QStringLiteral("--json"),
                                                             QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("100000")},
                           home);
    REQUIRE(listed.exitCode == 0);
    QStringList names;
    for (const QJsonValue &c : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        names.append(c.toObject().value(QStringLiteral("displayName")).toString());
    names.sort();
    return names;
}

} // namespace

TEST_CASE("majlis-server over TLS syncs two real majlis-cli workspaces", "[sync][process]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
    {
        WARN("openssl is not installed; skipped");
        return;
    }
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const Ran made = run(QStringLiteral("openssl"),
                         {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                          QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                          QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                          QStringLiteral("subjectAltName=IP:127.0.0.1")},
                         dir);
    REQUIRE(made.exitCode == 0);
    {
        QFile config(dir.filePath(QStringLiteral("server.conf")));
        REQUIRE(config.open(QIODevice::WriteOnly));
        // Small pages, so a sync of a few hundred contacts takes many requests and a kill lands
        // in the middle of one.
        config.write("[server]\ndatabase=server.sqlite\nlisten=127.0.0.1\n[security]\nkdf_iterations=1000\n"
                     "[limits]\npage_size=10\n");
    }
    const QString conf = dir.filePath(QStringLiteral("server.conf"));
    const QString server = QStringLiteral(MAJLIS_SERVER_PATH);
    REQUIRE(run(server, {QStringLiteral("init"), QStringLiteral("--config"), conf, QStringLiteral("--organization"), QStringLiteral("Test")}, dir).exitCode == 0);
    const Ran added = run(server, {QStringLiteral("adduser"), QStringLiteral("--config"), conf, QStringLiteral("--name"), QStringLiteral("amina"),
                                   QStringLiteral("--role"), QStringLiteral("organizer"), QStringLiteral("--chapter"), QStringLiteral("Boston")},
                          dir, "a long enough password\n");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);

    const QStringList tls{QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key};
    auto serverProcess = std::make_unique<RunningServer>(dir, tls);
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(serverProcess->port);
    const QString first = dir.filePath(QStringLiteral("first.majlis"));
    const QString second = dir.filePath(QStringLiteral("second.majlis"));
    const QString cli = QStringLiteral(MAJLIS_CLI_PATH);
    const auto sync = [&](const QString &workspace, QStringList extra = {}) {
        return run(cli, QStringList{QStringLiteral("--database"), workspace, QStringLiteral("sync"), QStringLiteral("--password-stdin")} + extra,
                   dir, "a long enough password\n");
    };
    const QStringList firstTime{QStringLiteral("--server"), url, QStringLiteral("--user"), QStringLiteral("amina"), QStringLiteral("--ca"), cert};

    Ran synced = sync(first, firstTime);
    INFO(synced.err.toStdString());
    REQUIRE(synced.exitCode == 0);
    REQUIRE(run(cli, {QStringLiteral("--database"), first, QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--given"),
                      QStringLiteral("Maryam"), QStringLiteral("--chapter"), QStringLiteral("Boston")},
                dir)
                .exitCode
            == 0);
    REQUIRE(sync(first).exitCode == 0);
    synced = sync(second, firstTime);
    INFO(synced.err.toStdString());
    REQUIRE(synced.exitCode == 0);
    CHECK(contactNames(dir, second) == QStringList{QStringLiteral("Maryam")});

    SECTION("a server killed and restarted loses nothing and doubles nothing")
    {
        REQUIRE(run(cli, {QStringLiteral("--database"), second, QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--given"),
                          QStringLiteral("Idris"), QStringLiteral("--chapter"), QStringLiteral("Boston")},
                    dir)
                    .exitCode
                == 0);
        const quint16 port = serverProcess->port;
        serverProcess->kill();
        CHECK(sync(second).exitCode != 0); // offline: the edit waits in the outbox
        serverProcess = std::make_unique<RunningServer>(dir, tls, port);
        REQUIRE(sync(second).exitCode == 0);
        REQUIRE(sync(second).exitCode == 0);
        REQUIRE(sync(first).exitCode == 0);
        CHECK(contactNames(dir, first) == QStringList{QStringLiteral("Idris"), QStringLiteral("Maryam")});
        CHECK(contactNames(dir, second) == QStringList{QStringLiteral("Idris"), QStringLiteral("Maryam")});
    }
    SECTION("the server killed mid-push and mid-pull, and a laptop killed mid-sync, lose and double nothing")
    {
        QFile csv(dir.filePath(QStringLiteral("many.csv")));
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write("First name,Last name,Email\n");
        for (int i = 0; i < 300; ++i)
            csv.write(QStringLiteral("Person,Number%1,p%1@example.org\n").arg(i, 3, 10, QLatin1Char('0')).toUtf8());
        csv.close();
        REQUIRE(run(cli, {QStringLiteral("--database"), first, QStringLiteral("import"), QStringLiteral("csv"), csv.fileName()}, dir).exitCode == 0);

        const QStringList syncArguments{QStringLiteral("sync"), QStringLiteral("--password-stdin")};
        const quint16 port = serverProcess->port;
        // Kills at growing delays: early ones land in the first laptop's push, later ones in the
        // second laptop's pull of the same rows.
        int cutShort = 0; // syncs that a kill stopped before they finished
        for (int delayMs : {150, 400, 900}) {
            auto pushing = start(cli, QStringList{QStringLiteral("--database"), first} + syncArguments, dir, "a long enough password\n");
            auto pulling = start(cli, QStringList{QStringLiteral("--database"), second} + syncArguments, dir, "a long enough password\n");
            QThread::msleep(delayMs);
            serverProcess->kill();
            REQUIRE(pushing->waitForFinished(60000));
            REQUIRE(pulling->waitForFinished(60000));
            cutShort += int(pushing->exitCode() != 0) + int(pulling->exitCode() != 0);
            serverProcess = std::make_unique<RunningServer>(dir, tls, port);
        }
        for (int delayMs : {100, 300, 700}) {
            auto killed = start(cli, QStringList{QStringLiteral("--database"), delayMs == 300 ? first : second} + syncArguments, dir,
                                "a long enough password\n");
            QThread::msleep(delayMs);
            const bool running = killed->state() == QProcess::Running;
            killed->kill(); // SIGKILL: the laptop's app dies mid-sync
            REQUIRE(killed->waitForFinished(10000));
            cutShort += int(running);
        }
        CHECK(cutShort >= 3); // the kills did land in the middle of the work
        for (const QString &workspace : {first, second, first, second}) {
            const Ran done = sync(workspace);
            INFO(done.err.toStdString());
            REQUIRE(done.exitCode == 0);
        }
        const QStringList onFirst = contactNames(dir, first);
        const QStringList onSecond = contactNames(dir, second);
        CHECK(onFirst.size() == 301); // Maryam and the 300, each once
        CHECK(QSet<QString>(onFirst.cbegin(), onFirst.cend()).size() == 301);
        CHECK(onSecond == onFirst);
        for (const QString &workspace : {first, second}) {
            const Ran checked = run(QStringLiteral("sqlite3"), {workspace, QStringLiteral("PRAGMA integrity_check")}, dir);
            CHECK(checked.out.trimmed() == u"ok");
        }
    }
    SECTION("at every named crash point of a sync, on a laptop or the server, nothing is lost or doubled")
    {
        const quint16 port = serverProcess->port;
        const auto addContact = [&](const QString &given) {
            REQUIRE(run(cli, {QStringLiteral("--database"), first, QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--given"),
                              given, QStringLiteral("--chapter"), QStringLiteral("Boston")},
                        dir)
                        .exitCode
                    == 0);
        };
        QStringList expected{QStringLiteral("Maryam")};
        QString printed; // what the crashed laptops and servers wrote: it must hold no one's name
        for (const QString &point : {QStringLiteral("sync.push.after-ack"), QStringLiteral("sync.pull.before-commit"),
                                    QStringLiteral("sync.pull.after-commit")}) {
            INFO(point.toStdString());
            const QString given = QStringLiteral("Before %1").arg(point);
            addContact(given);
            expected.append(given);
            const bool pushing = point.startsWith(QStringLiteral("sync.push"));
            if (!pushing)
                REQUIRE(sync(first).exitCode == 0);
            auto crashed = start(cli, {QStringLiteral("--database"), pushing ? first : second, QStringLiteral("sync"),
                                       QStringLiteral("--password-stdin")},
                                 dir, "a long enough password\n", point);
            REQUIRE(crashed->waitForFinished(60000));
            CHECK(crashed->exitStatus() == QProcess::CrashExit); // it died at the point, not later
            printed += QString::fromUtf8(crashed->readAllStandardOutput() + crashed->readAllStandardError());
        }
        for (const QString &point : {QStringLiteral("server.push.before-commit"), QStringLiteral("server.push.after-commit")}) {
            INFO(point.toStdString());
            const QString given = QStringLiteral("Before %1").arg(point);
            addContact(given);
            expected.append(given);
            serverProcess->kill();
            serverProcess = std::make_unique<RunningServer>(dir, tls, port, point);
            CHECK(sync(first).exitCode != 0);
            REQUIRE(serverProcess->waitForExit());
            CHECK_FALSE(serverProcess->running());
            printed += serverProcess->output();
            serverProcess = std::make_unique<RunningServer>(dir, tls, port);
        }
        for (const QString &workspace : {first, second, first, second}) {
            const Ran done = sync(workspace);
            INFO(done.err.toStdString());
            REQUIRE(done.exitCode == 0);
        }
        printed += serverProcess->output();
        for (const QString &name : std::as_const(expected))
            CHECK_FALSE(printed.contains(name));
        CHECK_FALSE(printed.contains(QStringLiteral("a long enough password")));
        expected.sort();
        CHECK(contactNames(dir, first) == expected); // each once, none lost
        CHECK(contactNames(dir, second) == expected);
        for (const QString &workspace : {first, second}) {
            const Ran checked = run(QStringLiteral("sqlite3"), {workspace, QStringLiteral("PRAGMA integrity_check")}, dir);
            CHECK(checked.out.trimmed() == u"ok");
        }
    }
    SECTION("a laptop refuses a server whose certificate is not the pinned one")
    {
        const Ran refused = sync(dir.filePath(QStringLiteral("third.majlis")),
                                 {QStringLiteral("--server"), url, QStringLiteral("--user"), QStringLiteral("amina"),
                                  QStringLiteral("--fingerprint"), QString(64, u'0')});
        CHECK(refused.exitCode != 0);
        CHECK(refused.err.contains(QStringLiteral("certificate")));
    }
    SECTION("a laptop with no pinned certificate refuses the server's self-signed one")
    {
        const Ran refused = sync(dir.filePath(QStringLiteral("fourth.majlis")),
                                 {QStringLiteral("--server"), url, QStringLiteral("--user"), QStringLiteral("amina")});
        CHECK(refused.exitCode != 0);
        CHECK(refused.err.contains(QStringLiteral("certificate")));
    }
}

TEST_CASE("a laptop refuses an interception proxy's certificate even when the system trusts it", "[sync][process][security]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        WARN("openssl is not installed; skipped");
        return;
    }
    QTemporaryDir dir;
    const auto openssl = [&](const QStringList &arguments) {
        const Ran made = run(QStringLiteral("openssl"), arguments, dir);
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
    };
    const auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    // Two authorities: the organization's, given to the laptop, and a proxy's, which the
    // "system" trusts, as on a laptop whose employer or country inspects TLS traffic.
    for (const char *name : {"org", "proxy"}) {
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), path(name) + QStringLiteral("-ca.key"), QStringLiteral("-out"), path(name) + QStringLiteral("-ca.pem"),
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=%1 CA").arg(QLatin1String(name)),
                 QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                 QStringLiteral("keyUsage=critical,keyCertSign")});
    }
    // The server as the proxy presents it: a certificate for its address, signed by the proxy.
    openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
             path("server.key"), QStringLiteral("-out"), path("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    {
        QFile extensions(path("san.ext"));
        REQUIRE(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName=IP:127.0.0.1\n");
    }
    openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("server.csr"), QStringLiteral("-CA"), path("proxy-ca.pem"),
             QStringLiteral("-CAkey"), path("proxy-ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
             QStringLiteral("-extfile"), path("san.ext"), QStringLiteral("-out"), path("server.pem")});
    {
        QFile config(path("server.conf"));
        REQUIRE(config.open(QIODevice::WriteOnly));
        config.write("[server]\ndatabase=server.sqlite\nlisten=127.0.0.1\n[security]\nkdf_iterations=1000\n");
    }
    REQUIRE(run(QStringLiteral(MAJLIS_SERVER_PATH), {QStringLiteral("init"), QStringLiteral("--config"), path("server.conf"),
                                                     QStringLiteral("--organization"), QStringLiteral("Test")},
                dir)
                .exitCode
            == 0);
    RunningServer server(dir, {QStringLiteral("--tls-cert"), path("server.pem"), QStringLiteral("--tls-key"), path("server.key")});
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(server.port));
    const auto authority = [&](const char *name) {
        const QList<QSslCertificate> found = QSslCertificate::fromPath(path(name));
        REQUIRE(found.size() == 1);
        return found.first();
    };

    const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
    QSslConfiguration system = before;
    system.addCaCertificate(authority("proxy-ca.pem"));
    QSslConfiguration::setDefaultConfiguration(system);
    const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(before); });
    const QJsonObject hello{{QStringLiteral("protocol"), majlis::sync::kProtocolVersion}, {QStringLiteral("schema"), 99}};

    // The control: trusting the proxy's authority, the request goes through, so the refusals
    // below are the laptop's pinning at work, not a broken server.
    majlis::sync::HttpTransport viaProxyAuthority(url, {{authority("proxy-ca.pem")}, {}}, 10000);
    CHECK(viaProxyAuthority.post(QStringLiteral("hello"), hello, {}).status == 200);

    majlis::sync::HttpTransport pinnedAuthority(url, {{authority("org-ca.pem")}, {}}, 10000);
    const majlis::sync::SyncReply refused = pinnedAuthority.post(QStringLiteral("hello"), hello, {});
    CHECK(refused.status == 0);
    CHECK(refused.transportError.contains(QStringLiteral("certificate")));

    // A fingerprint pin: the chain validates against the "system" store, and still the
    // certificate is not the one the laptop was given.
    majlis::sync::HttpTransport pinnedCertificate(
        url, {{}, authority("org-ca.pem").digest(QCryptographicHash::Sha256)}, 10000);
    const majlis::sync::SyncReply mismatch = pinnedCertificate.post(QStringLiteral("hello"), hello, {});
    CHECK(mismatch.status == 0);
    CHECK(mismatch.transportError.contains(QStringLiteral("not the one set for this organization")));
}

TEST_CASE("a request the laptop started is answered while the laptop works, not only when it waits", "[sync][process]")
{
    QTemporaryDir dir;
    {
        QFile config(dir.filePath(QStringLiteral("server.conf")));
        REQUIRE(config.open(QIODevice::WriteOnly));
        config.write("[server]\ndatabase=server.sqlite\nlisten=127.0.0.1\n[security]\nkdf_iterations=1000\n");
    }
    REQUIRE(run(QStringLiteral(MAJLIS_SERVER_PATH), {QStringLiteral("init"), QStringLiteral("--config"), dir.filePath(QStringLiteral("server.conf")),
                                                     QStringLiteral("--organization"), QStringLiteral("Test")},
                dir)
                .exitCode
            == 0);
    RunningServer server(dir, {QStringLiteral("--insecure-dev")});
    majlis::sync::HttpTransport transport(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port)), {}, 10000);
    const QJsonObject hello{{QStringLiteral("protocol"), majlis::sync::kProtocolVersion}, {QStringLiteral("schema"), 99}};

    // The pull asks for its next page before applying the last one. Here the "work" is a pause
    // that handles no events, after which the server is gone: the answer must already be in.
    auto pending = transport.start(QStringLiteral("hello"), hello, {});
    QThread::msleep(3000);
    server.kill();
    const majlis::sync::SyncReply answered = pending->wait();
    CHECK(answered.status == 200);
    CHECK_FALSE(answered.body.value(QStringLiteral("server_id")).toString().isEmpty());

    // And one started after the server went away fails cleanly rather than hanging.
    const majlis::sync::SyncReply unanswered = transport.start(QStringLiteral("hello"), hello, {})->wait();
    CHECK(unanswered.status == 0);
    CHECK_FALSE(unanswered.transportError.isEmpty());
}

TEST_CASE("a request is given up as soon as the laptop cancels, even when the server never answers", "[sync]")
{
    // Connections wait in the listen queue and are never read: the request goes out and nothing
    // comes back. The timeout is ten minutes, so only the cancel can end the wait in time.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    majlis::sync::HttpTransport transport(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())), {}, 600000);
    std::atomic<bool> cancelled = false;
    transport.setCancelFlag(&cancelled);
    auto pending = transport.start(QStringLiteral("hello"), {}, {});
    cancelled = true; // closing the window
    const majlis::sync::SyncReply reply = pending->wait();
    CHECK(reply.status == 0);
    CHECK_FALSE(reply.transportError.isEmpty());
}

TEST_CASE("majlis-server adds a caller and changes a user's role from the command line", "[sync][process][caller]")
{
    QTemporaryDir dir;
    {
        QFile config(dir.filePath(QStringLiteral("server.conf")));
        REQUIRE(config.open(QIODevice::WriteOnly));
        config.write("[server]\ndatabase=server.sqlite\n[security]\nkdf_iterations=1000\n");
    }
    const QString conf = dir.filePath(QStringLiteral("server.conf"));
    const QString server = QStringLiteral(MAJLIS_SERVER_PATH);
    REQUIRE(run(server, {QStringLiteral("init"), QStringLiteral("--config"), conf, QStringLiteral("--organization"), QStringLiteral("Test")},
                dir)
                .exitCode
            == 0);
    const auto admin = [&](const QStringList &arguments, const QByteArray &input = {}) {
        return run(server, QStringList{arguments.first(), QStringLiteral("--config"), conf} + arguments.mid(1), dir, input);
    };
    const Ran added = admin({QStringLiteral("adduser"), QStringLiteral("--name"), QStringLiteral("bilal"), QStringLiteral("--role"),
                             QStringLiteral("caller"), QStringLiteral("--chapter"), QStringLiteral("Boston")},
                            "a long enough password\n");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const Ran promoted = admin({QStringLiteral("setrole"), QStringLiteral("--name"), QStringLiteral("Bilal"), QStringLiteral("--role"),
                                QStringLiteral("volunteer")});
    CHECK(promoted.exitCode == 0);
    CHECK(promoted.out.contains(QStringLiteral("volunteer")));
    const Ran unknownRole = admin({QStringLiteral("setrole"), QStringLiteral("--name"), QStringLiteral("bilal"), QStringLiteral("--role"),
                                   QStringLiteral("boss")});
    CHECK(unknownRole.exitCode == 1);
    CHECK(unknownRole.err.contains(QStringLiteral("caller")));
    CHECK(admin({QStringLiteral("setrole"), QStringLiteral("--name"), QStringLiteral("nobody"), QStringLiteral("--role"),
                 QStringLiteral("caller")})
              .exitCode
          == 1);
    CHECK(admin({QStringLiteral("setrole"), QStringLiteral("--name"), QStringLiteral("bilal")}).exitCode == 1);
    CHECK(admin({QStringLiteral("setrole"), QStringLiteral("--name"), QStringLiteral("bilal"), QStringLiteral("--role"),
                 QStringLiteral("caller")})
              .exitCode
          == 0);

    auto store = majlis::server::ServerStore::open({QStringLiteral("QSQLITE"), dir.filePath(QStringLiteral("server.sqlite")), {}, 0, {}, {}});
    REQUIRE(store.ok());
    QSqlQuery role((*store)->connection());
    REQUIRE(role.exec(QStringLiteral("SELECT role FROM users WHERE name = 'bilal'")));
    REQUIRE(role.next());
    CHECK(role.value(0).toString() == QStringLiteral("caller"));
}
