#include "cli.h"

#include "advocacy/dayexport.h"
#include "advocacy/dayplanner.h"
#include "advocacy/dayrepository.h"
#include "advocacy/itinerary.h"
#include "advocacy/legislatorrepository.h"
#include "legislatures/bodyrepository.h"
#include "contacts/contactdirectory.h"
#include "print/itinerarypdf.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace majlis::cli {

namespace {

QJsonObject toJson(const AdvocacyDay &day)
{
    QJsonArray asks;
    for (const Ask &ask : day.asks)
        asks.append(QJsonObject {
            {QStringLiteral("id"), ask.id}, {QStringLiteral("bill"), ask.bill}, {QStringLiteral("title"), ask.title}});
    return {{QStringLiteral("id"), day.id}, {QStringLiteral("title"), day.title},
        {QStringLiteral("date"), day.date.toString(Qt::ISODate)}, {QStringLiteral("city"), day.city},
        {QStringLiteral("theme"), day.theme}, {QStringLiteral("body"), day.bodyId},
        {QStringLiteral("timeZone"), day.timeZone}, {QStringLiteral("windowStart"), formatMinutes(day.windowStart)},
        {QStringLiteral("windowEnd"), formatMinutes(day.windowEnd)}, {QStringLiteral("slotMinutes"), day.slotMinutes},
        {QStringLiteral("maxTeamSize"), day.maxTeamSize}, {QStringLiteral("asks"), asks}};
}

// "H.R. 1234: No Ban Act" → bill and title; text without a colon is all title.
Ask askFrom(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return {{}, {}, text.trimmed(), {}};
    return {{}, text.left(colon).trimmed(), text.mid(colon + 1).trimmed(), {}};
}

int createDay(
    const Context &context, Database &db, const QCommandLineParser &parser, const QList<QCommandLineOption> &options)
{
    const auto &[date, city, theme, start, end, slot, teamSize, ask, body, timeZone] = std::tie(options[0],
        options[1], options[2], options[3], options[4], options[5], options[6], options[7], options[8], options[9]);
    AdvocacyDay day;
    day.title = parser.positionalArguments().join(u' ');
    // The body sets where and in which zone the day is, unless the organizer says otherwise.
    if (parser.isSet(body)) {
        auto chosen = BodyRepository(db).find(parser.value(body));
        if (!chosen)
            return fail(chosen.error());
        day.bodyId = chosen->id;
        if (!chosen->city.isEmpty())
            day.city = chosen->city;
        if (!chosen->timeZone.isEmpty())
            day.timeZone = chosen->timeZone;
    }
    if (parser.isSet(timeZone))
        day.timeZone = parser.value(timeZone);
    day.date = QDate::fromString(parser.value(date), Qt::ISODate);
    if (!day.date.isValid())
        return usage(Context::tr("--date takes a date like 2027-03-04."));
    if (parser.isSet(city))
        day.city = parser.value(city);
    day.theme = parser.value(theme);
    for (const auto &[option, target] : {std::pair {&start, &day.windowStart}, std::pair {&end, &day.windowEnd}}) {
        if (!parser.isSet(*option))
            continue;
        const auto minutes = parseMinutes(parser.value(*option));
        if (!minutes)
            return usage(Context::tr("--%1 takes a time like 09:00.").arg(option->names().first()));
        *target = *minutes;
    }
    bool ok = true;
    if (parser.isSet(slot))
        day.slotMinutes = parser.value(slot).toInt(&ok);
    if (ok && parser.isSet(teamSize))
        day.maxTeamSize = parser.value(teamSize).toInt(&ok);
    if (!ok)
        return usage(Context::tr("--slot and --team-size take whole numbers."));
    for (const QString &text : parser.values(ask))
        day.asks.append(askFrom(text));
    auto created = DayRepository(db).create(day);
    if (!created)
        return fail(created.error());
    context.print(toJson(created.value()),
        {Context::tr("Created advocacy day %1 (%2).").arg(created->title, created->id.left(8))});
    return Ok;
}

int listDays(const Context &context, Database &db, const DateDisplay &dates)
{
    auto days = DayRepository(db).list();
    if (!days)
        return fail(days.error());
    QJsonArray array;
    QStringList lines;
    for (const AdvocacyDay &day : days.value()) {
        QJsonObject json = toJson(day);
        if (dates.hijri)
            json.insert(QStringLiteral("hijri"), hijriDate(day.date, dates.locale));
        array.append(json);
        lines.append(QStringLiteral("%1\t%2\t%3")
                         .arg(day.id.left(8), withHijri(day.date.toString(Qt::ISODate), day.date, dates), day.title));
    }
    if (array.isEmpty())
        lines.append(
            Context::tr("No advocacy days yet. Create one with \"majlis-cli day create TITLE --date YYYY-MM-DD\"."));
    context.print(array, lines);
    return Ok;
}

int addAttendees(const Context &context, Database &db, const AdvocacyDay &day, const QStringList &contacts,
    const QString &roleText, const QString &tag)
{
    const auto role = roleFromKey(roleText.isEmpty() ? QStringLiteral("constituent") : roleText);
    if (!role)
        return usage(Context::tr("--role is one of constituent, team_lead, note_taker, first_timer."));
    ContactDirectory directory(db);
    auto resolved = directory.resolveIds(contacts);
    if (!resolved)
        return fail(resolved.error());
    QStringList ids = resolved.value();
    if (!tag.isEmpty()) {
        ContactQuery query;
        query.tag = tag;
        auto rows = directory.page(query, 0, 1000000);
        if (!rows)
            return fail(rows.error());
        for (const ContactRow &row : rows.value())
            ids.append(row.id);
    }
    if (ids.isEmpty())
        return usage(Context::tr("Name the contacts to register, by id or with --tag."));
    auto added = DayRepository(db).addAttendees(day.id, ids, *role);
    if (!added)
        return fail(added.error());
    context.print(QJsonObject {{QStringLiteral("added"), added.value()}},
        {Context::tr("Registered %n new attendee(s) for %1.", nullptr, added.value()).arg(day.title)});
    return Ok;
}

int listAttendees(const Context &context, Database &db, const AdvocacyDay &day)
{
    auto attendees = DayRepository(db).attendees(day.id);
    if (!attendees)
        return fail(attendees.error());
    QJsonArray array;
    QStringList lines;
    for (const Attendee &a : attendees.value()) {
        const QString seat = a.seat();
        array.append(QJsonObject {{QStringLiteral("id"), a.id}, {QStringLiteral("contactId"), a.contactId},
            {QStringLiteral("name"), a.name}, {QStringLiteral("role"), roleKey(a.role)},
            {QStringLiteral("seat"), seat}});
        lines.append(QStringLiteral("%1\t%2\t%3\t%4").arg(a.contactId.left(8), a.name, seat, roleName(a.role)));
    }
    if (array.isEmpty())
        lines.append(Context::tr("Nobody is registered yet. Use \"majlis-cli day attendees add DAY CONTACT...\"."));
    context.print(array, lines);
    return Ok;
}

int scheduleDay(const Context &context, Database &db, const AdvocacyDay &day)
{
    auto result = DayPlanner(db).schedule(day.id);
    if (!result)
        return fail(result.error());
    auto snapshot = DayPlanner(db).snapshot(day.id);
    if (!snapshot)
        return fail(snapshot.error());
    QJsonArray unscheduled;
    QStringList lines {Context::tr("Scheduled %1 meetings; %2 of %3 constituents have all their meetings.")
                           .arg(snapshot->meetings.size())
                           .arg(result->fullyScheduled)
                           .arg(result->constituents)};
    if (!result->unscheduled.isEmpty())
        lines.append(Context::tr("Not scheduled:"));
    for (const UnscheduledRequest &u : result->unscheduled) {
        const Attendee *a = snapshot->attendee(u.attendeeId);
        const Legislator *l = snapshot->legislator(u.legislatorId);
        const QString who = a ? a->name : u.attendeeId;
        const QString office = l ? l->title() : QString();
        unscheduled.append(QJsonObject {{QStringLiteral("attendee"), who}, {QStringLiteral("office"), office},
            {QStringLiteral("reason"), describe(u.reason)}});
        lines.append(QStringLiteral("  %1\t%2\t%3").arg(who, office, describe(u.reason)));
    }
    context.print(
        QJsonObject {{QStringLiteral("meetings"), int(snapshot->meetings.size())},
            {QStringLiteral("constituents"), result->constituents},
            {QStringLiteral("fullyScheduled"), result->fullyScheduled}, {QStringLiteral("unscheduled"), unscheduled}},
        lines);
    return Ok;
}

int exportDay(const Context &context, Database &db, const AdvocacyDay &day, const QCommandLineParser &parser,
    const QList<QCommandLineOption> &options)
{
    const auto &[ics, pdf, csv, perAttendee, teams, html]
        = std::tie(options[0], options[1], options[2], options[3], options[4], options[5]);
    if (int(parser.isSet(ics)) + int(parser.isSet(pdf)) + int(parser.isSet(csv)) + int(parser.isSet(html)) != 1)
        return usage(Context::tr("Choose one of --ics, --pdf, --html or --csv, with the file to write."));
    auto snapshot = DayPlanner(db).snapshot(day.id);
    if (!snapshot)
        return fail(snapshot.error());
    const DaySnapshot &s = snapshot.value();
    QStringList written;

    if (parser.isSet(csv)) {
        if (auto status = writeFile(parser.value(csv), DayExport::scheduleCsv(s)); !status)
            return fail(status.error());
        written << parser.value(csv);
    } else if (parser.isSet(ics) && parser.isSet(perAttendee)) {
        const QDir folder(parser.value(ics));
        if (!folder.mkpath(QStringLiteral(".")))
            return fail({Error::Code::Io, Context::tr("Could not create the folder %1.").arg(folder.path())});
        for (const Attendee &a : s.attendees) {
            if (s.meetingsOf(a.id).isEmpty())
                continue;
            const QString path = folder.filePath(DayExport::fileName(s, a.name, QStringLiteral("ics")));
            if (auto status = writeFile(path, DayExport::calendar(s, a.id)); !status)
                return fail(status.error());
            written << path;
        }
    } else if (parser.isSet(ics)) {
        if (auto status = writeFile(parser.value(ics), DayExport::calendar(s)); !status)
            return fail(status.error());
        written << parser.value(ics);
    } else if (parser.isSet(html)) {
        const QList<Itinerary> itineraries
            = parser.isSet(teams) ? Itineraries::forEveryTeam(s) : Itineraries::forEveryAttendee(s);
        const bool rtl = QLocale().textDirection() == Qt::RightToLeft;
        const QString page = Itineraries::html(itineraries, rtl, Itineraries::Markup::Browser);
        if (auto status = writeFile(parser.value(html), page.toUtf8()); !status)
            return fail(status.error());
        written << parser.value(html);
    } else {
        const QList<Itinerary> itineraries
            = parser.isSet(teams) ? Itineraries::forEveryTeam(s, dateDisplay(parser))
                                  : Itineraries::forEveryAttendee(s, dateDisplay(parser));
        const bool rtl = QLocale().textDirection() == Qt::RightToLeft;
        if (auto status = ItineraryPdf::write(itineraries, parser.value(pdf), rtl); !status)
            return fail(status.error());
        written << parser.value(pdf);
    }
    context.print(QJsonObject {{QStringLiteral("written"), QJsonArray::fromStringList(written)}},
        {Context::tr("Wrote %n file(s).", nullptr, int(written.size()))});
    return Ok;
}

} // namespace

int runDay(const QString &verb, const Context &input)
{
    Context context = input;
    QString action = verb;
    if (verb == QLatin1String("attendees")) {
        if (context.arguments.size() < 2)
            return usage(Context::tr("\"day attendees\" needs add or list."));
        action = verb + u' ' + context.arguments.takeAt(1);
    }

    QCommandLineParser parser;
    const QList<QCommandLineOption> createOptions {
        {QStringLiteral("date"), Context::tr("The day's date, such as 2027-03-04."), Context::tr("date")},
        {QStringLiteral("city"), Context::tr("Where (default: the legislature's capital, such as Washington, DC)."), Context::tr("city")},
        {QStringLiteral("theme"), Context::tr("The day's theme."), Context::tr("text")},
        {QStringLiteral("start"), Context::tr("First meeting time (default 09:00)."), Context::tr("time")},
        {QStringLiteral("end"), Context::tr("End of the last meeting (default 17:00)."), Context::tr("time")},
        {QStringLiteral("slot"), Context::tr("Minutes per meeting (default 30)."), Context::tr("minutes")},
        {QStringLiteral("team-size"), Context::tr("Most people in one team (default 8)."), Context::tr("count")},
        {QStringLiteral("ask"), Context::tr("An ask, as \"BILL: title\"; repeat for more."), Context::tr("ask")},
        {QStringLiteral("body"),
            Context::tr("The legislature the day lobbies, by code or name (default: the U.S. Congress)."),
            Context::tr("body")},
        {QStringLiteral("time-zone"), Context::tr("The day's time zone, such as America/Detroit (default: the "
                                                  "capitol's)."),
            Context::tr("zone")}};
    const QCommandLineOption role(QStringLiteral("role"),
        Context::tr("constituent (default), team_lead, note_taker or first_timer."), Context::tr("role"));
    const QCommandLineOption tag(
        QStringLiteral("tag"), Context::tr("Register every contact with this tag."), Context::tr("tag"));
    const QList<QCommandLineOption> exportOptions {
        {QStringLiteral("ics"), Context::tr("Write the day as an iCalendar file."), Context::tr("file")},
        {QStringLiteral("pdf"), Context::tr("Write the itineraries as a PDF, one per page."), Context::tr("file")},
        {QStringLiteral("csv"), Context::tr("Write the schedule as CSV."), Context::tr("file")},
        {QStringLiteral("per-attendee"), Context::tr("With --ics: one file per attendee, in the folder given.")},
        {QStringLiteral("teams"), Context::tr("With --pdf or --html: one page per team instead of per attendee.")},
        {QStringLiteral("html"), Context::tr("Write the itineraries as a web page, to send or open in a browser."),
            Context::tr("file")}};

    if (action == QLatin1String("create"))
        parser.addOptions(createOptions);
    else if (action == QLatin1String("attendees add"))
        parser.addOptions({role, tag});
    else if (action == QLatin1String("export"))
        parser.addOptions(exportOptions + QList {hijriOption()});
    else if (action == QLatin1String("list"))
        parser.addOption(hijriOption());
    else if (action != QLatin1String("schedule")
        && action != QLatin1String("attendees list"))
        return usage(Context::tr("unknown command \"day %1\"; use create, list, attendees add, attendees list, "
                                 "schedule or export.")
                         .arg(action));
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;

    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    Database &db = **database;
    if (action == QLatin1String("create")) {
        if (parser.positionalArguments().isEmpty())
            return usage(Context::tr("\"day create\" needs the day's title."));
        return createDay(context, db, parser, createOptions);
    }
    if (action == QLatin1String("list"))
        return listDays(context, db, dateDisplay(parser));

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(Context::tr("Name the advocacy day, by the id \"day list\" shows or by its title."));
    auto day = DayRepository(db).find(positional.takeFirst());
    if (!day)
        return fail(day.error());
    if (action == QLatin1String("attendees add"))
        return addAttendees(context, db, day.value(), positional, parser.value(role), parser.value(tag));
    if (action == QLatin1String("attendees list"))
        return listAttendees(context, db, day.value());
    if (action == QLatin1String("schedule"))
        return scheduleDay(context, db, day.value());
    return exportDay(context, db, day.value(), parser, exportOptions);
}

} // namespace majlis::cli
