// PostgreSQL's row-level security, the second wall between chapters behind the per-object checks
// of the sync service: a transaction reads and writes only the chapters it declared, and one
// that declared nothing sees only organization-wide rows. Runs against the tests' private
// PostgreSQL (ctest's "postgres: " cases), so it is left out of the SQLite run.

#include "serverstore.h"
#include "support/catchqt.h"
#include "support/privatepostgres.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace majlis;
using namespace majlis::server;

namespace {

StoredRecord row(const QString &id, const QString &chapter)
{
    return {QStringLiteral("contacts"), id, chapter, {}, {}, {{QStringLiteral("given_name"), QStringLiteral("canary-") + id}}, {}, 0};
}

QStringList visibleIds(ServerStore &store, const QString &sql = QStringLiteral("SELECT row_id FROM records ORDER BY row_id"))
{
    QSqlQuery q(store.connection());
    REQUIRE(q.exec(sql));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

} // namespace

TEST_CASE("PostgreSQL row-level security keeps each request inside its chapters", "[postgres]")
{
    test::PrivatePostgres *postgres = test::PrivatePostgres::instance();
    if (!postgres) {
        WARN("skipped: " << test::PrivatePostgres::reason().toStdString());
        return;
    }
    auto opened = ServerStore::open(postgres->createDatabase());
    REQUIRE(opened);
    ServerStore &store = **opened;
    REQUIRE(store.isPostgres());
    REQUIRE(store.initialize(QStringLiteral("Test organization")));

    REQUIRE(store.begin());
    REQUIRE(store.setScope(ServerStore::kAllChapters, ServerStore::kAllChapters));
    for (StoredRecord r : {row(QStringLiteral("a1"), QStringLiteral("boston")), row(QStringLiteral("b1"), QStringLiteral("dallas")),
                           row(QStringLiteral("o1"), QString())})
        REQUIRE(store.putRecord(r));
    REQUIRE(store.evict(QStringLiteral("dallas"), QStringLiteral("contacts"), QStringLiteral("gone")));
    REQUIRE(store.commit());

    SECTION("a request that declared nothing sees only organization-wide rows")
    {
        CHECK(visibleIds(store) == QStringList{QStringLiteral("o1")});
        REQUIRE(store.begin());
        CHECK(visibleIds(store) == QStringList{QStringLiteral("o1")});
        store.rollback();
    }
    SECTION("a pull for one chapter cannot read another's rows, even by asking for them")
    {
        REQUIRE(store.begin());
        REQUIRE(store.setScope({QString(), QStringLiteral("boston")}, {}));
        CHECK(visibleIds(store) == QStringList{QStringLiteral("a1"), QStringLiteral("o1")});
        CHECK(visibleIds(store, QStringLiteral("SELECT row_id FROM records WHERE chapter_key = 'dallas'")).isEmpty());
        CHECK(visibleIds(store, QStringLiteral("SELECT row_id FROM evictions")).isEmpty());
        auto feed = store.feed(QStringLiteral("dallas"), 0, 100, 1 << 20);
        REQUIRE(feed);
        CHECK(feed->isEmpty());
        store.rollback();
    }
    SECTION("the scope ends with its transaction")
    {
        REQUIRE(store.begin());
        REQUIRE(store.setScope(ServerStore::kAllChapters, {}));
        CHECK(visibleIds(store).size() == 3);
        store.rollback();
        CHECK(visibleIds(store) == QStringList{QStringLiteral("o1")});
    }
    SECTION("a push may look up any row but cannot write into another chapter")
    {
        REQUIRE(store.begin());
        REQUIRE(store.setScope(ServerStore::kAllChapters, {QStringLiteral("boston")}));
        CHECK(visibleIds(store).size() == 3);
        StoredRecord foreign = row(QStringLiteral("b1"), QStringLiteral("dallas"));
        CHECK_FALSE(store.putRecord(foreign));
        store.rollback();

        REQUIRE(store.begin());
        REQUIRE(store.setScope(ServerStore::kAllChapters, {QStringLiteral("boston")}));
        StoredRecord moved = row(QStringLiteral("a1"), QStringLiteral("dallas")); // out of the writer's chapters
        CHECK_FALSE(store.putRecord(moved));
        store.rollback();

        REQUIRE(store.begin());
        REQUIRE(store.setScope(ServerStore::kAllChapters, {QStringLiteral("boston")}));
        QSqlQuery wipe(store.connection());
        REQUIRE(wipe.exec(QStringLiteral("DELETE FROM records WHERE chapter_key = 'dallas'")));
        CHECK(wipe.numRowsAffected() == 0);
        StoredRecord own = row(QStringLiteral("a1"), QStringLiteral("boston"));
        CHECK(store.putRecord(own));
        REQUIRE(store.commit());
    }
}
