// A phone bank at scale: 100,000 contacts in the workspace, a list of 10,000 built from a tag,
// then volunteers working it. Prints the time to build the list, the time to hand a caller the
// next person and to save a result (p50, p95), each beside an anchor measured in the same run on
// the same connection through SQLite's own interface: the list's SELECT (alone, and with the
// list's inserts and the commit), the next person's SELECT, and a bare transaction that writes a
// result and updates the person's place on the list.
//
//   bench_campaigns [--contacts N] [--list N] [--calls N] [--keep DIR]
// Targets (issue 17): a list of 10,000 built in < 1 s; next person p95 < 15 ms; a result saved
// in < 10 ms p95.

#include "benchstats.h"
#include "campaigns/calllist.h"
#include "campaigns/callsession.h"
#include "campaigns/campaignrepository.h"
#include "contacts/contactrepository.h"
#include "demo/demodata.h"
#include "storage/database.h"
#include "storage/nativestatement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <sqlite3.h>

using namespace majlis;
using majlis::bench::percentile;

namespace {

const QString kTag = QStringLiteral("bench-phone-bank");

const QByteArray kScript = R"(introduction: "Hello, this is {caller} with the Dearborn chapter."
questions:
  - key: plan
    text: Do you plan to vote on 3 November?
    kind: yes_no
    answers:
      - {key: "yes", label: "Yes", action: pledge}
      - {key: "no", label: "No"}
  - key: issues
    text: Which issues matter most to you?
    kind: multiple
    answers:
      - {key: civil_rights, label: Civil rights, action: "tag:Civil rights"}
      - {key: economy, label: Economy}
  - key: registered
    text: Are you registered to vote at your current address?
    kind: single
    answers:
      - {key: "yes", label: "Yes"}
      - {key: not_sure, label: Not sure, action: follow_up}
)";

// The SELECT CallList runs for a phone bank filtered by one tag (calllist.cpp, matching()).
const char *const kListSelect
    = "SELECT c.id, c.locality, c.postal_code, c.street FROM contacts c WHERE +c.deleted = 0 AND c.do_not_contact = '' "
      "AND NOT EXISTS (SELECT 1 FROM campaign_targets t WHERE t.campaign_id = ?1 AND t.contact_id = c.id) "
      "AND EXISTS (SELECT 1 FROM contact_consents k WHERE k.contact_id = c.id AND k.channel = 'phone' "
      "AND k.granted = 1 AND k.deleted = 0) "
      "AND EXISTS (SELECT 1 FROM contact_phones p WHERE p.contact_id = c.id AND p.deleted = 0 AND p.bad = 0) "
      "AND c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags g ON g.id = ct.tag_id WHERE ct.deleted = 0 "
      "AND g.deleted = 0 AND g.name COLLATE NOCASE IN (?2)) "
      "ORDER BY c.sort_key, c.id";

const char *const kTargetInsert
    = "INSERT INTO campaign_targets (id, campaign_id, contact_id, position, created_at, updated_at, device_id) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?5, 'bench') ON CONFLICT (campaign_id, contact_id) DO NOTHING";

// The SELECT that finds a caller's next person (callsession.cpp, next()).
const char *const kNextSelect
    = "SELECT t.contact_id, t.attempts, c.languages, c.country, c.us_state, c.street, c.locality, c.postal_code "
      "FROM campaign_targets t JOIN contacts c ON c.id = t.contact_id "
      "WHERE t.campaign_id = ?1 AND t.deleted = 0 AND t.done = 0 AND (t.assignee = ?2 OR t.assignee = '') "
      "AND c.deleted = 0 AND c.do_not_contact = '' AND EXISTS (SELECT 1 FROM contact_phones p WHERE "
      "p.contact_id = c.id AND p.deleted = 0 AND p.bad = 0) ORDER BY t.attempts, t.position LIMIT 1";

// The rows a result must write at the least: the result, and the person's place on the list.
const char *const kResultInsert
    = "INSERT INTO campaign_results (id, campaign_id, contact_id, code, answers, caller, recorded_at, created_at, "
      "updated_at, device_id) VALUES (?1, ?2, ?3, 'contacted', '{\"plan\":\"no\"}', ?4, ?5, ?5, ?5, 'bench')";
const char *const kTargetUpdate
    = "UPDATE campaign_targets SET attempts = attempts + 1, done = 1, updated_at = ?3, device_id = 'bench' "
      "WHERE campaign_id = ?1 AND contact_id = ?2";

// SQLite's own interface on the app's connection: the same page cache and pragmas, so the
// anchors differ from the app only by what the app does around the statements.
class Raw
{
public:
    explicit Raw(Database &database)
        : m_db(nativeHandle(database.connection()))
    { }

    void exec(const char *sql) { sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }

    // Runs a statement with text parameters to its end; the rows it returned.
    int run(const char *sql, const QList<QByteArray> &values)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            QTextStream(stderr) << "anchor: " << sqlite3_errmsg(m_db) << '\n';
            return -1;
        }
        for (int i = 0; i < values.size(); ++i)
            sqlite3_bind_text(statement, i + 1, values.at(i).constData(), int(values.at(i).size()), SQLITE_TRANSIENT);
        int rows = 0;
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW)
            ++rows;
        if (step != SQLITE_DONE)
            QTextStream(stderr) << "anchor: " << sqlite3_errmsg(m_db) << '\n';
        sqlite3_finalize(statement);
        return rows;
    }

    // The whole build through SQLite's own interface: the SELECT, then one insert per person
    // and the commit, in one transaction. The number of people added.
    int build(const QByteArray &campaignId, const QByteArray &tag)
    {
        exec("BEGIN IMMEDIATE");
        sqlite3_stmt *select = nullptr;
        sqlite3_prepare_v2(m_db, kListSelect, -1, &select, nullptr);
        sqlite3_bind_text(select, 1, campaignId.constData(), int(campaignId.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(select, 2, tag.constData(), int(tag.size()), SQLITE_TRANSIENT);
        QList<QByteArray> ids;
        while (sqlite3_step(select) == SQLITE_ROW)
            ids << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(select, 0)));
        sqlite3_finalize(select);
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(m_db, kTargetInsert, -1, &insert, nullptr);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        int position = 0;
        for (const QByteArray &id : std::as_const(ids)) {
            const QByteArray rowId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            sqlite3_bind_text(insert, 1, rowId.constData(), int(rowId.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2, campaignId.constData(), int(campaignId.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 3, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int(insert, 4, ++position);
            sqlite3_bind_int64(insert, 5, now);
            if (sqlite3_step(insert) != SQLITE_DONE)
                QTextStream(stderr) << "anchor: " << sqlite3_errmsg(m_db) << '\n';
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        exec("COMMIT");
        return position;
    }

private:
    sqlite3 *m_db;
};

// What a volunteer records for the n-th call: about half reached, the rest the usual mix.
struct Outcome
{
    ResultCode code;
    QJsonObject answers;
    QString optOut;
};

Outcome outcomeFor(int n)
{
    switch (n % 10) {
    case 0:
    case 1:
        return {ResultCode::Contacted,
            {{QStringLiteral("plan"), QStringLiteral("yes")},
                {QStringLiteral("issues"), QJsonArray {QStringLiteral("civil_rights"), QStringLiteral("economy")}}},
            {}};
    case 2:
    case 3:
        return {ResultCode::Contacted,
            {{QStringLiteral("plan"), QStringLiteral("no")}, {QStringLiteral("registered"), QStringLiteral("yes")}},
            {}};
    case 4:
    case 5:
        return {ResultCode::NotHome, {}, {}};
    case 6:
        return {ResultCode::Busy, {}, {}};
    case 7:
        return {ResultCode::Refused, {}, QStringLiteral("refused")};
    case 8:
        return {ResultCode::Disconnected, {}, {}};
    default:
        return {ResultCode::LeftMessage, {}, {}};
    }
}

QString fixed(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption contactsOption(QStringLiteral("contacts"), QStringLiteral("Contacts in the workspace."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption listOption(QStringLiteral("list"), QStringLiteral("People the filter finds."),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption callsOption(QStringLiteral("calls"), QStringLiteral("Results to record and time."),
        QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Keep (and reuse) the generated contacts here."), QStringLiteral("dir"));
    parser.addOptions({contactsOption, listOption, callsOption, keepOption});
    parser.process(app);
    const int contacts = parser.value(contactsOption).toInt();
    const int listSize = parser.value(listOption).toInt();
    const int calls = parser.value(callsOption).toInt();

    QTemporaryDir temp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
    QDir().mkpath(dir);
    const QString file = QDir(dir).filePath(QStringLiteral("campaigns-%1-%2.majlis").arg(contacts).arg(listSize));
    const bool reuse = parser.isSet(keepOption) && QFileInfo::exists(file);
    auto opened = Database::open(file);
    if (!opened) {
        out << "cannot open workspace: " << opened.error().message << '\n';
        return 1;
    }
    Database &db = **opened;
    QElapsedTimer timer;
    if (!reuse) {
        timer.start();
        if (auto added = DemoData::populate(db, contacts, 42); !added) {
            out << "cannot generate contacts: " << added.error().message << '\n';
            return 1;
        }
        // The tag goes on `listSize` people a phone bank may call, spread over the whole workspace.
        QSqlQuery callable(db.connection());
        callable.exec(QStringLiteral(
            "SELECT c.id FROM contacts c WHERE EXISTS (SELECT 1 FROM contact_consents k WHERE k.contact_id = c.id "
            "AND k.channel = 'phone' AND k.granted = 1 AND k.deleted = 0) AND EXISTS (SELECT 1 FROM contact_phones p "
            "WHERE p.contact_id = c.id AND p.deleted = 0) ORDER BY c.id"));
        QStringList ids;
        while (callable.next())
            ids << callable.value(0).toString();
        QStringList chosen;
        const double step = double(ids.size()) / listSize;
        for (int i = 0; i < listSize && i * step < ids.size(); ++i)
            chosen << ids.at(qsizetype(i * step));
        if (auto tagged = ContactRepository(db).addTags(chosen, {kTag}); !tagged) {
            out << "cannot tag: " << tagged.error().message << '\n';
            return 1;
        }
        out << "generated " << contacts << " contacts (" << ids.size() << " callable, " << chosen.size()
            << " tagged) in " << timer.elapsed() / 1000.0 << " s\n";
    }

    auto script = CampaignScriptFormat::fromYaml(kScript);
    CampaignRepository campaigns(db);
    Election election;
    election.name = QStringLiteral("Bench election %1").arg(QDateTime::currentMSecsSinceEpoch());
    election.date = QDate(2026, 11, 3);
    const QString electionId = campaigns.createElection(election)->id;
    const auto newCampaign = [&](const QString &name) {
        Campaign c;
        c.name = name;
        c.kind = CampaignKind::Phone;
        c.electionId = electionId;
        c.script = script.value();
        return campaigns.create(c)->id;
    };

    // Building the list: the app's build (SELECT and the inserts) against the bare SELECT.
    ListFilter filter;
    filter.tags = {kTag};
    CallList list(db);
    Raw raw(db);
    QList<double> buildMs;
    QList<double> selectMs;
    QString campaignId;
    QString anchorCampaignId;
    int built = 0;
    QList<double> rawBuildMs;
    for (int run = 0; run < 3; ++run) {
        const QString id
            = newCampaign(QStringLiteral("Bench phone bank %1 %2").arg(run).arg(QDateTime::currentMSecsSinceEpoch()));
        const QString rawId
            = newCampaign(QStringLiteral("Anchor list %1 %2").arg(run).arg(QDateTime::currentMSecsSinceEpoch()));
        timer.restart();
        const int selected = raw.run(kListSelect, {id.toUtf8(), kTag.toUtf8()});
        selectMs << double(timer.nsecsElapsed()) / 1e6;
        // Which goes first alternates, so neither always finds the pages the other read.
        const auto rawBuild = [&] {
            timer.restart();
            raw.build(rawId.toUtf8(), kTag.toUtf8());
            rawBuildMs << double(timer.nsecsElapsed()) / 1e6;
        };
        if (run % 2 == 1)
            rawBuild();
        timer.restart();
        auto added = list.build(id, filter);
        buildMs << double(timer.nsecsElapsed()) / 1e6;
        if (run % 2 == 0)
            rawBuild();
        if (!added || added.value() != selected) {
            out << "build failed or disagrees with the SELECT: " << (added ? added.value() : -1) << " vs " << selected
                << '\n';
            return 1;
        }
        built = added.value();
        if (run == 0)
            campaignId = id;
        else if (run == 1)
            anchorCampaignId = id;
    }
    out << QStringLiteral("build list of %1 from a tag over %2 contacts: median %3 ms, max %4 ms over %5 runs "
                          "(target < 1000 ms); anchors: the bare SELECT median %6 ms, the SELECT with the same "
                          "inserts and commit median %7 ms\n")
               .arg(built)
               .arg(contacts)
               .arg(fixed(percentile(buildMs, 0.5)))
               .arg(fixed(percentile(buildMs, 1.0)))
               .arg(buildMs.size())
               .arg(fixed(percentile(selectMs, 0.5)))
               .arg(fixed(percentile(rawBuildMs, 0.5)));

    // Ten volunteers share the first list; each works a run of it.
    QStringList volunteers;
    for (int i = 0; i < 10; ++i)
        volunteers << QStringLiteral("volunteer%1").arg(i);
    if (!list.assignByCount(campaignId, volunteers)) {
        out << "cannot assign\n";
        return 1;
    }
    if (!list.assignByCount(anchorCampaignId, volunteers)) {
        out << "cannot assign\n";
        return 1;
    }

    QList<double> nextMs;
    QList<double> recordMs;
    QList<double> nextAnchorMs;
    QList<double> recordAnchorMs;
    QStringList anchorPeople;
    for (int n = 0; n < calls; ++n) {
        const QString volunteer = volunteers.at(n % volunteers.size());
        CallSession session(db, campaignId, volunteer);
        timer.restart();
        auto card = session.next();
        nextMs << double(timer.nsecsElapsed()) / 1e6;
        if (!card || !card->has_value()) {
            out << "nobody to call for " << volunteer << '\n';
            return 1;
        }
        const Outcome outcome = outcomeFor(n / volunteers.size());
        RecordOptions options;
        options.optOut = outcome.optOut;
        timer.restart();
        if (auto s = session.record((*card)->contactId, outcome.code, outcome.answers, options); !s) {
            out << "record failed: " << s.error().message << '\n';
            return 1;
        }
        recordMs << double(timer.nsecsElapsed()) / 1e6;

        // The anchors, on the second list so the first is not disturbed.
        timer.restart();
        raw.run(kNextSelect, {anchorCampaignId.toUtf8(), volunteer.toUtf8()});
        nextAnchorMs << double(timer.nsecsElapsed()) / 1e6;
        const QByteArray now = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        timer.restart();
        raw.exec("BEGIN IMMEDIATE");
        raw.run(kTargetUpdate, {anchorCampaignId.toUtf8(), (*card)->contactId.toUtf8(), now});
        raw.run(kResultInsert,
            {QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8(), anchorCampaignId.toUtf8(),
                (*card)->contactId.toUtf8(), volunteer.toUtf8(), now});
        raw.exec("COMMIT");
        recordAnchorMs << double(timer.nsecsElapsed()) / 1e6;
    }
    out << QStringLiteral("next person: p50 %1 ms, p95 %2 ms over %3 (target p95 < 15 ms); anchor: the bare SELECT "
                          "p50 %4 ms, p95 %5 ms\n")
               .arg(fixed(percentile(nextMs, 0.5)), fixed(percentile(nextMs, 0.95)))
               .arg(nextMs.size())
               .arg(fixed(percentile(nextAnchorMs, 0.5)), fixed(percentile(nextAnchorMs, 0.95)));
    out << QStringLiteral("result saved: p50 %1 ms, p95 %2 ms over %3 (target p95 < 10 ms); anchor: a bare "
                          "transaction writing the result and the list row p50 %4 ms, p95 %5 ms\n")
               .arg(fixed(percentile(recordMs, 0.5)), fixed(percentile(recordMs, 0.95)))
               .arg(recordMs.size())
               .arg(fixed(percentile(recordAnchorMs, 0.5)), fixed(percentile(recordAnchorMs, 0.95)));
    out << QStringLiteral("peak memory %1 MiB\n").arg(majlis::bench::peakMemoryMiB(), 0, 'f', 0);
    return 0;
}
