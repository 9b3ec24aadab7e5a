#include "campaigncli.h"

#include "campaigns/calllist.h"
#include "campaigns/campaignexport.h"
#include "campaigns/campaignprogress.h"
#include "campaigns/campaignrepository.h"
#include "contacts/chapter.h"
#include "events/event.h"
#include "events/eventrepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QMap>

#include <variant>

namespace majlis::cli {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject electionJson(const Election &e)
{
    return {{QStringLiteral("id"), e.id}, {QStringLiteral("name"), e.name}, {QStringLiteral("date"), dateText(e.date)},
        {QStringLiteral("jurisdiction"), e.jurisdiction}, {QStringLiteral("chapterId"), e.chapterId}};
}

Result<QString> chapterId(Database &db, const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return QString();
    auto chapter = ChapterRepository(db).findByName(parser.value(option));
    if (!chapter)
        return chapter.error();
    return chapter->id;
}

// "campaigns elections add|list": the elections campaigns and pledges are tied to.
int runElections(const Context &context)
{
    Context own = context;
    const QString sub = own.arguments.value(1);
    if (own.arguments.size() > 1)
        own.arguments.removeAt(1);
    QCommandLineParser parser;
    const QCommandLineOption date(
        QStringLiteral("date"), Context::tr("Election day, such as 2026-11-03."), Context::tr("date"));
    const QCommandLineOption jurisdiction(QStringLiteral("jurisdiction"),
        Context::tr("Where it is held, such as Michigan or Dearborn."), Context::tr("place"));
    const QCommandLineOption chapter(
        QStringLiteral("chapter"), Context::tr("The chapter mobilizing for it."), Context::tr("name"));
    if (sub == QLatin1String("add"))
        parser.addOptions({date, jurisdiction, chapter});
    else if (sub != QLatin1String("list"))
        return usage(Context::tr("unknown command \"campaigns elections %1\"; use add or list.").arg(sub));
    if (auto exitCode = parseArguments(parser, own))
        return *exitCode;
    auto database = own.openDatabase();
    if (!database)
        return fail(database.error());
    Database &db = **database;
    CampaignRepository repository(db);

    if (sub == QLatin1String("add")) {
        Election e;
        e.name = parser.positionalArguments().join(u' ');
        e.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!e.date.isValid())
            return usage(Context::tr("--date takes the election day, such as 2026-11-03."));
        e.jurisdiction = parser.value(jurisdiction);
        auto chosen = chapterId(db, parser, QStringLiteral("chapter"));
        if (!chosen)
            return fail(chosen.error());
        e.chapterId = chosen.value();
        auto created = repository.createElection(e);
        if (!created)
            return fail(created.error());
        context.print(electionJson(created.value()),
            {Context::tr("Added the election %1 on %2 (%3).")
                    .arg(created->name, dateText(created->date), created->id.left(8))});
        return Ok;
    }
    auto elections = repository.elections();
    if (!elections)
        return fail(elections.error());
    QJsonArray array;
    QStringList lines;
    for (const Election &e : elections.value()) {
        array.append(electionJson(e));
        lines << QStringLiteral("%1\t%2\t%3\t%4").arg(e.id.left(8), dateText(e.date), e.name, e.jurisdiction);
    }
    if (lines.isEmpty())
        lines << Context::tr("No elections yet. Add one with \"majlis-cli campaigns elections add NAME --date "
                             "YYYY-MM-DD\".");
    context.print(array, lines);
    return Ok;
}

int createCampaign(const Context &context)
{
    QCommandLineParser parser;
    const QList<QCommandLineOption> options {
        {QStringLiteral("kind"), Context::tr("phone (a phone bank), door (door knocking) or gotv (get out the vote)."),
            Context::tr("kind")},
        {QStringLiteral("script"), Context::tr("The script: a YAML or JSON file with the introduction and questions."),
            Context::tr("file")},
        {QStringLiteral("election"), Context::tr("The election it is for, by name or id."), Context::tr("election")},
        {QStringLiteral("chapter"), Context::tr("The chapter running it (default: the whole organization)."),
            Context::tr("name")},
        {QStringLiteral("starts"), Context::tr("First day, such as 2026-10-01."), Context::tr("date")},
        {QStringLiteral("ends"), Context::tr("Last day."), Context::tr("date")}};
    parser.addOptions(options);
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;
    Campaign campaign;
    campaign.name = parser.positionalArguments().join(u' ');
    if (campaign.name.trimmed().isEmpty())
        return usage(Context::tr("Give the campaign a name: \"campaigns create NAME --kind phone --script FILE\"."));
    const auto kind = campaignKindFromKey(parser.value(options[0]));
    if (!kind)
        return usage(Context::tr("--kind is one of phone, door, gotv."));
    campaign.kind = *kind;
    if (!parser.isSet(options[1]))
        return usage(Context::tr("--script names the script file (YAML or JSON)."));
    for (const auto &[option, date] :
        {std::pair {&options[4], &campaign.startsOn}, std::pair {&options[5], &campaign.endsOn}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid())
            return usage(Context::tr("--%1 takes a date such as 2026-10-01.").arg(option->names().first()));
    }

    QFile file(parser.value(options[1]));
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            {Error::Code::Io, Context::tr("Cannot read the script %1: %2").arg(file.fileName(), file.errorString())});
    auto script = CampaignScriptFormat::fromYaml(file.readAll());
    if (!script)
        return fail(
            {script.error().code, Context::tr("The script %1: %2").arg(file.fileName(), script.error().message)});
    campaign.script = script.value();

    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    Database &db = **database;
    CampaignRepository repository(db);
    if (parser.isSet(options[2])) {
        auto election = repository.findElection(parser.value(options[2]));
        if (!election)
            return fail(election.error());
        campaign.electionId = election->id;
    }
    auto chosen = chapterId(db, parser, QStringLiteral("chapter"));
    if (!chosen)
        return fail(chosen.error());
    campaign.chapterId = chosen.value();
    auto created = repository.create(campaign);
    if (!created)
        return fail(created.error());
    context.print(campaignJson(created.value()),
        {Context::tr(
            "Created %1 (%2). Kind: %3; %n question(s) in its script.", nullptr, int(created->script.questions.size()))
                .arg(created->name, created->id.left(8), campaignKindName(created->kind))});
    return Ok;
}

int listCampaigns(const Context &context, Database &db)
{
    auto campaigns = CampaignRepository(db).list();
    if (!campaigns)
        return fail(campaigns.error());
    QJsonArray array;
    QStringList lines;
    for (const Campaign &c : campaigns.value()) {
        array.append(campaignJson(c));
        lines << QStringLiteral("%1\t%2\t%3\t%4")
                     .arg(c.id.left(8), campaignKindName(c.kind),
                         c.closed ? Context::tr("closed") : Context::tr("open"), c.name);
    }
    if (lines.isEmpty())
        lines << Context::tr("No campaigns yet. Create one with \"majlis-cli campaigns create NAME --kind phone "
                             "--script FILE.yaml\".");
    context.print(array, lines);
    return Ok;
}

int showCampaign(const Context &context, Database &db, const Campaign &campaign)
{
    auto totals = CampaignProgress(db).totals(campaign.id);
    if (!totals)
        return fail(totals.error());
    auto entries = CallList(db).entries(campaign.id);
    if (!entries)
        return fail(entries.error());
    QMap<QString, int> open; // volunteer ('' for nobody yet) -> people still to call
    for (const ListEntry &entry : entries.value()) {
        if (!entry.done)
            ++open[entry.assignee];
    }

    QJsonObject json = campaignJson(campaign);
    json.insert(QStringLiteral("script"), CampaignScriptFormat::toJson(campaign.script));
    QJsonObject assigned;
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        assigned.insert(it.key(), it.value());
    json.insert(QStringLiteral("counts"),
        QJsonObject {{QStringLiteral("listed"), totals->listed}, {QStringLiteral("finished"), totals->finished},
            {QStringLiteral("attempts"), totals->attempts}, {QStringLiteral("contacts"), totals->contacts},
            {QStringLiteral("open"), assigned}});

    QStringList lines {QStringLiteral("%1 (%2)").arg(campaign.name, campaign.id.left(8)),
        Context::tr("Kind: %1").arg(campaignKindName(campaign.kind))};
    if (!campaign.electionId.isEmpty()) {
        if (auto election = CampaignRepository(db).election(campaign.electionId))
            lines << Context::tr("Election: %1 on %2").arg(election->name, dateText(election->date));
    }
    if (campaign.startsOn.isValid() || campaign.endsOn.isValid())
        lines << Context::tr("Dates: %1 to %2").arg(dateText(campaign.startsOn), dateText(campaign.endsOn));
    if (campaign.closed)
        lines << Context::tr("Closed: it takes no more results.");
    lines << Context::tr("On the list: %1; finished: %2; attempts: %3; reached: %4")
                 .arg(totals->listed)
                 .arg(totals->finished)
                 .arg(totals->attempts)
                 .arg(totals->contacts);
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        lines << Context::tr("  still to call for %1: %2")
                     .arg(it.key().isEmpty() ? Context::tr("(nobody yet)") : it.key())
                     .arg(it.value());
    lines << QString() << Context::tr("Script:");
    if (!campaign.script.introduction.isEmpty())
        lines << campaign.script.introduction;
    for (const ScriptQuestion &question : campaign.script.questions) {
        QStringList answers;
        for (const ScriptAnswer &answer : question.answers)
            answers << answer.key;
        lines << QStringLiteral("  %1 (%2): %3").arg(question.key, questionKindKey(question.kind), question.text);
        if (!answers.isEmpty())
            lines << QStringLiteral("    %1").arg(answers.join(QStringLiteral(", ")));
    }
    context.print(json, lines);
    return Ok;
}

const QString kVoterStatuses
    = QStringLiteral("registered_here, already_registered, needs_follow_up, not_eligible, unknown");

// Everything "campaigns build" can narrow the list by, read into the core's filter.
struct FilterOptions
{
    QCommandLineOption tag {
        QStringLiteral("tag"), Context::tr("People with this tag; repeat for any of several."), Context::tr("tag")};
    QCommandLineOption chapter {QStringLiteral("chapter"), Context::tr("People of this chapter."), Context::tr("name")};
    QCommandLineOption language {
        QStringLiteral("language"), Context::tr("People who speak this language, such as ar."), Context::tr("code")};
    QCommandLineOption state {
        QStringLiteral("state"), Context::tr("People in this U.S. state, two letters."), Context::tr("code")};
    QCommandLineOption body {
        QStringLiteral("body"), Context::tr("With --district: the legislature, such as us-mi."), Context::tr("code")};
    QCommandLineOption district {
        QStringLiteral("district"), Context::tr("People in this district of --body."), Context::tr("district")};
    QCommandLineOption event {
        QStringLiteral("event"), Context::tr("People who checked in at this event."), Context::tr("event")};
    QCommandLineOption voterStatus {QStringLiteral("voter-status"),
        Context::tr("People with this voter-registration status at any drive: %1.").arg(kVoterStatuses),
        Context::tr("status")};
    QCommandLineOption answered {QStringLiteral("answered"),
        Context::tr("With --question and --answer: people who gave that answer in this campaign."),
        Context::tr("campaign")};
    QCommandLineOption question {QStringLiteral("question"), Context::tr("The question's key."), Context::tr("key")};
    QCommandLineOption answer {QStringLiteral("answer"), Context::tr("The answer's key."), Context::tr("key")};
    QCommandLineOption election {QStringLiteral("election"),
        Context::tr("With --pledged or --not-voted: the election."), Context::tr("election")};
    QCommandLineOption pledged {QStringLiteral("pledged"), Context::tr("People who pledged to vote in --election.")};
    QCommandLineOption notVoted {
        QStringLiteral("not-voted"), Context::tr("People not yet marked as voted in --election.")};
    QCommandLineOption dryRun {QStringLiteral("dry-run"), Context::tr("Say how many would be added, and add nobody.")};

    QList<QCommandLineOption> all() const
    {
        return {tag, chapter, language, state, body, district, event, voterStatus, answered, question, answer, election,
            pledged, notVoted, dryRun};
    }
};

// The filter, or the exit code of a mistake on the command line.
std::variant<ListFilter, int> filterFrom(Database &db, const QCommandLineParser &parser, const FilterOptions &o)
{
    ListFilter filter;
    filter.tags = parser.values(o.tag);
    auto chapter = chapterId(db, parser, o.chapter.names().first());
    if (!chapter)
        return fail(chapter.error());
    filter.chapterId = chapter.value();
    filter.language = parser.value(o.language);
    filter.usState = parser.value(o.state).trimmed().toUpper();
    if (!filter.usState.isEmpty() && filter.usState.size() != 2)
        return usage(Context::tr("--state takes two letters, such as MI."));
    if (parser.isSet(o.body) != parser.isSet(o.district))
        return usage(Context::tr("--body and --district go together: the district of which legislature."));
    filter.bodyCode = parser.value(o.body);
    filter.district = parser.value(o.district);
    if (parser.isSet(o.event)) {
        auto event = EventRepository(db).find(parser.value(o.event));
        if (!event)
            return fail(event.error());
        filter.attendedEventId = event->id;
    }
    if (parser.isSet(o.voterStatus)) {
        if (!voterStatusFromKey(parser.value(o.voterStatus)))
            return usage(Context::tr("--voter-status is one of %1.").arg(kVoterStatuses));
        filter.voterStatus = parser.value(o.voterStatus);
    }
    const int answerParts = int(parser.isSet(o.answered)) + int(parser.isSet(o.question)) + int(parser.isSet(o.answer));
    if (answerParts != 0 && answerParts != 3)
        return usage(Context::tr("--answered, --question and --answer go together: who gave which answer where."));
    if (answerParts == 3) {
        auto earlier = CampaignRepository(db).find(parser.value(o.answered));
        if (!earlier)
            return fail(earlier.error());
        filter.answeredCampaignId = earlier->id;
        filter.question = parser.value(o.question);
        filter.answer = parser.value(o.answer);
    }
    filter.pledgedOnly = parser.isSet(o.pledged);
    filter.notVotedOnly = parser.isSet(o.notVoted);
    if (parser.isSet(o.election) != (filter.pledgedOnly || filter.notVotedOnly))
        return usage(Context::tr("--election goes with --pledged or --not-voted."));
    if (parser.isSet(o.election)) {
        auto election = CampaignRepository(db).findElection(parser.value(o.election));
        if (!election)
            return fail(election.error());
        filter.electionId = election->id;
    }
    return filter;
}

int buildList(const Context &context, Database &db, const Campaign &campaign, const QCommandLineParser &parser,
    const FilterOptions &options)
{
    auto filter = filterFrom(db, parser, options);
    if (const int *exitCode = std::get_if<int>(&filter))
        return *exitCode;
    CallList list(db);
    const bool dryRun = parser.isSet(options.dryRun);
    auto count = dryRun ? list.preview(campaign.id, std::get<ListFilter>(filter))
                        : list.build(campaign.id, std::get<ListFilter>(filter));
    if (!count)
        return fail(count.error());
    if (dryRun) {
        context.print(QJsonObject {{QStringLiteral("wouldAdd"), count.value()}, {QStringLiteral("dryRun"), true}},
            {Context::tr("Would add %n person(s) to the list of %1; nothing was changed.", nullptr, count.value())
                    .arg(campaign.name)});
        return Ok;
    }
    context.print(QJsonObject {{QStringLiteral("added"), count.value()}},
        {Context::tr("Added %n person(s) to the list of %1.", nullptr, count.value()).arg(campaign.name)});
    return Ok;
}

int listEntries(const Context &context, Database &db, const Campaign &campaign)
{
    auto entries = CallList(db).entries(campaign.id);
    if (!entries)
        return fail(entries.error());
    QJsonArray array;
    QStringList lines;
    for (const ListEntry &e : entries.value()) {
        const auto last = resultCodeFromKey(e.lastResult);
        array.append(QJsonObject {{QStringLiteral("position"), e.position}, {QStringLiteral("contactId"), e.contactId},
            {QStringLiteral("name"), e.name}, {QStringLiteral("assignee"), e.assignee},
            {QStringLiteral("attempts"), e.attempts}, {QStringLiteral("done"), e.done},
            {QStringLiteral("lastResult"), e.lastResult},
            {QStringLiteral("languages"), QJsonArray::fromStringList(e.languages)}});
        lines << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                     .arg(e.position)
                     .arg(e.contactId.left(8), e.name, e.assignee.isEmpty() ? QStringLiteral("-") : e.assignee)
                     .arg(e.attempts)
                     .arg(last ? resultCodeName(*last) : (e.done ? Context::tr("done") : QString()));
    }
    if (lines.isEmpty())
        lines << Context::tr("Nobody is on the list yet. Add people with \"majlis-cli campaigns build %1 --tag TAG\".")
                     .arg(campaign.id.left(8));
    context.print(array, lines);
    return Ok;
}

int assignList(const Context &context, Database &db, const Campaign &campaign, const QCommandLineParser &parser)
{
    const QStringList to = parser.values(QStringLiteral("to"));
    const QStringList byLanguage = parser.values(QStringLiteral("by-language"));
    if (to.isEmpty() == byLanguage.isEmpty())
        return usage(Context::tr("Split the list with --to a,b,c (by count) or --by-language NAME=LANG,LANG (repeat "
                                 "per volunteer), not both."));
    CallList list(db);
    Result<int> assigned = 0;
    if (!to.isEmpty()) {
        QStringList names;
        for (const QString &value : to)
            names << value.split(u',', Qt::SkipEmptyParts);
        for (QString &name : names)
            name = name.trimmed();
        assigned = list.assignByCount(campaign.id, names);
    } else {
        QList<Volunteer> team;
        for (const QString &value : byLanguage) {
            const qsizetype equals = value.indexOf(u'=');
            Volunteer volunteer {value.left(equals).trimmed(), {}};
            for (const QString &language : value.mid(equals + 1).split(u',', Qt::SkipEmptyParts))
                volunteer.languages << language.trimmed();
            if (equals <= 0 || volunteer.name.isEmpty() || volunteer.languages.isEmpty())
                return usage(Context::tr("--by-language takes NAME=LANG,LANG, such as amina=ar,en."));
            team << volunteer;
        }
        assigned = list.assignByLanguage(campaign.id, team);
    }
    if (!assigned)
        return fail(assigned.error());

    auto entries = list.entries(campaign.id);
    if (!entries)
        return fail(entries.error());
    QMap<QString, int> shares;
    for (const ListEntry &entry : entries.value()) {
        if (!entry.done && !entry.assignee.isEmpty())
            ++shares[entry.assignee];
    }
    QJsonObject volunteers;
    QStringList lines {
        Context::tr("Assigned %n person(s) on the list of %1.", nullptr, assigned.value()).arg(campaign.name)};
    for (auto it = shares.cbegin(); it != shares.cend(); ++it) {
        volunteers.insert(it.key(), it.value());
        lines << Context::tr("  %1: %n to call", nullptr, it.value()).arg(it.key());
    }
    context.print(
        QJsonObject {{QStringLiteral("assigned"), assigned.value()}, {QStringLiteral("volunteers"), volunteers}},
        lines);
    return Ok;
}

int exportCampaign(const Context &context, Database &db, const Campaign &campaign, const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return usage(Context::tr("--out names the CSV file to write."));
    const bool wantsList = parser.isSet(QStringLiteral("list"));
    if (parser.isSet(QStringLiteral("volunteer")) && !wantsList)
        return usage(Context::tr("--volunteer goes with --list: one volunteer's share of the list."));
    CampaignExport exporter(db);
    auto rows = wantsList ? exporter.writeList(campaign.id, path, parser.value(QStringLiteral("volunteer")))
                          : exporter.writeResults(campaign.id, path);
    if (!rows)
        return fail(rows.error());
    context.print(QJsonObject {{QStringLiteral("rows"), rows.value()}, {QStringLiteral("written"), path}},
        {wantsList ? Context::tr("Wrote %n person(s) to call or visit to %1.", nullptr, rows.value()).arg(path)
                   : Context::tr("Wrote %n result(s) to %1.", nullptr, rows.value()).arg(path)});
    return Ok;
}

} // namespace

Result<Campaign> campaignNamed(Database &db, const QStringList &positional)
{
    if (positional.isEmpty() || positional.first().trimmed().isEmpty())
        return Error {Error::Code::InvalidInput,
            Context::tr("Name the campaign, by the id \"campaigns list\" shows or by its name.")};
    return CampaignRepository(db).find(positional.first());
}

QJsonObject campaignJson(const Campaign &c)
{
    return {{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
        {QStringLiteral("kind"), campaignKindKey(c.kind)}, {QStringLiteral("chapterId"), c.chapterId},
        {QStringLiteral("electionId"), c.electionId}, {QStringLiteral("startsOn"), dateText(c.startsOn)},
        {QStringLiteral("endsOn"), dateText(c.endsOn)}, {QStringLiteral("closed"), c.closed}};
}

QString localTime(qint64 ms)
{
    return ms == 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString utcTime(qint64 ms)
{
    return ms == 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

int runCampaigns(const QString &verb, const Context &context)
{
    if (verb == QLatin1String("elections"))
        return runElections(context);
    if (verb == QLatin1String("create"))
        return createCampaign(context);
    if (verb == QLatin1String("next") || verb == QLatin1String("record") || verb == QLatin1String("progress")
        || verb == QLatin1String("rollback"))
        return runCalling(verb, context);

    QCommandLineParser parser;
    const FilterOptions filterOptions;
    if (verb == QLatin1String("build")) {
        parser.addOptions(filterOptions.all());
    } else if (verb == QLatin1String("assign")) {
        parser.addOptions({{QStringLiteral("to"),
                               Context::tr("Volunteers to split the list among by count, such as "
                                           "amina,bilal."),
                               Context::tr("names")},
            {QStringLiteral("by-language"),
                Context::tr("A volunteer and the languages they call in, such as amina=ar,en; repeat per "
                            "volunteer."),
                Context::tr("name=languages")}});
    } else if (verb == QLatin1String("release")) {
        parser.addOption(
            {QStringLiteral("volunteer"), Context::tr("Take back only this volunteer's share."), Context::tr("name")});
    } else if (verb == QLatin1String("export")) {
        parser.addOptions({{QStringLiteral("out"), Context::tr("The CSV file to write."), Context::tr("file")},
            {QStringLiteral("list"), Context::tr("Write the list to call or walk instead of the results.")},
            {QStringLiteral("volunteer"), Context::tr("With --list: only this volunteer's share."),
                Context::tr("name")}});
    } else if (verb != QLatin1String("list") && verb != QLatin1String("show") && verb != QLatin1String("entries")
        && verb != QLatin1String("close")) {
        return usage(Context::tr("unknown command \"campaigns %1\"; use elections, create, list, show, build, entries, "
                                 "assign, release, next, record, progress, rollback, close or export.")
                         .arg(verb));
    }
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;
    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    Database &db = **database;
    if (verb == QLatin1String("list"))
        return listCampaigns(context, db);

    auto campaign = campaignNamed(db, parser.positionalArguments());
    if (!campaign)
        return parser.positionalArguments().isEmpty() ? usage(campaign.error().message) : fail(campaign.error());
    if (verb == QLatin1String("show"))
        return showCampaign(context, db, campaign.value());
    if (verb == QLatin1String("build"))
        return buildList(context, db, campaign.value(), parser, filterOptions);
    if (verb == QLatin1String("entries"))
        return listEntries(context, db, campaign.value());
    if (verb == QLatin1String("assign"))
        return assignList(context, db, campaign.value(), parser);
    if (verb == QLatin1String("export"))
        return exportCampaign(context, db, campaign.value(), parser);
    if (verb == QLatin1String("release")) {
        const QString volunteer = parser.value(QStringLiteral("volunteer")).trimmed();
        auto released = CallList(db).unassign(campaign->id, volunteer);
        if (!released)
            return fail(released.error());
        context.print(QJsonObject {{QStringLiteral("released"), released.value()}},
            {volunteer.isEmpty()
                    ? Context::tr("Took back %n person(s) from every volunteer.", nullptr, released.value())
                    : Context::tr("Took back %n person(s) from %1.", nullptr, released.value()).arg(volunteer)});
        return Ok;
    }
    // close
    if (auto s = CampaignRepository(db).setClosed(campaign->id, true); !s)
        return fail(s.error());
    context.print(QJsonObject {{QStringLiteral("closed"), true}, {QStringLiteral("id"), campaign->id}},
        {Context::tr("Closed %1: it takes no more results, and its assignments have ended.").arg(campaign->name)});
    return Ok;
}

} // namespace majlis::cli
