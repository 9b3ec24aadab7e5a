#include "cli/clirunner.h"
#include "contacts/chapter.h"
#include "events/eventrepository.h"
#include "events/eventtimezone.h"
#include "storage/database.h"
#include "support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

Event eventAt(const QString &title, const QString &chapterId = {}, const QString &zone = {})
{
    Event e;
    e.title = title;
    e.startsAt = QDateTime(QDate(2026, 3, 13), QTime(18, 30));
    e.chapterId = chapterId;
    e.timeZone = zone;
    return e;
}

// A zone that is surely not this computer's, so the test shows inheritance and not a default.
QString otherThanSystem(const char *first, const char *second)
{
    return QString::fromUtf8(QTimeZone::systemTimeZoneId() == first ? second : first);
}

} // namespace

TEST_CASE("an event's zone is its own, else its chapter's, else the workspace's, else this computer's",
          "[events][timezone]")
{
    test::TempWorkspace ws;
    const QSqlDatabase db = ws.db().connection();
    EventRepository events(ws.db());
    ChapterRepository chapters(ws.db());
    auto plain = chapters.create({{}, QStringLiteral("Plain"), {}, {}, {}});
    REQUIRE(plain.ok());
    const Event bare = events.create(eventAt(QStringLiteral("Bare"), plain->id)).value();
    CHECK(bare.timeZone.isEmpty());
    CHECK(timezones::forEvent(db, bare) == QTimeZone::systemTimeZone());

    const QString workspaceZone = otherThanSystem("Asia/Karachi", "Asia/Kolkata");
    REQUIRE(timezones::setWorkspaceZone(ws.db(), workspaceZone).ok());
    CHECK(timezones::forEvent(db, bare).id() == workspaceZone.toUtf8());

    const QString chapterZone = otherThanSystem("Europe/Paris", "Europe/Berlin");
    REQUIRE(chapters.setTimeZone(plain->id, chapterZone).ok());
    CHECK(chapters.get(plain->id)->timeZone == chapterZone);
    CHECK(timezones::forEvent(db, bare).id() == chapterZone.toUtf8()); // the row still says nothing

    // A new event of that chapter takes the chapter's zone as its own.
    const Event later = events.create(eventAt(QStringLiteral("Later"), plain->id)).value();
    CHECK(later.timeZone == chapterZone);
    Event own = later;
    own.timeZone = QStringLiteral("America/New_York");
    REQUIRE(events.update(own).ok());
    CHECK(events.get(own.id)->timeZone == QStringLiteral("America/New_York"));
    CHECK(timezones::forEvent(db, events.get(own.id).value()).id() == "America/New_York");

    // A zone this computer does not know, synced from elsewhere, is passed over.
    QSqlQuery(db).exec(QStringLiteral("UPDATE events SET time_zone = 'Mars/Olympus' WHERE id = '%1'").arg(own.id));
    CHECK(timezones::forEvent(db, events.get(own.id).value()).id() == chapterZone.toUtf8());
}

TEST_CASE("a zone that is not an IANA id is refused with a message, and nothing is written", "[events][timezone]")
{
    test::TempWorkspace ws;
    EventRepository events(ws.db());
    auto refused = events.create(eventAt(QStringLiteral("Iftar"), {}, QStringLiteral("London")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("\"London\"")));
    CHECK(refused.error().message.contains(QStringLiteral("Europe/London")));
    CHECK(events.list()->isEmpty());
    CHECK_FALSE(timezones::setWorkspaceZone(ws.db(), QStringLiteral("GMT+5 please")).ok());
    CHECK(timezones::workspaceZone(ws.db()).isEmpty());
    CHECK_FALSE(ChapterRepository(ws.db()).create({{}, QStringLiteral("X"), {}, {}, {}, QStringLiteral("Nowhere")}).ok());
}

TEST_CASE("the zone columns are synced: a change is logged by field", "[events][timezone][sync]")
{
    test::TempWorkspace ws;
    EventRepository events(ws.db());
    Event e = events.create(eventAt(QStringLiteral("Iftar"))).value();
    e.timeZone = QStringLiteral("Europe/London");
    REQUIRE(events.update(e).ok());
    QSqlQuery log(ws.db().connection());
    REQUIRE(log.exec(QStringLiteral("SELECT fields FROM change_log WHERE table_name = 'events' ORDER BY rowid DESC LIMIT 1")));
    REQUIRE(log.next());
    CHECK(log.value(0).toString().split(u',').contains(QStringLiteral("time_zone")));
}

TEST_CASE("majlis-cli sets and prints time zones of chapters and events", "[cli][events][timezone]")
{
    using test::cli;
    QTemporaryDir dir;
    REQUIRE(cli(dir, {QStringLiteral("chapters"), QStringLiteral("add"), QStringLiteral("Manchester"), QStringLiteral("--country"),
                      QStringLiteral("GB"), QStringLiteral("--time-zone"), QStringLiteral("Europe/London")})
                .exitCode
            == 0);
    const auto bad = cli(dir, {QStringLiteral("chapters"), QStringLiteral("time-zone"), QStringLiteral("Mars/Olympus")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("Mars/Olympus")));
    const auto set = cli(dir, {QStringLiteral("chapters"), QStringLiteral("time-zone"), QStringLiteral("America/Toronto"),
                               QStringLiteral("--chapter"), QStringLiteral("manchester")});
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(QStringLiteral("America/Toronto")));
    REQUIRE(cli(dir, {QStringLiteral("chapters"), QStringLiteral("time-zone"), QStringLiteral("Europe/London"),
                      QStringLiteral("--chapter"), QStringLiteral("Manchester")})
                .exitCode
            == 0);

    REQUIRE(cli(dir, {QStringLiteral("events"), QStringLiteral("create"), QStringLiteral("Iftar"), QStringLiteral("--start"),
                      QStringLiteral("2026-03-13 18:30"), QStringLiteral("--chapter"), QStringLiteral("Manchester")})
                .exitCode
            == 0);
    REQUIRE(cli(dir, {QStringLiteral("events"), QStringLiteral("create"), QStringLiteral("Town hall"), QStringLiteral("--start"),
                      QStringLiteral("2026-03-14 19:00"), QStringLiteral("--time-zone"), QStringLiteral("America/New_York")})
                .exitCode
            == 0);
    const auto refused = cli(dir, {QStringLiteral("events"), QStringLiteral("create"), QStringLiteral("Lost"), QStringLiteral("--start"),
                                   QStringLiteral("2026-03-14 19:00"), QStringLiteral("--time-zone"), QStringLiteral("Atlantis")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("Atlantis")));

    const auto listed = cli(dir, {QStringLiteral("--json"), QStringLiteral("events"), QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    QStringList zones;
    for (const QJsonValue &e : listed.json().array())
        zones << e.toObject().value(QStringLiteral("timeZone")).toString();
    CHECK(zones == QStringList {QStringLiteral("America/New_York"), QStringLiteral("Europe/London")});
    const auto text = cli(dir, {QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--hijri")});
    CHECK(text.out.contains(QStringLiteral("2026-03-13 18:30 Europe/London (24 Ramadan 1447)")));
    const auto shown = cli(dir, {QStringLiteral("events"), QStringLiteral("show"), QStringLiteral("Iftar")});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("Europe/London")));
    CHECK_FALSE(shown.out.contains(QStringLiteral("Ramadan")));

    REQUIRE(cli(dir, {QStringLiteral("events"), QStringLiteral("calendar"), dir.filePath(QStringLiteral("events.ics"))}).exitCode == 0);
    QFile ics(dir.filePath(QStringLiteral("events.ics")));
    REQUIRE(ics.open(QIODevice::ReadOnly));
    const QByteArray written = ics.readAll();
    CHECK(written.contains("DTSTART;TZID=Europe/London:20260313T183000"));
    CHECK(written.contains("DTSTART;TZID=America/New_York:20260314T190000"));
    CHECK(written.contains("BEGIN:VTIMEZONE"));
}
