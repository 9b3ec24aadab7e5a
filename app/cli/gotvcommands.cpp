#include "campaigncli.h"

#include "campaigns/campaignrepository.h"
#include "campaigns/turnout.h"
#include "contacts/contactdirectory.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace majlis::cli {

namespace {

QString districtName(const QString &district)
{
    return district.isEmpty() ? Context::tr("(district unknown)") : district;
}

int summary(const Context &context, Database &db, const Election &election)
{
    auto totals = Turnout(db).summary(election.id);
    if (!totals)
        return fail(totals.error());
    const TurnoutSummary &s = totals.value();
    QJsonArray districts;
    QStringList lines {election.name,
        Context::tr("Pledged: %1; of them voted: %2; everyone marked voted: %3")
            .arg(s.pledged)
            .arg(s.pledgedVoted)
            .arg(s.voted)};
    for (const DistrictTurnout &d : s.districts) {
        districts.append(QJsonObject {{QStringLiteral("district"), d.district}, {QStringLiteral("pledged"), d.pledged},
            {QStringLiteral("voted"), d.voted}});
        lines << Context::tr("  %1: %2 of %3 pledged have voted")
                     .arg(districtName(d.district))
                     .arg(d.voted)
                     .arg(d.pledged);
    }
    context.print(QJsonObject {{QStringLiteral("election"), election.id}, {QStringLiteral("pledged"), s.pledged},
                      {QStringLiteral("voted"), s.voted}, {QStringLiteral("pledgedVoted"), s.pledgedVoted},
                      {QStringLiteral("districts"), districts}},
        lines);
    return Ok;
}

int chase(const Context &context, Database &db, const Election &election)
{
    auto rows = Turnout(db).chaseList(election.id);
    if (!rows)
        return fail(rows.error());
    QJsonArray array;
    QStringList lines;
    QString district;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const TurnoutRow &row = rows->at(i);
        array.append(QJsonObject {{QStringLiteral("contactId"), row.contactId}, {QStringLiteral("name"), row.name},
            {QStringLiteral("district"), row.district}, {QStringLiteral("phone"), row.phone}});
        if (i == 0 || row.district != district)
            lines << districtName(row.district);
        district = row.district;
        lines << QStringLiteral("  %1\t%2\t%3").arg(row.contactId.left(8), row.name, row.phone);
    }
    if (lines.isEmpty())
        lines
            << Context::tr("Everyone who pledged to vote in %1 has voted (or nobody pledged yet).").arg(election.name);
    context.print(array, lines);
    return Ok;
}

int voted(const Context &context, Database &db, const Election &election, const QStringList &contacts, bool undo)
{
    if (contacts.isEmpty())
        return usage(Context::tr("Name the people who voted, by contact id: gotv voted ELECTION ID..."));
    auto ids = ContactDirectory(db).resolveIds(contacts);
    if (!ids)
        return fail(ids.error());
    if (auto s = Turnout(db).markVoted(election.id, ids.value(), !undo); !s)
        return fail(s.error());
    const int count = int(ids->size());
    context.print(QJsonObject {{QStringLiteral("marked"), count}, {QStringLiteral("voted"), !undo}},
        {undo ? Context::tr("Took back the vote of %n person(s) in %1.", nullptr, count).arg(election.name)
              : Context::tr("Marked %n person(s) as having voted in %1.", nullptr, count).arg(election.name)});
    return Ok;
}

} // namespace

int runGotv(const QString &verb, const Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption undo(
        QStringLiteral("undo"), Context::tr("Take the mark back: they have not voted after all."));
    if (verb == QLatin1String("voted"))
        parser.addOption(undo);
    else if (verb != QLatin1String("summary") && verb != QLatin1String("chase"))
        return usage(Context::tr("unknown command \"gotv %1\"; use summary, chase or voted.").arg(verb));
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(Context::tr("Name the election, by the id \"campaigns elections list\" shows or by its name."));
    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    Database &db = **database;
    auto election = CampaignRepository(db).findElection(positional.takeFirst());
    if (!election)
        return fail(election.error());
    if (verb == QLatin1String("summary"))
        return summary(context, db, election.value());
    if (verb == QLatin1String("chase"))
        return chase(context, db, election.value());
    return voted(context, db, election.value(), positional, parser.isSet(undo));
}

} // namespace majlis::cli
