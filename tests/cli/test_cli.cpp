#include "clirunner.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using majlis::test::cli;
using majlis::test::Run;

TEST_CASE("majlis-cli adds, finds, shows, edits and deletes a contact")
{
    QTemporaryDir dir;
    REQUIRE(cli(dir, {QStringLiteral("init")}).exitCode == 0);
    REQUIRE(cli(dir, {QStringLiteral("chapters"), QStringLiteral("add"), QStringLiteral("Dearborn")}).exitCode == 0);

    const Run added = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("add"),
                                QStringLiteral("--given"), QStringLiteral("محمد"), QStringLiteral("--family"), QStringLiteral("علي"),
                                QStringLiteral("--email"), QStringLiteral("a@b.org"), QStringLiteral("--phone"),
                                QStringLiteral("+1 313 555 0100"), QStringLiteral("--chapter"), QStringLiteral("Dearborn")});
    REQUIRE(added.exitCode == 0);
    const QString id = added.json().object().value(QStringLiteral("id")).toString();
    REQUIRE(id.size() == 36);
    CHECK(added.json().object().value(QStringLiteral("phones")).toArray().at(0).toObject().value(QStringLiteral("value")).toString()
          == QStringLiteral("+13135550100"));
    REQUIRE(cli(dir, {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--given"), QStringLiteral("Mohammed"),
                      QStringLiteral("--family"), QStringLiteral("Bazzi")}).exitCode == 0);

    const Run latin = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("search"), QStringLiteral("moh")});
    REQUIRE(latin.exitCode == 0);
    REQUIRE(latin.json().array().size() == 1);
    CHECK(latin.json().array().at(0).toObject().value(QStringLiteral("displayName")).toString() == QStringLiteral("Mohammed Bazzi"));

    const Run arabic = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("search"), QStringLiteral("محم")});
    REQUIRE(arabic.json().array().size() == 1);
    CHECK(arabic.json().array().at(0).toObject().value(QStringLiteral("chapter")).toString() == QStringLiteral("Dearborn"));

    const Run shown = cli(dir, {QStringLiteral("contacts"), QStringLiteral("show"), id.left(8)});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("محمد علي")));
    CHECK(shown.out.contains(QStringLiteral("a@b.org")));

    const Run edited = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("edit"), id,
                                 QStringLiteral("--state"), QStringLiteral("mi"), QStringLiteral("--district"), QStringLiteral("12"),
                                 QStringLiteral("--tag"), QStringLiteral("volunteer")});
    REQUIRE(edited.exitCode == 0);
    CHECK(edited.json().object().value(QStringLiteral("usState")).toString() == QStringLiteral("MI"));
    CHECK(edited.json().object().value(QStringLiteral("district")).toInt() == 12);

    const Run listed = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--tag"),
                                 QStringLiteral("volunteer")});
    REQUIRE(listed.json().array().size() == 1);

    REQUIRE(cli(dir, {QStringLiteral("contacts"), QStringLiteral("delete"), id}).exitCode == 0);
    CHECK(cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("search"), QStringLiteral("محم")})
              .json().array().isEmpty());
    CHECK(cli(dir, {QStringLiteral("contacts"), QStringLiteral("show"), id}).exitCode == 1);
}

TEST_CASE("majlis-cli reports errors on stderr with a non-zero exit code")
{
    QTemporaryDir dir;
    const Run badEmail = cli(dir, {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--given"),
                                   QStringLiteral("Aisha"), QStringLiteral("--email"), QStringLiteral("aisha.example.org")});
    CHECK(badEmail.exitCode == 1);
    CHECK(badEmail.out.isEmpty());
    CHECK(badEmail.err.contains(QStringLiteral("@")));

    const Run noChapter = cli(dir, {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--given"),
                                    QStringLiteral("Aisha"), QStringLiteral("--chapter"), QStringLiteral("Atlantis")});
    CHECK(noChapter.exitCode == 1);
    CHECK(noChapter.err.contains(QStringLiteral("chapters add")));

    CHECK(cli(dir, {QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli(dir, {QStringLiteral("contacts"), QStringLiteral("explode")}).exitCode == 2);
    CHECK(cli(dir, {QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("x")}).exitCode == 2);

    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a database\n");
    file.close();
    const QByteArray before = majlis::test::fileHash(notes);
    const Run refused = cli(dir, {QStringLiteral("contacts"), QStringLiteral("list")}, notes);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("not a Majlis workspace")));
    CHECK(majlis::test::fileHash(notes) == before);
}
