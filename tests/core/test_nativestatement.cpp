#include "storage/nativestatement.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace majlis;
using majlis::test::TempWorkspace;

TEST_CASE("A native statement stores JSON values as the QSqlQuery path does", "[storage]")
{
    TempWorkspace workspace;
    const QSqlDatabase db = workspace.db().connection();
    REQUIRE(QSqlQuery(db).exec(QStringLiteral("CREATE TEMP TABLE probe (id TEXT PRIMARY KEY, value)")));
    NativeStatement insert(db, QStringLiteral("INSERT INTO probe (id, value) VALUES (?, ?)"));
    const QList<std::pair<QString, QJsonValue>> values{
        {QStringLiteral("whole"), QJsonValue(1795750287554.0)},
        {QStringLiteral("fraction"), QJsonValue(1.5)},
        {QStringLiteral("yes"), QJsonValue(true)},
        {QStringLiteral("null"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("arabic"), QJsonValue(QStringLiteral("مريم"))},
        {QStringLiteral("empty"), QJsonValue(QString())},
    };
    for (const auto &[id, value] : values) {
        insert.bind(1, id);
        insert.bind(2, value);
        REQUIRE(insert.run());
    }
    QSqlQuery read(db);
    REQUIRE(read.exec(QStringLiteral("SELECT id, typeof(value), value FROM probe")));
    QHash<QString, std::pair<QString, QVariant>> stored;
    while (read.next())
        stored.insert(read.value(0).toString(), {read.value(1).toString(), read.value(2)});
    CHECK(stored.value(QStringLiteral("whole")).first == u"integer");
    CHECK(stored.value(QStringLiteral("whole")).second.toLongLong() == 1795750287554);
    CHECK(stored.value(QStringLiteral("fraction")).first == u"real");
    CHECK(stored.value(QStringLiteral("yes")).first == u"integer");
    CHECK(stored.value(QStringLiteral("yes")).second.toInt() == 1);
    CHECK(stored.value(QStringLiteral("null")).first == u"null");
    CHECK(stored.value(QStringLiteral("arabic")).second.toString() == QStringLiteral("مريم"));
    CHECK(stored.value(QStringLiteral("empty")).first == u"text"); // '' for "nothing", never NULL

    SECTION("a refused row says why, and the statement runs again afterwards")
    {
        insert.bind(1, QStringLiteral("whole"));
        insert.bind(2, QJsonValue(2));
        CHECK_FALSE(insert.run());
        CHECK(insert.errorText().contains(QStringLiteral("UNIQUE")));
        insert.bind(1, QStringLiteral("another"));
        insert.bind(2, QJsonValue(2));
        CHECK(insert.run());
    }
    SECTION("a statement that cannot be prepared fails when run, with SQLite's reason")
    {
        NativeStatement broken(db, QStringLiteral("INSERT INTO no_such_table VALUES (?)"));
        broken.bind(1, QStringLiteral("x"));
        CHECK_FALSE(broken.run());
        CHECK(broken.errorText().contains(QStringLiteral("no_such_table")));
    }
}
