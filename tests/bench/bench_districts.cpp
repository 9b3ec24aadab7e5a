// Districts from postcodes at scale: how fast a ZIP is looked up (the first call of the process
// and later ones), and how long filling the House districts of 100,000 contacts with U.S. ZIP
// codes takes, then filling them again (nothing left to change).
//
//   bench_districts [--contacts N] [--runs N] [--keep DIR]
// Targets (issue 16): a look-up < 5 ms, the first included; a fill of 100,000 contacts < 5 s.
// With --keep, the generated workspace is kept and reused; each fill runs on a fresh copy of it.

#include "benchstats.h"
#include "demo/demodata.h"
#include "legislatures/districtfill.h"
#include "legislatures/postcodelookup.h"
#include "legislatures/zipdistricts.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace majlis;
using majlis::bench::peakMemoryMiB;
using majlis::bench::percentile;

namespace {

QTextStream out(stdout);

// Every ZIP of the bundled file, in file order.
QStringList bundledZips()
{
    QStringList zips;
    const QList<QByteArray> lines = zipdistricts::bundledBytes().toByteArray().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).split(',');
        if (fields.size() == 4 && (zips.isEmpty() || zips.last() != QString::fromLatin1(fields.at(2))))
            zips.append(QString::fromLatin1(fields.at(2)));
    }
    return zips;
}

// Demo contacts given the file's ZIP codes in turn (some as ZIP+4), their state and district
// cleared so the fill has them all to find.
bool generate(const QString &file, int count, const QStringList &zips)
{
    auto db = Database::open(file);
    if (!db || !DemoData::populate(**db, count, 42)) {
        out << "cannot generate the workspace\n";
        return false;
    }
    QSqlDatabase connection = (*db)->connection();
    connection.transaction();
    QSqlQuery ids(connection);
    ids.exec(QStringLiteral("SELECT id FROM contacts"));
    QStringList all;
    while (ids.next())
        all.append(ids.value(0).toString());
    QSqlQuery update(connection);
    update.prepare(QStringLiteral("UPDATE contacts SET postal_code = ?, country = 'US', us_state = '', district = NULL "
                                  "WHERE id = ?"));
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString &zip = zips.at((i * 7919) % zips.size());
        update.addBindValue(i % 3 == 0 ? zip + QStringLiteral("-0001") : zip);
        update.addBindValue(all.at(i));
        update.exec();
    }
    return connection.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("contacts"), QStringLiteral("Contacts to fill."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Look-ups to time."), QStringLiteral("n"),
                                        QStringLiteral("500"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Write the workspace here and keep it."),
                                        QStringLiteral("dir"));
    parser.addOptions({countOption, runsOption, keepOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (!zipdistricts::bundled()) {
        out << "this build has no ZIP file (MAJLIS_DISTRICT_FILE); nothing to measure\n";
        return 1;
    }

    QTemporaryDir temp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
    QDir().mkpath(dir);
    const QString file = QDir(dir).filePath(QStringLiteral("bench-districts-%1.majlis").arg(count));
    QElapsedTimer timer;

    // The first look-up of the process, as a user's first one: nothing read or built before it.
    const QString fillCopy = QDir(temp.path()).filePath(QStringLiteral("fill.majlis"));
    {
        auto db = Database::open(QDir(temp.path()).filePath(QStringLiteral("lookup.majlis")));
        if (!db) {
            out << "cannot create workspace: " << db.error().message << '\n';
            return 1;
        }
        PostcodeLookup lookup(**db);
        timer.start();
        const auto first = lookup.lookup(QStringLiteral("48126"));
        const double cold = double(timer.nsecsElapsed()) / 1e6;
        out << QStringLiteral("lookup     first call of the process: %1 ms, %2 candidates (target < 5 ms)\n")
                   .arg(cold, 0, 'f', 3)
                   .arg(first ? first->candidates.size() : -1);

        const QStringList zips = bundledZips();
        QList<double> varied;
        QList<double> same;
        for (int i = 0; i < runs; ++i) {
            const QString &zip = zips.at((qsizetype(i) * 104729) % zips.size());
            timer.start();
            (void)lookup.lookup(zip);
            varied.append(double(timer.nsecsElapsed()) / 1e6);
            timer.start();
            (void)lookup.lookup(QStringLiteral("48126"));
            same.append(double(timer.nsecsElapsed()) / 1e6);
        }
        out << QStringLiteral("lookup     %1 different ZIPs: p50 %2 ms, p95 %3 ms, worst %4 ms (target < 5 ms)\n")
                   .arg(runs)
                   .arg(percentile(varied, 0.5), 0, 'f', 3)
                   .arg(percentile(varied, 0.95), 0, 'f', 3)
                   .arg(percentile(varied, 1.0), 0, 'f', 3);
        out << QStringLiteral("lookup     one ZIP again (warm): p50 %1 ms, p95 %2 ms (target < 5 ms)\n")
                   .arg(percentile(same, 0.5), 0, 'f', 3)
                   .arg(percentile(same, 0.95), 0, 'f', 3);
        out.flush();

        if (!parser.isSet(keepOption) || !QFileInfo::exists(file)) {
            QFile::remove(file);
            timer.start();
            if (!generate(file, count, zips))
                return 1;
            out << QStringLiteral("generate   %1 contacts with U.S. ZIP codes in %2 s\n")
                       .arg(count)
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
        }
    }
    QFile::remove(fillCopy);
    if (!QFile::copy(file, fillCopy)) {
        out << "cannot copy the workspace\n";
        return 1;
    }

    auto db = Database::open(fillCopy);
    if (!db) {
        out << "cannot open workspace: " << db.error().message << '\n';
        return 1;
    }
    DistrictFill fill(**db);
    for (const bool again : {false, true}) {
        timer.start();
        auto report = fill.fill({}, bodies::congressId());
        const double seconds = double(timer.elapsed()) / 1000.0;
        if (!report) {
            out << "fill failed: " << report.error().message << '\n';
            return 1;
        }
        out << QStringLiteral("fill%1 %2 contacts in %3 s (target < 5 s): %4 filled, %5 already, %6 ambiguous, %7 unknown\n")
                   .arg(again ? QStringLiteral(" again") : QStringLiteral("      "))
                   .arg(report->contacts)
                   .arg(seconds, 0, 'f', 2)
                   .arg(report->filled)
                   .arg(report->alreadyFilled)
                   .arg(report->ambiguous.size())
                   .arg(report->unknownPostcode.size());
        out.flush();
    }
    out << QStringLiteral("memory     peak RSS %1 MiB\n").arg(peakMemoryMiB(), 0, 'f', 1);
    return 0;
}
