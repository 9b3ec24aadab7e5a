#include "cli.h"

#include "legislatures/bodyrepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace majlis::cli {

namespace {

QJsonObject toJson(const LegislativeBody &body)
{
    QJsonArray chambers;
    for (Chamber chamber : body.chambers())
        chambers.append(QJsonObject{{QStringLiteral("chamber"), chamberKey(chamber)},
                                    {QStringLiteral("name"), body.chamberName(chamber)}});
    QJsonArray campus;
    for (const CampusBuilding &b : body.campus)
        campus.append(QJsonObject{{QStringLiteral("building"), b.name}, {QStringLiteral("group"), b.group}});
    return {{QStringLiteral("id"), body.id},           {QStringLiteral("code"), body.code},
            {QStringLiteral("name"), body.name},       {QStringLiteral("country"), body.country},
            {QStringLiteral("region"), body.region},   {QStringLiteral("city"), body.city},
            {QStringLiteral("timeZone"), body.timeZone}, {QStringLiteral("chambers"), chambers},
            {QStringLiteral("campus"), campus}};
}

QString chamberList(const LegislativeBody &body)
{
    QStringList names;
    for (Chamber chamber : body.chambers())
        names.append(body.chamberName(chamber));
    return names.join(QStringLiteral(", "));
}

int listBodies(const Context &context, Database &db)
{
    auto bodies = BodyRepository(db).list();
    if (!bodies)
        return fail(bodies.error());
    QJsonArray array;
    QStringList lines;
    for (const LegislativeBody &body : bodies.value()) {
        array.append(toJson(body));
        lines.append(QStringLiteral("%1\t%2\t%3").arg(body.code, body.name, chamberList(body)));
    }
    context.print(array, lines);
    return Ok;
}

// "Binsfeld Office Building=offices": a building and the group of buildings a short walk apart.
std::optional<CampusBuilding> buildingFrom(const QString &text)
{
    const qsizetype equals = text.indexOf(u'=');
    const QString name = (equals < 0 ? text : text.left(equals)).trimmed();
    if (name.isEmpty())
        return std::nullopt;
    const QString group = equals < 0 ? name : text.mid(equals + 1).trimmed();
    return CampusBuilding{name, group.isEmpty() ? name : group};
}

int campus(const Context &context, Database &db, const LegislativeBody &body, const QStringList &buildings)
{
    LegislativeBody shown = body;
    if (!buildings.isEmpty()) {
        QList<CampusBuilding> campus;
        for (const QString &text : buildings) {
            const auto building = buildingFrom(text);
            if (!building)
                return usage(Context::tr("--building takes a name, and after = the group it is a short walk from, "
                                         "such as \"Binsfeld Office Building=offices\"."));
            campus.append(*building);
        }
        if (auto status = BodyRepository(db).setCampus(body.id, campus); !status)
            return fail(status.error());
        shown.campus = campus;
    }
    QStringList lines;
    if (shown.campus.isEmpty())
        lines.append(body.isCongress() ? Context::tr("%1: the U.S. Capitol's buildings, as Majlis knows them.").arg(body.name)
                                       : Context::tr("%1: one building, the capitol.").arg(body.name));
    for (const CampusBuilding &b : std::as_const(shown.campus))
        lines.append(QStringLiteral("%1\t%2").arg(b.name, b.group));
    context.print(toJson(shown), lines);
    return Ok;
}

} // namespace

int runBodies(const QString &verb, const Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption building(
        QStringLiteral("building"),
        Context::tr("With campus: a building of the capitol as NAME=GROUP; buildings of one group are a short walk "
                    "apart. Repeat for each; the list replaces the campus."),
        Context::tr("building"));
    if (verb == QLatin1String("campus"))
        parser.addOption(building);
    else if (verb != QLatin1String("list"))
        return usage(Context::tr("unknown command \"bodies %1\"; use list or campus.").arg(verb));
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;
    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    if (verb == QLatin1String("list"))
        return listBodies(context, **database);
    if (parser.positionalArguments().size() != 1)
        return usage(Context::tr("\"bodies campus\" needs the body's code, such as us-mi."));
    auto body = BodyRepository(**database).find(parser.positionalArguments().first());
    if (!body)
        return fail(body.error());
    return campus(context, **database, body.value(), parser.values(building));
}

} // namespace majlis::cli
