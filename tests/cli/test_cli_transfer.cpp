#include "clirunner.h"
#include "support/catchqt.h"

#include "io/csv.h"
#include "io/icalendar.h"
#include "support/encodedtext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using majlis::test::cli;
using majlis::test::Run;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
    return file.fileName();
}

} // namespace

TEST_CASE("majlis-cli imports a spreadsheet with a dry run first, and exports it back", "[cli][import]")
{
    QTemporaryDir dir;
    // Outlook's columns, semicolons and Windows-1252, as older Excel writes them.
    const QString file = write(dir, QStringLiteral("outlook.csv"),
                               "First Name;Last Name;E-mail Address;Mobile Phone;Home State;Categories;Volunteer shift\r\n"
                               "Jos\xE9;N\xFA\xF1" "ez;jose@example.org;313-555-0101;MI;Board;Friday\r\n"
                               "Amina;Rahman;not an email;;MI;;\r\n");
    const Run dry = cli(dir, {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("csv"), file,
                              QStringLiteral("--dry-run"), QStringLiteral("--report"), dir.filePath(QStringLiteral("problems.csv"))});
    REQUIRE(dry.exitCode == 0);
    const QJsonObject plan = dry.json().object();
    CHECK(plan.value(QStringLiteral("encoding")).toString() == QStringLiteral("Windows-1252"));
    CHECK(plan.value(QStringLiteral("toCreate")).toInt() == 1);
    CHECK(plan.value(QStringLiteral("problems")).toArray().size() == 1);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("problems.csv"))));
    CHECK(cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("list")}).json().array().isEmpty());

    CHECK(cli(dir, {QStringLiteral("import"), QStringLiteral("csv"), file, QStringLiteral("--map"),
                    QStringLiteral("Nope=email")}).exitCode == 2);
    const Run done = cli(dir, {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("csv"), file,
                               QStringLiteral("--map"), QStringLiteral("Volunteer shift=notes")});
    REQUIRE(done.exitCode == 0);
    CHECK(done.json().object().value(QStringLiteral("created")).toInt() == 1);
    const Run found = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("search"), QStringLiteral("jose")});
    REQUIRE(found.json().array().size() == 1);

    const QString exported = dir.filePath(QStringLiteral("export.csv"));
    REQUIRE(cli(dir, {QStringLiteral("export"), QStringLiteral("csv"), exported, QStringLiteral("--tag"), QStringLiteral("Board")}).exitCode == 0);
    QFile out(exported);
    REQUIRE(out.open(QIODevice::ReadOnly));
    auto table = majlis::CsvTable::parse(out.readAll());
    REQUIRE(table.ok());
    REQUIRE(table->rowCount() == 1);
    CHECK(table->value(0, QStringLiteral("Given Name")) == QStringLiteral("José"));
    CHECK(table->value(0, QStringLiteral("Notes")) == QStringLiteral("Friday"));

    const QString vcf = dir.filePath(QStringLiteral("board.vcf"));
    REQUIRE(cli(dir, {QStringLiteral("export"), QStringLiteral("vcard"), vcf, QStringLiteral("--version"), QStringLiteral("2.1")}).exitCode == 0);
    CHECK(cli(dir, {QStringLiteral("export"), QStringLiteral("vcard"), vcf + u'2', QStringLiteral("--version"), QStringLiteral("5")}).exitCode == 2);
    const QString cards = dir.filePath(QStringLiteral("cards.majlis"));
    const Run fromCards = cli(dir, {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("vcard"), vcf}, cards);
    REQUIRE(fromCards.exitCode == 0);
    CHECK(fromCards.json().object().value(QStringLiteral("created")).toInt() == 1);
    CHECK(cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("search"), QStringLiteral("josé")}, cards)
              .json().array().size() == 1);

    const QString archive = dir.filePath(QStringLiteral("backup.majlis"));
    REQUIRE(cli(dir, {QStringLiteral("export"), QStringLiteral("archive"), archive}).exitCode == 0);
    const QString other = dir.filePath(QStringLiteral("other.majlis"));
    REQUIRE(cli(dir, {QStringLiteral("import"), QStringLiteral("archive"), archive}, other).exitCode == 0);
    CHECK(cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("list")}, other).json().array().size() == 1);
    CHECK(cli(dir, {QStringLiteral("import"), QStringLiteral("archive"), archive}, other).exitCode == 1); // not empty now

    REQUIRE(cli(dir, {QStringLiteral("events"), QStringLiteral("create"), QStringLiteral("Iftar"), QStringLiteral("--start"),
                      QStringLiteral("2027-03-20 19:00")}).exitCode == 0);
    const QString ics = dir.filePath(QStringLiteral("events.ics"));
    REQUIRE(cli(dir, {QStringLiteral("events"), QStringLiteral("calendar"), ics}).exitCode == 0);
    QFile calendar(ics);
    REQUIRE(calendar.open(QIODevice::ReadOnly));
    auto parsed = majlis::ICalendar::parse(calendar.readAll());
    REQUIRE(parsed.ok());
    CHECK(parsed->first().children.size() == 1);
}

TEST_CASE("majlis-cli import csv detects Windows-1256 and takes --encoding", "[cli][import][encoding]")
{
    QTemporaryDir dir;
    const QString file = write(dir, QStringLiteral("arabic.csv"),
                               majlis::test::encodedAs(QStringLiteral("First Name,Last Name,E-mail Address\r\n"
                                                                      "محمد,علي,m.ali@example.org\r\n"
                                                                      "کوروش,پرويزي,k@example.org\r\n"),
                                                       "windows-1256"));
    const auto import = [&](QStringList extra) {
        return cli(dir, QStringList{QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("csv"), file} + extra);
    };
    // The encoding given by name, any spelling; the report says it was chosen.
    const Run chosen = import({QStringLiteral("--dry-run"), QStringLiteral("--encoding"), QStringLiteral("CP1256")});
    REQUIRE(chosen.exitCode == 0);
    CHECK(chosen.json().object().value(QStringLiteral("encoding")).toString() == QStringLiteral("Windows-1256"));
    CHECK_FALSE(chosen.json().object().value(QStringLiteral("encodingDetected")).toBool(true));
    const Run text = cli(dir, {QStringLiteral("import"), QStringLiteral("csv"), file, QStringLiteral("--dry-run"),
                               QStringLiteral("--encoding"), QStringLiteral("windows-1256")});
    CHECK(text.out.contains(QStringLiteral("arabic.csv (Windows-1256, as chosen)")));
    // A name it does not know, and encodings that cannot read the bytes (پ is 0x81, ک 0x98, on
    // line 3): refused, nothing written.
    const Run unknown = import({QStringLiteral("--encoding"), QStringLiteral("klingon")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("klingon")));
    CHECK(unknown.err.contains(QStringLiteral("windows-1256 (cp1256)")));
    for (const QString &wrong : {QStringLiteral("iso-8859-6"), QStringLiteral("windows-1252"), QStringLiteral("utf-8")}) {
        const Run unreadable = import({QStringLiteral("--encoding"), wrong});
        CHECK(unreadable.exitCode == 1);
        CHECK(unreadable.err.contains(QStringLiteral("Line ")));
    }
    // Arabic without Persian letters reads, wrongly, as Windows-1252: the mojibake of the issue.
    const QString arabicOnly = write(dir, QStringLiteral("arabic-only.csv"),
                                     majlis::test::encodedAs(QStringLiteral("First Name,Last Name\r\nمحمد,علي\r\n"), "windows-1256"));
    const Run latin = cli(dir, {QStringLiteral("import"), QStringLiteral("csv"), arabicOnly, QStringLiteral("--dry-run"),
                                QStringLiteral("--encoding"), QStringLiteral("latin1")});
    REQUIRE(latin.exitCode == 0);
    CHECK(latin.out.contains(QStringLiteral("(ISO-8859-1, as chosen)")));
    CHECK(cli(dir, {QStringLiteral("import"), QStringLiteral("csv"), arabicOnly, QStringLiteral("--dry-run")})
              .out.contains(QStringLiteral("(Windows-1256, detected)")));
    CHECK(cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("list")}).json().array().isEmpty());

    // Detected, and imported with the names intact.
    const Run detected = import({});
    REQUIRE(detected.exitCode == 0);
    CHECK(detected.json().object().value(QStringLiteral("encoding")).toString() == QStringLiteral("Windows-1256"));
    CHECK(detected.json().object().value(QStringLiteral("encodingDetected")).toBool());
    CHECK(detected.json().object().value(QStringLiteral("created")).toInt() == 2);
    const QJsonArray found = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("search"),
                                       QStringLiteral("پرويزي")}).json().array();
    REQUIRE(found.size() == 1);
    CHECK(QJsonDocument(found).toJson().contains(QStringLiteral("کوروش").toUtf8()));
}

TEST_CASE("majlis-cli writes everything held about one person to a file, for their request to see it", "[cli][privacy]")
{
    QTemporaryDir dir;
    const Run added = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--given"),
                                QStringLiteral("Hafsa"), QStringLiteral("--email"), QStringLiteral("hafsa@example.org")});
    REQUIRE(added.exitCode == 0);
    const QString id = added.json().object().value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(id.isEmpty());
    REQUIRE(cli(dir, {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--given"), QStringLiteral("Other"),
                      QStringLiteral("--email"), QStringLiteral("other@example.org")})
                .exitCode
            == 0);
    const QString file = dir.filePath(QStringLiteral("hafsa.json"));
    const Run exported = cli(dir, {QStringLiteral("contacts"), QStringLiteral("export-data"), id.left(8), file});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray json = written.readAll();
    CHECK(json.contains("hafsa@example.org"));
    CHECK_FALSE(json.contains("other@example.org"));
    CHECK(cli(dir, {QStringLiteral("contacts"), QStringLiteral("export-data"), QStringLiteral("zzzzzzzz"), file}).exitCode != 0);
}
