#include "cli.h"

#include "contacts/chapter.h"
#include "contacts/phoneregion.h"
#include "events/eventtimezone.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace majlis::cli {

namespace {

QJsonObject toJson(const Chapter &chapter)
{
    return {{QStringLiteral("id"), chapter.id},
            {QStringLiteral("name"), chapter.name},
            {QStringLiteral("city"), chapter.city},
            {QStringLiteral("region"), chapter.region},
            {QStringLiteral("country"), chapter.country},
            {QStringLiteral("timeZone"), chapter.timeZone}};
}

// `chapters time-zone [ZONE] [--chapter NAME]`: shows or sets the zone new events of a chapter
// (or, without --chapter, of the whole workspace) are in. "" clears a chapter's own zone.
int timeZone(const Context &context, Database &db, const QCommandLineParser &parser, const QCommandLineOption &chapterOption)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usage(Context::tr("\"chapters time-zone\" takes one zone, such as Europe/London."));
    if (!parser.isSet(chapterOption)) {
        if (!positional.isEmpty()) {
            if (auto s = timezones::setWorkspaceZone(db, positional.first()); !s)
                return fail(s.error());
        }
        const QString zone = QString::fromUtf8(timezones::forChapter(db, QString()).id());
        context.print(QJsonObject{{QStringLiteral("timeZone"), zone}, {QStringLiteral("own"), timezones::workspaceZone(db)}},
                      {Context::tr("Workspace time zone: %1").arg(zone)});
        return Ok;
    }
    ChapterRepository chapters(db);
    auto chapter = chapters.findByName(parser.value(chapterOption));
    if (!chapter)
        return fail(chapter.error());
    if (!positional.isEmpty()) {
        if (auto s = chapters.setTimeZone(chapter->id, positional.first()); !s)
            return fail(s.error());
    }
    const QString zone = QString::fromUtf8(timezones::forChapter(db, chapter->id).id());
    context.print(QJsonObject{{QStringLiteral("chapter"), chapter->name}, {QStringLiteral("timeZone"), zone}},
                  {Context::tr("Time zone of %1: %2").arg(chapter->name, zone)});
    return Ok;
}

} // namespace

int runChapters(const QString &verb, const Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption city(QStringLiteral("city"), Context::tr("The chapter's city."), Context::tr("name"));
    const QCommandLineOption region(QStringLiteral("region"), Context::tr("State, province or region."), Context::tr("name"));
    const QCommandLineOption country(QStringLiteral("country"), Context::tr("Two-letter country code, such as US."),
                                     Context::tr("code"));
    const QCommandLineOption zone(QStringLiteral("time-zone"),
                                  Context::tr("The IANA time zone of the chapter's events, such as Europe/London."),
                                  Context::tr("zone"));
    const QCommandLineOption chapterOption(QStringLiteral("chapter"), Context::tr("The chapter to show or set."),
                                           Context::tr("name"));
    if (verb == QLatin1String("add"))
        parser.addOptions({city, region, country, zone});
    else if (verb == QLatin1String("time-zone"))
        parser.addOption(chapterOption);
    else if (verb != QLatin1String("list") && verb != QLatin1String("region"))
        return usage(Context::tr("unknown command \"chapters %1\"; use add, list, region or time-zone.").arg(verb));
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;

    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    ChapterRepository chapters(**database);
    if (verb == QLatin1String("time-zone"))
        return timeZone(context, **database, parser, chapterOption);

    // The workspace's country: phone numbers typed without + are read as numbers of it when
    // neither the contact nor its chapter names a country.
    if (verb == QLatin1String("region")) {
        if (!parser.positionalArguments().isEmpty()) {
            if (auto s = phoneregion::setWorkspaceRegion(**database, parser.positionalArguments().first()); !s)
                return fail(s.error());
        }
        const QString code = phoneregion::workspaceRegion(**database);
        context.print(QJsonObject{{QStringLiteral("region"), code}},
                      {code.isEmpty() ? Context::tr("No workspace country: numbers without + and without a country are kept as typed.")
                                      : Context::tr("Workspace country: %1").arg(code)});
        return Ok;
    }

    if (verb == QLatin1String("add")) {
        const QString name = parser.positionalArguments().join(QLatin1Char(' '));
        if (name.isEmpty())
            return usage(Context::tr("\"chapters add\" needs the chapter's name."));
        auto chapter = chapters.create({{}, name, parser.value(city), parser.value(region),
                                        parser.isSet(country) ? parser.value(country)
                                                              : phoneregion::workspaceRegion(**database),
                                        parser.value(zone)});
        if (!chapter)
            return fail(chapter.error());
        context.print(toJson(*chapter), {Context::tr("Added chapter %1.").arg(chapter->name)});
        return Ok;
    }

    auto list = chapters.list();
    if (!list)
        return fail(list.error());
    QJsonArray array;
    QStringList lines;
    for (const Chapter &chapter : *list) {
        array.append(toJson(chapter));
        lines.append(QStringLiteral("%1\t%2, %3\t%4")
                         .arg(chapter.name, chapter.city, chapter.country,
                              QString::fromUtf8(timezones::forChapter(**database, chapter.id).id())));
    }
    if (list->isEmpty())
        lines.append(Context::tr("No chapters yet. Add one with \"majlis-cli chapters add NAME\"."));
    context.print(array, lines);
    return Ok;
}

} // namespace majlis::cli
