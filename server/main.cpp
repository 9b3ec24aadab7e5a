// majlis-server: init | adduser | setchapters | setrole | disable | new-epoch | run
#include "accounts.h"
#include "httpfront.h"
#include "serverconfig.h"
#include "serverstore.h"
#include "syncservice.h"

#include "common/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <cstdio>

using namespace majlis;
using namespace majlis::server;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommands)
};

int fail(const QString &message)
{
    QTextStream(stderr) << "majlis-server: " << message << '\n';
    return 1;
}

QString readPassword()
{
    QTextStream in(stdin);
    return in.readLine();
}

Result<std::optional<QSslConfiguration>> tlsConfiguration(const QString &certPath, const QString &keyPath)
{
    if (certPath.isEmpty() && keyPath.isEmpty())
        return std::optional<QSslConfiguration>();
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, Tr::tr("Cannot read the TLS certificate %1 or key %2.").arg(certPath, keyPath)};
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    QSslKey usable = key;
    if (key.isNull()) {
        keyFile.seek(0);
        usable = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    }
    if (chain.isEmpty() || usable.isNull())
        return Error{Error::Code::InvalidInput, Tr::tr("The TLS certificate or key is not a PEM file Majlis can use.")};
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(usable);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens, not certificates
    return std::optional<QSslConfiguration>(tls);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("majlis-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAJLIS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Majlis sync server. Commands: init, adduser, setchapters, setrole, disable, new-epoch, run."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(QStringLiteral("config"), Tr::tr("Configuration file."), QStringLiteral("file"),
                                    QStringLiteral("/etc/majlis/server.conf"));
    const QCommandLineOption organization(QStringLiteral("organization"), Tr::tr("Organization name (init)."), QStringLiteral("name"));
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("User name."), QStringLiteral("name"));
    const QCommandLineOption role(QStringLiteral("role"), Tr::tr("volunteer, organizer, admin or caller (sees only the people assigned to them)."),
                                  QStringLiteral("role"),
                                  QStringLiteral("volunteer"));
    const QCommandLineOption chapter(QStringLiteral("chapter"), Tr::tr("A chapter of the user (repeat for several)."),
                                     QStringLiteral("chapter"));
    const QCommandLineOption listen(QStringLiteral("listen"), Tr::tr("Address to listen on."), QStringLiteral("address"));
    const QCommandLineOption port(QStringLiteral("port"), Tr::tr("Port to listen on (0: any free port)."), QStringLiteral("port"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), Tr::tr("PEM certificate for serving HTTPS directly."),
                                     QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), Tr::tr("PEM private key for --tls-cert."), QStringLiteral("file"));
    const QCommandLineOption insecure(QStringLiteral("insecure-dev"),
                                      Tr::tr("Allow plain HTTP on an address other than loopback. For development only."));
    const QCommandLineOption enable(QStringLiteral("enable"), Tr::tr("Enable the user again (disable)."));
    parser.addOptions({config, organization, name, role, chapter, listen, port, tlsCert, tlsKey, insecure, enable});
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("init, adduser, setchapters, setrole, disable, new-epoch or run"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(Tr::tr("Give one command: init, adduser, setchapters, setrole, disable, new-epoch or run."));
    const QString command = positional.first();

    auto settings = ServerConfig::load(parser.value(config));
    if (!settings)
        return fail(settings.error().message);
    auto store = ServerStore::open(settings->store);
    if (!store)
        return fail(store.error().message);
    if (command == u"init") {
        if (auto s = (*store)->initialize(parser.value(organization)); !s)
            return fail(s.error().message);
        QTextStream(stdout) << Tr::tr("The server database is ready.") << '\n';
        return 0;
    }
    if (!(*store)->isInitialized())
        return fail(Tr::tr("The server database is not set up yet: run majlis-server init first."));

    Accounts accounts((*store)->connection(), {settings->kdfIterations, settings->tokenDays, 5});
    if (command == u"adduser") {
        const auto userRole = roleFromName(parser.value(role));
        if (!userRole || parser.value(name).isEmpty())
            return fail(Tr::tr("adduser needs --name and a --role of volunteer, organizer, admin or caller."));
        for (const QString &chapterName : parser.values(chapter)) {
            if (auto id = accounts.addChapter(chapterName); !id)
                return fail(id.error().message);
        }
        if (auto id = accounts.addUser(parser.value(name), readPassword(), *userRole, parser.values(chapter)); !id)
            return fail(id.error().message);
        QTextStream(stdout) << Tr::tr("User %1 added.").arg(parser.value(name)) << '\n';
        return 0;
    }
    if (command == u"setchapters") {
        for (const QString &chapterName : parser.values(chapter)) {
            if (auto id = accounts.addChapter(chapterName); !id)
                return fail(id.error().message);
        }
        if (auto s = accounts.setChapters(parser.value(name), parser.values(chapter)); !s)
            return fail(s.error().message);
        return 0;
    }
    if (command == u"setrole") {
        const auto userRole = roleFromName(parser.value(role));
        if (!userRole || parser.value(name).isEmpty() || !parser.isSet(role))
            return fail(Tr::tr("setrole needs --name and a --role of volunteer, organizer, admin or caller."));
        if (auto s = accounts.setRole(parser.value(name), *userRole); !s)
            return fail(s.error().message);
        QTextStream(stdout) << Tr::tr("User %1 is now %2.").arg(parser.value(name), roleName(*userRole)) << '\n';
        return 0;
    }
    if (command == u"disable") {
        if (auto s = accounts.setDisabled(parser.value(name), !parser.isSet(enable)); !s)
            return fail(s.error().message);
        return 0;
    }
    if (command == u"new-epoch") {
        if (auto s = (*store)->startNewEpoch(); !s)
            return fail(s.error().message);
        QTextStream(stdout) << Tr::tr("New epoch started: laptops will re-send what this database lacks.") << '\n';
        return 0;
    }
    if (command != u"run")
        return fail(Tr::tr("Unknown command %1.").arg(command));

    const QHostAddress address = parser.isSet(listen) ? QHostAddress(parser.value(listen)) : settings->listen;
    const quint16 listenPort = parser.isSet(port) ? quint16(parser.value(port).toUInt()) : settings->port;
    auto tls = tlsConfiguration(parser.isSet(tlsCert) ? parser.value(tlsCert) : settings->tlsCertificate,
                                parser.isSet(tlsKey) ? parser.value(tlsKey) : settings->tlsKey);
    if (!tls)
        return fail(tls.error().message);
    if (!tls->has_value() && !address.isLoopback() && !parser.isSet(insecure))
        return fail(Tr::tr("Refusing plain HTTP on %1: give --tls-cert and --tls-key, put nginx in front on 127.0.0.1, "
                           "or pass --insecure-dev for a development machine.")
                        .arg(address.toString()));

    SyncService service(**store, accounts, settings->limits, nowMs);
    HttpLimits httpLimits;
    httpLimits.maxBodyBytes = settings->limits.maxBodyBytes;
    HttpFront front(service, httpLimits, settings->trustedProxies);
    auto bound = front.listen(address, listenPort, tls.value());
    if (!bound)
        return fail(bound.error().message);
    // Tests and scripts read the port from here when they asked for any free one.
    QTextStream(stdout) << "listening " << address.toString() << ' ' << bound.value() << (tls->has_value() ? " https" : " http")
                        << Qt::endl;
    return app.exec();
}
