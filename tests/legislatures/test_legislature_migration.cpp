#include "advocacy/dayplanner.h"
#include "advocacy/legislatorrepository.h"
#include "legislatures/bodyrepository.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

// A version 9 workspace as laptops hold it today: members of Congress, a planned day with a
// meeting and an office's blackout, and a meeting already reported.
QString makeVersion9(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("v9.majlis"));
    const QString name = QStringLiteral("version-9");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        REQUIRE(applyMigrations(db, 0, 9));
        exec(db,
            QStringLiteral("INSERT INTO contacts (id, given_name, family_name, us_state, district, created_at, "
                           "updated_at, device_id) VALUES ('c1', 'Amina', 'Rahman', 'MI', 12, 1, 1, 'old')"));
        exec(db,
            QStringLiteral(
                "INSERT INTO legislators (id, bioguide_id, chamber, state, district, senate_class, full_name, "
                "building, room, in_office, created_at, updated_at, device_id) VALUES "
                "('sen', 'P000595', 'senate', 'MI', NULL, 2, 'Gary Peters', 'Hart', '724', 1, 1, 1, 'old'), "
                "('rep', 'T000481', 'house', 'MI', 12, 0, 'Rashida Tlaib', 'Longworth', '1628', 1, 1, 1, 'old'), "
                "('gone', 'X000001', 'house', 'AK', 0, 0, 'Former Member', 'Cannon', '1', 0, 1, 1, 'old')"));
        exec(db,
            QStringLiteral("INSERT INTO advocacy_days (id, title, day_date, created_at, updated_at, device_id) "
                           "VALUES ('d1', 'Capitol Day', '2027-03-04', 1, 1, 'old')"));
        exec(db,
            QStringLiteral("INSERT INTO day_attendees (id, day_id, contact_id, created_at, updated_at, device_id) "
                           "VALUES ('a1', 'd1', 'c1', 1, 1, 'old')"));
        exec(db,
            QStringLiteral("INSERT INTO meetings (id, day_id, legislator_id, start_minute, end_minute, status, "
                           "report_notes, created_at, updated_at, device_id) VALUES "
                           "('m1', 'd1', 'rep', 600, 630, 'held', 'Supportive of the bill', 1, 1, 'old'), "
                           "('m2', 'd1', 'gone', 660, 690, 'planned', '', 1, 1, 'old')"));
        exec(db,
            QStringLiteral("INSERT INTO day_office_times (id, day_id, legislator_id, kind, start_minute, "
                           "end_minute, created_at, updated_at, device_id) VALUES "
                           "('t1', 'd1', 'sen', 'blackout', 540, 600, 1, 1, 'old')"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return path;
}

} // namespace

TEST_CASE("a version 9 workspace keeps its members of Congress, meetings and reports as the U.S. Congress body",
    "[legislatures][migration]")
{
    QTemporaryDir dir;
    auto db = Database::open(makeVersion9(dir));
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());

    auto bodies = BodyRepository(**db).list();
    REQUIRE(bodies);
    REQUIRE(bodies->size() == 1);
    CHECK(bodies->first().id == bodies::congressId());
    CHECK(bodies->first().chambers() == QList<Chamber> {Chamber::Senate, Chamber::House});

    LegislatorRepository legislators(**db);
    auto rep = legislators.get(QStringLiteral("rep"));
    REQUIRE(rep);
    CHECK(rep->bodyId == bodies::congressId());
    CHECK(rep->sourceId == QStringLiteral("T000481"));
    CHECK(rep->chamber == Chamber::House);
    CHECK(rep->district == QStringLiteral("12"));
    CHECK(rep->office == OfficeLocation {QStringLiteral("Longworth"), QStringLiteral("1628")});
    auto sen = legislators.get(QStringLiteral("sen"));
    REQUIRE(sen);
    CHECK(sen->district.isEmpty());
    CHECK(sen->seat() == QStringLiteral("MI"));
    auto gone = legislators.get(QStringLiteral("gone"));
    REQUIRE(gone);
    CHECK(gone->seat() == QStringLiteral("AK-AL"));
    CHECK_FALSE(gone->inOffice);

    // The day is the Capitol's, its report and its meeting with a departed member survive, and
    // the attendee is still matched to her representative by the district on her contact.
    auto snapshot = DayPlanner(**db).snapshot(QStringLiteral("d1"));
    REQUIRE(snapshot);
    CHECK(snapshot->day.bodyId == bodies::congressId());
    CHECK(snapshot->body.isCongress());
    REQUIRE(snapshot->meetings.size() == 2);
    CHECK(snapshot->legislator(QStringLiteral("gone")) != nullptr);
    REQUIRE(snapshot->attendees.size() == 1);
    CHECK(snapshot->attendees.first().districts.value(Chamber::House) == QStringLiteral("12"));
    CHECK(snapshot->officeTimes.size() == 1);

    // A re-import of the same members finds them by bioguide id, not as new rows.
    Legislator again = rep.value();
    again.id.clear();
    Legislator senator = sen.value();
    senator.id.clear();
    auto summary = legislators.importCurrent({again, senator});
    REQUIRE(summary);
    CHECK(summary->added == 0);
    CHECK(summary->unchanged == 2);

    // Foreign keys are back on after the rebuild.
    QSqlQuery keys((*db)->connection());
    REQUIRE(keys.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(keys.next());
    CHECK(keys.value(0).toInt() == 1);
}
