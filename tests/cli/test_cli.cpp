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

TEST_CASE("majlis-cli stores a national number of the contact's country as E.164 and finds it as dialled", "[cli][phone]")
{
    QTemporaryDir dir;
    REQUIRE(cli(dir, {QStringLiteral("init")}).exitCode == 0);
    struct Case
    {
        const char *country, *typed, *e164, *searched;
    };
    for (const Case &c : {Case{"DE", "030 12345678", "+493012345678", "030 1234"}, Case{"GB", "020 7946 0958", "+442079460958", "020 7946"},
                          Case{"FR", "01 23 45 67 89", "+33123456789", "01 23 45"}, Case{"CA", "(416) 555-0199", "+14165550199", "416 555"},
                          Case{"TR", "0212 555 12 34", "+902125551234", "0212 555"}}) {
        INFO(c.country);
        const Run added = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--given"),
                                    QStringLiteral("Caller %1").arg(QLatin1String(c.country)), QStringLiteral("--phone"),
                                    QString::fromUtf8(c.typed), QStringLiteral("--country"), QLatin1String(c.country)});
        REQUIRE(added.exitCode == 0);
        CHECK(added.json().object().value(QStringLiteral("phones")).toArray().at(0).toObject().value(QStringLiteral("value")).toString()
              == QLatin1String(c.e164));
        const Run found = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("search"), QString::fromUtf8(c.searched)});
        REQUIRE(found.exitCode == 0);
        REQUIRE(found.json().array().size() == 1);
        CHECK(found.json().array().at(0).toObject().value(QStringLiteral("displayName")).toString()
              == QStringLiteral("Caller %1").arg(QLatin1String(c.country)));
    }
    // A country code Majlis does not know is refused, not guessed.
    CHECK(cli(dir, {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--given"), QStringLiteral("X"), QStringLiteral("--country"),
                    QStringLiteral("Germany")})
              .exitCode
          != 0);
    // Without a country, the workspace's is used once it is set.
    REQUIRE(cli(dir, {QStringLiteral("chapters"), QStringLiteral("region"), QStringLiteral("DE")}).exitCode == 0);
    const Run home = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--given"),
                               QStringLiteral("Home"), QStringLiteral("--phone"), QStringLiteral("089 1234567")});
    REQUIRE(home.exitCode == 0);
    CHECK(home.json().object().value(QStringLiteral("phones")).toArray().at(0).toObject().value(QStringLiteral("value")).toString()
          == u"+49891234567");
}

TEST_CASE("majlis-cli finds Arabic names however the keyboard spelled them, and shows every field", "[cli][arabic]")
{
    QTemporaryDir dir;
    REQUIRE(cli(dir, {QStringLiteral("init")}).exitCode == 0);
    for (const QString &name : {QStringLiteral("فاطمة"), QStringLiteral("علي"), QStringLiteral("الحسن")})
        REQUIRE(cli(dir, {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--given"), name}).exitCode == 0);
    const Run withPhone = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--given"),
                                    QStringLiteral("Yusuf"), QStringLiteral("--phone"), QStringLiteral("+1 313 555 0142"),
                                    QStringLiteral("--street"), QStringLiteral("12 Warren Ave"), QStringLiteral("--city"),
                                    QStringLiteral("Dearborn"), QStringLiteral("--region"), QStringLiteral("MI"),
                                    QStringLiteral("--postal-code"), QStringLiteral("48126"), QStringLiteral("--country"), QStringLiteral("US"),
                                    QStringLiteral("--organization"), QStringLiteral("Arab American Center"), QStringLiteral("--role"),
                                    QStringLiteral("Director"), QStringLiteral("--notes"), QStringLiteral("Met at the iftar")});
    REQUIRE(withPhone.exitCode == 0);
    const auto search = [&](const QString &typed) {
        const Run found = cli(dir, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("search"), typed});
        REQUIRE(found.exitCode == 0);
        QStringList names;
        for (const QJsonValue &row : found.json().array())
            names.append(row.toObject().value(QStringLiteral("displayName")).toString());
        return names;
    };
    CHECK(search(QStringLiteral("فاطمه")) == QStringList{QStringLiteral("فاطمة")});
    CHECK(search(QStringLiteral("علی")) == QStringList{QStringLiteral("علي")});
    CHECK(search(QStringLiteral("حسن")) == QStringList{QStringLiteral("الحسن")});
    CHECK(search(QStringLiteral("٥٥٥٠١٤٢")) == QStringList{QStringLiteral("Yusuf")});

    const QString id = withPhone.json().object().value(QStringLiteral("id")).toString();
    const Run shown = cli(dir, {QStringLiteral("contacts"), QStringLiteral("show"), id.left(8)});
    REQUIRE(shown.exitCode == 0);
    for (const QString &line : {QStringLiteral("phone: +1 313-555-0142"), QStringLiteral("address: 12 Warren Ave, 48126 Dearborn, MI, US"),
                                QStringLiteral("organization: Arab American Center"), QStringLiteral("role: Director"),
                                QStringLiteral("notes: Met at the iftar")}) {
        INFO(shown.out.toStdString());
        CHECK(shown.out.contains(line));
    }
}
