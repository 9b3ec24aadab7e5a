#include "events/eventrepository.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QProcess>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace majlis;

TEST_CASE("a check-in interrupted by killing the process is saved whole or not at all", "[events][checkin][crash]")
{
    QString path;
    QString eventId;
    QTemporaryDir keep;
    {
        test::TempWorkspace ws;
        Event e;
        e.title = QStringLiteral("Door");
        e.startsAt = QDateTime(QDate(2027, 5, 1), QTime(18, 0));
        eventId = EventRepository(ws.db()).create(e)->id;
        // The workspace must outlive this scope: copy it aside (closed) for the writer.
        path = keep.filePath(QStringLiteral("door.majlis"));
        QSqlQuery(ws.db().connection()).exec(QStringLiteral("VACUUM INTO '%1'").arg(path));
    }

    for (int round = 0; round < 3; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(MAJLIS_CHECKIN_WRITER), {path, eventId});
        REQUIRE(writer.waitForStarted());
        QByteArray output;
        // Let it commit some check-ins, then pull the plug at an arbitrary moment.
        while (output.count('\n') < 5 + round * 7 && writer.waitForReadyRead(10000))
            output += writer.readAllStandardOutput();
        writer.kill();
        writer.waitForFinished();
        output += writer.readAllStandardOutput();
        const int reported = int(output.count("committed"));
        REQUIRE(reported > 0);

        auto db = Database::open(path);
        REQUIRE(db.ok());
        QSqlQuery check((*db)->connection());
        REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(check.next());
        CHECK(check.value(0).toString() == QStringLiteral("ok"));
        // No walk-in contact without its check-in, no check-in without its contact.
        REQUIRE(check.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM contacts c WHERE c.given_name = 'Walkin' AND NOT EXISTS "
            "   (SELECT 1 FROM event_registrations r WHERE r.contact_id = c.id AND r.checked_in_at IS NOT NULL)), "
            "(SELECT count(*) FROM event_registrations r WHERE NOT EXISTS (SELECT 1 FROM contacts c WHERE c.id = "
            "r.contact_id)), "
            "(SELECT count(*) FROM event_registrations WHERE checked_in_at IS NOT NULL), "
            "(SELECT count(*) FROM contacts c WHERE c.given_name = 'Walkin' AND c.rid NOT IN (SELECT rowid FROM "
            "contact_search))")));
        REQUIRE(check.next());
        CHECK(check.value(0).toInt() == 0);
        CHECK(check.value(1).toInt() == 0);
        CHECK(check.value(3).toInt() == 0);
        // Everything reported as committed is there; at most the one in flight besides.
        INFO("round " << round << ": reported " << reported << ", stored " << check.value(2).toInt());
        CHECK(check.value(2).toInt() >= reported);
    }
}
