// The Open States download (../shared/data/openstates, 7,000+ state legislators in 52 bodies)
// imported into an empty workspace, then again (everything unchanged). Target: the first import
// under 10 s in a release build.
//
//   bench_openstates [PATH]   a folder or archive; the shared download by default

#include "legislatures/legislatureimport.h"
#include "legislatures/openstates.h"
#include "storage/database.h"

#include "benchstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace majlis;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString path = argc > 1
        ? QString::fromLocal8Bit(argv[1])
        : QStringLiteral(MAJLIS_SHARED_DATA "/openstates/people-legislature-2026-08-05.tar.gz");
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("bench.majlis")));
    if (!database) {
        out << database.error().message << '\n';
        return 1;
    }
    for (const char *round : {"first import", "re-import"}) {
        QElapsedTimer timer;
        timer.start();
        auto source = OpenStates::read(path);
        if (!source) {
            out << source.error().message << '\n';
            return 1;
        }
        const qint64 read = timer.elapsed();
        auto report = LegislatureImport::run(**database, source.value(), LegislatureImport::Mode::Write);
        if (!report) {
            out << report.error().message << '\n';
            return 1;
        }
        const qint64 total = timer.elapsed();
        const LegislatorImportSummary s = report->total();
        out << QStringLiteral("%1: %2 bodies, %3 added, %4 updated, %5 unchanged in %6 s (read %7 s, write %8 s)%9\n")
                   .arg(QLatin1String(round))
                   .arg(report->bodies.size())
                   .arg(s.added)
                   .arg(s.updated)
                   .arg(s.unchanged)
                   .arg(total / 1000.0, 0, 'f', 2)
                   .arg(read / 1000.0, 0, 'f', 2)
                   .arg((total - read) / 1000.0, 0, 'f', 2)
                   .arg(QLatin1String(round[0] == 'f' ? " (target under 10 s)" : ""));
    }
    out << QStringLiteral("peak memory: %1 MiB\n").arg(bench::peakMemoryMiB(), 0, 'f', 1);
    return 0;
}
