// majlis-cli: the same core as the GUI, for scripts and terminals.

#include "cli.h"

#include "demo/demodata.h"
#include "demo/demoadvocacy.h"
#include "demo/democampaigns.h"
#include "demo/demoorganizing.h"
#include "i18n/translations.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonObject>
#include <QTextStream>

using namespace majlis;

namespace {

QString helpText()
{
    return QCoreApplication::translate(
        "majlis-cli",
        "Commands:\n"
        "  init                        create or upgrade the workspace\n"
        "  contacts add [options]      add a contact (--given, --family, --email, --phone, --country, --chapter, ...)\n"
        "  contacts list               list contacts (--chapter, --tag, --limit)\n"
        "  contacts search TEXT        find contacts by name, email, phone, tag, organization or notes\n"
        "  contacts show ID            show one contact\n"
        "  contacts edit ID [options]  change a contact\n"
        "  contacts delete ID...       delete contacts\n"
        "  contacts merge KEEP OTHER   merge a duplicate into the contact kept (its emails, phones, tags, history)\n"
        "  contacts export-data ID FILE  write everything held about one person to a JSON file\n"
        "  contacts erase ID --yes     erase everything held about one person, here and on every synced laptop\n"
        "  chapters add NAME           add a chapter (--city, --region, --country)\n"
        "  chapters list               list chapters\n"
        "  chapters region [CODE]      show or set the workspace's country, for phone numbers without + (--chapter NAME: a chapter's)\n"
        "  legislators import FILE     import or update members of Congress (legislators-current.csv)\n"
        "  legislators list            list members of a legislature (--body, --state, --chamber)\n"
        "  bodies list                 list the legislatures of this workspace and their chambers\n"
        "  bodies campus BODY          show or set a capitol's buildings (--building NAME=GROUP ...)\n"
        "  day create TITLE --date D   plan an advocacy day (--body, --time-zone, --start, --end, --slot, --team-size, --ask)\n"
        "  day list                    list advocacy days\n"
        "  day attendees add DAY ID... register contacts for a day (--role, --tag)\n"
        "  day attendees list DAY      list a day's attendees\n"
        "  day schedule DAY            build the day's meeting schedule\n"
        "  day export DAY --ics|--pdf|--csv FILE   write calendars, itineraries or the schedule\n"
        "  partners add NAME           add a coalition partner (--kind, --area, --status, --city, ...)\n"
        "  partners list               list partners (--kind, --area, --status, --search)\n"
        "  partners show NAME|ID       a partner with its people and history\n"
        "  events create TITLE --start T   create an event (--end, --kind, --place, --capacity, --chapter)\n"
        "  events list                 list events\n"
        "  events checkin EVENT ID...  check contacts in (or --walk-in --given NAME --email ...)\n"
        "  events attendance EVENT --csv FILE   write who registered and who came\n"
        "  events calendar FILE        write every event to an iCalendar (.ics) file\n"
        "  import csv FILE             import contacts from a spreadsheet (--dry-run, --map, --duplicates, --report)\n"
        "  import vcard FILE           import contacts from a vCard file (--dry-run, --duplicates)\n"
        "  import archive FILE         bring a workspace archive into this empty workspace\n"
        "  export csv FILE             export contacts as CSV (--search, --tag)\n"
        "  export vcard FILE           export contacts as vCard (--version 4.0|3.0|2.1, --search, --tag)\n"
        "  export archive FILE         write the whole workspace to one portable file\n"
        "  demo [--count N]            fill the workspace with fictional demo data\n"
        "Run \"majlis-cli COMMAND VERB --help\" for a command's options.")
           + u'\n'
           + QCoreApplication::translate("majlis-cli",
                                         "  sync                        sync with the organization's server (--server, --user, "
                                         "--ca or --fingerprint, --password-stdin)")
           + u'\n'
           + QCoreApplication::translate("majlis-cli",
                                         "  chapters time-zone [ZONE]   show or set the workspace's time zone (--chapter NAME: "
                                         "a chapter's)\n"
                                         "  events show EVENT           one event, with its time zone (--hijri)\n"
                                         "  --hijri on events list, day list and day export --pdf adds the Hijri date")
           + u'\n'
           + QCoreApplication::translate(
               "majlis-cli",
               "  districts lookup --zip ZIP  the districts a ZIP code lies in\n"
               "  districts import FILE --body CODE --chamber C   import a postcode to district file for a legislature\n"
               "  contacts districts ID       a contact's districts (--body, --chamber, --set DISTRICT, --confirm, "
               "--check-later)\n"
               "  contacts districts --fill   fill districts from postcodes (--tag, --day, --body, --dry-run; "
               "--ambiguous lists who has districts to choose)")
           + u'\n'
           + QCoreApplication::translate("majlis-cli",
                                         "  legislators import PATH     also an Open States folder or download (state "
                                         "legislatures), or any parliament's member list CSV with --body CODE "
                                         "(--body-name, --country, --map, --dry-run)")
           + u'\n'
           + QCoreApplication::translate("majlis-cli",
                                         "  legislators import --bundled  the members of Congress built into this "
                                         "program (--dry-run)")
           + u'\n'
           + QCoreApplication::translate(
               "majlis-cli",
               "  campaigns elections add NAME --date D   add an election (--jurisdiction, --chapter); elections list\n"
               "  campaigns create NAME --kind phone|door|gotv --script FILE   a phone bank, door list or GOTV drive "
               "(--election, --chapter, --starts, --ends)\n"
               "  campaigns list | show C | entries C   campaigns, one with its script and counts, its list\n"
               "  campaigns build C [filter]  add people to the list (--tag, --chapter, --language, --state, --body "
               "--district, --event, --voter-status, --answered --question --answer, --election --pledged|--not-voted, "
               "--dry-run)\n"
               "  campaigns assign C --to a,b | --by-language NAME=LANGS   split the list; release C [--volunteer V]\n"
               "  campaigns next C [--caller NAME]   the next person to call, with the script\n"
               "  campaigns record C ID --result CODE   save a result (--answer Q=A, --opt-out, --phone, --caller)\n"
               "  campaigns progress C | rollback C --caller NAME [--from T --to T] | close C\n"
               "  campaigns export C --out FILE.csv   the results as CSV (--list: the people to call or visit)\n"
               "  gotv summary|chase ELECTION   pledges and votes; who pledged and has not voted, by district\n"
               "  gotv voted ELECTION ID...   mark people as having voted (--undo)");
}

} // namespace

namespace majlis::cli {

int runDemo(const Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("count"), Context::tr("How many contacts (default 2000)."),
                                   Context::tr("count"), QStringLiteral("2000"));
    parser.addOption(count);
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;
    bool ok = false;
    const int n = parser.value(count).toInt(&ok);
    if (!ok || n < 0)
        return usage(Context::tr("--count takes a number."));
    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    auto added = DemoData::populate(**database, n);
    if (!added)
        return fail(added.error());
    if (n > 0) {
        if (auto organizing = DemoOrganizing::populate(**database); !organizing)
            return fail(organizing.error());
        if (auto advocacy = DemoAdvocacy::populate(**database); !advocacy)
            return fail(advocacy.error());
        if (auto campaigns = DemoCampaigns::populate(**database); !campaigns)
            return fail(campaigns.error());
    }
    context.print(QJsonObject{{QStringLiteral("contactsAdded"), *added}},
                  {QCoreApplication::translate("majlis::cli::Context", "Added %n demo contact(s).", nullptr, *added)});
    return Ok;
}

} // namespace majlis::cli

int main(int argc, char *argv[])
{
    // A PDF needs fonts, so Qt Gui, but never a screen: the offscreen platform serves.
    bool wantsPdf = false;
    for (int i = 1; i < argc; ++i)
        wantsPdf = wantsPdf || qstrcmp(argv[i], "--pdf") == 0;
    if (wantsPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        wantsPdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Majlis"));
    QCoreApplication::setApplicationName(QStringLiteral("majlis"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAJLIS_VERSION));

    // Messages, option descriptions included, are translated, so the language is picked first.
    const QStringList arguments = app.arguments();
    const qsizetype langAt = arguments.indexOf(QStringLiteral("--lang"));
    installTranslations(langAt > 0 && langAt + 1 < arguments.size() ? arguments.at(langAt + 1) : QString());

    // Global options come before the command; what follows the command is the command's own.
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption database(QStringLiteral("database"), QCoreApplication::translate("majlis-cli", "Workspace file (default: %1).")
                                                                      .arg(Database::defaultPath()),
                                      QCoreApplication::translate("majlis-cli", "path"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("majlis-cli", "Print machine-readable JSON."));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("majlis-cli", "Language of messages, such as ar."),
                                  QCoreApplication::translate("majlis-cli", "code"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("majlis-cli", "Show this help."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("majlis-cli", "Show the version."));
    parser.addOptions({database, json, lang, help, version});
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("majlis-cli", "init, contacts, chapters, legislators, day, partners, events, import, export or demo"));
    if (!parser.parse(arguments))
        return cli::usage(parser.errorText());

    if (parser.isSet(version)) {
        QTextStream(stdout) << "majlis-cli " << QCoreApplication::applicationVersion() << '\n';
        return cli::Ok;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(help) || rest.isEmpty()) {
        QTextStream(parser.isSet(help) ? stdout : stderr) << parser.helpText() << '\n' << helpText() << '\n';
        return parser.isSet(help) ? cli::Ok : cli::Usage;
    }

    cli::Context context;
    context.databasePath = parser.isSet(database) ? parser.value(database) : Database::defaultPath();
    context.json = parser.isSet(json);

    const QString command = rest.first();
    const bool hasVerb = command == QLatin1String("contacts") || command == QLatin1String("chapters")
                         || command == QLatin1String("legislators") || command == QLatin1String("day")
                         || command == QLatin1String("bodies")
                         || command == QLatin1String("partners") || command == QLatin1String("events")
                         || command == QLatin1String("import") || command == QLatin1String("export")
                         || command == QLatin1String("districts") || command == QLatin1String("campaigns")
                         || command == QLatin1String("gotv");
    if (hasVerb && rest.size() < 2)
        return cli::usage(QCoreApplication::translate("majlis-cli", "\"%1\" needs a verb, such as list.").arg(command));
    const QString verb = hasVerb ? rest.at(1) : QString();
    // The command's parser sees a program name, then its own arguments.
    context.arguments = QStringList{QCoreApplication::applicationFilePath()} + rest.mid(hasVerb ? 2 : 1);

    if (command == QLatin1String("init"))
        return cli::runInit(context);
    if (command == QLatin1String("contacts"))
        return cli::runContacts(verb, context);
    if (command == QLatin1String("chapters"))
        return cli::runChapters(verb, context);
    if (command == QLatin1String("legislators"))
        return cli::runLegislators(verb, context);
    if (command == QLatin1String("bodies"))
        return cli::runBodies(verb, context);
    if (command == QLatin1String("day"))
        return cli::runDay(verb, context);
    if (command == QLatin1String("partners"))
        return cli::runPartners(verb, context);
    if (command == QLatin1String("events"))
        return cli::runEvents(verb, context);
    if (command == QLatin1String("import"))
        return cli::runImport(verb, context);
    if (command == QLatin1String("export"))
        return cli::runExport(verb, context);
    if (command == QLatin1String("demo"))
        return cli::runDemo(context);
    if (command == QLatin1String("districts"))
        return cli::runDistricts(verb, context);
    if (command == QLatin1String("campaigns"))
        return cli::runCampaigns(verb, context);
    if (command == QLatin1String("gotv"))
        return cli::runGotv(verb, context);
    if (command == QLatin1String("sync"))
        return cli::runSync(context);
    return cli::usage(QCoreApplication::translate("majlis-cli", "unknown command \"%1\".").arg(command));
}
