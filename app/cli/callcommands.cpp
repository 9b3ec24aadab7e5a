#include "campaigncli.h"

#include "campaigns/callsession.h"
#include "campaigns/campaignprogress.h"
#include "contacts/contactdirectory.h"
#include "storage/database.h"
#include "sync/serversettings.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>

#include <limits>
#include <tuple>

namespace majlis::cli {

namespace {

// Who is calling: --caller, else the user this workspace syncs as, since that is the name the
// organizer assigns people to and the server leases them under.
Result<QString> callerName(Database &db, const QCommandLineParser &parser)
{
    const QString given = parser.value(QStringLiteral("caller")).trimmed();
    if (!given.isEmpty())
        return given;
    const sync::ServerSettings settings = sync::ServerSettings::load(db);
    if (!settings.url.isEmpty() && !settings.user.trimmed().isEmpty())
        return settings.user.trimmed();
    return Error {Error::Code::InvalidInput,
        Context::tr("Say who is calling with --caller NAME: this workspace syncs with no server, so there is "
                    "no user name to call as.")};
}

QStringList resultKeys()
{
    QStringList keys;
    for (ResultCode code : allResultCodes())
        keys << resultCodeKey(code);
    return keys;
}

// The survey's answers as the core stores them: a list of keys for a multiple-choice question
// ("issues=economy,housing" or --answer repeated), the text as typed for a free question, and
// one key for the others. Whether the keys are right is the core's check against the script.
Result<QJsonObject> answersFrom(const QStringList &given, const CampaignScript &script)
{
    QJsonObject answers;
    for (const QString &text : given) {
        const qsizetype equals = text.indexOf(u'=');
        const QString key = text.left(equals).trimmed();
        if (equals <= 0 || key.isEmpty())
            return Error {Error::Code::InvalidInput,
                Context::tr("--answer takes QUESTION=ANSWER, such as plan=yes (\"%1\" is not).").arg(text)};
        const QString value = text.mid(equals + 1);
        const ScriptQuestion *question = script.question(key);
        if (question && question->kind == ScriptQuestion::Kind::MultipleChoice) {
            QJsonArray chosen = answers.value(key).toArray();
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
                chosen.append(part.trimmed());
            answers.insert(key, chosen);
            continue;
        }
        if (answers.contains(key))
            return Error {Error::Code::InvalidInput,
                Context::tr("The question \"%1\" takes one answer, and was given two.").arg(key)};
        answers.insert(key, question && question->kind == ScriptQuestion::Kind::FreeText ? value : value.trimmed());
    }
    return answers;
}

// --from and --to: an ISO 8601 moment ("2026-11-01T14:00", with Z or an offset, else this
// computer's time), or a whole day.
std::optional<qint64> momentFrom(const QString &text, bool endOfDay)
{
    const QString trimmed = text.trimmed();
    const QDateTime moment = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (moment.isValid())
        return moment.toMSecsSinceEpoch();
    const QDate day = QDate::fromString(trimmed, Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return endOfDay ? day.endOfDay().toMSecsSinceEpoch() : day.startOfDay().toMSecsSinceEpoch();
}

QJsonObject cardJson(const CallCard &card, const QString &caller)
{
    return {{QStringLiteral("done"), false}, {QStringLiteral("caller"), caller},
        {QStringLiteral("contactId"), card.contactId}, {QStringLiteral("name"), card.name},
        {QStringLiteral("phone"), card.phone}, {QStringLiteral("phoneDisplay"), card.phoneDisplay},
        {QStringLiteral("phoneReadable"), card.phoneReadable},
        {QStringLiteral("languages"), QJsonArray::fromStringList(card.languages)},
        {QStringLiteral("street"), card.street}, {QStringLiteral("locality"), card.locality},
        {QStringLiteral("postalCode"), card.postalCode}, {QStringLiteral("attempts"), card.attempts},
        {QStringLiteral("lastResult"), card.lastResult}, {QStringLiteral("lastResultAt"), utcTime(card.lastResultAt)},
        {QStringLiteral("lastCampaign"), card.lastCampaign}, {QStringLiteral("remaining"), card.remaining}};
}

QStringList cardLines(const CallCard &card, const Campaign &campaign, const QString &caller)
{
    QStringList lines {QStringLiteral("%1 (%2)").arg(card.name, card.contactId.left(8))};
    if (!card.phone.isEmpty())
        lines << Context::tr("Phone: %1")
                     .arg(card.phoneReadable ? card.phoneDisplay
                                             : Context::tr("%1 (as typed; check it)").arg(card.phone));
    if (!card.languages.isEmpty())
        lines << Context::tr("Languages: %1").arg(card.languages.join(QStringLiteral(", ")));
    QStringList address;
    for (const QString &part : {card.street, card.locality, card.postalCode}) {
        if (!part.trimmed().isEmpty())
            address << part.trimmed();
    }
    if (!address.isEmpty())
        lines << Context::tr("Address: %1").arg(address.join(QStringLiteral(", ")));
    if (card.attempts > 0)
        lines << Context::tr("Tried %n time(s) before in this campaign.", nullptr, card.attempts);
    const auto last = resultCodeFromKey(card.lastResult);
    lines << (last ? Context::tr("Last contact: %1, %2 (%3)")
                         .arg(resultCodeName(*last), localTime(card.lastResultAt), card.lastCampaign)
                   : Context::tr("Last contact: never"));
    lines << Context::tr("Still to call: %1, this one included.").arg(card.remaining) << QString();
    if (!campaign.script.introduction.isEmpty())
        lines << QString(campaign.script.introduction).replace(QStringLiteral("{caller}"), caller);
    for (const ScriptQuestion &question : campaign.script.questions) {
        QStringList answers;
        for (const ScriptAnswer &answer : question.answers)
            answers << answer.key;
        lines << QStringLiteral("  %1: %2").arg(question.key, question.text);
        if (!answers.isEmpty())
            lines << QStringLiteral("    %1").arg(answers.join(
                question.kind == ScriptQuestion::Kind::MultipleChoice ? QStringLiteral(", ") : QStringLiteral(" | ")));
    }
    lines << QString()
          << Context::tr("Record it with: majlis-cli campaigns record %1 %2 --result CODE [--answer QUESTION=ANSWER]")
                 .arg(campaign.id.left(8), card.contactId.left(8));
    return lines;
}

int next(const Context &context, Database &db, const Campaign &campaign, const QCommandLineParser &parser)
{
    auto caller = callerName(db, parser);
    if (!caller)
        return fail(caller.error());
    auto skipping = ContactDirectory(db).resolveIds(parser.values(QStringLiteral("skip")));
    if (!skipping)
        return fail(skipping.error());
    auto card = CallSession(db, campaign.id, caller.value()).next(skipping.value());
    if (!card)
        return fail(card.error());
    if (!card->has_value()) {
        context.print(QJsonObject {{QStringLiteral("done"), true}, {QStringLiteral("caller"), caller.value()},
                          {QStringLiteral("remaining"), 0}},
            {Context::tr("Nobody is left for %1 to call on %2.").arg(caller.value(), campaign.name)});
        return Ok;
    }
    context.print(cardJson(**card, caller.value()), cardLines(**card, campaign, caller.value()));
    return Ok;
}

int record(const Context &context, Database &db, const Campaign &campaign, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(Context::tr("\"campaigns record\" needs the campaign and the person: campaigns record CAMPAIGN "
                                 "CONTACT --result CODE."));
    const QString key = parser.value(QStringLiteral("result")).trimmed().replace(u'-', u'_');
    const auto code = resultCodeFromKey(key);
    if (!code)
        return usage(Context::tr("--result is one of %1.").arg(resultKeys().join(QStringLiteral(", "))));
    auto caller = callerName(db, parser);
    if (!caller)
        return fail(caller.error());
    auto contactId = ContactDirectory(db).resolveId(positional.at(1));
    if (!contactId)
        return fail(contactId.error());
    auto answers = answersFrom(parser.values(QStringLiteral("answer")), campaign.script);
    if (!answers)
        return usage(answers.error().message);
    RecordOptions options;
    options.optOut = parser.value(QStringLiteral("opt-out")).trimmed();
    options.phone = parser.value(QStringLiteral("phone")).trimmed();
    if (auto s
        = CallSession(db, campaign.id, caller.value()).record(contactId.value(), *code, answers.value(), options);
        !s)
        return fail(s.error());
    context.print(QJsonObject {{QStringLiteral("recorded"), true}, {QStringLiteral("contactId"), contactId.value()},
                      {QStringLiteral("code"), resultCodeKey(*code)}, {QStringLiteral("caller"), caller.value()}},
        {Context::tr("Recorded \"%1\" for %2 by %3.").arg(resultCodeName(*code), contactId->left(8), caller.value())});
    return Ok;
}

int progress(const Context &context, Database &db, const Campaign &campaign)
{
    auto totals = CampaignProgress(db).totals(campaign.id);
    if (!totals)
        return fail(totals.error());
    const CampaignTotals &t = totals.value();
    const auto percent = [](double rate) { return QString::number(qRound(rate * 100)); };

    QJsonObject byCode;
    QStringList lines {campaign.name, Context::tr("On the list: %1; finished: %2").arg(t.listed).arg(t.finished),
        Context::tr("Attempts: %1; reached: %2 (%3%); pledges: %4; follow-ups: %5; opt-outs: %6")
            .arg(t.attempts)
            .arg(t.contacts)
            .arg(percent(t.contactRate()))
            .arg(t.pledges)
            .arg(t.followUps)
            .arg(t.optOuts)};
    for (auto it = t.byCode.cbegin(); it != t.byCode.cend(); ++it) {
        byCode.insert(it.key(), it.value());
        const auto code = resultCodeFromKey(it.key());
        lines << QStringLiteral("  %1: %2").arg(code ? resultCodeName(*code) : it.key()).arg(it.value());
    }

    QJsonArray callers;
    if (!t.callers.isEmpty())
        lines << Context::tr("Per volunteer:");
    for (const CallerProgress &c : t.callers) {
        callers.append(QJsonObject {{QStringLiteral("caller"), c.caller}, {QStringLiteral("attempts"), c.attempts},
            {QStringLiteral("contacts"), c.contacts}, {QStringLiteral("contactRate"), c.contactRate()},
            {QStringLiteral("pledges"), c.pledges}, {QStringLiteral("busiestMinute"), c.busiestMinute},
            {QStringLiteral("firstAt"), utcTime(c.firstAt)}, {QStringLiteral("lastAt"), utcTime(c.lastAt)},
            {QStringLiteral("flag"), c.flag}});
        lines << Context::tr("  %1: attempts %2, reached %3 (%4%), pledges %5, from %6 to %7")
                     .arg(c.caller)
                     .arg(c.attempts)
                     .arg(c.contacts)
                     .arg(percent(c.contactRate()))
                     .arg(c.pledges)
                     .arg(localTime(c.firstAt), localTime(c.lastAt));
        if (!c.flag.isEmpty())
            lines << Context::tr("    check: %1").arg(c.flag);
    }

    QJsonArray answers;
    if (!t.answers.isEmpty())
        lines << Context::tr("Answers:");
    for (const AnswerCount &a : t.answers) {
        answers.append(QJsonObject {{QStringLiteral("question"), a.question}, {QStringLiteral("answer"), a.answer},
            {QStringLiteral("count"), a.count}});
        lines << QStringLiteral("  %1 = %2: %3").arg(a.question, a.answer).arg(a.count);
    }

    QJsonArray days;
    if (!t.days.isEmpty())
        lines << Context::tr("Per day:");
    for (const DayProgress &d : t.days) {
        days.append(
            QJsonObject {{QStringLiteral("day"), d.day.toString(Qt::ISODate)}, {QStringLiteral("attempts"), d.attempts},
                {QStringLiteral("contacts"), d.contacts}, {QStringLiteral("pledges"), d.pledges}});
        lines << Context::tr("  %1: attempts %2, reached %3, pledges %4")
                     .arg(d.day.toString(Qt::ISODate))
                     .arg(d.attempts)
                     .arg(d.contacts)
                     .arg(d.pledges);
    }

    context.print(
        QJsonObject {{QStringLiteral("campaign"), campaign.id}, {QStringLiteral("listed"), t.listed},
            {QStringLiteral("finished"), t.finished}, {QStringLiteral("attempts"), t.attempts},
            {QStringLiteral("contacts"), t.contacts}, {QStringLiteral("contactRate"), t.contactRate()},
            {QStringLiteral("pledges"), t.pledges}, {QStringLiteral("followUps"), t.followUps},
            {QStringLiteral("optOuts"), t.optOuts}, {QStringLiteral("byCode"), byCode},
            {QStringLiteral("callers"), callers}, {QStringLiteral("answers"), answers}, {QStringLiteral("days"), days}},
        lines);
    return Ok;
}

int rollBack(const Context &context, Database &db, const Campaign &campaign, const QCommandLineParser &parser)
{
    const QString caller = parser.value(QStringLiteral("caller")).trimmed();
    if (caller.isEmpty())
        return usage(Context::tr("--caller names the volunteer whose results to withdraw."));
    qint64 from = 0;
    qint64 to = std::numeric_limits<qint64>::max();
    for (const auto &[name, moment, endOfDay] :
        {std::tuple {QStringLiteral("from"), &from, false}, std::tuple {QStringLiteral("to"), &to, true}}) {
        if (!parser.isSet(name))
            continue;
        const auto parsed = momentFrom(parser.value(name), endOfDay);
        if (!parsed)
            return usage(
                Context::tr("--%1 takes a time such as 2026-11-01T14:00 (this computer's time, or end it with Z "
                            "for UTC) or a day such as 2026-11-01.")
                    .arg(name));
        *moment = *parsed;
    }
    if (from > to)
        return usage(Context::tr("--from must come before --to."));
    auto withdrawn = CampaignProgress(db).rollBack(campaign.id, caller, from, to);
    if (!withdrawn)
        return fail(withdrawn.error());
    context.print(QJsonObject {{QStringLiteral("withdrawn"), withdrawn.value()}, {QStringLiteral("caller"), caller}},
        {Context::tr(
            "Withdrew %n result(s) by %1 from %2; those people can be called again.", nullptr, withdrawn.value())
                .arg(caller, campaign.name)});
    return Ok;
}

} // namespace

int runCalling(const QString &verb, const Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption caller(QStringLiteral("caller"),
        Context::tr("Who is calling (default: the user this workspace syncs as)."), Context::tr("name"));
    if (verb == QLatin1String("next")) {
        parser.addOptions({caller,
            {QStringLiteral("skip"), Context::tr("Pass over this person for now; repeatable."),
                Context::tr("contact")}});
    } else if (verb == QLatin1String("record")) {
        parser.addOptions({caller,
            {QStringLiteral("result"), Context::tr("What came of it: %1.").arg(resultKeys().join(QStringLiteral(", "))),
                Context::tr("code")},
            {QStringLiteral("answer"),
                Context::tr(
                    "QUESTION=ANSWER from the script; repeatable. Several answers to a multiple-choice question: "
                    "QUESTION=A,B."),
                Context::tr("answer")},
            {QStringLiteral("opt-out"), Context::tr("refused or hostile: the person is never contacted again."),
                Context::tr("reason")},
            {QStringLiteral("phone"),
                Context::tr("The number dialled, when not the card's (marked bad by "
                            "wrong_number or disconnected)."),
                Context::tr("number")}});
    } else if (verb == QLatin1String("rollback")) {
        parser.addOptions(
            {{QStringLiteral("caller"), Context::tr("The volunteer whose results to withdraw."), Context::tr("name")},
                {QStringLiteral("from"), Context::tr("Only results recorded from this time on."), Context::tr("time")},
                {QStringLiteral("to"), Context::tr("Only results recorded up to this time."), Context::tr("time")}});
    }
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;
    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    Database &db = **database;
    auto campaign = campaignNamed(db, parser.positionalArguments());
    if (!campaign)
        return parser.positionalArguments().isEmpty() ? usage(campaign.error().message) : fail(campaign.error());
    if (verb == QLatin1String("next"))
        return next(context, db, campaign.value(), parser);
    if (verb == QLatin1String("record"))
        return record(context, db, campaign.value(), parser);
    if (verb == QLatin1String("progress"))
        return progress(context, db, campaign.value());
    return rollBack(context, db, campaign.value(), parser);
}

} // namespace majlis::cli
