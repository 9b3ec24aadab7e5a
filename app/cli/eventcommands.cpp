#include "cli.h"

#include "contacts/chapter.h"
#include "contacts/contactdirectory.h"
#include "events/checkindesk.h"
#include "events/eventcalendar.h"
#include "events/eventrepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace majlis::cli {

namespace {

QJsonObject toJson(const Event &e)
{
    return {{QStringLiteral("id"), e.id}, {QStringLiteral("title"), e.title},
        {QStringLiteral("kind"), eventKindKey(e.kind)},
        {QStringLiteral("startsAt"), e.startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
        {QStringLiteral("endsAt"),
            e.endsAt.isValid() ? e.endsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString()},
        {QStringLiteral("place"), e.place}, {QStringLiteral("capacity"), e.capacity}};
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
        {QStringLiteral("chapter"), Context::tr("The chapter running it."), Context::tr("name")}};
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
    else if (verb != QLatin1String("list") && verb != QLatin1String("calendar"))
        return usage(Context::tr("unknown command \"events %1\"; use create, list, checkin, attendance or calendar.").arg(verb));
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
        auto created = events.create(e);
        if (!created)
            return fail(created.error());
        context.print(
            toJson(created.value()), {Context::tr("Created event %1 (%2).").arg(created->title, created->id.left(8))});
        return Ok;
    }
    if (verb == QLatin1String("calendar")) {
        if (parser.positionalArguments().size() != 1)
            return usage(Context::tr("\"events calendar\" needs the .ics file to write."));
        auto list = events.list();
        if (!list)
            return fail(list.error());
        if (auto s = writeFile(parser.positionalArguments().first(), EventCalendar::write(list.value())); !s)
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
            array.append(toJson(e));
            lines << QStringLiteral("%1\t%2\t%3\t%4")
                         .arg(e.id.left(8), e.startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             eventKindName(e.kind), e.title);
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
