// A phone bank run end to end from the command line: 2,000 people from a tag, two volunteers,
// results of every kind, progress that adds up, the results CSV, and opt-outs kept off the next
// list.
//
// Seeding the 2,000 contacts goes through core (one transaction), and so does the bulk of the
// calling: a debug majlis-cli start costs about 50 ms, and working 2,000 people one next/record
// pair of processes at a time would take minutes. Each volunteer's first kCliCalls calls, and
// everything else the organizer does, go through the real majlis-cli; core then works the rest
// of both shares the same way (CallSession is what "campaigns next/record" call).

#include "campaigns/campaignfixture.h"
#include "clirunner.h"
#include "support/catchqt.h"

#include "campaigns/callsession.h"
#include "campaigns/campaignrepository.h"
#include "contacts/contactrepository.h"
#include "io/csv.h"
#include "storage/database.h"
#include "sync/serversettings.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <initializer_list>

using namespace majlis;
using majlis::test::cli;
using majlis::test::Run;

namespace {

constexpr int kPeople = 2000;
constexpr int kCliCalls = 24; // per volunteer
const QString kTag = QStringLiteral("November 2026");

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *word : list)
        out << QString::fromUtf8(word);
    return out;
}

// What a volunteer records for the n-th call of their sitting: about half reached, the rest the
// usual mix. People not reached are tried again later; a second try reaches some of them.
struct Outcome
{
    ResultCode code = ResultCode::Contacted;
    QJsonObject answers;
    QString optOut;
};

Outcome outcomeFor(int n, int attempts)
{
    if (attempts > 0)
        return {attempts == 1 && n % 2 == 0 ? ResultCode::Contacted : ResultCode::NotHome, {}, {}};
    switch (n % 10) {
    case 0:
    case 1:
        return {ResultCode::Contacted,
            {{QStringLiteral("plan"), QStringLiteral("yes")},
                {QStringLiteral("issues"), QJsonArray {QStringLiteral("civil_rights"), QStringLiteral("economy")}}},
            {}};
    case 2:
        return {ResultCode::Contacted,
            {{QStringLiteral("plan"), QStringLiteral("no")},
                {QStringLiteral("comment"), QStringLiteral("call after 5pm, please")}},
            {}};
    case 3:
        return {ResultCode::Contacted, {{QStringLiteral("registered"), QStringLiteral("not_sure")}}, {}};
    case 4:
    case 5:
        return {ResultCode::NotHome, {}, {}};
    case 6:
        return {ResultCode::Busy, {}, {}};
    case 7:
        return {ResultCode::Refused, {}, n % 20 == 7 ? QStringLiteral("refused") : QStringLiteral("hostile")};
    case 8:
        return {ResultCode::Disconnected, {}, {}};
    default:
        return {ResultCode::Refused, {}, {}}; // refused, but may be called by another campaign
    }
}

// The same outcome as majlis-cli options.
QStringList recordArguments(const Outcome &outcome)
{
    QStringList args {QStringLiteral("--result"), resultCodeKey(outcome.code)};
    for (auto it = outcome.answers.begin(); it != outcome.answers.end(); ++it) {
        QStringList values;
        for (const QJsonValue &v : it.value().isArray() ? it.value().toArray() : QJsonArray {it.value()})
            values << v.toString();
        args << QStringLiteral("--answer") << it.key() + u'=' + values.join(u',');
    }
    if (!outcome.optOut.isEmpty())
        args << QStringLiteral("--opt-out") << outcome.optOut;
    return args;
}

struct Tally
{
    QMap<QString, int> byCode; // code key -> results
    QMap<QString, int> attempts; // caller -> results
    QSet<QString> optedOut;
    QSet<QString> disconnected;

    void add(const QString &caller, const QString &contactId, const Outcome &outcome)
    {
        ++byCode[resultCodeKey(outcome.code)];
        ++attempts[caller];
        if (!outcome.optOut.isEmpty())
            optedOut.insert(contactId);
        if (outcome.code == ResultCode::Disconnected)
            disconnected.insert(contactId);
    }
};

QJsonObject json(const Run &run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.json().object();
}

} // namespace

TEST_CASE(
    "a phone bank of 2,000 is run from the command line by two volunteers, and its opt-outs stay off the next list",
    "[cli][campaigns]")
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws.majlis"));
    {
        auto db = Database::open(workspace);
        REQUIRE(db.ok());
        QList<Contact> people;
        const QStringList languages[] = {{QStringLiteral("ar")}, {QStringLiteral("ur"), QStringLiteral("en")}, {}};
        for (int i = 0; i < kPeople; ++i)
            people << test::callableContact(
                QStringLiteral("Person%1").arg(i), QStringLiteral("Family%1").arg(i % 97), i, {kTag}, languages[i % 3]);
        // Someone without the tag, who must never be called.
        people << test::callableContact(
            QStringLiteral("Outside"), QStringLiteral("List"), 9999, {QStringLiteral("Donors")});
        auto added = ContactRepository(**db).createMany(people);
        REQUIRE(added.ok());
        REQUIRE(added.value() == kPeople + 1);
    }
    const QString scriptPath = dir.filePath(QStringLiteral("script.yaml"));
    {
        QFile script(scriptPath);
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write(test::sampleScriptYaml());
    }

    json(cli(dir,
        words({"--json", "campaigns", "elections", "add", "General election 2026", "--date", "2026-11-03",
            "--jurisdiction", "Michigan"})));
    const QJsonObject created = json(cli(dir,
        words({"--json", "campaigns", "create", "November phone bank", "--kind", "phone", "--election",
            "General election 2026", "--script"})
            << scriptPath));
    const QString campaign = created.value(QStringLiteral("id")).toString().left(8);
    CHECK(created.value(QStringLiteral("kind")).toString() == QStringLiteral("phone"));

    CHECK(json(cli(dir,
                   words({"--json", "campaigns", "build"})
                       << campaign << QStringLiteral("--tag") << kTag << QStringLiteral("--dry-run")))
              .value(QStringLiteral("wouldAdd"))
              .toInt()
        == kPeople);
    CHECK(json(cli(dir, words({"--json", "campaigns", "build"}) << campaign << QStringLiteral("--tag") << kTag))
              .value(QStringLiteral("added"))
              .toInt()
        == kPeople);
    // The list is a snapshot: building again adds nobody twice.
    CHECK(json(cli(dir, words({"--json", "campaigns", "build"}) << campaign << QStringLiteral("--tag") << kTag))
              .value(QStringLiteral("added"))
              .toInt()
        == 0);

    const QJsonObject assigned = json(cli(dir,
        words({"--json", "campaigns", "assign"})
            << campaign << QStringLiteral("--to") << QStringLiteral("amina,bilal")));
    CHECK(assigned.value(QStringLiteral("assigned")).toInt() == kPeople);
    CHECK(
        assigned.value(QStringLiteral("volunteers")).toObject().value(QStringLiteral("amina")).toInt() == kPeople / 2);
    CHECK(
        assigned.value(QStringLiteral("volunteers")).toObject().value(QStringLiteral("bilal")).toInt() == kPeople / 2);

    QHash<QString, QString> assignee; // contact id -> volunteer
    for (const QJsonValue &entry : cli(dir, words({"--json", "campaigns", "entries"}) << campaign).json().array())
        assignee.insert(entry[QStringLiteral("contactId")].toString(), entry[QStringLiteral("assignee")].toString());
    REQUIRE(assignee.size() == kPeople);

    // Each volunteer's first calls through majlis-cli, as a script driving it would make them.
    Tally tally;
    QHash<QString, int> sitting; // volunteer -> calls made
    for (const QString &volunteer : {QStringLiteral("amina"), QStringLiteral("bilal")}) {
        for (int n = 0; n < kCliCalls; ++n) {
            const QJsonObject card = json(cli(
                dir, words({"--json", "campaigns", "next"}) << campaign << QStringLiteral("--caller") << volunteer));
            REQUIRE_FALSE(card.value(QStringLiteral("done")).toBool());
            const QString contactId = card.value(QStringLiteral("contactId")).toString();
            CHECK(assignee.value(contactId) == volunteer);
            CHECK(card.value(QStringLiteral("phoneDisplay")).toString().startsWith(QStringLiteral("(313) 555-")));
            const Outcome outcome = outcomeFor(n, card.value(QStringLiteral("attempts")).toInt());
            const Run recorded = cli(dir,
                words({"campaigns", "record"}) << campaign << contactId.left(8) << QStringLiteral("--caller")
                                               << volunteer << recordArguments(outcome));
            INFO(recorded.err.toStdString());
            REQUIRE(recorded.exitCode == 0);
            tally.add(volunteer, contactId, outcome);
        }
        sitting[volunteer] = kCliCalls;
    }

    // The rest of both shares through core, each volunteer until nobody is left for them.
    {
        auto db = Database::open(workspace);
        REQUIRE(db.ok());
        auto campaignRow = CampaignRepository(**db).find(campaign);
        REQUIRE(campaignRow.ok());
        for (const QString &volunteer : {QStringLiteral("amina"), QStringLiteral("bilal")}) {
            CallSession session(**db, campaignRow->id, volunteer);
            for (int n = sitting.value(volunteer);; ++n) {
                auto card = session.next();
                REQUIRE(card.ok());
                if (!card->has_value())
                    break;
                REQUIRE(assignee.value((*card)->contactId) == volunteer);
                const Outcome outcome = outcomeFor(n, (*card)->attempts);
                RecordOptions options;
                options.optOut = outcome.optOut;
                REQUIRE(session.record((*card)->contactId, outcome.code, outcome.answers, options).ok());
                tally.add(volunteer, (*card)->contactId, outcome);
            }
        }

        // Nobody was called by both volunteers, and nobody twice except to try again someone not
        // reached, at most three times.
        QSqlQuery results((*db)->connection());
        REQUIRE(results.exec(QStringLiteral("SELECT contact_id, caller, code FROM campaign_results WHERE deleted = 0 "
                                            "ORDER BY contact_id, recorded_at, rowid")));
        QHash<QString, QStringList> codesOf;
        QHash<QString, QSet<QString>> callersOf;
        while (results.next()) {
            codesOf[results.value(0).toString()] << results.value(2).toString();
            callersOf[results.value(0).toString()].insert(results.value(1).toString());
        }
        CHECK(codesOf.size() == kPeople);
        int retried = 0;
        for (auto it = codesOf.cbegin(); it != codesOf.cend(); ++it) {
            INFO(it.key().toStdString() << ": " << it.value().join(u' ').toStdString());
            REQUIRE(callersOf.value(it.key()).size() == 1);
            REQUIRE(it.value().size() <= CallSession::kMaxAttempts);
            for (qsizetype i = 0; i + 1 < it.value().size(); ++i)
                REQUIRE_FALSE(isFinal(*resultCodeFromKey(it.value().at(i))));
            retried += it.value().size() > 1 ? 1 : 0;
        }
        CHECK(retried > 0);
    }
    CHECK(json(cli(dir,
                   words({"--json", "campaigns", "next"})
                       << campaign << QStringLiteral("--caller") << QStringLiteral("amina")))
              .value(QStringLiteral("done"))
              .toBool());

    // Progress adds up, and says what was recorded.
    const QJsonObject progress = json(cli(dir, words({"--json", "campaigns", "progress"}) << campaign));
    const int attempts = progress.value(QStringLiteral("attempts")).toInt();
    CHECK(progress.value(QStringLiteral("listed")).toInt() == kPeople);
    CHECK(progress.value(QStringLiteral("finished")).toInt() == kPeople);
    CHECK(attempts == tally.attempts.value(QStringLiteral("amina")) + tally.attempts.value(QStringLiteral("bilal")));
    int perCaller = 0;
    int contactsPerCaller = 0;
    for (const QJsonValue &caller : progress.value(QStringLiteral("callers")).toArray()) {
        CHECK(caller[QStringLiteral("attempts")].toInt()
            == tally.attempts.value(caller[QStringLiteral("caller")].toString()));
        perCaller += caller[QStringLiteral("attempts")].toInt();
        contactsPerCaller += caller[QStringLiteral("contacts")].toInt();
    }
    CHECK(perCaller == attempts);
    const QJsonObject byCode = progress.value(QStringLiteral("byCode")).toObject();
    int coded = 0;
    for (auto it = byCode.begin(); it != byCode.end(); ++it) {
        CHECK(it.value().toInt() == tally.byCode.value(it.key()));
        coded += it.value().toInt();
    }
    CHECK(coded == attempts);
    CHECK(byCode.keys().size() == tally.byCode.size());
    CHECK(progress.value(QStringLiteral("contacts")).toInt() == tally.byCode.value(QStringLiteral("contacted")));
    CHECK(contactsPerCaller == progress.value(QStringLiteral("contacts")).toInt());
    CHECK(progress.value(QStringLiteral("optOuts")).toInt() == tally.optedOut.size());
    int pledgeAnswers = 0;
    for (const QJsonValue &answer : progress.value(QStringLiteral("answers")).toArray()) {
        if (answer[QStringLiteral("question")].toString() == QStringLiteral("plan")
            && answer[QStringLiteral("answer")].toString() == QStringLiteral("yes"))
            pledgeAnswers = answer[QStringLiteral("count")].toInt();
    }
    CHECK(pledgeAnswers > 0);
    CHECK(progress.value(QStringLiteral("pledges")).toInt() == pledgeAnswers);

    // The results CSV holds every attempt.
    const QString csvPath = dir.filePath(QStringLiteral("results.csv"));
    CHECK(json(cli(dir, words({"--json", "campaigns", "export"}) << campaign << QStringLiteral("--out") << csvPath))
              .value(QStringLiteral("rows"))
              .toInt()
        == attempts);
    QFile csvFile(csvPath);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    auto table = CsvTable::parse(csvFile.readAll());
    REQUIRE(table.ok());
    REQUIRE(table->rowCount() == attempts);
    QMap<QString, int> csvCodes;
    int withComment = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        ++csvCodes[table->value(row, QStringLiteral("Result"))];
        withComment += table->value(row, QStringLiteral("comment")) == QStringLiteral("call after 5pm, please") ? 1 : 0;
    }
    CHECK(csvCodes == tally.byCode);
    CHECK(withComment > 0);

    // A second phone bank from the same tag leaves out everyone who opted out, and everyone whose
    // only number was found disconnected.
    const QString second
        = json(cli(dir,
                   words({"--json", "campaigns", "create", "December phone bank", "--kind", "phone", "--script"})
                       << scriptPath))
              .value(QStringLiteral("id"))
              .toString()
              .left(8);
    const int expected = kPeople - int((tally.optedOut | tally.disconnected).size());
    REQUIRE(tally.optedOut.size() > 0);
    CHECK(json(cli(dir, words({"--json", "campaigns", "build"}) << second << QStringLiteral("--tag") << kTag))
              .value(QStringLiteral("added"))
              .toInt()
        == expected);
    const QJsonArray secondList = cli(dir, words({"--json", "campaigns", "entries"}) << second).json().array();
    CHECK(secondList.size() == expected);
    for (const QJsonValue &entry : secondList)
        REQUIRE_FALSE(tally.optedOut.contains(entry[QStringLiteral("contactId")].toString()));
    const QString listPath = dir.filePath(QStringLiteral("list.csv"));
    CHECK(json(cli(dir,
                   words({"--json", "campaigns", "export"})
                       << second << QStringLiteral("--out") << listPath << QStringLiteral("--list")))
              .value(QStringLiteral("rows"))
              .toInt()
        == expected);
}

TEST_CASE("majlis-cli campaigns: who calls, what is refused, roll-back and get out the vote", "[cli][campaigns]")
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws.majlis"));
    QStringList ids;
    {
        auto db = Database::open(workspace);
        REQUIRE(db.ok());
        for (int i = 0; i < 4; ++i) {
            auto saved = ContactRepository(**db).create(test::callableContact(
                QStringLiteral("Caller%1").arg(i), QStringLiteral("Test"), 100 + i, {QStringLiteral("Bank")}));
            REQUIRE(saved.ok());
            ids << saved->id;
        }
    }
    const QString scriptPath = dir.filePath(QStringLiteral("script.yaml"));
    {
        QFile script(scriptPath);
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write(test::sampleScriptYaml());
    }
    json(cli(dir, words({"campaigns", "elections", "add", "City election", "--date", "2026-11-03"})));
    json(cli(dir,
        words({"--json", "campaigns", "create", "GOTV", "--kind", "gotv", "--election", "City election", "--script"})
            << scriptPath));
    json(cli(dir, words({"--json", "campaigns", "build", "GOTV", "--tag", "Bank"})));

    SECTION("the caller is --caller, else the user this workspace syncs as, else it says what to do")
    {
        const Run nobody = cli(dir, words({"campaigns", "next", "GOTV"}));
        CHECK(nobody.exitCode == 1);
        CHECK(nobody.err.contains(QStringLiteral("--caller")));
        {
            auto db = Database::open(workspace);
            REQUIRE(db.ok());
            sync::ServerSettings settings;
            settings.url = QUrl(QStringLiteral("https://sync.example.org"));
            settings.user = QStringLiteral("amina");
            REQUIRE(settings.save(**db).ok());
        }
        json(cli(dir, words({"campaigns", "assign", "GOTV", "--to", "amina,bilal"})));
        const QJsonObject card = json(cli(dir, words({"--json", "campaigns", "next", "GOTV"})));
        CHECK(card.value(QStringLiteral("caller")).toString() == QStringLiteral("amina"));
        CHECK(card.value(QStringLiteral("contactId")).toString() == ids.first());
        json(cli(dir,
            words({"campaigns", "record", "GOTV"})
                << ids.first().left(8) << QStringLiteral("--result") << QStringLiteral("busy")));
        const QJsonObject progress = json(cli(dir, words({"--json", "campaigns", "progress", "GOTV"})));
        REQUIRE(progress.value(QStringLiteral("callers")).toArray().size() == 1);
        CHECK(progress.value(QStringLiteral("callers")).toArray().first()[QStringLiteral("caller")].toString()
            == QStringLiteral("amina"));
    }
    SECTION("mistakes are refused with a message and a non-zero exit, and nothing is recorded")
    {
        const QString who = ids.first().left(8);
        const Run badCode = cli(dir,
            words({"campaigns", "record", "GOTV"}) << who << QStringLiteral("--caller") << QStringLiteral("amina")
                                                   << QStringLiteral("--result") << QStringLiteral("maybe"));
        CHECK(badCode.exitCode == 2);
        CHECK(badCode.err.contains(QStringLiteral("not_home")));
        const Run badAnswer = cli(dir,
            words({"campaigns", "record", "GOTV"})
                << who << QStringLiteral("--caller") << QStringLiteral("amina") << QStringLiteral("--result")
                << QStringLiteral("contacted") << QStringLiteral("--answer") << QStringLiteral("plan=perhaps"));
        CHECK(badAnswer.exitCode == 1);
        CHECK(badAnswer.err.contains(QStringLiteral("perhaps")));
        const Run stranger
            = cli(dir, words({"campaigns", "record", "GOTV", "0000", "--caller", "amina", "--result", "contacted"}));
        CHECK(stranger.exitCode == 1);
        const Run noCampaign = cli(dir, words({"campaigns", "progress", "Ramadan phone bank"}));
        CHECK(noCampaign.exitCode == 1);
        CHECK(noCampaign.err.contains(QStringLiteral("Ramadan phone bank")));
        const Run badFilter = cli(dir, words({"campaigns", "build", "GOTV", "--pledged"}));
        CHECK(badFilter.exitCode == 2);
        CHECK(
            json(cli(dir, words({"--json", "campaigns", "progress", "GOTV"}))).value(QStringLiteral("attempts")).toInt()
            == 0);

        json(cli(dir, words({"campaigns", "close", "GOTV"})));
        const Run closed = cli(dir,
            words({"campaigns", "record", "GOTV"}) << who << QStringLiteral("--caller") << QStringLiteral("amina")
                                                   << QStringLiteral("--result") << QStringLiteral("busy"));
        CHECK(closed.exitCode == 1);
        CHECK(closed.err.contains(QStringLiteral("closed")));
    }
    SECTION("an organizer rolls back a volunteer's results, and election day marks who voted")
    {
        const auto record = [&](int person, const QStringList &extra) {
            json(cli(dir,
                words({"campaigns", "record", "GOTV"})
                    << ids.at(person).left(8) << QStringLiteral("--caller") << QStringLiteral("zaid") << extra));
        };
        record(0, words({"--result", "contacted", "--answer", "plan=yes"}));
        record(1, words({"--result", "contacted", "--answer", "plan=yes", "--answer", "issues=economy"}));
        record(2, words({"--result", "refused", "--opt-out", "hostile"}));

        QJsonObject summary = json(cli(dir, words({"--json", "gotv", "summary", "City election"})));
        CHECK(summary.value(QStringLiteral("pledged")).toInt() == 2);
        CHECK(summary.value(QStringLiteral("voted")).toInt() == 0);
        json(cli(dir, words({"gotv", "voted", "City election"}) << ids.at(0).left(8)));
        summary = json(cli(dir, words({"--json", "gotv", "summary", "City election"})));
        CHECK(summary.value(QStringLiteral("pledgedVoted")).toInt() == 1);
        const QJsonArray chase = cli(dir, words({"--json", "gotv", "chase", "City election"})).json().array();
        REQUIRE(chase.size() == 1);
        CHECK(chase.first()[QStringLiteral("contactId")].toString() == ids.at(1));
        json(cli(dir, words({"gotv", "voted", "City election", "--undo"}) << ids.at(0).left(8)));
        CHECK(cli(dir, words({"--json", "gotv", "chase", "City election"})).json().array().size() == 2);

        // Someone else's results are not touched; zaid's go, with the pledges and opt-out they made.
        json(cli(dir,
            words({"campaigns", "record", "GOTV"})
                << ids.at(3).left(8) << QStringLiteral("--caller") << QStringLiteral("amina")
                << QStringLiteral("--result") << QStringLiteral("not_home")));
        const Run rolled = cli(dir,
            words({"--json", "campaigns", "rollback", "GOTV", "--caller", "zaid", "--from", "2000-01-01", "--to",
                "2999-12-31T23:59:59Z"}));
        CHECK(json(rolled).value(QStringLiteral("withdrawn")).toInt() == 3);
        const QJsonObject after = json(cli(dir, words({"--json", "campaigns", "progress", "GOTV"})));
        CHECK(after.value(QStringLiteral("attempts")).toInt() == 1);
        CHECK(after.value(QStringLiteral("optOuts")).toInt() == 0);
        CHECK(json(cli(dir, words({"--json", "gotv", "summary", "City election"})))
                  .value(QStringLiteral("pledged"))
                  .toInt()
            == 0);
        // Person 2 may be called again: the next list from the tag has all four.
        const QString again = json(
            cli(dir, words({"--json", "campaigns", "create", "Again", "--kind", "phone", "--script"}) << scriptPath))
                                  .value(QStringLiteral("id"))
                                  .toString();
        CHECK(json(cli(dir,
                       words({"--json", "campaigns", "build"})
                           << again << QStringLiteral("--tag") << QStringLiteral("Bank")))
                  .value(QStringLiteral("added"))
                  .toInt()
            == 4);
    }
}

TEST_CASE("the sample script the README walks through makes a campaign", "[cli][campaigns]")
{
    QTemporaryDir dir;
    const QString sample = QStringLiteral(MAJLIS_SOURCE_DIR "/resources/examples/phone-bank-script.yaml");
    const QJsonObject created = json(cli(
        dir, words({"--json", "campaigns", "create", "November phone bank", "--kind", "phone", "--script"}) << sample));
    const QJsonObject shown
        = json(cli(dir, words({"--json", "campaigns", "show"}) << created.value(QStringLiteral("id")).toString()));
    const QJsonArray questions
        = shown.value(QStringLiteral("script")).toObject().value(QStringLiteral("questions")).toArray();
    QStringList keys;
    for (const QJsonValue &question : questions)
        keys << question[QStringLiteral("key")].toString();
    CHECK(keys == words({"plan", "registered", "issues", "ride", "comment"}));
    CHECK(shown.value(QStringLiteral("counts")).toObject().value(QStringLiteral("listed")).toInt() == 0);
}
