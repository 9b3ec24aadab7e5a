#include "clirunner.h"
#include "legislatures/bundledcongress.h"
#include "legislatures/openstatesfixture.h"
#include "support/archivewriter.h"
#include "support/writefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using majlis::test::cli;
using majlis::test::Run;
using majlis::test::writeFile;

TEST_CASE("majlis-cli imports state legislatures from an Open States download", "[cli][legislatures]")
{
    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("people.tar.gz"));
    majlis::test::writeArchive(archive,
        {majlis::test::openStatesFile(QStringLiteral("MI"), QStringLiteral("a1"), QStringLiteral("Ann One")),
            majlis::test::openStatesFile(QStringLiteral("MI"), QStringLiteral("a2"), QStringLiteral("Bo Two"),
                QStringLiteral("upper"), QStringLiteral("4")),
            majlis::test::openStatesFile(QStringLiteral("NE"), QStringLiteral("n1"), QStringLiteral("Cy Three"),
                QStringLiteral("legislature"), QStringLiteral("13")),
            {QStringLiteral("data/us/legislature/x.yml"), "id: ocd-person/x\n"}});
    const QStringList import {QStringLiteral("legislators"), QStringLiteral("import"), archive};

    const Run dry = cli(dir, import + QStringList {QStringLiteral("--dry-run")});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Michigan Legislature (us-mi): 2 members; 2 new, 0 updated, 0 unchanged")));
    CHECK(dry.out.contains(QStringLiteral("Nebraska Legislature (us-ne): 1 members; 1 new")));
    CHECK(dry.out.contains(QStringLiteral("data/us")));
    CHECK(dry.out.contains(QStringLiteral("Dry run")));

    const Run json = cli(dir, QStringList {QStringLiteral("--json")} + import);
    REQUIRE(json.exitCode == 0);
    const QJsonObject report = json.json().object();
    CHECK_FALSE(report.value(QStringLiteral("dryRun")).toBool(true));
    CHECK(report.value(QStringLiteral("added")).toInt() == 3); // the dry run wrote nothing
    const QJsonArray bodies = report.value(QStringLiteral("bodies")).toArray();
    REQUIRE(bodies.size() == 2);
    CHECK(bodies.at(0).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("us-mi"));
    CHECK(bodies.at(0).toObject().value(QStringLiteral("added")).toInt() == 2);

    const Run again = cli(dir, QStringList {QStringLiteral("--json")} + import);
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().object().value(QStringLiteral("unchanged")).toInt() == 3);

    // A path-escaping archive is refused as bad data; a missing path too.
    const QString evil = dir.filePath(QStringLiteral("evil.tgz"));
    majlis::test::writeArchive(evil, {{QStringLiteral("../../x.yml"), "x"}});
    const Run refused = cli(dir, {QStringLiteral("legislators"), QStringLiteral("import"), evil});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("../../x.yml")));
    CHECK(cli(dir, {QStringLiteral("legislators"), QStringLiteral("import")}).exitCode == 2);
}

TEST_CASE("majlis-cli imports any parliament's member list into the body named", "[cli][legislatures]")
{
    QTemporaryDir dir;
    const QString csv = writeFile(dir, QStringLiteral("commons.csv"),
        "MP,Seat,Party,Email\n"
        "Jeremy Corbyn,Islington North,Independent,jeremy.corbyn.mp@parliament.uk\n"
        "No Seat,,Labour,\n");
    const QStringList import {QStringLiteral("legislators"), QStringLiteral("import"), csv};
    const QStringList body {QStringLiteral("--body"), QStringLiteral("gb-parliament"), QStringLiteral("--body-name"),
        QStringLiteral("UK Parliament"), QStringLiteral("--country"), QStringLiteral("GB")};

    // A new body needs a name; --map needs a body; a column the file lacks is a usage error.
    CHECK(cli(dir, import + QStringList {QStringLiteral("--body"), QStringLiteral("gb-parliament")}).exitCode == 2);
    CHECK(cli(dir, import + QStringList {QStringLiteral("--map"), QStringLiteral("name=MP")}).exitCode == 2);
    const Run badMap = cli(dir, import + body + QStringList {QStringLiteral("--map"), QStringLiteral("name=Nope")});
    CHECK(badMap.exitCode == 2);
    CHECK(badMap.err.contains(QStringLiteral("name=Nope")));

    const Run imported = cli(dir,
        QStringList {QStringLiteral("--json")} + import + body
            + QStringList {QStringLiteral("--map"), QStringLiteral("name=MP,constituency=seat")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QJsonObject only = imported.json().object().value(QStringLiteral("bodies")).toArray().at(0).toObject();
    CHECK(only.value(QStringLiteral("name")).toString() == QStringLiteral("UK Parliament"));
    CHECK(only.value(QStringLiteral("added")).toInt() == 1);
    const QJsonArray warnings = only.value(QStringLiteral("warnings")).toArray();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).toString().contains(QStringLiteral("Line 3")));

    // Next time the body is known by its code alone.
    const Run again = cli(dir,
        import
            + QStringList {QStringLiteral("--body"), QStringLiteral("gb-parliament"), QStringLiteral("--map"),
                QStringLiteral("name=MP,constituency=Seat")});
    REQUIRE(again.exitCode == 0);
    CHECK(
        again.out.contains(QStringLiteral("UK Parliament (gb-parliament): 1 members; 0 new, 0 updated, 1 unchanged")));

    // The congress-legislators file still imports as before, now with a dry run.
    const QString congress = writeFile(dir, QStringLiteral("legislators-current.csv"),
        "last_name,first_name,full_name,type,state,district,address,bioguide_id\n"
        "Senator,Ann,Ann Senator,sen,WA,,511 Hart Senate Office Building Washington DC 20510,S1\n");
    const Run congressDry
        = cli(dir, {QStringLiteral("legislators"), QStringLiteral("import"), congress, QStringLiteral("--dry-run")});
    REQUIRE(congressDry.exitCode == 0);
    CHECK(congressDry.out.contains(QStringLiteral("1 new")));
    const Run congressReal = cli(dir, {QStringLiteral("legislators"), QStringLiteral("import"), congress});
    CHECK(congressReal.out.contains(QStringLiteral("1 new")));
}

TEST_CASE("majlis-cli imports the members of Congress built into the program", "[cli][legislatures]")
{
    QTemporaryDir dir;
    const QStringList bundled {QStringLiteral("legislators"), QStringLiteral("import"), QStringLiteral("--bundled")};
    // A path beside --bundled is a usage error whether or not this build carries the list.
    CHECK(cli(dir, bundled + QStringList {QStringLiteral("legislators-current.csv")}).exitCode == 2);
    if (!majlis::BundledCongress::isAvailable()) {
        const Run missing = cli(dir, bundled);
        CHECK(missing.exitCode == 1);
        CHECK(missing.err.contains(QStringLiteral("legislators-current.csv")));
        WARN("this build ships no members of Congress (no ../shared/data/congress at build time)");
        return;
    }
    const Run dry = cli(dir, QStringList {QStringLiteral("--json")} + bundled + QStringList {QStringLiteral("--dry-run")});
    REQUIRE(dry.exitCode == 0);
    const int listed = dry.json().object().value(QStringLiteral("added")).toInt();
    CHECK(listed > 500);
    CHECK(dry.json().object().value(QStringLiteral("dryRun")).toBool());

    const Run real = cli(dir, QStringList {QStringLiteral("--json")} + bundled);
    REQUIRE(real.exitCode == 0);
    CHECK(real.json().object().value(QStringLiteral("added")).toInt() == listed); // the dry run wrote nothing
    const Run again = cli(dir, bundled);
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("0 new, 0 updated, %1 unchanged").arg(listed)));
}
