#include "cli.h"

#include "advocacy/legislatorfile.h"
#include "advocacy/legislatorrepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace majlis::cli {

namespace {

int importLegislators(const Context &context, const QStringList &files)
{
    if (files.size() != 1)
        return usage(Context::tr("\"legislators import\" needs one file: legislators-current.csv."));
    auto contents = LegislatorFile::read(files.first());
    if (!contents)
        return fail(contents.error());
    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    auto summary = LegislatorRepository(**database).importCurrent(contents->legislators);
    if (!summary)
        return fail(summary.error());
    QTextStream err(stderr);
    for (const QString &warning : std::as_const(contents->warnings))
        err << warning << '\n';
    context.print(
        QJsonObject {{QStringLiteral("added"), summary->added}, {QStringLiteral("updated"), summary->updated},
            {QStringLiteral("unchanged"), summary->unchanged}, {QStringLiteral("departed"), summary->departed},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(contents->warnings)}},
        {Context::tr("Imported %1 members of Congress: %2 new, %3 updated, %4 unchanged, %5 no longer in office.")
                .arg(contents->legislators.size())
                .arg(summary->added)
                .arg(summary->updated)
                .arg(summary->unchanged)
                .arg(summary->departed)});
    return Ok;
}

} // namespace

int runLegislators(const QString &verb, const Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption state(
        QStringLiteral("state"), Context::tr("Only this state, such as WA."), Context::tr("code"));
    if (verb == QLatin1String("list"))
        parser.addOption(state);
    else if (verb != QLatin1String("import"))
        return usage(Context::tr("unknown command \"legislators %1\"; use import or list.").arg(verb));
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;
    if (verb == QLatin1String("import"))
        return importLegislators(context, parser.positionalArguments());

    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    auto legislators = LegislatorRepository(**database).list();
    if (!legislators)
        return fail(legislators.error());
    QJsonArray array;
    QStringList lines;
    for (const Legislator &l : legislators.value()) {
        if (parser.isSet(state) && l.state.compare(parser.value(state), Qt::CaseInsensitive) != 0)
            continue;
        array.append(QJsonObject {{QStringLiteral("sourceId"), l.sourceId}, {QStringLiteral("name"), l.title()},
            {QStringLiteral("seat"), l.seat()}, {QStringLiteral("party"), l.party},
            {QStringLiteral("building"), l.office.building}, {QStringLiteral("room"), l.office.room},
            {QStringLiteral("phone"), l.phone}});
        lines.append(QStringLiteral("%1\t%2\t%3 %4").arg(l.sourceId, l.title(), l.office.building, l.office.room));
    }
    if (array.isEmpty())
        lines.append(Context::tr("No members of Congress yet. Import them with "
                                 "\"majlis-cli legislators import legislators-current.csv\"."));
    context.print(array, lines);
    return Ok;
}

} // namespace majlis::cli
