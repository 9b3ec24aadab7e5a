#include "clirunner.h"
#include "legislatures/zipfixture.h"
#include "support/catchqt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using majlis::test::cli;
using majlis::test::Run;

namespace {

QString addContact(const QTemporaryDir &dir, const QString &given, const QString &zip)
{
    const Run added = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("add"),
                                QStringLiteral("--given"), given, QStringLiteral("--postal-code"), zip,
                                QStringLiteral("--tag"), QStringLiteral("lobby")});
    REQUIRE(added.exitCode == 0);
    return added.json().object().value(QStringLiteral("id")).toString();
}

} // namespace

TEST_CASE("majlis-cli looks up a ZIP's districts and refuses text that is no ZIP", "[cli][districts]")
{
    QTemporaryDir dir;
    const Run bad = cli(dir, {QStringLiteral("districts"), QStringLiteral("lookup"), QStringLiteral("--zip"),
                              QStringLiteral("Dearborn")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("not a U.S. ZIP code")));
    CHECK(cli(dir, {QStringLiteral("districts"), QStringLiteral("lookup")}).exitCode == 2);

    if (majlis::test::sharedZipSeats().isEmpty())
        return; // no ZIP file in this build or no ../shared/data
    const Run found = cli(dir, {QStringLiteral("--json"), QStringLiteral("districts"), QStringLiteral("lookup"),
                                QStringLiteral("--zip"), QStringLiteral("48126-1234")});
    REQUIRE(found.exitCode == 0);
    const QJsonArray candidates = found.json().object().value(QStringLiteral("candidates")).toArray();
    REQUIRE(candidates.size() == 2);
    CHECK(candidates.at(0).toObject().value(QStringLiteral("body")).toString() == QStringLiteral("us-congress"));
    CHECK(candidates.at(0).toObject().value(QStringLiteral("label")).toString() == QStringLiteral("MI-12"));
    CHECK(candidates.at(1).toObject().value(QStringLiteral("district")).toString() == QStringLiteral("13"));
}

TEST_CASE("majlis-cli imports a postcode file, reporting bad rows by line", "[cli][districts]")
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("mi-senate.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("zip,district\n48126,3\nnot-a-zip,4\n48128,\n48128,5\n");
    file.close();
    const Run imported = cli(dir, {QStringLiteral("--json"), QStringLiteral("districts"), QStringLiteral("import"),
                                   file.fileName(), QStringLiteral("--body"), QStringLiteral("us-mi"),
                                   QStringLiteral("--chamber"), QStringLiteral("senate")});
    REQUIRE(imported.exitCode == 0);
    const QJsonObject report = imported.json().object();
    CHECK(report.value(QStringLiteral("rows")).toInt() == 2);
    CHECK(report.value(QStringLiteral("problems")).toArray().size() == 2);
    CHECK(imported.err.contains(QStringLiteral("line 3:")));
    CHECK(imported.err.contains(QStringLiteral("line 4:")));
    const Run missingBody = cli(dir, {QStringLiteral("districts"), QStringLiteral("import"), file.fileName()});
    CHECK(missingBody.exitCode == 2);

    const QString id = addContact(dir, QStringLiteral("Huda"), QStringLiteral("48128"));
    const Run filled = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("districts"),
                                 QStringLiteral("--fill"), QStringLiteral("--body"), QStringLiteral("us-mi")});
    REQUIRE(filled.exitCode == 0);
    CHECK(filled.json().object().value(QStringLiteral("filled")).toInt() == 1);
    const Run listed = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("districts"), id});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray rows = listed.json().array();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(QStringLiteral("district")).toString() == QStringLiteral("5"));
    CHECK(rows.at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("estimated"));
}

TEST_CASE("majlis-cli fills House districts from ZIP codes and lets the organizer choose", "[cli][districts]")
{
    const auto seats = majlis::test::sharedZipSeats();
    if (seats.isEmpty())
        return;
    QTemporaryDir dir;
    const QString single = addContact(dir, QStringLiteral("Omar"), majlis::test::singleSeatZip(seats));
    const QString several = addContact(dir, QStringLiteral("Sara"), QStringLiteral("48126"));

    const Run dry = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("districts"),
                              QStringLiteral("--fill"), QStringLiteral("--tag"), QStringLiteral("lobby"),
                              QStringLiteral("--dry-run")});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.json().object().value(QStringLiteral("filled")).toInt() == 1);
    CHECK(dry.json().object().value(QStringLiteral("dryRun")).toBool());
    const Run none = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("districts"),
                               QStringLiteral("--ambiguous")});
    CHECK(none.json().array().isEmpty()); // the dry run wrote nothing

    const Run filled = cli(dir, {QStringLiteral("contacts"), QStringLiteral("districts"), QStringLiteral("--fill")});
    REQUIRE(filled.exitCode == 0);
    CHECK(filled.out.contains(QStringLiteral("MI-12 | MI-13")));

    const Run open = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("districts"),
                               QStringLiteral("--ambiguous"), QStringLiteral("--tag"), QStringLiteral("lobby")});
    REQUIRE(open.exitCode == 0);
    REQUIRE(open.json().array().size() == 1);
    CHECK(open.json().array().at(0).toObject().value(QStringLiteral("id")).toString() == several);

    const Run chosen = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("districts"),
                                 several.left(8), QStringLiteral("--set"), QStringLiteral("13")});
    REQUIRE(chosen.exitCode == 0);
    const QJsonObject house = chosen.json().array().at(0).toObject();
    CHECK(house.value(QStringLiteral("label")).toString() == QStringLiteral("MI-13"));
    CHECK(house.value(QStringLiteral("status")).toString() == QStringLiteral("manual"));
    const Run shown = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("show"), several.left(8)});
    CHECK(shown.json().object().value(QStringLiteral("district")).toInt() == 13);

    const Run confirmed = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("districts"),
                                    single.left(8), QStringLiteral("--confirm")});
    REQUIRE(confirmed.exitCode == 0);
    CHECK(confirmed.json().array().at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("confirmed"));
    CHECK(cli(dir, {QStringLiteral("contacts"), QStringLiteral("districts"), single.left(8), QStringLiteral("--set"),
                    QStringLiteral("Atlantis-1")})
              .exitCode
          == 1);
}
