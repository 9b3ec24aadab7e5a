#include "contacts/contactdirectory.h"
#include "sync/syncharness.h"

#include "fieldmerge.h"
#include "sync/clockset.h"
#include "sync/hybridclock.h"
#include "sync/syncschema.h"

#include "support/catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace majlis;
using namespace majlis::test;
using server::ServiceRequest;

namespace {


void setField(Laptop &laptop, const QString &id, const QString &field, const QVariant &value, qint64 at)
{
    QSqlQuery q(laptop.db().connection());
    q.prepare(QStringLiteral("UPDATE contacts SET %1 = ?, updated_at = ?, device_id = ? WHERE id = ?").arg(field));
    q.addBindValue(value);
    q.addBindValue(at);
    q.addBindValue(laptop.db().deviceId());
    q.addBindValue(id);
    REQUIRE(q.exec());
}

QJsonObject contactOn(Laptop &laptop, const QString &id)
{
    return localRows(laptop.db(), QStringLiteral("contacts")).value(id);
}




struct TwoChapters
{
    TwoChapters()
    {
        server.addUser(QStringLiteral("amina"), server::Role::Organizer, {QStringLiteral("Boston")});
        server.addUser(QStringLiteral("bilal"), server::Role::Volunteer, {QStringLiteral("Boston")});
        server.addUser(QStringLiteral("chen"), server::Role::Volunteer, {QStringLiteral("Dearborn")});
        boston = server.chapter(QStringLiteral("Boston"));
        dearborn = server.chapter(QStringLiteral("Dearborn"));
    }
    SimServer server;
    std::mt19937 random{7};
    QString boston;
    QString dearborn;
};

} // namespace

TEST_CASE("Two laptops of a chapter exchange contacts and merge edits field by field", "[sync]")
{
    TwoChapters f;
    Laptop amina(f.server, f.random, QStringLiteral("amina"));
    Laptop bilal(f.server, f.random, QStringLiteral("bilal"));
    REQUIRE(amina.sync());
    REQUIRE(bilal.sync());
    const QString id = insertContact(amina, QStringLiteral("Yusuf"), f.boston);
    REQUIRE(amina.sync());
    REQUIRE(bilal.sync());
    REQUIRE(contactOn(bilal, id).value(QStringLiteral("given_name")).toString() == u"Yusuf");

    SECTION("different fields edited offline both survive, with no conflict")
    {
        setField(amina, id, QStringLiteral("notes"), QStringLiteral("Speaks Somali"), nowMs());
        setField(bilal, id, QStringLiteral("family_name"), QStringLiteral("Abdi"), nowMs());
        REQUIRE(amina.sync());
        REQUIRE(bilal.sync());
        REQUIRE(amina.sync());
        for (Laptop *laptop : {&amina, &bilal}) {
            CHECK(contactOn(*laptop, id).value(QStringLiteral("notes")).toString() == u"Speaks Somali");
            CHECK(contactOn(*laptop, id).value(QStringLiteral("family_name")).toString() == u"Abdi");
        }
        CHECK(localRows(amina.db(), QStringLiteral("sync_conflicts")).isEmpty());
    }
    SECTION("the same field edited on both: the later edit wins and the other is logged")
    {
        f.server.advance(120'000);
        setField(amina, id, QStringLiteral("notes"), QStringLiteral("first"), f.server.now() - 60'000);
        setField(bilal, id, QStringLiteral("notes"), QStringLiteral("second"), f.server.now());
        REQUIRE(amina.sync());
        REQUIRE(bilal.sync());
        REQUIRE(amina.sync());
        CHECK(contactOn(amina, id).value(QStringLiteral("notes")).toString() == u"second");
        const auto conflicts = localRows(amina.db(), QStringLiteral("sync_conflicts"));
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts.begin()->value(QStringLiteral("lost_value")).toString() == u"\"first\"");
        CHECK(conflicts.begin()->value(QStringLiteral("kept_value")).toString() == u"\"second\"");
    }
    SECTION("a clock far in the future cannot win: the server clamps it")
    {
        setField(amina, id, QStringLiteral("notes"), QStringLiteral("from the future"), nowMs() + 400LL * 24 * 3600 * 1000);
        REQUIRE(amina.sync());
        f.server.advance(1000);
        setField(bilal, id, QStringLiteral("notes"), QStringLiteral("now"), f.server.now() + 500);
        REQUIRE(bilal.sync());
        REQUIRE(amina.sync());
        CHECK(contactOn(amina, id).value(QStringLiteral("notes")).toString() == u"now");
    }
    SECTION("a delete wins over an older edit")
    {
        setField(bilal, id, QStringLiteral("notes"), QStringLiteral("edited"), nowMs() - 1000);
        setField(amina, id, QStringLiteral("deleted"), 1, nowMs());
        REQUIRE(amina.sync());
        REQUIRE(bilal.sync());
        REQUIRE(amina.sync());
        CHECK(contactOn(amina, id).value(QStringLiteral("deleted")).toInt() == 1);
        CHECK(contactOn(bilal, id).value(QStringLiteral("deleted")).toInt() == 1);
    }
}

TEST_CASE("A laptop joining a chapter sends nothing it did not write and logs no conflict", "[sync]")
{
    TwoChapters f;
    Laptop amina(f.server, f.random, QStringLiteral("amina"));
    // Amina made the chapter on her laptop before the server existed; the server has the same name.
    QSqlQuery made(amina.db().connection());
    REQUIRE(made.exec(QStringLiteral("INSERT INTO chapters (id, name, city, country, created_at, updated_at, device_id) "
                                     "VALUES ('local-boston', 'Boston', 'Cambridge', '', 1, 1, '%1')")
                          .arg(amina.db().deviceId())));
    REQUIRE(amina.sync());

    Laptop bilal(f.server, f.random, QStringLiteral("bilal"));
    REQUIRE(bilal.sync());
    QSqlQuery pending(bilal.db().connection());
    REQUIRE(pending.exec(QStringLiteral("SELECT count(*) FROM change_log")));
    REQUIRE(pending.next());
    CHECK(pending.value(0).toInt() == 0);
    const QJsonObject chapter = localRows(bilal.db(), QStringLiteral("chapters")).value(f.boston);
    CHECK(chapter.value(QStringLiteral("city")).toString() == u"Cambridge");
    CHECK(chapter.value(QStringLiteral("country")).toString().isEmpty());
    REQUIRE(amina.sync());
    CHECK(localRows(amina.db(), QStringLiteral("sync_conflicts")).isEmpty());
    CHECK(localRows(bilal.db(), QStringLiteral("sync_conflicts")).isEmpty());
}

TEST_CASE("A copied workspace syncs as its own laptop: neither copy's edits are skipped", "[sync]")
{
    TwoChapters f;
    Laptop original(f.server, f.random, QStringLiteral("amina"));
    REQUIRE(original.sync());
    const QString first = insertContact(original, QStringLiteral("Before the copy"), f.boston);
    REQUIRE(original.sync());
    const QString unsent = insertContact(original, QStringLiteral("Made before the copy, not yet sent"), f.boston);

    Laptop copy(f.server, f.random, QStringLiteral("amina"));
    copy.copyWorkspaceFrom(original);
    CHECK(copy.db().deviceId() != original.db().deviceId());
    // Both go on editing offline; their change logs now number the same positions.
    const QString onOriginal = insertContact(original, QStringLiteral("Original's"), f.boston);
    const QString onCopy = insertContact(copy, QStringLiteral("Copy's"), f.boston);
    setField(copy, first, QStringLiteral("notes"), QStringLiteral("edited on the copy"), nowMs());
    for (Laptop *laptop : {&original, &copy, &original, &copy})
        REQUIRE(laptop->sync());

    const auto onServer = f.server.rows(QStringLiteral("contacts"), {f.boston});
    for (const QString &id : {first, unsent, onOriginal, onCopy})
        CHECK(onServer.contains(id));
    CHECK(onServer.value(first).value(QStringLiteral("notes")).toString() == u"edited on the copy");
    CHECK(localRows(original.db(), QStringLiteral("contacts")).size() == localRows(copy.db(), QStringLiteral("contacts")).size());
    CHECK(localRows(original.db(), QStringLiteral("sync_conflicts")).isEmpty());
}

TEST_CASE("A laptop put back from an older backup loses none of its new edits", "[sync]")
{
    TwoChapters f;
    Laptop amina(f.server, f.random, QStringLiteral("amina"));
    REQUIRE(amina.sync());
    const QString kept = insertContact(amina, QStringLiteral("In the backup"), f.boston);
    REQUIRE(amina.sync());
    amina.backUpWorkspace();
    const QString sentAfter = insertContact(amina, QStringLiteral("Sent after the backup"), f.boston);
    insertContact(amina, QStringLiteral("Also sent after the backup"), f.boston);
    REQUIRE(amina.sync());
    const QString device = amina.db().deviceId();

    amina.restoreWorkspaceBackup(); // same computer, same folder: only the server can tell
    const QString afterRestore = insertContact(amina, QStringLiteral("Made after the restore"), f.boston);
    REQUIRE(amina.sync());
    CHECK(amina.db().deviceId() != device);
    const auto onServer = f.server.rows(QStringLiteral("contacts"), {f.boston});
    for (const QString &id : {kept, sentAfter, afterRestore})
        CHECK(onServer.contains(id));
    // What the backup lacked comes back from the server.
    CHECK(localRows(amina.db(), QStringLiteral("contacts")).contains(sentAfter));
}

TEST_CASE("Contacts that arrive by sync can be found by search", "[sync]")
{
    TwoChapters f;
    Laptop amina(f.server, f.random, QStringLiteral("amina"));
    Laptop bilal(f.server, f.random, QStringLiteral("bilal"));
    REQUIRE(amina.sync());
    const QString id = insertContact(amina, QStringLiteral("Zainab"), f.boston);
    REQUIRE(amina.sync());
    const auto found = [](Laptop &laptop, const QString &text) {
        ContactQuery query;
        query.search = text;
        auto count = ContactDirectory(laptop.db()).count(query);
        REQUIRE(count);
        return count.value();
    };

    SECTION("after a whole sync")
    {
        REQUIRE(bilal.sync());
        CHECK(found(bilal, QStringLiteral("zainab")) == 1);
        setField(amina, id, QStringLiteral("given_name"), QStringLiteral("Zaynab"), nowMs());
        REQUIRE(amina.sync());
        REQUIRE(bilal.sync());
        CHECK(found(bilal, QStringLiteral("zaynab")) == 1);
        CHECK(found(bilal, QStringLiteral("zainab")) == 0);
    }
    SECTION("after a pull that stopped between its pages and its last step")
    {
        // As if the app died after a page was kept but before the search documents were
        // rewritten: the mark survives, and the next sync finishes the job.
        QSqlQuery mark(bilal.db().connection());
        REQUIRE(bilal.sync());
        REQUIRE(mark.exec(QStringLiteral("DELETE FROM contact_search")));
        REQUIRE(mark.exec(QStringLiteral("INSERT INTO search_stale (contact_id) VALUES ('%1')").arg(id)));
        CHECK(found(bilal, QStringLiteral("zainab")) == 0);
        REQUIRE(bilal.sync());
        CHECK(found(bilal, QStringLiteral("zainab")) == 1);
    }
}

TEST_CASE("A chapter never sees another chapter's contacts", "[sync][security]")
{
    TwoChapters f;
    Laptop amina(f.server, f.random, QStringLiteral("amina"));
    Laptop chen(f.server, f.random, QStringLiteral("chen"));
    REQUIRE(amina.sync());
    REQUIRE(chen.sync());
    const QString secret = insertContact(amina, QStringLiteral("Private Person"), f.boston);
    REQUIRE(amina.sync());
    REQUIRE(chen.sync());
    CHECK_FALSE(localRows(chen.db(), QStringLiteral("contacts")).contains(secret));

    const QByteArray chenToken = loginToken(f.server, QStringLiteral("chen"));
    SECTION("a forged edit of the other chapter's contact is refused and changes nothing")
    {
        const auto response = call(f.server, QStringLiteral("push"),
                                   {{QStringLiteral("device_id"), QStringLiteral("forger")},
                                    {QStringLiteral("after"), 0},
                                    {QStringLiteral("through"), 1},
                                    {QStringLiteral("mutations"),
                                     QJsonArray{mutation(1, QStringLiteral("contacts"), secret,
                                                         {{QStringLiteral("notes"), QStringLiteral("pwned")}}, QStringLiteral("forger"))}}},
                                   chenToken);
        REQUIRE(response.status == 200);
        CHECK(response.json().value(QStringLiteral("rejected")).toArray().size() == 1);
        CHECK(f.server.rows(QStringLiteral("contacts"), {f.boston}).value(secret).value(QStringLiteral("notes")).toString().isEmpty());
    }
    SECTION("an email added to the other chapter's contact is refused")
    {
        const auto response = call(f.server, QStringLiteral("push"),
                                   {{QStringLiteral("device_id"), QStringLiteral("forger")},
                                    {QStringLiteral("after"), 0},
                                    {QStringLiteral("through"), 1},
                                    {QStringLiteral("mutations"),
                                     QJsonArray{mutation(1, QStringLiteral("contact_emails"), newId(),
                                                         {{QStringLiteral("contact_id"), secret}, {QStringLiteral("address"), QStringLiteral("x@y.z")}},
                                                         QStringLiteral("forger"))}}},
                                   chenToken);
        CHECK(response.json().value(QStringLiteral("rejected")).toArray().size() == 1);
        CHECK(f.server.rows(QStringLiteral("contact_emails"), {f.boston, f.dearborn}).isEmpty());
    }
    SECTION("a contact claimed for the other chapter is refused")
    {
        const auto response = call(f.server, QStringLiteral("push"),
                                   {{QStringLiteral("device_id"), QStringLiteral("forger")},
                                    {QStringLiteral("after"), 0},
                                    {QStringLiteral("through"), 1},
                                    {QStringLiteral("mutations"),
                                     QJsonArray{mutation(1, QStringLiteral("contacts"), newId(),
                                                         {{QStringLiteral("chapter_id"), f.boston}, {QStringLiteral("given_name"), QStringLiteral("Spy")}},
                                                         QStringLiteral("forger"))}}},
                                   chenToken);
        CHECK(response.json().value(QStringLiteral("rejected")).toArray().size() == 1);
        CHECK(f.server.rows(QStringLiteral("contacts"), {f.boston}).size() == 1);
    }
    SECTION("a volunteer removed from a chapter has its contacts purged at the next sync")
    {
        Laptop bilal(f.server, f.random, QStringLiteral("bilal"));
        REQUIRE(bilal.sync());
        REQUIRE(localRows(bilal.db(), QStringLiteral("contacts")).contains(secret));
        REQUIRE(f.server.accounts().setChapters(QStringLiteral("bilal"), {QStringLiteral("Dearborn")}));
        bilal.token.clear();
        REQUIRE(bilal.sync());
        CHECK_FALSE(localRows(bilal.db(), QStringLiteral("contacts")).contains(secret));
    }
}

TEST_CASE("The server refuses what it must and stays up", "[sync][security]")
{
    TwoChapters f;
    const QByteArray token = loginToken(f.server, QStringLiteral("bilal"));
    const QJsonObject pull{{QStringLiteral("cursor"), QString()}};

    CHECK(call(f.server, QStringLiteral("pull"), pull).status == 401);
    CHECK(call(f.server, QStringLiteral("pull"), pull, "not-a-token").status == 401);
    CHECK(call(f.server, QStringLiteral("pull"), pull, token).status == 200);
    CHECK(f.server.service().handle({QStringLiteral("push"), token, "{\"device_id\": [", {}}).status == 400);
    CHECK(f.server.service().handle({QStringLiteral("push"), token, QByteArray(9 * 1024 * 1024, 'x'), {}}).status == 413);
    CHECK(call(f.server, QStringLiteral("pull"), {{QStringLiteral("cursor"), QStringLiteral("%%%garbage")}}, token).status == 400);
    CHECK(call(f.server, QStringLiteral("nope"), {}, token).status == 404);
    CHECK(call(f.server, QStringLiteral("hello"), {{QStringLiteral("protocol"), 0}, {QStringLiteral("schema"), 5}}).status == 426);
    CHECK(call(f.server, QStringLiteral("hello"), {{QStringLiteral("protocol"), 1}, {QStringLiteral("schema"), 4}}).status == 426);
    // A protocol 2 laptop would read a pulled row's "values" as nothing at all.
    CHECK(call(f.server, QStringLiteral("hello"), {{QStringLiteral("protocol"), 2}, {QStringLiteral("schema"), 7}}).status == 426);
    // A schema 9 laptop has no legislative bodies: every state legislator would be Congress to it.
    CHECK(call(f.server, QStringLiteral("hello"), {{QStringLiteral("protocol"), sync::kProtocolVersion}, {QStringLiteral("schema"), 9}}).status
          == 426);
    // A schema 10 laptop knows no opt-outs: it would hand volunteers people who asked not to be called.
    CHECK(call(f.server, QStringLiteral("hello"), {{QStringLiteral("protocol"), sync::kProtocolVersion}, {QStringLiteral("schema"), 10}}).status
          == 426);
    CHECK(call(f.server, QStringLiteral("hello"), {{QStringLiteral("protocol"), sync::kProtocolVersion}, {QStringLiteral("schema"), 11}}).status
          == 200);

    SECTION("a volunteer may not rewrite the legislators")
    {
        const auto response = call(f.server, QStringLiteral("push"),
                                   {{QStringLiteral("device_id"), QStringLiteral("d1")},
                                    {QStringLiteral("after"), 0},
                                    {QStringLiteral("through"), 1},
                                    {QStringLiteral("mutations"),
                                     QJsonArray{mutation(1, QStringLiteral("legislators"), newId(), {{QStringLiteral("last_name"), QStringLiteral("X")}},
                                                         QStringLiteral("d1"))}}},
                                   token);
        CHECK(response.json().value(QStringLiteral("rejected")).toArray().at(0).toObject().value(QStringLiteral("error")).toString() == u"role");
    }
    SECTION("a clock naming another device is refused")
    {
        const auto response = call(f.server, QStringLiteral("push"),
                                   {{QStringLiteral("device_id"), QStringLiteral("d1")},
                                    {QStringLiteral("after"), 0},
                                    {QStringLiteral("through"), 1},
                                    {QStringLiteral("mutations"),
                                     QJsonArray{mutation(1, QStringLiteral("tags"), newId(), {{QStringLiteral("name"), QStringLiteral("x")}},
                                                         QStringLiteral("someone-else"))}}},
                                   token);
        CHECK(response.json().value(QStringLiteral("rejected")).toArray().size() == 1);
    }
    SECTION("a revoked token is refused")
    {
        CHECK(call(f.server, QStringLiteral("logout"), {}, token).status == 200);
        CHECK(call(f.server, QStringLiteral("pull"), pull, token).status == 401);
    }
    SECTION("an expired token is refused")
    {
        f.server.advance(31LL * 24 * 3600 * 1000);
        CHECK(call(f.server, QStringLiteral("pull"), pull, token).status == 401);
    }
    SECTION("the audit log holds no names, passwords or tokens")
    {
        call(f.server, QStringLiteral("login"), {{QStringLiteral("user"), QStringLiteral("bilal")}, {QStringLiteral("password"), QStringLiteral("canary-password-123")}});
        QSqlQuery q(f.server.store().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT event || user_id || remote || detail FROM audit")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString line = q.value(0).toString();
            CHECK_FALSE(line.contains(QStringLiteral("bilal")));
            CHECK_FALSE(line.contains(QStringLiteral("canary-password-123")));
            CHECK_FALSE(line.contains(QString::fromLatin1(token)));
        }
        CHECK(rows >= 2);
    }
}

TEST_CASE("A retried push is applied once", "[sync]")
{
    TwoChapters f;
    const QByteArray token = loginToken(f.server, QStringLiteral("amina"));
    const QString id = newId();
    const QJsonObject body{{QStringLiteral("device_id"), QStringLiteral("d1")},
                           {QStringLiteral("after"), 0},
                           {QStringLiteral("through"), 1},
                           {QStringLiteral("mutations"),
                            QJsonArray{mutation(1, QStringLiteral("contacts"), id,
                                                {{QStringLiteral("id"), id}, {QStringLiteral("chapter_id"), f.boston}, {QStringLiteral("given_name"), QStringLiteral("A")}},
                                                QStringLiteral("d1"))}}};
    const auto first = call(f.server, QStringLiteral("push"), body, token);
    REQUIRE(first.status == 200);
    const qint64 seq = f.server.rows(QStringLiteral("contacts"), {f.boston}).size();
    const auto storedSeq = [&] {
        server::ServerStore &store = f.server.store();
        REQUIRE(store.begin());
        REQUIRE(store.setScope(server::ServerStore::kAllChapters, {}));
        QSqlQuery q(store.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT seq FROM records")));
        REQUIRE(q.next());
        const qint64 seq = q.value(0).toLongLong();
        store.rollback();
        return seq;
    };
    const qint64 before = storedSeq();
    const auto again = call(f.server, QStringLiteral("push"), body, token);
    CHECK(again.json().value(QStringLiteral("acked_seq")).toInt() == 1);
    CHECK(storedSeq() == before); // not written again
    CHECK(seq == 1);
}

TEST_CASE("A restored server gets back every edit the laptops made since the backup", "[sync]")
{
    TwoChapters f;
    Laptop amina(f.server, f.random, QStringLiteral("amina"));
    REQUIRE(amina.sync()); // the first login brings the chapter the contacts are filed under
    const QString kept = insertContact(amina, QStringLiteral("Before backup"), f.boston);
    REQUIRE(amina.sync());
    f.server.backup();
    const QString lost = insertContact(amina, QStringLiteral("After backup"), f.boston);
    REQUIRE(amina.sync());
    f.server.restoreBackup();
    REQUIRE_FALSE(f.server.rows(QStringLiteral("contacts"), {f.boston}).contains(lost));
    amina.token.clear();
    REQUIRE(amina.sync());
    const auto rows = f.server.rows(QStringLiteral("contacts"), {f.boston});
    CHECK(rows.contains(kept));
    CHECK(rows.value(lost).value(QStringLiteral("given_name")).toString() == u"After backup");
}

TEST_CASE("Field merge is idempotent and logs only concurrent edits", "[sync]")
{
    using sync::hybridclock::make;
    const QJsonObject stored{{QStringLiteral("notes"), QStringLiteral("old")}};
    const QJsonObject clocks{{QStringLiteral("notes"), make(100, 1, QStringLiteral("a"))}};
    const auto field = [](const QString &v, const QString &c, const QString &b) {
        return QJsonObject{{QStringLiteral("notes"), QJsonObject{{QStringLiteral("v"), v}, {QStringLiteral("c"), c}, {QStringLiteral("b"), b}}}};
    };
    // Sequential: based on the stored clock, newer: wins quietly.
    auto merged = server::mergeFields(stored, clocks, field(QStringLiteral("new"), make(200, 1, QStringLiteral("b")), make(100, 1, QStringLiteral("a"))), {});
    CHECK(merged.data.value(QStringLiteral("notes")).toString() == u"new");
    CHECK(merged.conflicts.isEmpty());
    // Concurrent and newer: wins, the stored value is logged.
    merged = server::mergeFields(stored, clocks, field(QStringLiteral("new"), make(200, 1, QStringLiteral("b")), QString()), {});
    REQUIRE(merged.conflicts.size() == 1);
    CHECK(merged.conflicts.first().lost.toString() == u"old");
    // Concurrent and older: loses, the incoming value is logged.
    merged = server::mergeFields(stored, clocks, field(QStringLiteral("stale"), make(50, 1, QStringLiteral("b")), QString()), {});
    CHECK(merged.data.value(QStringLiteral("notes")).toString() == u"old");
    REQUIRE(merged.conflicts.size() == 1);
    CHECK(merged.conflicts.first().lost.toString() == u"stale");
    // The same write twice changes nothing.
    merged = server::mergeFields(stored, clocks, field(QStringLiteral("old"), make(100, 1, QStringLiteral("a")), QString()), {});
    CHECK_FALSE(merged.changed);
    // Quiet fields never conflict.
    merged = server::mergeFields(stored, clocks, field(QStringLiteral("new"), make(200, 1, QStringLiteral("b")), QString()), {QStringLiteral("notes")});
    CHECK(merged.conflicts.isEmpty());
}

TEST_CASE("A clock pulled back to the server's time still comes after the value it was made on", "[sync]")
{
    using sync::hybridclock::clampedTo;
    using sync::hybridclock::make;
    const QString base = make(1000, 7, QStringLiteral("zz-first"));
    // Ahead of the server, and after clamping it would tie the base's millisecond with a smaller
    // counter and device: it must still order after the base.
    const QString clamped = clampedTo(make(1005, 2, QStringLiteral("aa-second")), 1000, base);
    CHECK(clamped > base);
    CHECK(sync::hybridclock::milliseconds(clamped) == 1000);
    CHECK(sync::hybridclock::device(clamped) == u"aa-second");
    // A clock within the server's time is kept as it is.
    CHECK(clampedTo(make(900, 2, QStringLiteral("aa")), 1000, base) == make(900, 2, QStringLiteral("aa")));
    // A base from the future is no licence to pass the server's time.
    CHECK(sync::hybridclock::milliseconds(clampedTo(make(5000, 2, QStringLiteral("aa")), 1000, make(4000, 1, QStringLiteral("zz"))))
          == 1000);
}

TEST_CASE("A row's clocks are kept as one common clock and the exceptions, and read back per field", "[sync]")
{
    using sync::hybridclock::make;
    const QString early = make(100, 1, QStringLiteral("a"));
    const QString late = make(200, 1, QStringLiteral("b"));
    const QJsonObject perField{{QStringLiteral("given_name"), early}, {QStringLiteral("family_name"), early},
                               {QStringLiteral("notes"), late}, {QStringLiteral("city"), early}};
    const QJsonObject compacted = sync::clockset::compact(perField);
    CHECK(compacted.size() == 2);
    CHECK(compacted.value(QStringLiteral("*")).toString() == early);
    CHECK(compacted.value(QStringLiteral("notes")).toString() == late);
    CHECK(sync::clockset::expand(compacted, perField.keys()) == perField);
    CHECK(sync::clockset::clockOf(compacted, QStringLiteral("city")).toString() == early);
    // The older form, one clock per field, reads the same.
    CHECK(sync::clockset::clockOf(perField, QStringLiteral("notes")).toString() == late);
    CHECK(sync::clockset::clockOf(perField, QStringLiteral("unknown")).isUndefined());
    CHECK(sync::clockset::compact({}).isEmpty());
}
