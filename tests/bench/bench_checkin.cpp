// The door at scale: 100,000 contacts in the workspace and 2,000 registrants for one event.
// Prints the check-in search time per keystroke as a volunteer types names (p50, p95) and the
// time to save a check-in (p50, p95).
//
//   bench_checkin [--contacts N] [--registrants N] [--keep DIR]
// Targets (issue 4): search p95 < 15 ms per keystroke; a check-in saved in < 10 ms p95.

#include "benchstats.h"
#include "contacts/contactdirectory.h"
#include "demo/demodata.h"
#include "events/checkindesk.h"
#include "events/eventrepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace majlis;
using majlis::bench::percentile;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption contactsOption(QStringLiteral("contacts"), QStringLiteral("Contacts in the workspace."),
                                            QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption registrantsOption(QStringLiteral("registrants"), QStringLiteral("Registrants for the event."),
                                               QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep (and reuse) the generated contacts here."),
                                        QStringLiteral("dir"));
    parser.addOptions({contactsOption, registrantsOption, keepOption});
    parser.process(app);
    const int contacts = parser.value(contactsOption).toInt();
    const int registrants = parser.value(registrantsOption).toInt();

    QTemporaryDir temp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
    QDir().mkpath(dir);
    const QString file = QDir(dir).filePath(QStringLiteral("checkin-%1.majlis").arg(contacts));
    const bool reuse = parser.isSet(keepOption) && QFileInfo::exists(file);
    auto db = Database::open(file);
    if (!db) {
        out << "cannot open workspace: " << db.error().message << '\n';
        return 1;
    }
    if (!reuse) {
        QElapsedTimer timer;
        timer.start();
        if (auto added = DemoData::populate(**db, contacts, 42); !added) {
            out << "cannot generate contacts: " << added.error().message << '\n';
            return 1;
        }
        out << "generated " << contacts << " contacts in " << timer.elapsed() / 1000.0 << " s\n";
    }

    // An event with registrants drawn from the whole workspace.
    Event event;
    event.title = QStringLiteral("Benchmark gala %1").arg(QDateTime::currentMSecsSinceEpoch());
    event.startsAt = QDateTime(QDate(2027, 5, 1), QTime(18, 0));
    const QString eventId = EventRepository(**db).create(event)->id;
    auto rows = ContactDirectory(**db).page({}, 0, contacts);
    if (!rows) {
        out << rows.error().message << '\n';
        return 1;
    }
    QRandomGenerator random(7);
    QStringList chosen;
    for (int i = 0; i < registrants && !rows->isEmpty(); ++i)
        chosen << rows->at(random.bounded(int(rows->size()))).id;
    if (auto registered = EventRepository(**db).registerContacts(eventId, chosen); !registered) {
        out << registered.error().message << '\n';
        return 1;
    }

    CheckInDesk desk(**db, eventId);
    QElapsedTimer timer;
    timer.start();
    if (!desk.load()) {
        out << "cannot load the door\n";
        return 1;
    }
    out << "door opened with " << desk.registeredCount() << " registrants in " << timer.elapsed() << " ms\n";

    // A volunteer types each arriving name letter by letter: a search per keystroke.
    QList<double> searchMs;
    QList<double> checkInMs;
    for (int arrival = 0; arrival < 300; ++arrival) {
        const ContactRow &who = rows->at(random.bounded(int(rows->size())));
        const QString name = who.displayName;
        for (int length = 1; length <= std::min<qsizetype>(name.size(), 8); ++length) {
            timer.restart();
            const auto found = desk.search(name.left(length));
            searchMs << double(timer.nsecsElapsed()) / 1e6;
            Q_UNUSED(found);
        }
        timer.restart();
        if (!desk.checkIn(who.id)) {
            out << "check-in failed\n";
            return 1;
        }
        checkInMs << double(timer.nsecsElapsed()) / 1e6;
    }
    out << QStringLiteral("search per keystroke: p50 %1 ms, p95 %2 ms over %3 keystrokes (target p95 < 15 ms)\n")
               .arg(percentile(searchMs, 0.5), 0, 'f', 2)
               .arg(percentile(searchMs, 0.95), 0, 'f', 2)
               .arg(searchMs.size());
    out << QStringLiteral("check-in saved: p50 %1 ms, p95 %2 ms over %3 check-ins (target p95 < 10 ms)\n")
               .arg(percentile(checkInMs, 0.5), 0, 'f', 2)
               .arg(percentile(checkInMs, 0.95), 0, 'f', 2)
               .arg(checkInMs.size());
    out << QStringLiteral("peak memory %1 MiB\n").arg(majlis::bench::peakMemoryMiB(), 0, 'f', 0);
    return 0;
}
