// A person erased on request, on the demo organization: nothing about them is left anywhere in
// the workspace, not even in the file's bytes, and nobody else's data changes.

#include "contacts/contactdirectory.h"
#include "contacts/contactrepository.h"
#include "demo/demodata.h"
#include "demo/demoorganizing.h"
#include "privacy/personerasure.h"
#include "privacy/personexport.h"
#include "privacy/personrows.h"
#include "storage/database.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"
#include "sync/syncschema.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>

using namespace majlis;

namespace {

// Made-up words no demo record contains, so finding one anywhere means something was kept.
const QString kCanaryNote = QStringLiteral("Zanzibarquux asked about the Tuesday vigil");
const QString kCanaryEmail = QStringLiteral("zanzibarquux.erase@example.org");

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QString();
}

int searchHits(Database &db, const QString &text)
{
    ContactQuery query;
    query.search = text;
    auto count = ContactDirectory(db).count(query);
    REQUIRE(count);
    return count.value();
}

// Every byte of the workspace on disk: the file and its write-ahead log.
QByteArray workspaceBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes.toLower();
}

} // namespace

TEST_CASE("Erasing a person leaves nothing about them and changes nobody else", "[privacy]")
{
    test::TempWorkspace ws;
    Database &db = ws.db();
    REQUIRE(DemoData::populate(db, 300));
    REQUIRE(DemoOrganizing::populate(db));
    const QString person = scalar(db, QStringLiteral("SELECT r.contact_id FROM event_registrations r "
                                                     "JOIN voter_records v ON v.contact_id = r.contact_id "
                                                     "JOIN contact_tags t ON t.contact_id = r.contact_id LIMIT 1"));
    REQUIRE_FALSE(person.isEmpty());
    ContactRepository contacts(db);
    auto found = contacts.get(person);
    REQUIRE(found);
    Contact contact = found.value();
    contact.notes = kCanaryNote;
    contact.emails.append({QStringLiteral("home"), kCanaryEmail});
    REQUIRE(contacts.update(contact));
    // They keep a partner relationship, and the conflict log kept an old value of theirs.
    const QString partner = scalar(db, QStringLiteral("SELECT id FROM organizations LIMIT 1"));
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE organizations SET owner_id = '%1' WHERE id = '%2'").arg(person, partner)));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO sync_conflicts (id, table_name, row_id, field, kept_value, lost_value, "
                                  "created_at, updated_at, device_id) VALUES ('conflict-1', 'contacts', '%1', 'notes', "
                                  "'\"x\"', '\"%2\"', 1, 1, 'server')")
                        .arg(person, kCanaryNote)));
    REQUIRE(searchHits(db, QStringLiteral("zanzibarquux")) == 1);
    auto rowsBefore = PersonRows::collect(db.connection(), person);
    REQUIRE(rowsBefore);
    const QString someoneElse = scalar(db, QStringLiteral("SELECT contact_id FROM event_registrations WHERE contact_id <> '%1' "
                                                          "LIMIT 1")
                                               .arg(person));
    auto othersBefore = PersonExport::collect(db, someoneElse);
    REQUIRE(othersBefore);
    const int contactsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM contacts")).toInt();
    REQUIRE(workspaceBytes(ws.path()).contains("zanzibarquux"));

    auto erased = PersonErasure::erase(db, person);
    REQUIRE(erased);
    CHECK(erased->mentionsCleared == 1);
    int expectedRows = 0;
    for (const auto &rows : rowsBefore->owned)
        expectedRows += int(rows.size());
    CHECK(erased->rowsErased == expectedRows);

    SECTION("no row names them, and the rows that existed because of them are gone")
    {
        for (const sync::TableRule &rule : sync::tableRules()) {
            REQUIRE(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE name IN ('contact_id', 'owner_id')")
                               .arg(rule.table)));
            while (q.next()) {
                INFO(rule.table.toStdString());
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = '%3'").arg(rule.table, q.value(0).toString(), person))
                      == u"0");
            }
        }
        for (auto it = rowsBefore->owned.cbegin(); it != rowsBefore->owned.cend(); ++it) {
            for (const QJsonObject &row : it.value()) {
                INFO(it.key().toStdString());
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = '%2'").arg(it.key(), row.value(QStringLiteral("id")).toString()))
                      == u"0");
            }
        }
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM contacts")).toInt() == contactsBefore - 1);
    }
    SECTION("the partner organization stays, without their name on it")
    {
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM organizations WHERE id = '%1' AND owner_id IS NULL").arg(partner)) == u"1");
    }
    SECTION("the search index, the conflict log and the change log hold nothing of them")
    {
        CHECK(searchHits(db, QStringLiteral("zanzibarquux")) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM contact_search WHERE contact_search MATCH 'zanzibarquux'")) == u"0");
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE row_id = '%1'").arg(person)) == u"0");
        // One entry is left: the erasure itself, which carries no data and tells the server.
        for (auto it = rowsBefore->owned.cbegin(); it != rowsBefore->owned.cend(); ++it) {
            for (const QJsonObject &row : it.value()) {
                const QString id = row.value(QStringLiteral("id")).toString();
                INFO(it.key().toStdString());
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM change_log WHERE row_id = '%1' AND fields <> '%2'")
                                     .arg(id, sync::kErasureMark))
                      == u"0");
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sync_rows WHERE row_id = '%1'").arg(id)) == u"0");
            }
        }
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM change_log WHERE row_id = '%1' AND fields = '%2'")
                             .arg(person, sync::kErasureMark))
              == u"1");
    }
    SECTION("the words are gone from the file itself")
    {
        const QByteArray bytes = workspaceBytes(ws.path());
        CHECK_FALSE(bytes.contains("zanzibarquux"));
        CHECK_FALSE(bytes.contains("tuesday vigil"));
    }
    SECTION("everybody else's data is as it was")
    {
        auto othersAfter = PersonExport::collect(db, someoneElse);
        REQUIRE(othersAfter);
        CHECK(othersAfter->value(QStringLiteral("tables")) == othersBefore->value(QStringLiteral("tables")));
    }
    SECTION("the workspace passes its integrity check and a second erasure says the person is gone")
    {
        CHECK(scalar(db, QStringLiteral("PRAGMA integrity_check")) == u"ok");
        CHECK(scalar(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
        auto again = PersonErasure::erase(db, person);
        REQUIRE_FALSE(again);
        CHECK(again.error().code == Error::Code::NotFound);
    }
}
