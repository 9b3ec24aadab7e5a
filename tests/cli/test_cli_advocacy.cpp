#include "clirunner.h"
#include "support/catchqt.h"

#include "io/csv.h"
#include "io/icalendar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using majlis::test::cli;
using majlis::test::Run;

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("majlis-cli plans an advocacy day from legislators to itineraries", "[cli][advocacy]")
{
    QTemporaryDir dir;
    QFile congress(dir.filePath(QStringLiteral("legislators-current.csv")));
    REQUIRE(congress.open(QIODevice::WriteOnly));
    congress.write("last_name,first_name,full_name,type,state,district,address,bioguide_id\n"
                   "Senator,Ann,Ann Senator,sen,WA,,511 Hart Senate Office Building Washington DC 20510,S1\n"
                   "Senator,Bo,Bo Senator,sen,WA,,479A Russell Senate Office Building Washington DC 20510,S2\n"
                   "Rep,Cy,Cy Rep,rep,WA,7,2107 Rayburn House Office Building Washington DC 20515,H7\n");
    congress.close();

    const Run imported = cli(dir, {QStringLiteral("legislators"), QStringLiteral("import"), congress.fileName()});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("3 new")));
    CHECK(cli(dir, {QStringLiteral("legislators"), QStringLiteral("import"), dir.filePath(QStringLiteral("missing.csv"))}).exitCode == 1);

    QStringList contactIds;
    for (const QString &given : {QStringLiteral("Amina"), QStringLiteral("Yusuf")}) {
        const Run added = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("add"),
                                    QStringLiteral("--given"), given, QStringLiteral("--family"), QStringLiteral("Rahman"),
                                    QStringLiteral("--state"), QStringLiteral("WA"), QStringLiteral("--district"),
                                    QStringLiteral("7")});
        REQUIRE(added.exitCode == 0);
        contactIds << added.json().object().value(QStringLiteral("id")).toString().left(8);
    }

    const Run created = cli(dir, {QStringLiteral("--json"), QStringLiteral("day"), QStringLiteral("create"),
                                  QStringLiteral("Spring Day"), QStringLiteral("--date"), QStringLiteral("2027-03-04"),
                                  QStringLiteral("--start"), QStringLiteral("10:00"), QStringLiteral("--ask"),
                                  QStringLiteral("H.R. 1234: No Ban Act")});
    REQUIRE(created.exitCode == 0);
    const QString day = created.json().object().value(QStringLiteral("id")).toString().left(8);
    CHECK(created.json().object().value(QStringLiteral("asks")).toArray().at(0).toObject().value(QStringLiteral("bill")).toString()
          == QStringLiteral("H.R. 1234"));
    CHECK(cli(dir, {QStringLiteral("day"), QStringLiteral("create"), QStringLiteral("No date")}).exitCode == 2);

    REQUIRE(cli(dir, QStringList{QStringLiteral("day"), QStringLiteral("attendees"), QStringLiteral("add"), day} + contactIds).exitCode == 0);
    const Run attendees = cli(dir, {QStringLiteral("day"), QStringLiteral("attendees"), QStringLiteral("list"), QStringLiteral("Spring Day")});
    CHECK(attendees.out.contains(QStringLiteral("WA-7")));

    const Run scheduled = cli(dir, {QStringLiteral("--json"), QStringLiteral("day"), QStringLiteral("schedule"), day});
    REQUIRE(scheduled.exitCode == 0);
    CHECK(scheduled.json().object().value(QStringLiteral("meetings")).toInt() == 3);
    CHECK(scheduled.json().object().value(QStringLiteral("fullyScheduled")).toInt() == 2);

    const QString csvPath = dir.filePath(QStringLiteral("schedule.csv"));
    REQUIRE(cli(dir, {QStringLiteral("day"), QStringLiteral("export"), day, QStringLiteral("--csv"), csvPath}).exitCode == 0);
    QFile csvFile(csvPath);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    auto csv = majlis::CsvTable::parse(csvFile.readAll());
    REQUIRE(csv.ok());
    CHECK(csv->rowCount() == 3);
    CHECK(csv->value(0, QStringLiteral("Start")) == QStringLiteral("10:00"));

    const QString folder = dir.filePath(QStringLiteral("calendars"));
    REQUIRE(cli(dir, {QStringLiteral("day"), QStringLiteral("export"), day, QStringLiteral("--ics"), folder,
                      QStringLiteral("--per-attendee")}).exitCode == 0);
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.ics")});
    CHECK(files == QStringList{QStringLiteral("2027-03-04 Amina Rahman.ics"), QStringLiteral("2027-03-04 Yusuf Rahman.ics")});
    QFile ics(QDir(folder).filePath(files.first()));
    REQUIRE(ics.open(QIODevice::ReadOnly));
    auto calendar = majlis::ICalendar::parse(ics.readAll());
    REQUIRE(calendar.ok());
    CHECK(calendar->first().children.size() == 3);

    CHECK(cli(dir, {QStringLiteral("day"), QStringLiteral("export"), day}).exitCode == 2); // no format chosen

    // A web page to send: numbers, rooms and bills in <bdi>, so they read right in any language.
    const QString page = dir.filePath(QStringLiteral("itineraries.html"));
    REQUIRE(cli(dir, {QStringLiteral("day"), QStringLiteral("export"), day, QStringLiteral("--html"), page}).exitCode == 0);
    QFile pageFile(page);
    REQUIRE(pageFile.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(pageFile.readAll());
    CHECK(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    CHECK(html.contains(QStringLiteral("<bdi dir=\"ltr\">2107</bdi>")));
    CHECK(html.contains(QStringLiteral("<bdi dir=\"ltr\">H.R. 1234</bdi>")));
    CHECK(html.contains(QStringLiteral("<bdi>Amina Rahman</bdi>")));
    CHECK(cli(dir, {QStringLiteral("day"), QStringLiteral("export"), day, QStringLiteral("--html"), page,
                    QStringLiteral("--csv"), csvPath}).exitCode == 2); // one format at a time

    const QString pdf = dir.filePath(QStringLiteral("itineraries.pdf"));
    const Run printed = cli(dir, {QStringLiteral("day"), QStringLiteral("export"), day, QStringLiteral("--pdf"), pdf});
    REQUIRE(printed.exitCode == 0);
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArray("%PDF-"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed; the PDF's text is not checked");
        return;
    }
    const QString text = pdfText(pdf);
    for (const QString &expected : {QStringLiteral("Amina Rahman"), QStringLiteral("Yusuf Rahman"), QStringLiteral("Rayburn"),
                                    QStringLiteral("2107"), QStringLiteral("Hart"), QStringLiteral("Cy Rep"),
                                    QStringLiteral("No Ban Act"), QStringLiteral("10:00")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
}
