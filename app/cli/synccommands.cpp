#include "cli.h"

#include "storage/database.h"
#include "sync/httptransport.h"
#include "sync/serversettings.h"
#include "sync/syncclient.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>
#include <QTextStream>

namespace majlis::cli {

// majlis-cli sync: log in, push and pull, log out. The password comes on standard input, and the
// session token lives only in memory, so a script leaves no credential on disk.
int runSync(const Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), Context::tr("Server address, such as https://sync.example.org."),
                                    QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), Context::tr("User name on the server."), QStringLiteral("name"));
    const QCommandLineOption authority(QStringLiteral("ca"), Context::tr("The organization's certificate authority (PEM file)."),
                                       QStringLiteral("file"));
    const QCommandLineOption fingerprint(QStringLiteral("fingerprint"),
                                         Context::tr("SHA-256 fingerprint of the server's certificate."), QStringLiteral("hex"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), Context::tr("Read the password from standard input."));
    parser.addOptions({server, user, authority, fingerprint, passwordStdin});
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;
    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());

    // What is given is remembered in the workspace (never the password), so later runs need
    // only --password-stdin.
    sync::ServerSettings settings = sync::ServerSettings::load(**database);
    if (parser.isSet(authority)) {
        QFile pem(parser.value(authority));
        if (!pem.open(QIODevice::ReadOnly))
            return fail({Error::Code::Io, Context::tr("Cannot read %1.").arg(parser.value(authority))});
        settings.authorityPem = pem.readAll();
        settings.fingerprint.clear();
    } else if (parser.isSet(fingerprint)) {
        auto parsed = sync::ServerSettings::parseFingerprint(parser.value(fingerprint));
        if (!parsed)
            return usage(parsed.error().message);
        settings.fingerprint = parsed.value();
        settings.authorityPem.clear();
    }
    if (parser.isSet(server)) {
        auto parsed = sync::ServerSettings::parseAddress(parser.value(server));
        if (!parsed)
            return usage(parsed.error().message);
        settings.url = parsed.value();
    }
    if (parser.isSet(user))
        settings.user = parser.value(user);
    if (auto s = settings.save(**database); !s)
        return fail(s.error());
    if (!settings.url.isValid() || settings.url.isEmpty() || settings.user.isEmpty())
        return usage(Context::tr("Give --server and --user the first time."));
    if (!parser.isSet(passwordStdin))
        return usage(Context::tr("Give the password on standard input with --password-stdin."));
    const QString password = QTextStream(stdin).readLine();

    sync::HttpTransport transport(settings.url, settings.trust());
    sync::SyncClient client(**database, transport);
    auto token = client.login(settings.user, password);
    if (!token)
        return fail(token.error());
    auto report = client.sync(token.value());
    // Logging out is a courtesy: the token expires anyway, so its failure does not fail the run.
    (void)client.logout(token.value());
    if (!report)
        return fail(report.error());
    context.print(QJsonObject{{QStringLiteral("pushed"), report->pushed},
                              {QStringLiteral("pulled"), report->pulled},
                              {QStringLiteral("removed"), report->removed},
                              {QStringLiteral("conflicts"), report->conflicts},
                              {QStringLiteral("refused"), report->refused}},
                  {Context::tr("Synced: %1 change(s) sent, %2 received, %3 removed, %4 conflict(s), %5 refused.")
                       .arg(report->pushed)
                       .arg(report->pulled)
                       .arg(report->removed)
                       .arg(report->conflicts)
                       .arg(report->refused)});
    return Ok;
}

} // namespace majlis::cli
