// A chapter's "Muslim Day at the Capitol" in Lansing, planned offline from the command line with the
// public data a new user has: Open States for the legislature, the bundled ZIP file for Congress.
// No public file maps ZIP codes to Michigan's state districts, so the test writes the chapter's own
// (as an organizer would from the state's redistricting maps) and imports it with `districts import`.

#include "clirunner.h"
#include "io/csvfile.h"
#include "legislatures/openstatesfixture.h"
#include "legislatures/zipfixture.h"
#include "support/catchqt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

#include <catch2/catch.hpp>

using majlis::test::cli;
using majlis::test::Run;

namespace {

constexpr int kSenateSeats = 38;
constexpr int kHouseSeats = 110;

// Michigan ZIP codes of the shared file: most in one congressional district, some spanning two.
QStringList michiganZips(const QHash<QString, QStringList> &seats, int single, int several)
{
    QStringList zips;
    for (auto it = seats.cbegin(); it != seats.cend(); ++it) {
        if (std::all_of(it->cbegin(), it->cend(), [](const QString &s) { return s.startsWith(u"MI-"); }))
            zips.append(it.key());
    }
    std::sort(zips.begin(), zips.end());
    QStringList one;
    QStringList many;
    for (const QString &zip : std::as_const(zips))
        (seats[zip].size() == 1 ? one : many).append(zip);
    return one.mid(0, single) + many.mid(0, several);
}

void write(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(text) == text.size());
}

} // namespace

TEST_CASE("a Michigan chapter plans a day at the state capitol from Open States and ZIP codes", "[cli][legislatures]")
{
    const QHash<QString, QStringList> seats = majlis::test::sharedZipSeats();
    if (seats.isEmpty() || !QFile::exists(majlis::test::openStatesArchive())) {
        WARN("../shared/data (Open States, ZIP districts) is not beside this checkout; skipped");
        return;
    }
    const QStringList zips = michiganZips(seats, 180, 20);
    REQUIRE(zips.size() == 200);

    QTemporaryDir dir;
    const Run imported = cli(dir, {QStringLiteral("legislators"), QStringLiteral("import"),
                                   majlis::test::openStatesArchive()});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Michigan Legislature (us-mi): 148 members; 148 new")));

    // 200 members of the chapter with their ZIP codes; each state district the chapter's own file
    // gives, spread so every seat of both chambers has a constituent.
    QByteArray contacts = "First name,Last name,Email,ZIP,State,Tags\n";
    QByteArray senate = "zip,district\n";
    QByteArray house = "zip,district\n";
    for (int i = 0; i < zips.size(); ++i) {
        contacts += QStringLiteral("Member%1,Haddad,member%1@example.net,%2,MI,lansing-day\n").arg(i).arg(zips[i]).toUtf8();
        senate += QStringLiteral("%1,%2\n").arg(zips[i]).arg(i % kSenateSeats + 1).toUtf8();
        house += QStringLiteral("%1,%2\n").arg(zips[i]).arg(i % kHouseSeats + 1).toUtf8();
    }
    write(dir.filePath(QStringLiteral("chapter.csv")), contacts);
    write(dir.filePath(QStringLiteral("mi-senate.csv")), senate);
    write(dir.filePath(QStringLiteral("mi-house.csv")), house);
    REQUIRE(cli(dir, {QStringLiteral("import"), QStringLiteral("csv"), dir.filePath(QStringLiteral("chapter.csv"))}).exitCode == 0);
    for (const auto &[file, chamber] : {std::pair {"mi-senate.csv", "upper"}, std::pair {"mi-house.csv", "lower"}}) {
        REQUIRE(cli(dir, {QStringLiteral("districts"), QStringLiteral("import"), dir.filePath(QString::fromLatin1(file)),
                          QStringLiteral("--body"), QStringLiteral("us-mi"), QStringLiteral("--chamber"),
                          QString::fromLatin1(chamber)})
                    .exitCode
                == 0);
    }

    const Run filled = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("districts"),
                                 QStringLiteral("--fill"), QStringLiteral("--tag"), QStringLiteral("lansing-day")});
    REQUIRE(filled.exitCode == 0);
    const QJsonObject report = filled.json().object();
    // Every state district is known; of Congress's, the 20 ZIPs that span two are left to choose.
    CHECK(report.value(QStringLiteral("filled")).toInt() == 200 * 2 + 180);
    const QJsonArray ambiguous = report.value(QStringLiteral("ambiguous")).toArray();
    CHECK(ambiguous.size() == 20);
    for (const QJsonValue &entry : ambiguous) {
        CHECK(entry.toObject().value(QStringLiteral("body")).toString() == QStringLiteral("us-congress"));
        CHECK(entry.toObject().value(QStringLiteral("candidates")).toArray().size() >= 2);
    }

    const Run created = cli(dir, {QStringLiteral("--json"), QStringLiteral("day"), QStringLiteral("create"),
                                  QStringLiteral("Muslim Day at the Capitol"), QStringLiteral("--body"),
                                  QStringLiteral("us-mi"), QStringLiteral("--date"), QStringLiteral("2027-03-04")});
    REQUIRE(created.exitCode == 0);
    CHECK(created.json().object().value(QStringLiteral("city")).toString().startsWith(QStringLiteral("Lansing")));
    CHECK(created.json().object().value(QStringLiteral("timeZone")).toString() == QStringLiteral("America/Detroit"));
    const QString day = created.json().object().value(QStringLiteral("id")).toString().left(8);
    REQUIRE(cli(dir, {QStringLiteral("day"), QStringLiteral("attendees"), QStringLiteral("add"), day, QStringLiteral("--tag"),
                      QStringLiteral("lansing-day")})
                .exitCode
            == 0);

    const Run scheduled = cli(dir, {QStringLiteral("--json"), QStringLiteral("day"), QStringLiteral("schedule"), day});
    REQUIRE(scheduled.exitCode == 0);
    // Every senator and representative has constituents among the 200: one meeting each.
    CHECK(scheduled.json().object().value(QStringLiteral("meetings")).toInt() == kSenateSeats + kHouseSeats);
    CHECK(scheduled.json().object().value(QStringLiteral("fullyScheduled")).toInt() == 200);

    // Each member meets their own state senator and representative, by the districts the fill set.
    const QString csvPath = dir.filePath(QStringLiteral("schedule.csv"));
    REQUIRE(cli(dir, {QStringLiteral("day"), QStringLiteral("export"), day, QStringLiteral("--csv"), csvPath}).exitCode == 0);
    QFile csvFile(csvPath);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    auto csv = majlis::CsvTable::parse(csvFile.readAll());
    REQUIRE(csv.ok());
    REQUIRE(csv->rowCount() == kSenateSeats + kHouseSeats);
    QHash<QString, QSet<QString>> seatsOf;
    for (int row = 0; row < csv->rowCount(); ++row) {
        const QString seat = csv->value(row, QStringLiteral("Seat"));
        const QString chamber = csv->value(row, QStringLiteral("Chamber"));
        for (const QString &name : csv->value(row, QStringLiteral("Team")).split(QStringLiteral("; ")))
            seatsOf[name].insert(chamber + u' ' + seat);
    }
    REQUIRE(seatsOf.size() == 200);
    for (int i = 0; i < zips.size(); i += 37) {
        const QString name = QStringLiteral("Member%1 Haddad").arg(i);
        INFO(name.toStdString());
        CHECK(seatsOf[name]
              == QSet<QString> {QStringLiteral("Senate MI-%1").arg(i % kSenateSeats + 1),
                                QStringLiteral("House MI-%1").arg(i % kHouseSeats + 1)});
    }

    const QString page = dir.filePath(QStringLiteral("itineraries.html"));
    REQUIRE(cli(dir, {QStringLiteral("day"), QStringLiteral("export"), day, QStringLiteral("--html"), page}).exitCode == 0);
    QFile pageFile(page);
    REQUIRE(pageFile.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(pageFile.readAll()).contains(QStringLiteral("Lansing")));
    const QString pdf = dir.filePath(QStringLiteral("itineraries.pdf"));
    REQUIRE(cli(dir, {QStringLiteral("day"), QStringLiteral("export"), day, QStringLiteral("--pdf"), pdf}).exitCode == 0);
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArray("%PDF-"));

    // The same download again changes nothing, and the planned meetings stay.
    const Run again = cli(dir, {QStringLiteral("legislators"), QStringLiteral("import"), majlis::test::openStatesArchive()});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Michigan Legislature (us-mi): 148 members; 0 new, 0 updated, 148 unchanged, 0 no longer in office")));
}
