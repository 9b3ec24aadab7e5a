// Sync at scale, against the real majlis-server on loopback (plain HTTP, SQLite store), with
// laptops in this process reaching it through HttpTransport as the app does:
//   1. laptop A generates N contacts and pushes them (informative);
//   2. a fresh laptop B downloads all of them (target < 20 s);
//   3. A edits 1,000 of them and pushes; B's incremental sync is timed (target < 1 s);
//   4. C laptops, each on its own thread with its own workspace, edit or add a contact and sync,
//      again and again for S seconds: syncs/s, latency and errors (target: no errors), then one
//      more sync each, after which all of them must hold the same contacts.
//
//   bench_sync [--contacts N] [--changes N] [--clients N] [--seconds N] [--client-contacts N]
//              [--page-size N] [--server FILE] [--keep DIR] [--again DIR]
// --contacts 0 skips steps 1-3, --clients 0 skips step 4. --again reuses what --keep kept and
// times only step 2, with a new laptop each time, so a change to the pull can be measured in a
// minute rather than after the long push of step 1.
// Targets (issue 6): initial sync < 20 s on loopback, incremental < 1 s, zero errors under load.

#include "benchstats.h"
#include "contacts/chapter.h"
#include "contacts/contactdirectory.h"
#include "contacts/contactrepository.h"
#include "demo/demodata.h"
#include "storage/database.h"
#include "sync/httptransport.h"
#include "sync/syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <latch>
#include <memory>
#include <optional>
#include <vector>

using namespace majlis;
using majlis::bench::peakMemoryMiB;
using majlis::bench::percentile;
using Clock = std::chrono::steady_clock;

namespace {

QTextStream out(stdout); // the main thread's only: load clients report through ClientRun

const QString kPassword = QStringLiteral("a long enough bench password");
const QString kBenchUser = QStringLiteral("amina"); // steps 1-3: the demo chapters
const QString kLoadUser = QStringLiteral("load"); // step 4: one chapter of its own
const QString kLoadChapter = QStringLiteral("Load test");
constexpr int kTimeoutMs = 60000; // HttpTransport's default, as the app uses it

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

struct Ran
{
    int exitCode = -1;
    QString output;
};

Ran runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {-1, process.errorString()};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(10000);
        return {-1, QStringLiteral("%1 timed out").arg(program)};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAll()).trimmed()};
}

// The server database with two organizers: one in the demo chapters, one for the load test.
Status setUpServer(const QString &program, const QString &config)
{
    const QStringList conf {QStringLiteral("--config"), config};
    const Ran made = runProgram(program,
        QStringList {QStringLiteral("init"), QStringLiteral("--organization"), QStringLiteral("Bench")} + conf);
    if (made.exitCode != 0)
        return Error {Error::Code::Io, made.output};
    const auto addUser = [&](const QString &name, const QStringList &chapters) {
        QStringList arguments {QStringLiteral("adduser"), QStringLiteral("--name"), name, QStringLiteral("--role"),
            QStringLiteral("organizer")};
        for (const QString &chapter : chapters)
            arguments << QStringLiteral("--chapter") << chapter;
        return runProgram(program, arguments + conf, kPassword.toUtf8() + '\n');
    };
    QStringList demoChapters;
    for (const Chapter &chapter : DemoData::chapters())
        demoChapters.append(chapter.name);
    for (const Ran &added : {addUser(kBenchUser, demoChapters), addUser(kLoadUser, {kLoadChapter})}) {
        if (added.exitCode != 0)
            return Error {Error::Code::Io, added.output};
    }
    return success();
}

// `majlis-server run` on a free loopback port; its warnings go to a log file read at the end.
class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    Status start(const QString &program, const QString &config, const QString &log)
    {
        m_log = log;
        m_process.setStandardErrorFile(log);
        m_process.start(program,
            {QStringLiteral("run"), QStringLiteral("--config"), config, QStringLiteral("--port"), QStringLiteral("0")});
        if (!m_process.waitForStarted(10000))
            return Error {Error::Code::Io, m_process.errorString()};
        static const QRegularExpression listening(QStringLiteral("listening \\S+ (\\d+)"));
        QString output;
        while (!listening.match(output).hasMatch()) {
            if (!m_process.waitForReadyRead(10000))
                return Error {
                    Error::Code::Io, QStringLiteral("majlis-server did not start: %1").arg(logLines().join(u' '))};
            output += QString::fromUtf8(m_process.readAllStandardOutput());
        }
        m_port = quint16(listening.match(output).captured(1).toUInt());
        return success();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }

    // VmHWM: the most memory the server has held resident so far; 0 where there is no /proc.
    double peakMemoryMiB() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
        const auto match = hwm.match(QString::fromLatin1(status.readAll()));
        return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : 0;
    }

    QStringList logLines() const
    {
        QFile file(m_log);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

private:
    QProcess m_process;
    QString m_log;
    quint16 m_port = 0;
};

// One laptop: its workspace, its connection to the server and its login.
struct Laptop
{
    std::unique_ptr<Database> database;
    std::unique_ptr<sync::HttpTransport> transport;
    std::unique_ptr<sync::SyncClient> client;
    QByteArray token;
};

// Opens (or creates) the workspace and logs in, which also gives it the user's chapters.
Result<Laptop> openLaptop(const QString &file, const QUrl &server, const QString &user)
{
    auto database = Database::open(file);
    if (!database)
        return database.error();
    Laptop laptop;
    laptop.database = std::move(database).value();
    laptop.transport = std::make_unique<sync::HttpTransport>(server, sync::ServerTrust {}, kTimeoutMs);
    laptop.client = std::make_unique<sync::SyncClient>(*laptop.database, *laptop.transport);
    auto token = laptop.client->login(user, kPassword);
    if (!token)
        return token.error();
    laptop.token = token.value();
    return laptop;
}

QString editedNote(int i)
{
    return QStringLiteral("Bench edit %1: called about the advocacy day.").arg(i);
}

bool writeConfig(const QString &config, int pageSize)
{
    QFile file(config);
    // A cheap password hash: logins are not what this measures, and 52 of them at the
    // production cost would add a minute before the load test.
    return file.open(QIODevice::WriteOnly)
        && file.write(QStringLiteral("[server]\ndatabase=server.sqlite\nlisten=127.0.0.1\n[limits]\npage_size=%1\n"
                                     "[security]\nkdf_iterations=1000\n")
                          .arg(pageSize)
                          .toUtf8())
        >= 0;
}

// Step 2: a fresh laptop logs in and downloads everything. expected < 0: not known beforehand.
std::optional<Laptop> initialSync(const QUrl &server, const QString &file, int expected)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = openLaptop(file, server, kBenchUser);
    const double loginMs = msSince(timer);
    if (!opened) {
        out << "ERROR      laptop B cannot log in: " << opened.error().message << '\n';
        return std::nullopt;
    }
    Laptop b = std::move(opened).value();
    timer.start();
    const auto initial = b.client->sync(b.token);
    const double initialSeconds = msSince(timer) / 1000;
    if (!initial) {
        out << "ERROR      laptop B's initial sync failed: " << initial.error().message << '\n';
        return std::nullopt;
    }
    const auto held = ContactDirectory(*b.database).count({});
    const int contacts = held ? int(*held) : -1;
    out << QStringLiteral("initial    B received %1 contacts (%2 rows) in %3 s: %4 contacts/s, %5 rows/s "
                          "(target < 20 s; login before it %6 ms)\n")
               .arg(contacts)
               .arg(initial->pulled)
               .arg(fixed(initialSeconds, 2))
               .arg(fixed(contacts / initialSeconds, 0))
               .arg(fixed(initial->pulled / initialSeconds, 0))
               .arg(fixed(loginMs, 0));
    if (expected >= 0 && contacts != expected)
        out << QStringLiteral("ERROR      B holds %1 contacts, A %2\n").arg(contacts).arg(expected);
    out.flush();
    return b;
}

// Steps 1-3. False when a step failed so badly that the next ones mean nothing.
bool benchOneWorkspace(const QUrl &server, const QDir &dir, int count, int changes)
{
    QElapsedTimer timer;
    auto openedA = openLaptop(dir.filePath(QStringLiteral("laptop-a.majlis")), server, kBenchUser);
    if (!openedA) {
        out << "ERROR      laptop A cannot log in: " << openedA.error().message << '\n';
        return false;
    }
    Laptop a = std::move(openedA).value();
    timer.start();
    // After login, so the demo chapters are found by name and carry the server's ids.
    const auto seeded = DemoData::populate(*a.database, count, 42);
    if (!seeded) {
        out << "ERROR      cannot generate contacts: " << seeded.error().message << '\n';
        return false;
    }
    out << QStringLiteral("seed       %1 contacts in laptop A in %2 s\n")
               .arg(*seeded)
               .arg(fixed(msSince(timer) / 1000));
    out.flush();

    // The pull that follows brings A's own rows back; the last push step marks where it starts.
    double pushMs = 0;
    timer.start();
    const auto first = a.client->sync(a.token, [&](const sync::SyncProgress &progress) {
        if (progress.phase == sync::SyncProgress::Phase::Pushing)
            pushMs = msSince(timer);
        return true;
    });
    const double firstMs = msSince(timer);
    if (!first) {
        out << "ERROR      laptop A's first push failed: " << first.error().message << '\n';
        return false;
    }
    out << QStringLiteral("push       A sent %1 changes in %2 s (%3 contacts/s); with its own rows pulled back, %4 s\n")
               .arg(first->pushed)
               .arg(fixed(pushMs / 1000))
               .arg(fixed(*seeded / (pushMs / 1000), 0))
               .arg(fixed(firstMs / 1000));
    if (first->refused > 0)
        out << QStringLiteral("ERROR      the server refused %1 of A's changes\n").arg(first->refused);
    out.flush();

    auto initialB = initialSync(server, dir.filePath(QStringLiteral("laptop-b.majlis")), *seeded);
    if (!initialB)
        return false;
    Laptop b = std::move(*initialB);

    ContactRepository contactsA(*a.database);
    const auto page = ContactDirectory(*a.database).page({}, 0, changes);
    QStringList ids;
    for (const ContactRow &row : page ? page.value() : QList<ContactRow>())
        ids.append(row.id);
    int editErrors = 0;
    timer.start();
    for (int i = 0; i < ids.size(); ++i) {
        auto contact = contactsA.get(ids.at(i));
        if (!contact) {
            ++editErrors;
            continue;
        }
        Contact edited = std::move(contact).value();
        edited.notes = editedNote(i);
        if (!contactsA.update(edited))
            ++editErrors;
    }
    out << QStringLiteral("edit       %1 contacts in A in %2 ms\n").arg(ids.size()).arg(fixed(msSince(timer), 0));
    if (editErrors > 0)
        out << QStringLiteral("ERROR      %1 edits failed\n").arg(editErrors);

    timer.start();
    const auto pushed = a.client->sync(a.token, [&](const sync::SyncProgress &progress) {
        if (progress.phase == sync::SyncProgress::Phase::Pushing)
            pushMs = msSince(timer);
        return true;
    });
    const double pushedMs = msSince(timer);
    if (!pushed) {
        out << "ERROR      laptop A's push of the edits failed: " << pushed.error().message << '\n';
        return false;
    }
    out << QStringLiteral("push       A sent %1 changes in %2 ms; with its own rows pulled back, %3 ms\n")
               .arg(pushed->pushed)
               .arg(fixed(pushMs, 0))
               .arg(fixed(pushedMs, 0));
    if (pushed->refused > 0)
        out << QStringLiteral("ERROR      the server refused %1 of A's changes\n").arg(pushed->refused);

    timer.start();
    const auto incremental = b.client->sync(b.token);
    const double incrementalMs = msSince(timer);
    if (!incremental) {
        out << "ERROR      laptop B's incremental sync failed: " << incremental.error().message << '\n';
        return false;
    }
    out << QStringLiteral("incremental B received %1 rows for %2 edited contacts in %3 ms (target < 1000 ms)\n")
               .arg(incremental->pulled)
               .arg(ids.size())
               .arg(fixed(incrementalMs, 0));
    QHash<QString, QString> notes;
    if (const auto received = ContactRepository(*b.database).getMany(ids)) {
        for (const Contact &contact : *received)
            notes.insert(contact.id, contact.notes);
    }
    int missing = 0;
    for (int i = 0; i < ids.size(); ++i) {
        if (notes.value(ids.at(i)) != editedNote(i))
            ++missing;
    }
    if (missing > 0)
        out << QStringLiteral("ERROR      %1 of the %2 edits are not on B\n").arg(missing).arg(ids.size());
    out.flush();
    return true;
}

struct LoadPlan
{
    QUrl server;
    QString directory;
    int seedContacts = 20;
};

// What one load client saw: written only by its thread, read once the thread has finished.
struct ClientRun
{
    QList<double> latenciesMs; // the successful syncs of the timed loop
    QHash<QString, int> errors; // message -> how often
    double warmUpMs = 0;
    double loopSeconds = 0;
    int failedSyncs = 0;
    int edits = 0;
    int adds = 0;
    int pushed = 0;
    int pulled = 0;
    int conflicts = 0;
    int created = 0; // contacts this client added, seeds included
    int finalCount = -1; // contacts it holds after the last sync; -1 when it could not tell
    bool ready = false;
};

// The load clients set up at their own pace, start the timed loop together, and sync once more
// only when every one of them has stopped changing things.
struct LoadGate
{
    explicit LoadGate(int clients)
        : ready(clients)
        , looped(clients)
    { }
    std::latch ready;
    std::latch go {1};
    std::latch looped;
    Clock::time_point deadline; // set before go opens
};

void runClient(const LoadPlan &plan, int index, ClientRun &run, LoadGate &gate)
{
    const auto fail = [&](const QString &step, const Error &error) {
        run.errors[step + QStringLiteral(": ") + error.message] += 1;
    };
    // Everything is made on this thread: a QSqlDatabase connection and a QNetworkAccessManager
    // serve only the thread that made them.
    std::optional<Laptop> laptop;
    QString chapterId;
    QStringList own;
    const QList<Contact> pool = DemoData::contacts(100, 9000 + quint32(index), {});
    const auto addContact = [&] {
        Contact contact = pool.at(run.created % pool.size());
        contact.chapterId = chapterId;
        // The pool repeats; a unique email keeps each added contact a different person.
        contact.emails
            = {{QStringLiteral("home"), QStringLiteral("load%1.%2@example.org").arg(index).arg(run.created)}};
        auto added = ContactRepository(*laptop->database).create(contact);
        if (!added) {
            fail(QStringLiteral("add"), added.error());
            return false;
        }
        own.append(added->id);
        ++run.created;
        return true;
    };

    auto opened = openLaptop(
        QDir(plan.directory).filePath(QStringLiteral("load-%1.majlis").arg(index)), plan.server, kLoadUser);
    if (!opened)
        fail(QStringLiteral("login"), opened.error());
    else
        laptop = std::move(opened).value();
    if (laptop) {
        if (const auto chapter = ChapterRepository(*laptop->database).findByName(kLoadChapter))
            chapterId = chapter->id;
        else
            fail(QStringLiteral("chapter"), chapter.error());
    }
    if (!chapterId.isEmpty()) {
        while (run.created < plan.seedContacts && addContact()) { }
        QElapsedTimer timer;
        timer.start();
        const auto synced = laptop->client->sync(laptop->token);
        run.warmUpMs = msSince(timer);
        if (synced)
            run.ready = !own.isEmpty();
        else
            fail(QStringLiteral("first sync"), synced.error());
    }
    gate.ready.count_down();
    gate.go.wait();

    QRandomGenerator rng(4242 + quint32(index));
    const Clock::time_point started = Clock::now();
    while (run.ready && Clock::now() < gate.deadline) {
        // Mostly edits of its own contacts, one add in five, like a day of data entry.
        if (rng.bounded(5) == 0) {
            if (addContact())
                ++run.adds;
        } else {
            ContactRepository contacts(*laptop->database);
            auto contact = contacts.get(own.at(int(rng.bounded(quint32(own.size())))));
            if (!contact) {
                fail(QStringLiteral("edit"), contact.error());
            } else {
                Contact edited = std::move(contact).value();
                edited.notes = QStringLiteral("Load edit %1 by client %2.").arg(run.edits).arg(index);
                if (const auto saved = contacts.update(edited))
                    ++run.edits;
                else
                    fail(QStringLiteral("edit"), saved.error());
            }
        }
        QElapsedTimer timer;
        timer.start();
        const auto synced = laptop->client->sync(laptop->token);
        if (!synced) {
            ++run.failedSyncs;
            fail(QStringLiteral("sync"), synced.error());
            QThread::msleep(100); // a failing server answers fast: do not spin
            continue;
        }
        run.latenciesMs.append(msSince(timer));
        run.pushed += synced->pushed;
        run.pulled += synced->pulled;
        run.conflicts += synced->conflicts;
        if (synced->refused > 0)
            run.errors[QStringLiteral("push: the server refused a change (see sync_refusals)")] += synced->refused;
    }
    run.loopSeconds = std::chrono::duration<double>(Clock::now() - started).count();
    gate.looped.arrive_and_wait();

    if (run.ready) {
        if (const auto synced = laptop->client->sync(laptop->token); !synced)
            fail(QStringLiteral("last sync"), synced.error());
        const auto count = ContactDirectory(*laptop->database).count({});
        run.finalCount = count ? *count : -1;
    }
}

// Step 4.
void benchLoad(const LoadPlan &plan, int clients, int seconds)
{
    std::vector<ClientRun> runs(std::size_t(clients), ClientRun {});
    LoadGate gate(clients);
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < clients; ++i) {
        ClientRun &run = runs[std::size_t(i)];
        threads.emplace_back(QThread::create([&plan, &run, &gate, i] { runClient(plan, i, run, gate); }));
        threads.back()->start();
    }
    gate.ready.wait();
    const double setupSeconds = msSince(timer) / 1000;
    gate.deadline = Clock::now() + std::chrono::seconds(seconds);
    gate.go.count_down();
    for (const auto &thread : threads)
        thread->wait();

    QList<double> latencies;
    QList<double> warmUps;
    QHash<QString, int> errors;
    int ready = 0, failed = 0, edits = 0, adds = 0, pushed = 0, pulled = 0, conflicts = 0, created = 0;
    double loopSeconds = 0;
    for (const ClientRun &run : runs) {
        latencies += run.latenciesMs;
        warmUps.append(run.warmUpMs);
        for (auto it = run.errors.begin(); it != run.errors.end(); ++it)
            errors[it.key()] += it.value();
        ready += run.ready ? 1 : 0;
        failed += run.failedSyncs;
        edits += run.edits;
        adds += run.adds;
        pushed += run.pushed;
        pulled += run.pulled;
        conflicts += run.conflicts;
        created += run.created;
        loopSeconds = std::max(loopSeconds, run.loopSeconds);
    }
    int errorCount = 0;
    for (const int times : std::as_const(errors))
        errorCount += times;

    out << QStringLiteral(
        "load       %1 of %2 clients ready in %3 s (%4 contacts each; first sync p50 %5 ms, worst %6 ms)\n")
               .arg(ready)
               .arg(clients)
               .arg(fixed(setupSeconds))
               .arg(plan.seedContacts)
               .arg(fixed(percentile(warmUps, 0.5), 0))
               .arg(fixed(percentile(warmUps, 1.0), 0));
    out << QStringLiteral("load       %1 syncs in %2 s: %3 syncs/s, %4 failed; %5 edits, %6 adds, %7 changes pushed, "
                          "%8 rows pulled, %9 conflicts\n")
               .arg(latencies.size() + failed)
               .arg(fixed(loopSeconds))
               .arg(fixed(loopSeconds > 0 ? latencies.size() / loopSeconds : 0))
               .arg(failed)
               .arg(edits)
               .arg(adds)
               .arg(pushed)
               .arg(pulled)
               .arg(conflicts);
    out << QStringLiteral("load       sync latency p50 %1 ms, p95 %2 ms, p99 %3 ms, worst %4 ms\n")
               .arg(fixed(percentile(latencies, 0.5)))
               .arg(fixed(percentile(latencies, 0.95)))
               .arg(fixed(percentile(latencies, 0.99)))
               .arg(fixed(percentile(latencies, 1.0)));
    out << QStringLiteral("load       errors %1 (target 0)\n").arg(errorCount);
    QList<std::pair<int, QString>> distinct;
    for (auto it = errors.begin(); it != errors.end(); ++it)
        distinct.append({it.value(), it.key()});
    std::sort(distinct.begin(), distinct.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    for (qsizetype i = 0; i < std::min<qsizetype>(5, distinct.size()); ++i)
        out << QStringLiteral("ERROR      %1x %2\n").arg(distinct.at(i).first).arg(distinct.at(i).second);

    // Every client made its contacts in the one load chapter, so after the last sync each holds all.
    int converged = 0;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (runs[i].finalCount == created) {
            ++converged;
        } else if (runs[i].ready) {
            out << QStringLiteral("ERROR      client %1 holds %2 contacts after its last sync, expected %3\n")
                       .arg(i)
                       .arg(runs[i].finalCount)
                       .arg(created);
        }
    }
    out << QStringLiteral("converge   %1 of %2 clients hold all %3 contacts the clients made\n")
               .arg(converged)
               .arg(clients)
               .arg(created);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("contacts"),
        QStringLiteral("Contacts in the large workspace (0: skip it)."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption changesOption(QStringLiteral("changes"),
        QStringLiteral("Contacts edited for the incremental sync."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
        QStringLiteral("Concurrent clients in the load test (0: skip it)."), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Length of the load test."),
        QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption clientContactsOption(QStringLiteral("client-contacts"),
        QStringLiteral("Contacts each load client adds before the load test."), QStringLiteral("n"),
        QStringLiteral("20"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
        QStringLiteral("The server's limits/page_size."), QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("The majlis-server program."),
        QStringLiteral("file"), QStringLiteral(MAJLIS_SERVER_PATH));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
        QStringLiteral("Write the workspaces and server database here and keep them (an empty folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption againOption(QStringLiteral("again"),
        QStringLiteral("Time only a new laptop's initial sync from the server kept in this folder by --keep."),
        QStringLiteral("dir"));
    parser.addOptions({countOption, changesOption, clientsOption, secondsOption, clientContactsOption, pageSizeOption,
        serverOption, keepOption, againOption});
    parser.process(app);
    const int count = std::max(0, parser.value(countOption).toInt());
    const int changes = std::clamp(parser.value(changesOption).toInt(), 1, std::max(1, count));
    const int clients = std::max(0, parser.value(clientsOption).toInt());
    const int seconds = std::max(1, parser.value(secondsOption).toInt());
    const int clientContacts = std::max(1, parser.value(clientContactsOption).toInt());
    const int pageSize = parser.value(pageSizeOption).toInt();

    const bool again = parser.isSet(againOption);
    QTemporaryDir temp;
    const QDir dir(again                     ? parser.value(againOption)
                   : parser.isSet(keepOption) ? parser.value(keepOption)
                                              : temp.path());
    const QString config = dir.filePath(QStringLiteral("server.conf"));
    const QString program = parser.value(serverOption);
    if (again) {
        if (!QFile::exists(config)) {
            out << "ERROR      " << dir.path() << " holds no server kept by --keep\n";
            return 1;
        }
    } else {
        if (!QDir().mkpath(dir.path()) || !dir.isEmpty()) {
            out << "ERROR      " << dir.path() << " must be an empty folder\n";
            return 1;
        }
        if (!writeConfig(config, pageSize)) {
            out << "ERROR      cannot write " << config << '\n';
            return 1;
        }
        if (auto s = setUpServer(program, config); !s) {
            out << "ERROR      cannot set up the server: " << s.error().message << '\n';
            return 1;
        }
    }
    ServerProcess server;
    if (auto s = server.start(program, config, dir.filePath(QStringLiteral("server.log"))); !s) {
        out << "ERROR      cannot start the server: " << s.error().message << '\n';
        return 1;
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    out << QStringLiteral("server     %1, plain HTTP on loopback, SQLite store in %2, page size %3\n")
               .arg(url.toString(), dir.path(), again ? QStringLiteral("as kept") : parser.value(pageSizeOption));
    out.flush();

    bool ok = true;
    if (again) {
        const QString file = dir.filePath(QStringLiteral("laptop-again.majlis"));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(file + QLatin1String(suffix));
        ok = initialSync(url, file, -1).has_value();
    } else if (count > 0) {
        ok = benchOneWorkspace(url, dir, count, changes);
    }
    if (ok && clients > 0 && !again)
        benchLoad({url, dir.path(), clientContacts}, clients, seconds);

    out << QStringLiteral("memory     peak RSS: bench %1 MiB, server %2 MiB\n")
               .arg(fixed(peakMemoryMiB()))
               .arg(fixed(server.peakMemoryMiB()));
    server.stop();
    const QStringList log = server.logLines();
    out << QStringLiteral("server     %1 lines in its log\n").arg(log.size());
    for (qsizetype i = 0; i < std::min<qsizetype>(5, log.size()); ++i)
        out << "           " << log.at(i) << '\n';
    return ok ? 0 : 1;
}
