#include "common/clock.h"
#include "contacts/contactrepository.h"
#include "storage/database.h"
#include "sync/conflictlog.h"

#include "support/catchqt.h"
#include "support/conflictrows.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace majlis;

namespace {

struct Workspace
{
    Workspace()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("conflicts.majlis")));
        REQUIRE(opened);
        database = std::move(opened).value();
    }
    Database &db() { return *database; }

    QTemporaryDir dir;
    std::unique_ptr<Database> database;
};



qint64 lastSeq(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// The fields each change-log entry after `seq` lists for that row, oldest first.
QStringList loggedFields(Database &db, qint64 seq, const QString &table, const QString &rowId)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT fields FROM change_log WHERE seq > ? AND table_name = ? AND row_id = ? ORDER BY seq"));
    q.addBindValue(seq);
    q.addBindValue(table);
    q.addBindValue(rowId);
    REQUIRE(q.exec());
    QStringList fields;
    while (q.next())
        fields << q.value(0).toString();
    return fields;
}

} // namespace

TEST_CASE("the conflict log lists open entries newest first, resolved ones only when asked", "[sync][conflicts]")
{
    Workspace ws;
    const Contact c = test::addSampleContact(ws.db());
    const QString older = test::addConflict(ws.db(), QStringLiteral("contacts"), c.id, QStringLiteral("family_name"),
        QStringLiteral("\"Yusuf\""), QStringLiteral("\"Youssef\""), 1'700'000'001'000);
    const QString resolved = test::addConflict(ws.db(), QStringLiteral("contacts"), c.id, QStringLiteral("notes"),
        QStringLiteral("\"a\""), QStringLiteral("\"b\""), 1'700'000'002'000, true);
    const QString newer = test::addConflict(ws.db(), QStringLiteral("contacts"), c.id, QStringLiteral("district"),
        QStringLiteral("4"), QStringLiteral("null"), 1'700'000'003'000);
    sync::ConflictLog log(ws.db());

    auto open = log.entries();
    REQUIRE(open);
    REQUIRE(open->size() == 2);
    CHECK(open->at(0).id == newer);
    CHECK(open->at(1).id == older);
    CHECK(open->at(0).kept == QJsonValue(4));
    CHECK(open->at(0).lost.isNull());
    CHECK(open->at(1).kept == QJsonValue(QStringLiteral("Yusuf")));
    CHECK(open->at(1).lost == QJsonValue(QStringLiteral("Youssef")));
    CHECK(open->at(1).lostDevice == QStringLiteral("0f3c9a7e-laptop-b"));
    CHECK(open->at(1).rowLabel == QStringLiteral("Amina Yusuf")); // the name as the contact list shows it
    CHECK(open->at(1).createdAt == 1'700'000'001'000);
    CHECK_FALSE(open->at(1).resolved);
    CHECK(log.openCount().value() == 2);

    auto all = log.entries(true);
    REQUIRE(all);
    REQUIRE(all->size() == 3);
    CHECK(all->at(1).id == resolved);
    CHECK(all->at(1).resolved);
}

TEST_CASE("restoring a conflict writes the lost value back as an edit that syncs", "[sync][conflicts]")
{
    Workspace ws;
    const Contact c = test::addSampleContact(ws.db());
    const QString id = test::addConflict(ws.db(), QStringLiteral("contacts"), c.id, QStringLiteral("family_name"),
        QStringLiteral("\"Yusuf\""), QStringLiteral("\"Youssef\""), nowMs());
    const qint64 before = lastSeq(ws.db());
    sync::ConflictLog log(ws.db());

    REQUIRE(log.restore(id));
    CHECK(ContactRepository(ws.db()).get(c.id)->familyName == QStringLiteral("Youssef"));
    // The outbox sends what the change log lists: the restored field, and the entry marked resolved.
    const QStringList contactChanges = loggedFields(ws.db(), before, QStringLiteral("contacts"), c.id);
    REQUIRE_FALSE(contactChanges.isEmpty());
    CHECK(contactChanges.join(u',').split(u',').contains(QStringLiteral("family_name")));
    CHECK(loggedFields(ws.db(), before, QStringLiteral("sync_conflicts"), id)
              .join(u',')
              .contains(QStringLiteral("resolved")));
    CHECK(log.openCount().value() == 0);
    auto all = log.entries(true);
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK(all->first().resolved);
}

TEST_CASE("keeping the current value closes the entry and leaves the record alone", "[sync][conflicts]")
{
    Workspace ws;
    const Contact c = test::addSampleContact(ws.db());
    const QString id = test::addConflict(ws.db(), QStringLiteral("contacts"), c.id, QStringLiteral("family_name"),
        QStringLiteral("\"Yusuf\""), QStringLiteral("\"Youssef\""), nowMs());
    const qint64 before = lastSeq(ws.db());
    sync::ConflictLog log(ws.db());

    REQUIRE(log.dismiss(id));
    CHECK(ContactRepository(ws.db()).get(c.id)->familyName == QStringLiteral("Yusuf"));
    CHECK(loggedFields(ws.db(), before, QStringLiteral("contacts"), c.id).isEmpty());
    CHECK(log.openCount().value() == 0);
    CHECK(log.entries(true)->first().resolved);
}

TEST_CASE("a conflict naming a table or field Majlis does not sync is refused and changes nothing",
    "[sync][conflicts][security]")
{
    Workspace ws;
    const Contact c = test::addSampleContact(ws.db());
    // What a compromised or buggy server could send: the names end up in SQL text.
    const QList<std::pair<QString, QString>> hostile {
        {QStringLiteral("contacts"), QStringLiteral("family_name = 'x' --")},
        {QStringLiteral("sqlite_master"), QStringLiteral("sql")},
        {QStringLiteral("local_settings"), QStringLiteral("value")},
        {QStringLiteral("sync_conflicts"), QStringLiteral("resolved")},
        {QStringLiteral("contacts"), QStringLiteral("id")},
        {QStringLiteral("contacts"), QStringLiteral("rid")},
    };
    sync::ConflictLog log(ws.db());
    for (const auto &[table, field] : hostile) {
        INFO(table.toStdString() << "." << field.toStdString());
        const QString id
            = test::addConflict(ws.db(), table, c.id, field, QStringLiteral("\"Yusuf\""), QStringLiteral("\"x\""), nowMs());
        const qint64 before = lastSeq(ws.db());
        const Status restored = log.restore(id);
        REQUIRE_FALSE(restored);
        CHECK(restored.error().code == Error::Code::InvalidInput);
        CHECK_FALSE(restored.error().message.isEmpty());
        CHECK(lastSeq(ws.db()) == before);
        CHECK(ContactRepository(ws.db()).get(c.id)->familyName == QStringLiteral("Yusuf"));
        CHECK_FALSE(log.entries()->isEmpty()); // still open: nothing was marked
        REQUIRE(log.dismiss(id)); // out of the way of the next one
    }
}

TEST_CASE("restoring a value into a record deleted since says it is gone", "[sync][conflicts]")
{
    Workspace ws;
    const Contact c = test::addSampleContact(ws.db());
    const QString id = test::addConflict(ws.db(), QStringLiteral("contacts"), c.id, QStringLiteral("family_name"),
        QStringLiteral("\"Yusuf\""), QStringLiteral("\"Youssef\""), nowMs());
    REQUIRE(ContactRepository(ws.db()).remove({c.id}));
    const qint64 before = lastSeq(ws.db());
    sync::ConflictLog log(ws.db());

    const Status restored = log.restore(id);
    REQUIRE_FALSE(restored);
    CHECK(restored.error().code == Error::Code::NotFound);
    CHECK(lastSeq(ws.db()) == before);
    CHECK(log.openCount().value() == 1);

    const Status unknown = log.restore(newId());
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == Error::Code::NotFound);
}
