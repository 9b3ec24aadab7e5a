#include "cli.h"

#include "advocacy/legislatorfile.h"
#include "advocacy/legislatorrepository.h"
#include "io/csvfile.h"
#include "legislatures/bodyrepository.h"
#include "legislatures/bundledcongress.h"
#include "legislatures/congresssource.h"
#include "legislatures/legislatureimport.h"
#include "legislatures/memberlist.h"
#include "legislatures/openstates.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include <variant>

namespace majlis::cli {

namespace {

struct ImportOptions
{
    QCommandLineOption bundled{QStringLiteral("bundled"),
                               Context::tr("Import the members of Congress built into this program instead of a "
                                           "file.")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"),
                              Context::tr("Count what would be added, updated and marked departed, and write nothing.")};
    QCommandLineOption body{QStringLiteral("body"),
                            Context::tr("Read PATH as a member list (CSV) of this legislature, by its code, such as "
                                        "gb-parliament."),
                            Context::tr("code")};
    QCommandLineOption bodyName{QStringLiteral("body-name"),
                                Context::tr("The legislature's name, for a new one, such as \"UK Parliament\"."),
                                Context::tr("name")};
    QCommandLineOption country{QStringLiteral("country"), Context::tr("The legislature's country, such as GB."),
                               Context::tr("code")};
    QCommandLineOption upper{QStringLiteral("upper-chamber"), Context::tr("The name of its upper chamber."),
                             Context::tr("name")};
    QCommandLineOption lower{QStringLiteral("lower-chamber"),
                             Context::tr("The name of its lower chamber, where members go when the list names none."),
                             Context::tr("name")};
    QCommandLineOption timeZone{QStringLiteral("time-zone"),
                                Context::tr("The time zone of its capital, such as Europe/London."), Context::tr("zone")};
    QCommandLineOption map{QStringLiteral("map"),
                           Context::tr("FIELD=COLUMN pairs, comma-separated, for the columns a guess misses. Fields: "
                                       "%1.")
                               .arg(memberFieldKeys().join(QStringLiteral(", "))),
                           Context::tr("mapping")};

    QList<QCommandLineOption> all() const { return {bundled, dryRun, body, bodyName, country, upper, lower, timeZone, map}; }
};

LegislatureImport::Mode modeOf(const QCommandLineParser &parser, const ImportOptions &options)
{
    return parser.isSet(options.dryRun) ? LegislatureImport::Mode::DryRun : LegislatureImport::Mode::Write;
}

// The members of Congress (a congress-legislators file or the list built in), reported as before
// other legislatures existed.
int importCongress(const Context &context, Database &db, const Result<MemberSource> &source,
                   LegislatureImport::Mode mode)
{
    if (!source)
        return fail(source.error());
    auto report = LegislatureImport::run(db, source.value(), mode);
    if (!report)
        return fail(report.error());
    const BodyImportResult &congress = report->bodies.constFirst();
    const LegislatorImportSummary &summary = congress.summary;
    QTextStream err(stderr);
    for (const QString &warning : congress.warnings)
        err << warning << '\n';
    QStringList lines{Context::tr("Imported %1 members of Congress: %2 new, %3 updated, %4 unchanged, %5 no longer "
                                  "in office.")
                          .arg(congress.members)
                          .arg(summary.added)
                          .arg(summary.updated)
                          .arg(summary.unchanged)
                          .arg(summary.departed)};
    if (report->dryRun)
        lines << Context::tr("Dry run: nothing was written.");
    context.print(QJsonObject{{QStringLiteral("added"), summary.added}, {QStringLiteral("updated"), summary.updated},
                              {QStringLiteral("unchanged"), summary.unchanged},
                              {QStringLiteral("departed"), summary.departed},
                              {QStringLiteral("dryRun"), report->dryRun},
                              {QStringLiteral("warnings"), QJsonArray::fromStringList(congress.warnings)}},
                  lines);
    return Ok;
}

// The legislature a member list belongs to: the workspace's, with what the options change, or a
// new one the options describe. An exit code when they cannot.
std::variant<LegislativeBody, int> memberListBody(Database &db, const QCommandLineParser &parser,
                                                  const ImportOptions &options)
{
    const QString code = parser.value(options.body).trimmed();
    LegislativeBody body;
    if (auto existing = BodyRepository(db).find(code)) {
        body = existing.value();
    } else {
        if (!bodies::isValidCode(code))
            return usage(Context::tr("--body takes a legislature's code, letters, digits and dashes such as "
                                     "gb-parliament; \"%1\" is none in this workspace.")
                             .arg(code));
        if (!parser.isSet(options.bodyName))
            return usage(Context::tr("%1 is a new legislature: give its name with --body-name.").arg(code));
        body.code = code.toLower();
    }
    if (parser.isSet(options.bodyName))
        body.name = parser.value(options.bodyName).trimmed();
    if (parser.isSet(options.country))
        body.country = parser.value(options.country).trimmed().toUpper();
    if (parser.isSet(options.upper))
        body.senateName = parser.value(options.upper).trimmed();
    if (parser.isSet(options.lower))
        body.houseName = parser.value(options.lower).trimmed();
    if (parser.isSet(options.timeZone)) {
        const QByteArray zone = parser.value(options.timeZone).trimmed().toUtf8();
        if (!QTimeZone::isTimeZoneIdAvailable(zone))
            return usage(Context::tr("--time-zone takes a zone such as Europe/London; \"%1\" is none.")
                             .arg(QString::fromUtf8(zone)));
        body.timeZone = QString::fromUtf8(zone);
    }
    return body;
}

std::variant<MemberSource, int> readMemberList(Database &db, const QString &path, const QCommandLineParser &parser,
                                               const ImportOptions &options)
{
    auto body = memberListBody(db, parser, options);
    if (const int *exitCode = std::get_if<int>(&body))
        return *exitCode;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail({Error::Code::Io, Context::tr("Could not read %1: %2").arg(path, file.errorString())});
    auto csv = readCsvFile(file.readAll());
    if (!csv)
        return fail(csv.error());
    auto mapping = MemberList::mapColumns(csv->table.header(), parser.values(options.map).join(u','));
    if (!mapping)
        return usage(mapping.error().message);
    auto members = MemberList::read(csv->table, mapping.value(), std::get<LegislativeBody>(body));
    if (!members)
        return fail(members.error());
    MemberSource source;
    source.bodies.append(members.value());
    return source;
}

void printReport(const Context &context, const LegislatureImportReport &report)
{
    QStringList lines;
    QJsonArray bodies;
    for (const BodyImportResult &b : report.bodies) {
        const LegislatorImportSummary &s = b.summary;
        lines << Context::tr("%1 (%2): %3 members; %4 new, %5 updated, %6 unchanged, %7 no longer in office.")
                     .arg(b.body.name, b.body.code)
                     .arg(b.members)
                     .arg(s.added)
                     .arg(s.updated)
                     .arg(s.unchanged)
                     .arg(s.departed);
        for (const QString &warning : b.warnings)
            lines << QStringLiteral("  ") + warning;
        bodies.append(QJsonObject{{QStringLiteral("code"), b.body.code}, {QStringLiteral("name"), b.body.name},
                                  {QStringLiteral("members"), b.members}, {QStringLiteral("added"), s.added},
                                  {QStringLiteral("updated"), s.updated}, {QStringLiteral("unchanged"), s.unchanged},
                                  {QStringLiteral("departed"), s.departed},
                                  {QStringLiteral("warnings"), QJsonArray::fromStringList(b.warnings)}});
    }
    for (const QString &warning : report.warnings)
        lines << warning;
    if (report.dryRun)
        lines << Context::tr("Dry run: nothing was written.");
    const LegislatorImportSummary total = report.total();
    context.print(QJsonObject{{QStringLiteral("dryRun"), report.dryRun}, {QStringLiteral("bodies"), bodies},
                              {QStringLiteral("added"), total.added}, {QStringLiteral("updated"), total.updated},
                              {QStringLiteral("unchanged"), total.unchanged},
                              {QStringLiteral("departed"), total.departed},
                              {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}},
                  lines);
}

// PATH is a congress-legislators CSV, an Open States folder or archive, or with --body a member
// list of any legislature.
int importLegislators(const Context &context, const QCommandLineParser &parser, const ImportOptions &options)
{
    const QStringList paths = parser.positionalArguments();
    if (parser.isSet(options.bundled)) {
        if (!paths.isEmpty() || parser.isSet(options.body) || parser.isSet(options.map))
            return usage(Context::tr("--bundled imports the members of Congress built in: give no path, --body or "
                                     "--map with it."));
        if (!BundledCongress::isAvailable())
            return fail(BundledCongress::source().error());
        auto database = context.openDatabase();
        if (!database)
            return fail(database.error());
        return importCongress(context, **database, BundledCongress::source(), modeOf(parser, options));
    }
    if (paths.size() != 1)
        return usage(Context::tr("\"legislators import\" needs one path: legislators-current.csv, an Open States "
                                 "folder or download, or a member list with --body."));
    const QString path = paths.first();
    if (parser.isSet(options.map) && !parser.isSet(options.body))
        return usage(Context::tr("--map reads a member list: say whose with --body."));
    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    Database &db = **database;
    const bool memberList = parser.isSet(options.body);
    if (!memberList && !OpenStates::mayBeSource(path))
        return importCongress(context, db, CongressSource::read(path), modeOf(parser, options));

    MemberSource source;
    if (memberList) {
        auto read = readMemberList(db, path, parser, options);
        if (const int *exitCode = std::get_if<int>(&read))
            return *exitCode;
        source = std::get<MemberSource>(std::move(read));
    } else {
        auto read = OpenStates::read(path);
        if (!read)
            return fail(read.error());
        source = std::move(read).value();
    }
    auto report = LegislatureImport::run(db, source, modeOf(parser, options));
    if (!report)
        return fail(report.error());
    printReport(context, report.value());
    return Ok;
}

} // namespace

int runLegislators(const QString &verb, const Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption state(
        QStringLiteral("state"), Context::tr("Only this state, such as WA."), Context::tr("code"));
    const QCommandLineOption body(QStringLiteral("body"),
        Context::tr("Only this legislature, by its code or name (default: every one; see \"bodies list\")."),
        Context::tr("body"));
    const QCommandLineOption chamber(QStringLiteral("chamber"),
        Context::tr("Only this chamber: upper, lower or unicameral (senate and house also work)."),
        Context::tr("chamber"));
    const ImportOptions importOptions;
    if (verb == QLatin1String("list"))
        parser.addOptions({state, body, chamber});
    else if (verb == QLatin1String("import"))
        parser.addOptions(importOptions.all());
    else
        return usage(Context::tr("unknown command \"legislators %1\"; use import or list.").arg(verb));
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;
    if (verb == QLatin1String("import"))
        return importLegislators(context, parser, importOptions);

    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    LegislatorFilter filter;
    filter.state = parser.value(state);
    if (parser.isSet(chamber)) {
        filter.chamber = chamberFromKey(parser.value(chamber));
        if (!filter.chamber)
            return usage(Context::tr("--chamber is one of upper, lower or unicameral."));
    }
    QHash<QString, LegislativeBody> bodies;
    auto known = BodyRepository(**database).list();
    if (!known)
        return fail(known.error());
    for (const LegislativeBody &b : known.value())
        bodies.insert(b.id, b);
    if (parser.isSet(body)) {
        auto chosen = BodyRepository(**database).find(parser.value(body));
        if (!chosen)
            return fail(chosen.error());
        filter.bodyId = chosen->id;
    }
    auto legislators = LegislatorRepository(**database).list(filter);
    if (!legislators)
        return fail(legislators.error());
    QJsonArray array;
    QStringList lines;
    for (const Legislator &l : legislators.value()) {
        const LegislativeBody &of = bodies[l.bodyId];
        array.append(QJsonObject {{QStringLiteral("id"), l.id}, {QStringLiteral("sourceId"), l.sourceId},
            {QStringLiteral("body"), of.code}, {QStringLiteral("chamber"), chamberKey(l.chamber)},
            {QStringLiteral("chamberName"), of.chamberName(l.chamber)}, {QStringLiteral("name"), l.title()},
            {QStringLiteral("state"), l.state}, {QStringLiteral("district"), l.district},
            {QStringLiteral("seat"), l.seat()}, {QStringLiteral("party"), l.party},
            {QStringLiteral("building"), l.office.building}, {QStringLiteral("room"), l.office.room},
            {QStringLiteral("phone"), l.phone}, {QStringLiteral("email"), l.email}});
        lines.append(QStringLiteral("%1\t%2\t%3\t%4 %5")
                         .arg(of.code, of.chamberName(l.chamber), l.title(), l.office.building, l.office.room)
                         .trimmed());
    }
    if (array.isEmpty())
        lines.append(Context::tr("No members match. Import a legislature's members with "
                                 "\"majlis-cli legislators import FILE\"."));
    context.print(array, lines);
    return Ok;
}

} // namespace majlis::cli
