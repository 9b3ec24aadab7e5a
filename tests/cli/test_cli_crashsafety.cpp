// Crash safety: majlis-cli killed with SIGKILL at random moments of a large import, many times,
// and a disk that fills up in the middle of one. After each, the workspace passes SQLite's
// integrity check and the import is wholly there or wholly absent.

#include "cli/clirunner.h"
#include "contacts/contactimport.h"
#include "contacts/contactcolumns.h"
#include "io/csv.h"
#include "storage/database.h"
#include "support/catchqt.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

#include <random>

using namespace majlis;
using namespace majlis::test;

namespace {

QByteArray spreadsheet(int rows, const QString &batch)
{
    QByteArray csv = "First name,Last name,Email,Phone\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("Person%1,%2,%2.p%1@example.org,+1 617 555 %3\n")
                   .arg(i)
                   .arg(batch)
                   .arg(1000 + i % 9000, 4, 10, QLatin1Char('0'))
                   .toUtf8();
    return csv;
}

struct State
{
    QString integrity;
    int contacts = 0;
};

State stateOf(const QString &path)
{
    auto db = Database::open(path);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    State state;
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    state.integrity = q.value(0).toString();
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0")));
    REQUIRE(q.next());
    state.contacts = q.value(0).toInt();
    return state;
}

} // namespace

TEST_CASE("majlis-cli killed at random moments of an import leaves it wholly there or wholly absent", "[cli][crash]")
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws.majlis"));
    REQUIRE(cli(dir, {QStringLiteral("init")}).exitCode == 0);
    constexpr int kRows = 1500;
    std::mt19937 random(2026);
    int before = 0;
    int killedMidWork = 0;
    for (int round = 0; round < 8; ++round) {
        INFO("round " << round);
        const QString file = dir.filePath(QStringLiteral("batch%1.csv").arg(round));
        QFile csv(file);
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write(spreadsheet(kRows, QStringLiteral("Batch%1").arg(round)));
        csv.close();

        auto import = startCli(dir, {QStringLiteral("import"), QStringLiteral("csv"), file});
        QThread::msleep(std::uniform_int_distribution<int>(100, 2500)(random));
        killedMidWork += int(import->state() == QProcess::Running);
        import->kill();
        REQUIRE(import->waitForFinished(10000));

        const State after = stateOf(workspace);
        CHECK(after.integrity == u"ok");
        CHECK((after.contacts == before || after.contacts == before + kRows));
        before = after.contacts;
    }
    CHECK(killedMidWork >= 2); // the kills did land in the middle of imports
}

TEST_CASE("A disk that fills up during an import leaves the workspace as it was", "[crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.majlis"));
    auto db = Database::open(path);
    REQUIRE(db);
    auto small = CsvTable::parse(spreadsheet(20, QStringLiteral("First")));
    REQUIRE(small);
    ContactImport::Options options;
    options.mapping = guessContactFields(small->header());
    auto plan = ContactImport::plan(**db, small.value(), options);
    REQUIRE(plan);
    REQUIRE(ContactImport::run(**db, plan.value()));

    // SQLite's page limit stands in for a full disk: the next pages cannot be written.
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(q.next());
    const int pages = q.value(0).toInt();
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8)));

    auto large = CsvTable::parse(spreadsheet(3000, QStringLiteral("Second")));
    REQUIRE(large);
    auto bigPlan = ContactImport::plan(**db, large.value(), options);
    REQUIRE(bigPlan);
    auto result = ContactImport::run(**db, bigPlan.value());
    REQUIRE_FALSE(result);
    CHECK(result.error().message.contains(QStringLiteral("disk is full")));
    db = Error{Error::Code::NotFound, QString()}; // closes the workspace

    const State after = stateOf(path);
    CHECK(after.integrity == u"ok");
    CHECK(after.contacts == 20);
}

TEST_CASE("An import stopped at each named crash point is wholly there or wholly absent", "[cli][crash]")
{
    const auto [point, kept] = GENERATE(std::pair{"import.mid-batch", false}, std::pair{"import.before-commit", false},
                                        std::pair{"import.after-commit", true});
    INFO(point);
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws.majlis"));
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    const QString second = dir.filePath(QStringLiteral("second.csv"));
    {
        // Names, emails and phones the second file does not share, so nothing is merged.
        QFile csv(first);
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write("First name,Last name,Email\n");
        for (int i = 0; i < 20; ++i)
            csv.write(QStringLiteral("Earlier%1,Member,earlier%1@example.net\n").arg(i).toUtf8());
        QFile large(second);
        REQUIRE(large.open(QIODevice::WriteOnly));
        large.write(spreadsheet(1500, QStringLiteral("Second")));
    }
    REQUIRE(cli(dir, {QStringLiteral("import"), QStringLiteral("csv"), first}).exitCode == 0);

    CHECK(cli(dir, {QStringLiteral("import"), QStringLiteral("csv"), second}, {}, QString::fromLatin1(point)).exitCode == kCrashed);
    const State after = stateOf(workspace);
    CHECK(after.integrity == u"ok");
    CHECK(after.contacts == (kept ? 1520 : 20));
    auto db = Database::open(workspace);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    // Each contact with its email, and the change log holding exactly what was kept.
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM contact_emails), "
                                  "(SELECT count(*) FROM change_log WHERE table_name = 'contacts')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == after.contacts);
    CHECK(q.value(1).toInt() == after.contacts);
    db = Error{Error::Code::NotFound, QString()}; // closes the workspace
    if (!kept) { // the import can simply be run again
        REQUIRE(cli(dir, {QStringLiteral("import"), QStringLiteral("csv"), second}).exitCode == 0);
        CHECK(stateOf(workspace).contacts == 1520);
    }
}

TEST_CASE("A merge stopped at each named crash point is wholly done or not done at all", "[cli][crash]")
{
    const auto [point, merged] = GENERATE(std::pair{"merge.before-commit", false}, std::pair{"merge.after-commit", true});
    INFO(point);
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws.majlis"));
    const auto add = [&](const QStringList &options) {
        const Run added = cli(dir, QStringList{QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("add")} + options);
        REQUIRE(added.exitCode == 0);
        return added.json().object().value(QStringLiteral("id")).toString();
    };
    const QString keep = add({QStringLiteral("--given"), QStringLiteral("Fatima"), QStringLiteral("--family"), QStringLiteral("Zahra"),
                              QStringLiteral("--email"), QStringLiteral("fatima@example.org"), QStringLiteral("--tag"), QStringLiteral("donor")});
    const QString other = add({QStringLiteral("--given"), QStringLiteral("Fatimah"), QStringLiteral("--family"), QStringLiteral("Zahra"),
                               QStringLiteral("--email"), QStringLiteral("fz@work.example.org"), QStringLiteral("--phone"),
                               QStringLiteral("+1 313 555 0142"), QStringLiteral("--tag"), QStringLiteral("volunteer")});
    REQUIRE_FALSE(other.isEmpty());

    CHECK(cli(dir, {QStringLiteral("contacts"), QStringLiteral("merge"), keep, other}, {}, QString::fromLatin1(point)).exitCode == kCrashed);
    auto db = Database::open(workspace);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    const auto count = [&](const QString &sql) {
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"ok");
    // Every moved row is on one side or the other, never split between them.
    const QString onKept = QStringLiteral("SELECT count(*) FROM %1 WHERE contact_id = '%2' AND deleted = 0");
    CHECK(count(QStringLiteral("SELECT deleted FROM contacts WHERE id = '%1'").arg(other)) == (merged ? 1 : 0));
    CHECK(count(onKept.arg(QStringLiteral("contact_emails"), keep)) == (merged ? 2 : 1));
    CHECK(count(onKept.arg(QStringLiteral("contact_phones"), keep)) == (merged ? 1 : 0));
    CHECK(count(onKept.arg(QStringLiteral("contact_tags"), keep)) == (merged ? 2 : 1));
    CHECK(count(onKept.arg(QStringLiteral("contact_emails"), other)) == (merged ? 0 : 1));
}
