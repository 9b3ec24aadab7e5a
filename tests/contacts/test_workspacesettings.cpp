#include "cli/clirunner.h"
#include "contacts/chapter.h"
#include "contacts/phonenumber.h"
#include "contacts/phoneregion.h"
#include "contacts/workspacesettings.h"
#include "events/eventtimezone.h"
#include "i18n/countrynames.h"
#include "support/tempworkspace.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace majlis;

TEST_CASE("a chapter's country is set in any case, refused when unknown, and cleared to the workspace's",
          "[contacts][chapters][region]")
{
    test::TempWorkspace ws;
    ChapterRepository chapters(ws.db());
    REQUIRE(phoneregion::setWorkspaceRegion(ws.db(), QStringLiteral("GB")).ok());
    auto paris = chapters.create({{}, QStringLiteral("Paris"), {}, {}, {}});
    REQUIRE(paris.ok());
    CHECK(phoneregion::forChapter(ws.db().connection(), paris->id) == u"GB");

    REQUIRE(chapters.setCountry(paris->id, QStringLiteral("fr")).ok());
    CHECK(chapters.get(paris->id)->country == u"FR");
    CHECK(phoneregion::forChapter(ws.db().connection(), paris->id) == u"FR");

    const Status refused = chapters.setCountry(paris->id, QStringLiteral("France"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("\"France\"")));
    CHECK(chapters.get(paris->id)->country == u"FR");

    REQUIRE(chapters.setCountry(paris->id, QString()).ok());
    CHECK(chapters.get(paris->id)->country.isEmpty());
    CHECK(phoneregion::forChapter(ws.db().connection(), paris->id) == u"GB");
    CHECK_FALSE(chapters.setCountry(QStringLiteral("no-such-id"), QStringLiteral("DE")).ok());
}

TEST_CASE("clearing the workspace's country gives the choice back to this computer's locale", "[contacts][region]")
{
    test::TempWorkspace ws;
    REQUIRE(phoneregion::setWorkspaceRegion(ws.db(), QStringLiteral("de")).ok());
    CHECK(phoneregion::ownWorkspaceRegion(ws.db()) == u"DE");
    CHECK(phoneregion::workspaceRegion(ws.db()) == u"DE");
    REQUIRE(phoneregion::setWorkspaceRegion(ws.db(), QString()).ok());
    CHECK(phoneregion::ownWorkspaceRegion(ws.db()).isEmpty());
    CHECK(phoneregion::workspaceRegion(ws.db()) == phoneregion::localeRegion());
}

TEST_CASE("workspace settings are written together, or not at all when one value is refused", "[contacts][region][timezone]")
{
    test::TempWorkspace ws;
    ChapterRepository chapters(ws.db());
    auto leeds = chapters.create({{}, QStringLiteral("Leeds"), {}, {}, QStringLiteral("GB")});
    auto lyon = chapters.create({{}, QStringLiteral("Lyon"), {}, {}, {}});
    REQUIRE((leeds.ok() && lyon.ok()));

    workspacesettings::Change change;
    change.region = QStringLiteral("CA");
    change.timeZone = QStringLiteral("America/Toronto");
    change.chapters = {{leeds->id, QStringLiteral("GB"), QStringLiteral("Europe/London")},
                       {lyon->id, QStringLiteral("fr"), QStringLiteral("Europe/Paris")}};
    REQUIRE(workspacesettings::apply(ws.db(), change).ok());
    CHECK(phoneregion::ownWorkspaceRegion(ws.db()) == u"CA");
    CHECK(timezones::workspaceZone(ws.db()) == u"America/Toronto");
    CHECK(chapters.get(leeds->id)->timeZone == u"Europe/London");
    CHECK(chapters.get(lyon->id)->country == u"FR");
    CHECK(chapters.get(lyon->id)->timeZone == u"Europe/Paris");

    // The last value is wrong: nothing before it stays written either.
    workspacesettings::Change bad;
    bad.region = QStringLiteral("DE");
    bad.timeZone = QStringLiteral("Europe/Berlin");
    bad.chapters = {{leeds->id, QString(), QString()}, {lyon->id, QStringLiteral("FR"), QStringLiteral("Lyon")}};
    const Status refused = workspacesettings::apply(ws.db(), bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Lyon")));
    CHECK(refused.error().message.contains(QStringLiteral("Europe/London"))); // the example of a good name
    CHECK(phoneregion::ownWorkspaceRegion(ws.db()) == u"CA");
    CHECK(timezones::workspaceZone(ws.db()) == u"America/Toronto");
    CHECK(chapters.get(leeds->id)->country == u"GB");
    CHECK(chapters.get(leeds->id)->timeZone == u"Europe/London");
}

TEST_CASE("countries are named in the reader's language, from the regions libphonenumber knows", "[i18n][region]")
{
    const QStringList regions = phone::knownRegions();
    CHECK(regions.size() > 200);
    CHECK(regions.contains(QStringLiteral("DE")));
    CHECK(regions.contains(QStringLiteral("PK")));
    CHECK_FALSE(regions.contains(QStringLiteral("XX")));

    CHECK(countries::name(QStringLiteral("DE"), QLocale(QLocale::English)) == u"Germany");
    CHECK(countries::name(QStringLiteral("de"), QLocale(QLocale::French)) == u"Allemagne");
    CHECK(countries::name(QStringLiteral("DE"), QLocale(QLocale::Arabic)) == QStringLiteral("ألمانيا"));
    CHECK(countries::name(QStringLiteral("DE"), QLocale::c()) == u"Germany");
    CHECK(countries::name(QStringLiteral("QQ"), QLocale(QLocale::English)) == u"QQ");
    CHECK(countries::nameWithCode(QStringLiteral("gb"), QLocale(QLocale::English)).contains(QStringLiteral("United Kingdom")));
    CHECK(countries::nameWithCode(QStringLiteral("gb"), QLocale(QLocale::English)).contains(QStringLiteral("GB")));
}

TEST_CASE("majlis-cli sets a chapter's country with chapters region --chapter", "[cli][chapters][region]")
{
    using majlis::test::cli;
    QTemporaryDir dir;
    REQUIRE(cli(dir, {QStringLiteral("init")}).exitCode == 0);
    REQUIRE(cli(dir, {QStringLiteral("chapters"), QStringLiteral("add"), QStringLiteral("Leeds"), QStringLiteral("--country"),
                      QStringLiteral("GB")})
                .exitCode
            == 0);
    const auto set = cli(dir, {QStringLiteral("--json"), QStringLiteral("chapters"), QStringLiteral("region"), QStringLiteral("fr"),
                               QStringLiteral("--chapter"), QStringLiteral("leeds")});
    REQUIRE(set.exitCode == 0);
    CHECK(set.json().object().value(QStringLiteral("region")).toString() == u"FR");
    CHECK(cli(dir, {QStringLiteral("chapters"), QStringLiteral("region"), QStringLiteral("Narnia"), QStringLiteral("--chapter"),
                    QStringLiteral("Leeds")})
              .exitCode
          != 0);
    const auto shown = cli(dir, {QStringLiteral("--json"), QStringLiteral("chapters"), QStringLiteral("region"), QStringLiteral("--chapter"),
                                 QStringLiteral("Leeds")});
    CHECK(shown.json().object().value(QStringLiteral("region")).toString() == u"FR");
}
