// A person's data export, on the demo organization: it holds every row about the person and
// nothing about anyone else.

#include "demo/demodata.h"
#include "demo/demoorganizing.h"
#include "privacy/personexport.h"
#include "storage/database.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"
#include "sync/syncschema.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace majlis;

namespace {

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("A person's data export holds everything about them and nothing about anyone else", "[privacy]")
{
    test::TempWorkspace ws;
    REQUIRE(DemoData::populate(ws.db(), 300));
    REQUIRE(DemoOrganizing::populate(ws.db()));
    // Someone with a registration, a voter record and tags, so the export has something to find.
    const QString person = scalar(ws.db(), QStringLiteral("SELECT r.contact_id FROM event_registrations r "
                                                          "JOIN voter_records v ON v.contact_id = r.contact_id "
                                                          "JOIN contact_tags t ON t.contact_id = r.contact_id LIMIT 1"));
    REQUIRE_FALSE(person.isEmpty());
    auto exported = PersonExport::collect(ws.db(), person);
    REQUIRE(exported);
    const QJsonObject tables = exported->value(QStringLiteral("tables")).toObject();
    const QString text = QString::fromUtf8(QJsonDocument(exported.value()).toJson());

    SECTION("every row that names the person is in it")
    {
        QSqlQuery q(ws.db().connection());
        for (const sync::TableRule &rule : sync::tableRules()) {
            REQUIRE(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE name = 'contact_id'").arg(rule.table)));
            if (!q.next())
                continue;
            REQUIRE(q.exec(QStringLiteral("SELECT id FROM %1 WHERE contact_id = '%2'").arg(rule.table, person)));
            QStringList inExport;
            for (const QJsonValue &row : tables.value(rule.table).toArray())
                inExport.append(row.toObject().value(QStringLiteral("id")).toString());
            while (q.next()) {
                INFO(rule.table.toStdString());
                CHECK(inExport.contains(q.value(0).toString()));
            }
        }
        CHECK(tables.value(QStringLiteral("event_registrations")).toArray().size() >= 1);
        CHECK(tables.value(QStringLiteral("voter_records")).toArray().size() >= 1);
        CHECK(tables.value(QStringLiteral("contact_tags")).toArray().size() >= 1);
        // The event they registered for, by name, so the export can be read.
        CHECK(exported->value(QStringLiteral("referenced")).toObject().value(QStringLiteral("events")).toArray().size() >= 1);
    }
    SECTION("no other person's row, name or email is in it")
    {
        for (auto it = tables.begin(); it != tables.end(); ++it) {
            for (const QJsonValue &row : it.value().toArray()) {
                const QJsonObject r = row.toObject();
                if (r.contains(QStringLiteral("contact_id"))) {
                    INFO(it.key().toStdString());
                    CHECK(r.value(QStringLiteral("contact_id")).toString() == person);
                }
            }
        }
        CHECK(tables.value(QStringLiteral("contacts")).toArray().size() == 1);
        QSqlQuery others(ws.db().connection());
        // Demo work addresses are shared by people with the same given name (ali@work.example.com);
        // an address the person holds too is theirs to see.
        REQUIRE(others.exec(QStringLiteral("SELECT e.address FROM contact_emails e WHERE e.contact_id <> '%1' AND e.address NOT IN "
                                           "(SELECT address FROM contact_emails WHERE contact_id = '%1')")
                                .arg(person)));
        int checked = 0;
        while (others.next()) {
            CHECK_FALSE(text.contains(others.value(0).toString()));
            ++checked;
        }
        CHECK(checked > 100);
    }
    SECTION("it is written whole to a file")
    {
        const QString path = ws.dir() + QStringLiteral("/person.json");
        REQUIRE(PersonExport::write(ws.db(), person, path));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonObject read = QJsonDocument::fromJson(file.readAll()).object();
        CHECK(read.value(QStringLiteral("contact_id")).toString() == person);
        CHECK(read.value(QStringLiteral("tables")).toObject() == tables);
    }
    SECTION("an unknown contact is refused")
    {
        auto missing = PersonExport::collect(ws.db(), QStringLiteral("no-such-contact"));
        REQUIRE_FALSE(missing);
        CHECK(missing.error().code == Error::Code::NotFound);
    }
}
