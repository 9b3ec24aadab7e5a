#include "clirunner.h"
#include "support/catchqt.h"

#include "io/csv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using majlis::test::cli;
using majlis::test::Run;

TEST_CASE("majlis-cli keeps partners and runs an event's door", "[cli][events]")
{
    QTemporaryDir dir;
    REQUIRE(cli(dir, {QStringLiteral("partners"), QStringLiteral("add"), QStringLiteral("CAIR Michigan"), QStringLiteral("--kind"),
                      QStringLiteral("civil_rights"), QStringLiteral("--area"), QStringLiteral("voting"), QStringLiteral("--status"),
                      QStringLiteral("active")}).exitCode == 0);
    CHECK(cli(dir, {QStringLiteral("partners"), QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--kind"),
                    QStringLiteral("bakery")}).exitCode == 2);
    const Run listed = cli(dir, {QStringLiteral("--json"), QStringLiteral("partners"), QStringLiteral("list"), QStringLiteral("--area"),
                                 QStringLiteral("Voting")});
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.json().array().size() == 1);
    CHECK(listed.json().array().at(0).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("civil_rights"));
    const Run shown = cli(dir, {QStringLiteral("partners"), QStringLiteral("show"), QStringLiteral("cair michigan")});
    CHECK(shown.exitCode == 0);
    CHECK(shown.err.isEmpty());

    REQUIRE(cli(dir, {QStringLiteral("events"), QStringLiteral("create"), QStringLiteral("Voter drive"), QStringLiteral("--start"),
                      QStringLiteral("2027-05-01 18:30"), QStringLiteral("--kind"), QStringLiteral("voter_registration")}).exitCode == 0);
    CHECK(cli(dir, {QStringLiteral("events"), QStringLiteral("create"), QStringLiteral("No time")}).exitCode == 2);
    const Run amina = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--given"),
                                QStringLiteral("Amina"), QStringLiteral("--family"), QStringLiteral("Rahman")});
    const QString aminaId = amina.json().object().value(QStringLiteral("id")).toString().left(8);

    const Run checkedIn = cli(dir, {QStringLiteral("--json"), QStringLiteral("events"), QStringLiteral("checkin"),
                                    QStringLiteral("Voter drive"), aminaId});
    REQUIRE(checkedIn.exitCode == 0);
    CHECK(checkedIn.json().object().value(QStringLiteral("total")).toInt() == 1);

    // A walk-in with the name of an existing contact is refused, pointing at that contact.
    const Run duplicate = cli(dir, {QStringLiteral("events"), QStringLiteral("checkin"), QStringLiteral("Voter drive"),
                                    QStringLiteral("--walk-in"), QStringLiteral("--given"), QStringLiteral("Amina"),
                                    QStringLiteral("--family"), QStringLiteral("Rahman")});
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.err.contains(aminaId));
    REQUIRE(cli(dir, {QStringLiteral("events"), QStringLiteral("checkin"), QStringLiteral("Voter drive"), QStringLiteral("--walk-in"),
                      QStringLiteral("--given"), QStringLiteral("Zainab"), QStringLiteral("--email"),
                      QStringLiteral("z@example.org")}).exitCode == 0);

    const QString path = dir.filePath(QStringLiteral("attendance.csv"));
    REQUIRE(cli(dir, {QStringLiteral("events"), QStringLiteral("attendance"), QStringLiteral("Voter drive"), QStringLiteral("--csv"),
                      path}).exitCode == 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto table = majlis::CsvTable::parse(file.readAll());
    REQUIRE(table.ok());
    REQUIRE(table->rowCount() == 2);
    QStringList walkIns;
    for (int row = 0; row < 2; ++row)
        walkIns << table->value(row, QStringLiteral("Walk-in"));
    walkIns.sort();
    CHECK(walkIns == QStringList{QStringLiteral("No"), QStringLiteral("Yes")});
}
