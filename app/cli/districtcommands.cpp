// "districts lookup|import" and "contacts districts": which districts a postcode and a contact lie in.
#include "cli.h"

#include "advocacy/dayrepository.h"
#include "contacts/contactdirectory.h"
#include "legislatures/bodyrepository.h"
#include "legislatures/contactdistricts.h"
#include "legislatures/districtfill.h"
#include "legislatures/postcodeimport.h"
#include "legislatures/postcodelookup.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace majlis::cli {

namespace {

QJsonObject candidateJson(const DistrictCandidate &c)
{
    return {{QStringLiteral("body"), c.bodyCode},       {QStringLiteral("bodyName"), c.bodyName},
            {QStringLiteral("chamber"), chamberKey(c.chamber)}, {QStringLiteral("state"), c.state},
            {QStringLiteral("district"), c.district},   {QStringLiteral("label"), c.label()}};
}

QJsonArray problemsJson(const QList<PostcodeFile::Problem> &problems)
{
    QJsonArray array;
    for (const PostcodeFile::Problem &p : problems)
        array.append(QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("message"), p.message}});
    return array;
}

QJsonArray entriesJson(const QList<DistrictFill::Entry> &entries)
{
    QJsonArray array;
    for (const DistrictFill::Entry &e : entries)
        array.append(QJsonObject{{QStringLiteral("id"), e.contactId},
                                 {QStringLiteral("name"), e.name},
                                 {QStringLiteral("body"), e.bodyCode},
                                 {QStringLiteral("chamber"), chamberKey(e.chamber)},
                                 {QStringLiteral("postcode"), e.postcode},
                                 {QStringLiteral("candidates"), QJsonArray::fromStringList(e.candidates)}});
    return array;
}

// "  Amina Rahman (48126, U.S. Congress): MI-12 | MI-13"
QStringList entryLines(const QList<DistrictFill::Entry> &entries)
{
    QStringList lines;
    for (const DistrictFill::Entry &e : entries) {
        const QString who = Context::tr("  %1 (%2, %3)", "a contact, their postcode and a legislature")
                                .arg(e.name, e.postcode, e.bodyName);
        lines.append(e.candidates.isEmpty() ? who : Context::tr("%1: %2").arg(who, e.candidates.join(QStringLiteral(" | "))));
    }
    return lines;
}

int lookup(const Context &context, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    const QString zip = parser.isSet(QStringLiteral("zip")) ? parser.value(QStringLiteral("zip")) : positional.value(0);
    if (zip.trimmed().isEmpty())
        return usage(Context::tr("\"districts lookup\" needs a ZIP code: --zip 48126."));
    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    auto answer = PostcodeLookup(**database).lookup(zip);
    if (!answer)
        return fail(answer.error());
    QJsonArray array;
    QStringList lines;
    for (const DistrictCandidate &c : answer->candidates) {
        array.append(candidateJson(c));
        lines.append(Context::tr("%1 (%2): %3", "a legislature, its chamber and a district")
                         .arg(c.bodyName, chamberKey(c.chamber), c.label()));
    }
    if (answer->candidates.isEmpty())
        lines.append(Context::tr("No district file knows ZIP %1 (ZIP codes of post office boxes only have no area).")
                         .arg(answer->zip));
    else if (answer->candidates.size() > 1)
        lines.prepend(Context::tr("ZIP %1 spans several districts; the address decides which:").arg(answer->zip));
    if (!answer->houseFileMissing.isEmpty())
        QTextStream(stderr) << answer->houseFileMissing << '\n';
    context.print(QJsonObject{{QStringLiteral("zip"), answer->zip},
                              {QStringLiteral("candidates"), array},
                              {QStringLiteral("notice"), answer->houseFileMissing}},
                  lines);
    return Ok;
}

int import(const Context &context, const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(QStringLiteral("body")) || !parser.isSet(QStringLiteral("chamber")))
        return usage(Context::tr("\"districts import\" takes one CSV file, --body CODE and --chamber senate|house|unicameral."));
    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    auto report = PostcodeImport::importFile(**database, parser.value(QStringLiteral("body")),
                                             parser.value(QStringLiteral("chamber")), files.first());
    if (!report)
        return fail(report.error());
    QTextStream err(stderr);
    for (const auto *list : {&report->problems, &report->unknownDistricts}) {
        for (const PostcodeFile::Problem &p : *list)
            err << Context::tr("line %1: %2").arg(p.line).arg(p.message) << '\n';
    }
    context.print(QJsonObject{{QStringLiteral("body"), report->body.code},
                              {QStringLiteral("chamber"), chamberKey(report->chamber)},
                              {QStringLiteral("rows"), report->rows},
                              {QStringLiteral("postcodes"), report->postcodes},
                              {QStringLiteral("problems"), problemsJson(report->problems)},
                              {QStringLiteral("unknownDistricts"), problemsJson(report->unknownDistricts)}},
                  {Context::tr("Imported %1 postcodes in %2 rows for %3 (%4); %5 rows left out.")
                       .arg(report->postcodes)
                       .arg(report->rows)
                       .arg(report->body.name, report->body.chamberName(report->chamber))
                       .arg(report->problems.size())});
    return Ok;
}

} // namespace

int runDistricts(const QString &verb, const Context &context)
{
    QCommandLineParser parser;
    if (verb == QLatin1String("lookup")) {
        parser.addOption({QStringLiteral("zip"), Context::tr("The ZIP code, such as 48126 or 48126-1234."), Context::tr("zip")});
    } else if (verb == QLatin1String("import")) {
        parser.addOption({QStringLiteral("body"), Context::tr("The legislature's code, such as us-mi."), Context::tr("code")});
        parser.addOption({QStringLiteral("chamber"), Context::tr("senate, house or unicameral."), Context::tr("chamber")});
    } else {
        return usage(Context::tr("unknown command \"districts %1\"; use lookup or import.").arg(verb));
    }
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;
    return verb == QLatin1String("lookup") ? lookup(context, parser) : import(context, parser);
}

namespace {

QStringList fillLines(const DistrictFill::Report &r)
{
    QStringList lines;
    lines.append(r.dryRun ? Context::tr("Would fill %n district(s) from postcodes (dry run: nothing was written).", nullptr, r.filled)
                          : Context::tr("Filled %n district(s) from postcodes.", nullptr, r.filled));
    lines.append(Context::tr("%1 already filled, %2 kept (entered by hand or confirmed), %3 without a postcode, of %4 "
                             "contacts.")
                     .arg(r.alreadyFilled)
                     .arg(r.kept)
                     .arg(r.noPostcode)
                     .arg(r.contacts));
    if (!r.ambiguous.isEmpty()) {
        lines.append(Context::tr("%n postcode(s) span several districts; choose with \"contacts districts ID --set "
                                 "DISTRICT\":",
                                 nullptr, int(r.ambiguous.size())));
        lines += entryLines(r.ambiguous);
    }
    if (!r.unknownPostcode.isEmpty()) {
        lines.append(Context::tr("%n postcode(s) no district file knows:", nullptr, int(r.unknownPostcode.size())));
        lines += entryLines(r.unknownPostcode);
    }
    if (!r.otherState.isEmpty()) {
        lines.append(Context::tr("%n ZIP code(s) lie only in another state than the contact's; check the address:", nullptr,
                                 int(r.otherState.size())));
        lines += entryLines(r.otherState);
    }
    if (!r.notice.isEmpty())
        lines.append(r.notice);
    return lines;
}

QJsonObject fillJson(const DistrictFill::Report &r)
{
    return {{QStringLiteral("dryRun"), r.dryRun},
            {QStringLiteral("contacts"), r.contacts},
            {QStringLiteral("filled"), r.filled},
            {QStringLiteral("alreadyFilled"), r.alreadyFilled},
            {QStringLiteral("kept"), r.kept},
            {QStringLiteral("noPostcode"), r.noPostcode},
            {QStringLiteral("ambiguous"), entriesJson(r.ambiguous)},
            {QStringLiteral("unknownPostcode"), entriesJson(r.unknownPostcode)},
            {QStringLiteral("otherState"), entriesJson(r.otherState)},
            {QStringLiteral("notice"), r.notice}};
}

int printDistricts(const Context &context, const QList<ContactDistrict> &districts)
{
    QJsonArray array;
    QStringList lines;
    for (const ContactDistrict &d : districts) {
        array.append(QJsonObject{{QStringLiteral("body"), d.bodyCode},
                                 {QStringLiteral("bodyName"), d.bodyName},
                                 {QStringLiteral("chamber"), chamberKey(d.chamber)},
                                 {QStringLiteral("state"), d.state},
                                 {QStringLiteral("district"), d.district},
                                 {QStringLiteral("label"), d.label()},
                                 {QStringLiteral("status"), districtStatusKey(d.status)},
                                 {QStringLiteral("candidates"), QJsonArray::fromStringList(d.candidates)},
                                 {QStringLiteral("source"), d.source}});
        QString line = QStringList{d.bodyName, chamberKey(d.chamber), d.label(), districtStatusName(d.status)}.join(u'\t');
        if (!d.candidates.isEmpty())
            line += u'\t' + Context::tr("candidates: %1").arg(d.candidates.join(QStringLiteral(" | ")));
        lines.append(line);
    }
    if (districts.isEmpty())
        lines.append(Context::tr("No districts yet; \"contacts districts --fill\" finds them from postcodes."));
    context.print(array, lines);
    return Ok;
}

} // namespace

int runContactDistricts(const Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption fill(QStringLiteral("fill"), Context::tr("Fill districts from postcodes."));
    const QCommandLineOption ambiguous(QStringLiteral("ambiguous"), Context::tr("List who still has districts to choose."));
    const QCommandLineOption tag(QStringLiteral("tag"), Context::tr("Only contacts with this tag."), Context::tr("tag"));
    const QCommandLineOption day(QStringLiteral("day"), Context::tr("Only this advocacy day's attendees."), Context::tr("day"));
    const QCommandLineOption body(QStringLiteral("body"), Context::tr("Only this legislature, such as us-congress or us-mi."),
                                  Context::tr("code"));
    const QCommandLineOption chamber(QStringLiteral("chamber"), Context::tr("senate, house or unicameral (default house)."),
                                     Context::tr("chamber"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Context::tr("Report what would be filled; write nothing."));
    const QCommandLineOption set(QStringLiteral("set"), Context::tr("Choose the district, such as MI-12 for the U.S. House."),
                                 Context::tr("district"));
    const QCommandLineOption confirm(QStringLiteral("confirm"), Context::tr("The district held is right."));
    const QCommandLineOption checkLater(QStringLiteral("check-later"), Context::tr("Mark the district to be checked."));
    parser.addOptions({fill, ambiguous, tag, day, body, chamber, dryRun, set, confirm, checkLater});
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (int(parser.isSet(fill)) + int(parser.isSet(ambiguous)) + int(parser.isSet(set)) + int(parser.isSet(confirm))
            + int(parser.isSet(checkLater))
        > 1)
        return usage(Context::tr("Give one of --fill, --ambiguous, --set, --confirm and --check-later."));

    auto opened = context.openDatabase();
    if (!opened)
        return fail(opened.error());
    Database &database = **opened;
    ContactDirectory directory(database);
    auto resolved = directory.resolveIds(positional);
    if (!resolved)
        return fail(resolved.error());
    const QStringList ids = resolved.value();
    QString bodyId;
    if (parser.isSet(body)) {
        auto found = BodyRepository(database).find(parser.value(body));
        if (!found)
            return fail(found.error());
        bodyId = found->id;
    }

    if (parser.isSet(fill) || parser.isSet(ambiguous)) {
        DistrictSelection selection{ids, parser.value(tag), {}};
        if (parser.isSet(day)) {
            auto found = DayRepository(database).find(parser.value(day));
            if (!found)
                return fail(found.error());
            selection.dayId = found->id;
            // A day is planned at one legislature: its attendees' districts there are the ones wanted.
            if (bodyId.isEmpty())
                bodyId = found->bodyId;
        }
        if (parser.isSet(ambiguous)) {
            auto entries = DistrictFill(database).ambiguous(selection, bodyId);
            if (!entries)
                return fail(entries.error());
            QStringList lines = entryLines(*entries);
            lines.append(Context::tr("%n district(s) to choose.", nullptr, int(entries->size())));
            context.print(entriesJson(*entries), lines);
            return Ok;
        }
        auto report = DistrictFill(database).fill(selection, bodyId, parser.isSet(dryRun));
        if (!report)
            return fail(report.error());
        context.print(fillJson(*report), fillLines(*report));
        return Ok;
    }

    if (ids.size() != 1)
        return usage(Context::tr("\"contacts districts\" takes one contact id, or --fill or --ambiguous."));
    ContactDistricts districts(database);
    const bool changes = parser.isSet(set) || parser.isSet(confirm) || parser.isSet(checkLater);
    if (changes) {
        const auto which = chamberFromKey(parser.isSet(chamber) ? parser.value(chamber) : QStringLiteral("house"));
        if (!which)
            return usage(Context::tr("--chamber takes senate, house or unicameral."));
        const QString where = bodyId.isEmpty() ? bodies::congressId() : bodyId;
        const Status done = parser.isSet(set)       ? districts.choose(ids.first(), where, *which, parser.value(set))
                            : parser.isSet(confirm) ? districts.confirm(ids.first(), where, *which)
                                                    : districts.markToCheck(ids.first(), where, *which);
        if (!done)
            return fail(done.error());
    }
    auto list = districts.list(ids.first());
    if (!list)
        return fail(list.error());
    return printDistricts(context, *list);
}

} // namespace majlis::cli
