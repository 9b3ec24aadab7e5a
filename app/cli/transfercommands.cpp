#include "cli.h"

#include "contacts/chapter.h"
#include "contacts/contactdirectory.h"
#include "contacts/contactexport.h"
#include "contacts/contactimport.h"
#include "contacts/contactrepository.h"
#include "io/csv.h"
#include "io/csvfile.h"
#include "io/vcard.h"
#include "storage/database.h"
#include "storage/workspacearchive.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace majlis::cli {

namespace {

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, Context::tr("Could not read %1: %2").arg(path, file.errorString())};
    return file.readAll();
}

// --duplicates and --chapter, shared by every import; an exit code when they are wrong.
std::optional<int> applyImportOptions(const QCommandLineParser &parser, const QCommandLineOption &duplicates,
                                      const QCommandLineOption &chapter, Database &db, ContactImport::Options &options)
{
    const QString action = parser.value(duplicates);
    if (action == QLatin1String("skip"))
        options.onDuplicate = DuplicateAction::Skip;
    else if (action == QLatin1String("create"))
        options.onDuplicate = DuplicateAction::Create;
    else if (!action.isEmpty() && action != QLatin1String("merge"))
        return usage(Context::tr("--duplicates is one of merge, skip, create."));
    if (parser.isSet(chapter)) {
        auto found = ChapterRepository(db).findByName(parser.value(chapter));
        if (!found)
            return fail(found.error());
        options.chapterId = found->id;
    }
    return std::nullopt;
}

int importCsv(const Context &context, Database &db, const QString &path, const QCommandLineParser &parser,
              const QList<QCommandLineOption> &options)
{
    const auto &[dryRun, map, duplicates, chapter, report, encoding] =
        std::tie(options[0], options[1], options[2], options[3], options[4], options[5]);
    std::optional<TextEncoding> chosen;
    if (parser.isSet(encoding)) {
        chosen = TextEncodings::fromName(parser.value(encoding));
        if (!chosen)
            return usage(Context::tr("--encoding \"%1\" is not one Majlis reads; use one of %2.")
                             .arg(parser.value(encoding), TextEncodings::acceptedNames()));
    }
    auto data = readFile(path);
    if (!data)
        return fail(data.error());
    auto file = readCsvFile(data.value(), chosen);
    if (!file)
        return fail(file.error());
    const CsvTable &table = file->table;
    const QString encodingName = TextEncodings::name(file->encoding);

    ContactImport::Options importOptions;
    importOptions.mapping = guessContactFields(table.header());
    // --map "Header=field" overrides a guess; field keys as in "import csv --help".
    for (const QString &pair : parser.values(map)) {
        const qsizetype eq = pair.lastIndexOf(u'=');
        const int column = eq > 0 ? int(table.header().indexOf(pair.left(eq))) : -1;
        const auto field = eq > 0 ? contactFieldFromKey(pair.mid(eq + 1)) : std::nullopt;
        if (column < 0 || !field)
            return usage(Context::tr("--map takes COLUMN=FIELD with a column of the file's header and a field such as "
                                     "email; \"%1\" is neither.")
                             .arg(pair));
        importOptions.mapping[column] = *field;
    }
    if (auto exitCode = applyImportOptions(parser, duplicates, chapter, db, importOptions))
        return *exitCode;
    importOptions.source = Context::tr("import of %1").arg(QFileInfo(path).fileName());

    auto plan = ContactImport::plan(db, table, importOptions);
    if (!plan)
        return fail(plan.error());
    if (parser.isSet(report)) {
        if (auto s = writeFile(parser.value(report), ContactImport::problemsCsv(plan.value())); !s)
            return fail(s.error());
    }
    const QString how = file->encodingDetected ? Context::tr("%1, detected").arg(encodingName)
                                               : Context::tr("%1, as chosen").arg(encodingName);
    QStringList lines{Context::tr("%1 (%2): %3 rows read; %4 to create, %5 to merge, %6 to skip, %7 problems.")
                          .arg(QFileInfo(path).fileName(), how)
                          .arg(plan->rowsRead)
                          .arg(plan->toCreate())
                          .arg(plan->toMerge())
                          .arg(plan->toSkip())
                          .arg(plan->problems.size())};
    QJsonArray problems;
    for (const ImportProblem &p : plan->problems) {
        problems.append(QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("column"), p.column},
                                    {QStringLiteral("message"), p.message}});
        lines << Context::tr("  line %1, %2: %3").arg(p.line).arg(p.column, p.message);
    }
    QJsonObject json{{QStringLiteral("encoding"), encodingName}, {QStringLiteral("encodingDetected"), file->encodingDetected},
                     {QStringLiteral("rows"), plan->rowsRead},
                     {QStringLiteral("toCreate"), plan->toCreate()}, {QStringLiteral("toMerge"), plan->toMerge()},
                     {QStringLiteral("toSkip"), plan->toSkip()}, {QStringLiteral("problems"), problems}};
    if (!parser.isSet(dryRun)) {
        auto result = ContactImport::run(db, plan.value());
        if (!result)
            return fail(result.error());
        json.insert(QStringLiteral("created"), result->created);
        json.insert(QStringLiteral("merged"), result->merged);
        json.insert(QStringLiteral("skipped"), result->skipped);
        lines << Context::tr("Imported: %1 created, %2 merged, %3 skipped.").arg(result->created).arg(result->merged).arg(result->skipped);
    } else {
        lines << Context::tr("Dry run: nothing was written.");
    }
    context.print(json, lines);
    return Ok;
}

int importVCard(const Context &context, Database &db, const QString &path, const QCommandLineParser &parser,
                const QList<QCommandLineOption> &options)
{
    const auto &[dryRun, map, duplicates, chapter, report] = std::tie(options[0], options[1], options[2], options[3], options[4]);
    Q_UNUSED(map);
    Q_UNUSED(report);
    auto data = readFile(path);
    if (!data)
        return fail(data.error());
    auto cards = VCard::parse(data.value());
    if (!cards)
        return fail(cards.error());
    ContactImport::Options importOptions;
    if (auto exitCode = applyImportOptions(parser, duplicates, chapter, db, importOptions))
        return *exitCode;
    auto plan = ContactImport::planContacts(db, cards->contacts, importOptions);
    if (!plan)
        return fail(plan.error());
    QStringList lines{Context::tr("%1: %2 cards; %3 to create, %4 to merge, %5 to skip, %6 problems.")
                          .arg(QFileInfo(path).fileName())
                          .arg(plan->rowsRead)
                          .arg(plan->toCreate())
                          .arg(plan->toMerge())
                          .arg(plan->toSkip())
                          .arg(plan->problems.size())};
    for (const QString &line : cards->notKept + cards->problems)
        lines << QStringLiteral("  ") + line;
    QJsonObject json{{QStringLiteral("cards"), plan->rowsRead}, {QStringLiteral("toCreate"), plan->toCreate()},
                     {QStringLiteral("toMerge"), plan->toMerge()}, {QStringLiteral("notKept"), QJsonArray::fromStringList(cards->notKept)}};
    if (!parser.isSet(dryRun)) {
        auto result = ContactImport::run(db, plan.value());
        if (!result)
            return fail(result.error());
        json.insert(QStringLiteral("created"), result->created);
        json.insert(QStringLiteral("merged"), result->merged);
        lines << Context::tr("Imported: %1 created, %2 merged, %3 skipped.").arg(result->created).arg(result->merged).arg(result->skipped);
    }
    context.print(json, lines);
    return Ok;
}

} // namespace

int runImport(const QString &verb, const Context &context)
{
    QCommandLineParser parser;
    QStringList fieldKeys;
    for (ContactField f : allContactFields())
        fieldKeys << contactFieldKey(f);
    const QList<QCommandLineOption> csvOptions{
        {QStringLiteral("dry-run"), Context::tr("Show what would be created, merged and skipped, and write nothing.")},
        {QStringLiteral("map"), Context::tr("COLUMN=FIELD; repeatable. Fields: %1.").arg(fieldKeys.join(QStringLiteral(", "))),
         Context::tr("mapping")},
        {QStringLiteral("duplicates"), Context::tr("What to do with rows that match a contact: merge (default), skip or create."),
         Context::tr("action")},
        {QStringLiteral("chapter"), Context::tr("Put every imported contact in this chapter."), Context::tr("name")},
        {QStringLiteral("report"), Context::tr("Write the problems found, row by row, to this CSV file."), Context::tr("file")},
        {QStringLiteral("encoding"),
         Context::tr("The file's text encoding, when detection guesses wrong: %1.").arg(TextEncodings::acceptedNames()),
         Context::tr("name")}};
    if (verb == QLatin1String("csv"))
        parser.addOptions(csvOptions);
    else if (verb == QLatin1String("vcard"))
        parser.addOptions({csvOptions[0], csvOptions[2], csvOptions[3]});
    else if (verb != QLatin1String("archive"))
        return usage(Context::tr("unknown command \"import %1\"; use csv, vcard or archive.").arg(verb));
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;
    if (parser.positionalArguments().size() != 1)
        return usage(Context::tr("\"import %1\" needs the file to import.").arg(verb));
    const QString path = parser.positionalArguments().first();
    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    if (verb == QLatin1String("csv"))
        return importCsv(context, **database, path, parser, csvOptions);
    if (verb == QLatin1String("vcard"))
        return importVCard(context, **database, path, parser, csvOptions);
    if (auto s = WorkspaceArchive::importInto(**database, path); !s)
        return fail(s.error());
    context.print(QJsonObject{{QStringLiteral("imported"), path}}, {Context::tr("Imported the archive %1.").arg(path)});
    return Ok;
}

int runExport(const QString &verb, const Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"), Context::tr("Only contacts matching this search."), Context::tr("text"));
    const QCommandLineOption tag(QStringLiteral("tag"), Context::tr("Only contacts with this tag."), Context::tr("tag"));
    const QCommandLineOption version(QStringLiteral("version"), Context::tr("vCard version: 4.0 (default), 3.0 or 2.1."),
                                     Context::tr("version"));
    if (verb == QLatin1String("csv"))
        parser.addOptions({search, tag});
    else if (verb == QLatin1String("vcard"))
        parser.addOptions({search, tag, version});
    else if (verb != QLatin1String("archive"))
        return usage(Context::tr("unknown command \"export %1\"; use csv, vcard or archive.").arg(verb));

    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;
    if (parser.positionalArguments().size() != 1)
        return usage(Context::tr("\"export %1\" needs the file to write.").arg(verb));
    const QString path = parser.positionalArguments().first();
    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    Database &db = **database;
    if (verb == QLatin1String("archive")) {
        if (auto s = WorkspaceArchive::exportTo(db, path); !s)
            return fail(s.error());
        context.print(QJsonObject{{QStringLiteral("written"), path}}, {Context::tr("Wrote the workspace archive %1.").arg(path)});
        return Ok;
    }
    QStringList ids;
    if (parser.isSet(search) || parser.isSet(tag)) {
        ContactQuery query;
        query.search = parser.value(search);
        query.tag = parser.value(tag);
        auto rows = ContactDirectory(db).page(query, 0, 10000000);
        if (!rows)
            return fail(rows.error());
        for (const ContactRow &row : rows.value())
            ids << row.id;
        if (ids.isEmpty()) {
            context.print(QJsonObject{{QStringLiteral("exported"), 0}}, {Context::tr("No contacts match; nothing was written.")});
            return Ok;
        }
    }
    auto contacts = ContactRepository(db).getMany(ids);
    if (!contacts)
        return fail(contacts.error());
    QHash<QString, QString> chapterNames;
    if (auto chapters = ChapterRepository(db).list()) {
        for (const Chapter &c : chapters.value())
            chapterNames.insert(c.id, c.name);
    }
    QByteArray data;
    if (verb == QLatin1String("vcard")) {
        const QString wanted = parser.value(version);
        if (!wanted.isEmpty() && wanted != QLatin1String("4.0") && wanted != QLatin1String("3.0") && wanted != QLatin1String("2.1"))
            return usage(Context::tr("--version is one of 4.0, 3.0, 2.1."));
        data = VCard::write(contacts.value(), wanted == QLatin1String("3.0")   ? VCard::Version::V3
                                              : wanted == QLatin1String("2.1") ? VCard::Version::V21
                                                                               : VCard::Version::V4);
    } else {
        data = ContactExport::csv(contacts.value(), chapterNames);
    }
    if (auto s = writeFile(path, data); !s)
        return fail(s.error());
    context.print(QJsonObject{{QStringLiteral("exported"), int(contacts->size())}},
                  {Context::tr("Exported %n contact(s) to %1.", nullptr, int(contacts->size())).arg(path)});
    return Ok;
}

} // namespace majlis::cli
