#include "cli.h"

#include "advocacy/legislatorfile.h"
#include "advocacy/legislatorrepository.h"
#include "legislatures/bodyrepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QHash>
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
    const QCommandLineOption body(QStringLiteral("body"),
        Context::tr("Only this legislature, by its code or name (default: every one; see \"bodies list\")."),
        Context::tr("body"));
    const QCommandLineOption chamber(QStringLiteral("chamber"),
        Context::tr("Only this chamber: upper, lower or unicameral (senate and house also work)."),
        Context::tr("chamber"));
    if (verb == QLatin1String("list"))
        parser.addOptions({state, body, chamber});
    else if (verb != QLatin1String("import"))
        return usage(Context::tr("unknown command \"legislators %1\"; use import or list.").arg(verb));
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;
    if (verb == QLatin1String("import"))
        return importLegislators(context, parser.positionalArguments());

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
