// Duplicate search at scale: generates a demo workspace of 100,000 contacts, plants duplicates of
// some of them (by email, by phone, by name and postal code, by all three), then times
// DuplicateFinder::find and prints how many groups it found and how many of the planted pairs.
//
//   bench_duplicates [--contacts N] [--planted N] [--runs N] [--keep DIR]
// Target: find() under 5 s for 100,000 contacts, every planted pair found.

#include "benchstats.h"
#include "contacts/contactrepository.h"
#include "contacts/duplicatefinder.h"
#include "demo/demodata.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace majlis;
using majlis::bench::peakMemoryMiB;
using majlis::bench::percentile;

namespace {

QTextStream out(stdout);

enum class Plant { Email, Phone, NameAndPostalCode, Everything };

// A second record of `original`, as a volunteer at a door might type it again.
Contact duplicateOf(const Contact &original, Plant plant, int n)
{
    Contact copy;
    copy.givenName = original.givenName;
    copy.familyName = original.familyName;
    copy.usState = original.usState;
    copy.address.country = original.address.country;
    switch (plant) {
    case Plant::Email: // the same address typed in capitals, the name spelled another way
        copy.givenName = original.givenName + QStringLiteral("a");
        copy.emails = {{QStringLiteral("home"), original.emails.first().value.toUpper()}};
        break;
    case Plant::Phone:
        copy.familyName = original.familyName + QStringLiteral("e");
        copy.phones = {original.phones.last()};
        break;
    case Plant::NameAndPostalCode:
        copy.address.postalCode = original.address.postalCode;
        copy.emails = {{QStringLiteral("home"), QStringLiteral("planted%1@example.net").arg(n)}};
        break;
    case Plant::Everything:
        copy.address = original.address;
        copy.emails = {original.emails.first()};
        copy.phones = {original.phones.last()};
        break;
    }
    return copy;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("contacts"), QStringLiteral("Contacts to generate."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption plantedOption(QStringLiteral("planted"), QStringLiteral("Duplicates to plant."),
                                           QStringLiteral("n"), QStringLiteral("400"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs of find()."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Write the workspace here and keep it."),
                                        QStringLiteral("dir"));
    parser.addOptions({countOption, plantedOption, runsOption, keepOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int planted = parser.value(plantedOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir temp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("duplicates.majlis"));
    QFile::remove(path);
    auto opened = Database::open(path);
    if (!opened) {
        out << "cannot open " << path << ": " << opened.error().message << Qt::endl;
        return 1;
    }
    Database &db = **opened;

    QElapsedTimer timer;
    timer.start();
    auto populated = DemoData::populate(db, count, 42);
    if (!populated) {
        out << "populate failed: " << populated.error().message << Qt::endl;
        return 1;
    }
    out << "generated " << *populated << " demo contacts in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;

    // Plant duplicates of contacts spread over the workspace. Demo phone numbers are shared by
    // about a hundred contacts each (555-01xx is all fiction has), which the finder rightly
    // ignores; a planted phone duplicate therefore first gives its original a number of its own.
    timer.restart();
    QStringList ids;
    {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT id FROM contacts WHERE deleted = 0 ORDER BY rid"));
        while (query.next())
            ids.append(query.value(0).toString());
    }
    ContactRepository contacts(db);
    QList<std::pair<QString, QString>> pairs;
    QMap<int, int> plantedByKind;
    const int step = std::max(1, static_cast<int>(ids.size()) / std::max(1, planted));
    for (int n = 0; n < planted && n * step < ids.size(); ++n) {
        auto original = contacts.get(ids[n * step]);
        if (!original)
            continue;
        const Plant plant = static_cast<Plant>(n % 4);
        Contact source = *original;
        if (plant == Plant::Phone || plant == Plant::Everything) {
            source.phones.append({QStringLiteral("home"), QStringLiteral("+1206555%1").arg(2000 + n, 4, 10, QLatin1Char('0'))});
            auto updated = contacts.update(source);
            if (!updated) {
                out << "cannot plant: " << updated.error().message << Qt::endl;
                return 1;
            }
            source = *updated;
        }
        auto created = contacts.create(duplicateOf(source, plant, n));
        if (!created) {
            out << "cannot plant: " << created.error().message << Qt::endl;
            return 1;
        }
        pairs.append({source.id, created->id});
        ++plantedByKind[static_cast<int>(plant)];
    }
    out << "planted " << pairs.size() << " duplicates (email " << plantedByKind.value(0) << ", phone "
        << plantedByKind.value(1) << ", name and postal code " << plantedByKind.value(2) << ", all three "
        << plantedByKind.value(3) << ") in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;

    QList<double> times;
    QList<DuplicateGroup> groups;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        auto found = DuplicateFinder(db).find();
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        if (!found) {
            out << "find failed: " << found.error().message << Qt::endl;
            return 1;
        }
        groups = *found;
    }
    const double median = percentile(times, 0.5);
    out << "find(): ";
    for (double t : std::as_const(times))
        out << QString::number(t, 'f', 3) << " s  ";
    out << "(median " << QString::number(median, 'f', 3) << " s, target < 5 s: " << (median < 5.0 ? "PASS" : "FAIL") << ")"
        << Qt::endl;

    QMap<int, int> byScore;
    QHash<QString, int> groupOf;
    int largest = 0;
    for (int g = 0; g < groups.size(); ++g) {
        ++byScore[groups[g].score];
        largest = std::max(largest, static_cast<int>(groups[g].contactIds.size()));
        for (const QString &id : groups[g].contactIds)
            groupOf.insert(id, g);
    }
    out << "groups found: " << groups.size() << " (largest " << largest << " contacts)" << Qt::endl;
    for (auto it = byScore.cend(); it != byScore.cbegin();) {
        --it;
        out << "  score " << it.key() << ": " << it.value() << Qt::endl;
    }
    int found = 0;
    QMap<int, int> foundByKind;
    for (int n = 0; n < pairs.size(); ++n) {
        const auto &[original, copy] = pairs[n];
        if (groupOf.contains(original) && groupOf.value(original, -1) == groupOf.value(copy, -2)) {
            ++found;
            ++foundByKind[n % 4];
        }
    }
    out << "planted pairs found: " << found << " of " << pairs.size() << " (email " << foundByKind.value(0) << ", phone "
        << foundByKind.value(1) << ", name and postal code " << foundByKind.value(2) << ", all three "
        << foundByKind.value(3) << ")" << Qt::endl;

    // The editor's question, for a few planted contacts.
    QList<double> single;
    for (int n = 0; n < std::min<qsizetype>(pairs.size(), 40); ++n) {
        timer.restart();
        auto mine = DuplicateFinder(db).forContact(pairs[n].second);
        single.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!mine)
            return 1;
    }
    out << "forContact(): median " << QString::number(percentile(single, 0.5), 'f', 1) << " ms, p95 "
        << QString::number(percentile(single, 0.95), 'f', 1) << " ms" << Qt::endl;
    out << "peak memory: " << QString::number(peakMemoryMiB(), 'f', 0) << " MiB" << Qt::endl;
    return found == pairs.size() && median < 5.0 ? 0 : 2;
}
