#include "cli.h"

#include "contacts/chapter.h"
#include "contacts/contactdirectory.h"
#include "events/checkindesk.h"
#include "events/eventcalendar.h"
#include "events/eventrepository.h"
#include "events/eventtimezone.h"
#include "i18n/datetext.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace majlis::cli {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

// An event as the CLI prints it: times as written, with the zone they are in (its own, or the
// one it inherits) and, with --hijri, the Hijri date of its start.
struct ShownEvent
{
    const Event &event;
    QString zone;
    DateDisplay dates;

    QString when() const
    {
        return withHijri(event.startsAt.toString(kTimeFormat) + u' ' + zone, event.startsAt.date(), dates);
    }

    QJsonObject toJson() const
    {
        QJsonObject json {{QStringLiteral("id"), event.id}, {QStringLiteral("title"), event.title},
            {QStringLiteral("kind"), eventKindKey(event.kind)},
            {QStringLiteral("startsAt"), event.startsAt.toString(kTimeFormat)},
            {QStringLiteral("endsAt"), event.endsAt.isValid() ? event.endsAt.toString(kTimeFormat) : QString()},
            {QStringLiteral("timeZone"), zone}, {QStringLiteral("place"), event.place},
            {QStringLiteral("capacity"), event.capacity}};
        if (dates.hijri)
            json.insert(QStringLiteral("hijri"), hijriDate(event.startsAt.date(), dates.locale));
        return json;
    }
};

ShownEvent shown(Database &db, const Event &e, const DateDisplay &dates)
{
    return {e, QString::fromUtf8(timezones::forEvent(db.connection(), e).id()), dates};
}

QDateTime parseTime(const QString &text)
{
    for (const QString &format :
        {QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-ddTHH:mm"), QStringLiteral("yyyy-MM-dd")}) {
        const QDateTime time = QDateTime::fromString(text.trimmed(), format);
        if (time.isValid())
            return time;
    }
    return {};
}

int checkIn(const Context &context, Database &db, const Event &event, const QStringList &contacts,
    const QCommandLineParser &parser, const QList<QCommandLineOption> &walkInOptions)
{
    const auto &[walkIn, given, family, email, phone]
        = std::tie(walkInOptions[0], walkInOptions[1], walkInOptions[2], walkInOptions[3], walkInOptions[4]);
    CheckInDesk desk(db, event.id);
    if (auto s = desk.load(); !s)
        return fail(s.error());
    QStringList lines;
    QJsonArray checkedIn;
    if (parser.isSet(walkIn)) {
        Contact c;
        c.givenName = parser.value(given);
        c.familyName = parser.value(family);
        if (parser.isSet(email))
            c.emails = {{QString(), parser.value(email)}};
        if (parser.isSet(phone))
            c.phones = {{QString(), parser.value(phone)}};
        const QList<CheckInCandidate> matches = desk.likelyMatches(c);
        if (!matches.isEmpty()) {
            QStringList found;
            for (const CheckInCandidate &m : matches)
                found << QStringLiteral("%1 %2 (%3)").arg(m.contactId.left(8), m.name, m.reason);
            return fail({Error::Code::InvalidInput,
                Context::tr("This walk-in may already be a contact: %1. Check in that contact by id instead.")
                    .arg(found.join(QStringLiteral("; ")))});
        }
        auto created = desk.walkIn(c);
        if (!created)
            return fail(created.error());
        checkedIn.append(created.value());
        lines << Context::tr("Added and checked in %1.").arg((c.givenName + u' ' + c.familyName).trimmed());
    }
    ContactDirectory directory(db);
    for (const QString &prefix : contacts) {
        auto id = directory.resolveId(prefix);
        if (!id)
            return fail(id.error());
        if (auto s = desk.checkIn(id.value()); !s)
            return fail(s.error());
        checkedIn.append(id.value());
    }
    if (checkedIn.isEmpty())
        return usage(Context::tr("Name the contacts to check in by id, or add a walk-in with --walk-in --given NAME."));
    lines << Context::tr("%1 checked in at %2.").arg(desk.checkedInCount()).arg(event.title);
    context.print(
        QJsonObject {{QStringLiteral("checkedIn"), checkedIn}, {QStringLiteral("total"), desk.checkedInCount()}},
        lines);
    return Ok;
}

} // namespace

int runEvents(const QString &verb, const Context &context)
{
    QCommandLineParser parser;
    const QList<QCommandLineOption> createOptions {
        {QStringLiteral("start"), Context::tr("When it starts, such as \"2027-05-01 18:30\"."), Context::tr("time")},
        {QStringLiteral("end"), Context::tr("When it ends."), Context::tr("time")},
        {QStringLiteral("kind"),
            Context::tr("voter_registration, interfaith, town_hall, training, cultural, community or other."),
            Context::tr("kind")},
        {QStringLiteral("place"), Context::tr("Where."), Context::tr("place")},
        {QStringLiteral("capacity"), Context::tr("How many people fit (0: no limit)."), Context::tr("count")},
        {QStringLiteral("chapter"), Context::tr("The chapter running it."), Context::tr("name")},
        {QStringLiteral("time-zone"),
            Context::tr("The IANA time zone of its place, such as Europe/London (default: the chapter's)."),
            Context::tr("zone")}};
    const QCommandLineOption hijri = hijriOption();
    const QList<QCommandLineOption> walkInOptions {
        {QStringLiteral("walk-in"), Context::tr("Add a new contact at the door and check them in.")},
        {QStringLiteral("given"), Context::tr("The walk-in's given name."), Context::tr("name")},
        {QStringLiteral("family"), Context::tr("The walk-in's family name."), Context::tr("name")},
        {QStringLiteral("email"), Context::tr("The walk-in's email."), Context::tr("address")},
        {QStringLiteral("phone"), Context::tr("The walk-in's phone."), Context::tr("number")}};
    const QCommandLineOption csv(QStringLiteral("csv"),
        Context::tr("Write attendance as CSV to this file (- for the screen)."), Context::tr("file"));
    if (verb == QLatin1String("create"))
        parser.addOptions(createOptions);
    else if (verb == QLatin1String("checkin"))
        parser.addOptions(walkInOptions);
    else if (verb == QLatin1String("attendance"))
        parser.addOption(csv);
    else if (verb == QLatin1String("list") || verb == QLatin1String("show"))
        parser.addOption(hijri);
    else if (verb != QLatin1String("calendar"))
        return usage(
            Context::tr("unknown command \"events %1\"; use create, list, show, checkin, attendance or calendar.").arg(verb));
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;

    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    Database &db = **database;
    EventRepository events(db);

    if (verb == QLatin1String("create")) {
        Event e;
        e.title = parser.positionalArguments().join(u' ');
        e.startsAt = parseTime(parser.value(createOptions[0]));
        if (!e.startsAt.isValid())
            return usage(Context::tr("--start takes a time such as \"2027-05-01 18:30\"."));
        if (parser.isSet(createOptions[1]) && !(e.endsAt = parseTime(parser.value(createOptions[1]))).isValid())
            return usage(Context::tr("--end takes a time such as \"2027-05-01 21:00\"."));
        if (parser.isSet(createOptions[2])) {
            const auto kind = eventKindFromKey(parser.value(createOptions[2]));
            if (!kind)
                return usage(
                    Context::tr("--kind is one of voter_registration, interfaith, town_hall, training, cultural, "
                                "community, other."));
            e.kind = *kind;
        }
        e.place = parser.value(createOptions[3]);
        e.capacity = parser.value(createOptions[4]).toInt();
        if (parser.isSet(createOptions[5])) {
            auto chapter = ChapterRepository(db).findByName(parser.value(createOptions[5]));
            if (!chapter)
                return fail(chapter.error());
            e.chapterId = chapter->id;
        }
        e.timeZone = parser.value(createOptions[6]);
        auto created = events.create(e);
        if (!created)
            return fail(created.error());
        const ShownEvent result = shown(db, created.value(), {});
        context.print(result.toJson(), {Context::tr("Created event %1 (%2).").arg(created->title, created->id.left(8))});
        return Ok;
    }
    if (verb == QLatin1String("calendar")) {
        if (parser.positionalArguments().size() != 1)
            return usage(Context::tr("\"events calendar\" needs the .ics file to write."));
        auto list = events.list();
        if (!list)
            return fail(list.error());
        auto calendar = EventCalendar::forWorkspace(db);
        if (!calendar)
            return fail(calendar.error());
        if (auto s = writeFile(parser.positionalArguments().first(), calendar.value()); !s)
            return fail(s.error());
        context.print(QJsonObject{{QStringLiteral("events"), int(list->size())}},
                      {Context::tr("Wrote %n event(s) to %1.", nullptr, int(list->size())).arg(parser.positionalArguments().first())});
        return Ok;
    }
    if (verb == QLatin1String("list")) {
        auto list = events.list();
        if (!list)
            return fail(list.error());
        QJsonArray array;
        QStringList lines;
        for (const Event &e : list.value()) {
            const ShownEvent row = shown(db, e, dateDisplay(parser));
            array.append(row.toJson());
            lines << QStringLiteral("%1\t%2\t%3\t%4").arg(e.id.left(8), row.when(), eventKindName(e.kind), e.title);
        }
        if (list->isEmpty())
            lines << Context::tr(
                "No events yet. Create one with \"majlis-cli events create TITLE --start \\\"2027-05-01 18:30\\\"\".");
        context.print(array, lines);
        return Ok;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(Context::tr("Name the event, by the id \"events list\" shows or by its title."));
    auto event = events.find(positional.takeFirst());
    if (!event)
        return fail(event.error());
    if (verb == QLatin1String("checkin"))
        return checkIn(context, db, event.value(), positional, parser, walkInOptions);
    if (verb == QLatin1String("show")) {
        const ShownEvent one = shown(db, event.value(), dateDisplay(parser));
        QStringList lines {event->title, Context::tr("Kind: %1").arg(eventKindName(event->kind)),
            Context::tr("Starts: %1").arg(one.when())};
        if (event->endsAt.isValid())
            lines << Context::tr("Ends: %1").arg(event->endsAt.toString(kTimeFormat));
        lines << Context::tr("Time zone: %1").arg(event->timeZone.isEmpty()
                                                      ? Context::tr("%1 (the chapter's or the workspace's)").arg(one.zone)
                                                      : one.zone);
        if (!event->place.isEmpty())
            lines << Context::tr("Place: %1").arg(event->place);
        context.print(one.toJson(), lines);
        return Ok;
    }

    auto data = events.attendanceCsv(event->id);
    if (!data)
        return fail(data.error());
    if (!parser.isSet(csv) || parser.value(csv) == QLatin1String("-")) {
        QTextStream(stdout) << QString::fromUtf8(data.value());
        return Ok;
    }
    if (auto s = writeFile(parser.value(csv), data.value()); !s)
        return fail(s.error());
    context.print(QJsonObject {{QStringLiteral("written"), parser.value(csv)}},
        {Context::tr("Wrote the attendance of %1 to %2.").arg(event->title, parser.value(csv))});
    return Ok;
}

} // namespace majlis::cli
