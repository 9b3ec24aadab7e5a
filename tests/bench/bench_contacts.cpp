// Contacts at scale: generates a workspace of 100,000 contacts, then prints how long it takes to
// open it to the first page of the list, the latency of search as a user types, how that search
// compares with the bare FTS5 query in the sqlite3 shell on the same file, and peak memory.
//
//   bench_contacts [--contacts N] [--runs N] [--keep DIR]
// Targets (issue 2): open to first page < 300 ms, search p95 < 15 ms, in-app search within 2x of
// the sqlite3 shell.

#include "benchstats.h"
#include "contacts/contactdirectory.h"
#include "contacts/searchtext.h"
#include "demo/demodata.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

using namespace majlis;
using majlis::bench::peakMemoryMiB;
using majlis::bench::percentile;

namespace {

QTextStream out(stdout);

// The same MATCH run `runs` times by the sqlite3 shell with .timer on; returns per-run ms.
QList<double> shellTimes(const QString &file, const QString &match, int runs)
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        return {};
    QString script = QStringLiteral(".timer on\n");
    QString literal = match;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    for (int i = 0; i < runs; ++i)
        script += QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM contact_search WHERE contact_search MATCH '%1');\n").arg(literal);
    QProcess shell;
    shell.start(sqlite3, {QStringLiteral("-readonly"), file});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(120000);
    QList<double> times;
    // "real" is printed in whole milliseconds; user + sys have microseconds, and for a query on a
    // file in the page cache they are its time.
    static const QRegularExpression runTime(QStringLiteral("Run Time: real [0-9.]+ user ([0-9.]+) sys ([0-9.]+)"));
    auto it = runTime.globalMatch(QString::fromUtf8(shell.readAll()));
    while (it.hasNext()) {
        const auto match = it.next();
        times.append((match.captured(1).toDouble() + match.captured(2).toDouble()) * 1000.0);
    }
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("contacts"), QStringLiteral("Contacts to generate."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per search prefix."),
                                        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Write the workspace here and keep it."),
                                        QStringLiteral("dir"));
    parser.addOptions({countOption, runsOption, keepOption});
    // With --keep, an existing workspace of the same size is reused rather than generated again.
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir temp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
    QDir().mkpath(dir);
    const QString file = QDir(dir).filePath(QStringLiteral("bench-%1.majlis").arg(count));
    QElapsedTimer timer;
    if (!parser.isSet(keepOption) || !QFileInfo::exists(file)) {
        QFile::remove(file);
        timer.start();
        auto db = Database::open(file);
        if (!db) {
            out << "cannot create workspace: " << db.error().message << '\n';
            return 1;
        }
        auto added = DemoData::populate(**db, count, 42);
        if (!added) {
            out << "cannot generate contacts: " << added.error().message << '\n';
            return 1;
        }
        const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        out << QStringLiteral("generate   %1 contacts in %2 s (%3 contacts/s)\n")
                   .arg(*added).arg(seconds, 0, 'f', 1).arg(static_cast<double>(*added) / seconds, 0, 'f', 0);
    }
    out.flush();
    out << QStringLiteral("file       %1 MiB\n").arg(static_cast<double>(QFileInfo(file).size()) / 1048576.0, 0, 'f', 1);

    // Open to first page, as the window does it: open + checks + migrations, count, first page.
    QList<double> openTimes;
    for (int i = 0; i < 5; ++i) {
        timer.start();
        auto db = Database::open(file);
        ContactDirectory directory(**db);
        const auto total = directory.count({});
        const auto page = directory.page({}, 0, 200);
        openTimes.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!total || !page || page->size() != std::min(200, count)) {
            out << "first page failed\n";
            return 1;
        }
    }
    out << QStringLiteral("open       to first page: median %1 ms, worst %2 ms (target < 300 ms)\n")
               .arg(percentile(openTimes, 0.5), 0, 'f', 1)
               .arg(percentile(openTimes, 1.0), 0, 'f', 1);

    auto db = Database::open(file);
    ContactDirectory directory(**db);
    // What people type, a keystroke at a time: Latin, Arabic script, an email, phone digits.
    const QStringList words = {QStringLiteral("mohammed"), QStringLiteral("fatima"), QStringLiteral("jose"),
                               QStringLiteral("siddiqui"), QString::fromUtf8("محمد"), QStringLiteral("hodzic"),
                               QStringLiteral("5550142"), QStringLiteral("volunteer")};
    QList<double> appAll;
    QList<double> shellAll;
    out << QStringLiteral("search     prefix        matches   app p50/p95 ms   shell p50 ms   ratio\n");
    for (const QString &word : words) {
        for (int length = 1; length <= word.size(); ++length) {
            const QString prefix = word.left(length);
            ContactQuery query;
            query.search = prefix;
            QList<double> times;
            int matches = 0;
            for (int r = 0; r < runs; ++r) {
                timer.start();
                const auto total = directory.count(query);
                const auto page = directory.page(query, 0, 200, total ? *total : -1);
                times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                matches = total ? *total : -1;
                (void)page;
            }
            const QList<double> shell = shellTimes(file, searchtext::matchExpression(prefix), runs);
            appAll += times;
            shellAll += shell;
            const double shellMedian = percentile(shell, 0.5);
            out << QStringLiteral("           %1 %2 %3 / %4   %5   %6\n")
                       .arg(prefix, -12)
                       .arg(matches, 8)
                       .arg(percentile(times, 0.5), 8, 'f', 2)
                       .arg(percentile(times, 0.95), 6, 'f', 2)
                       .arg(shell.isEmpty() ? QStringLiteral("n/a") : QString::number(shellMedian, 'f', 2), 12)
                       .arg(shellMedian > 0 ? QString::number(percentile(times, 0.5) / shellMedian, 'f', 2)
                                            : QStringLiteral("n/a"), 6);
        }
    }
    const double appP50 = percentile(appAll, 0.5);
    const double shellP50 = percentile(shellAll, 0.5);
    out << QStringLiteral("search     all prefixes: app p50 %1 ms, p95 %2 ms (target p95 < 15 ms)\n")
               .arg(appP50, 0, 'f', 2)
               .arg(percentile(appAll, 0.95), 0, 'f', 2);
    out << QStringLiteral("shell      all prefixes: sqlite3 p50 %1 ms, p95 %2 ms; app/shell p50 ratio %3 (target < 2)\n")
               .arg(shellP50, 0, 'f', 2)
               .arg(percentile(shellAll, 0.95), 0, 'f', 2)
               .arg(shellP50 > 0 ? QString::number(appP50 / shellP50, 'f', 2) : QStringLiteral("n/a"));
    out << QStringLiteral("memory     peak RSS %1 MiB\n").arg(peakMemoryMiB(), 0, 'f', 1);
    return 0;
}
