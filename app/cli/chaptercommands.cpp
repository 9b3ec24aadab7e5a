#include "cli.h"

#include "contacts/chapter.h"
#include "contacts/phoneregion.h"
#include "events/eventtimezone.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

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

// What `chapters region` and `chapters time-zone` share: at most one value, set on the whole
// workspace or, with --chapter, on one chapter, then what is in effect shown. `set` is given
// the chapter's id, "" for the workspace; `show` the chapter, nullptr for the workspace.
int showOrSet(Database &db, const QCommandLineParser &parser, const QCommandLineOption &chapterOption, const QString &oneValue,
              const std::function<Status(const QString &, const QString &)> &set, const std::function<void(const Chapter *)> &show)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usage(oneValue);
    std::optional<Chapter> chapter;
    if (parser.isSet(chapterOption)) {
        auto found = ChapterRepository(db).findByName(parser.value(chapterOption));
        if (!found)
            return fail(found.error());
        chapter = *found;
    }
    if (!positional.isEmpty()) {
        if (auto s = set(chapter ? chapter->id : QString(), positional.first()); !s)
            return fail(s.error());
    }
    show(chapter ? &*chapter : nullptr);
    return Ok;
}

// `chapters time-zone [ZONE] [--chapter NAME]`: shows or sets the zone new events of a chapter
// (or, without --chapter, of the whole workspace) are in. "" clears the setting.
int timeZone(const Context &context, Database &db, const QCommandLineParser &parser, const QCommandLineOption &chapterOption)
{
    return showOrSet(
        db, parser, chapterOption, Context::tr("\"chapters time-zone\" takes one zone, such as Europe/London."),
        [&](const QString &chapterId, const QString &zone) {
            return chapterId.isEmpty() ? timezones::setWorkspaceZone(db, zone) : ChapterRepository(db).setTimeZone(chapterId, zone);
        },
        [&](const Chapter *chapter) {
            const QString zone = QString::fromUtf8(timezones::forChapter(db, chapter ? chapter->id : QString()).id());
            if (!chapter)
                context.print(QJsonObject{{QStringLiteral("timeZone"), zone}, {QStringLiteral("own"), timezones::workspaceZone(db)}},
                              {Context::tr("Workspace time zone: %1").arg(zone)});
            else
                context.print(QJsonObject{{QStringLiteral("chapter"), chapter->name}, {QStringLiteral("timeZone"), zone}},
                              {Context::tr("Time zone of %1: %2").arg(chapter->name, zone)});
        });
}

// `chapters region [CODE] [--chapter NAME]`: the country phone numbers typed without + are read
// in, of the whole workspace (when neither the contact nor its chapter names one) or of one
// chapter. "" clears the setting: the workspace's then follows this computer's locale, a
// chapter's the workspace's.
int phoneCountry(const Context &context, Database &db, const QCommandLineParser &parser, const QCommandLineOption &chapterOption)
{
    return showOrSet(
        db, parser, chapterOption, Context::tr("\"chapters region\" takes one country code, such as DE."),
        [&](const QString &chapterId, const QString &code) {
            return chapterId.isEmpty() ? phoneregion::setWorkspaceRegion(db, code) : ChapterRepository(db).setCountry(chapterId, code);
        },
        [&](const Chapter *chapter) {
            const QString code = phoneregion::forChapter(db.connection(), chapter ? chapter->id : QString());
            if (chapter)
                context.print(QJsonObject{{QStringLiteral("chapter"), chapter->name}, {QStringLiteral("region"), code}},
                              {Context::tr("Country of %1: %2").arg(chapter->name, code)});
            else
                context.print(QJsonObject{{QStringLiteral("region"), code}, {QStringLiteral("own"), phoneregion::ownWorkspaceRegion(db)}},
                              {code.isEmpty() ? Context::tr("No workspace country: numbers without + and without a country are kept as typed.")
                                              : Context::tr("Workspace country: %1").arg(code)});
        });
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
    else if (verb == QLatin1String("time-zone") || verb == QLatin1String("region"))
        parser.addOption(chapterOption);
    else if (verb != QLatin1String("list"))
        return usage(Context::tr("unknown command \"chapters %1\"; use add, list, region or time-zone.").arg(verb));
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;

    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    ChapterRepository chapters(**database);
    if (verb == QLatin1String("time-zone"))
        return timeZone(context, **database, parser, chapterOption);

    if (verb == QLatin1String("region"))
        return phoneCountry(context, **database, parser, chapterOption);

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
