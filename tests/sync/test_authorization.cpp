// The authorization matrix: every role of one chapter (the caller's too; test_callerrole.cpp checks
// what a caller may see of its own chapter) against every endpoint and every record of another
// chapter, with thousands of forged changes aimed at that chapter's ids. Nothing of the
// other chapter may be read (not even its canary names in an error message) or written.

#include "sync/syncharness.h"

#include "common/clock.h"
#include "storage/database.h"
#include "support/catchqt.h"
#include "sync/syncschema.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <random>

using namespace majlis;
using namespace majlis::test;

namespace {

const QString kCanary = QStringLiteral("CANARY-DEARBORN");

struct Matrix
{
    Matrix()
    {
        server.addUser(QStringLiteral("vol"), server::Role::Volunteer, {QStringLiteral("Boston")});
        server.addUser(QStringLiteral("org"), server::Role::Organizer, {QStringLiteral("Boston")});
        server.addUser(QStringLiteral("adm"), server::Role::Admin, {QStringLiteral("Boston")});
        server.addUser(QStringLiteral("call"), server::Role::Caller, {QStringLiteral("Boston")});
        server.addUser(QStringLiteral("chen"), server::Role::Organizer, {QStringLiteral("Dearborn")});
        boston = server.chapter(QStringLiteral("Boston"));
        dearborn = server.chapter(QStringLiteral("Dearborn"));

        // Dearborn's private contacts and their emails, with names no other chapter may ever see.
        Laptop chen(server, random, QStringLiteral("chen"));
        REQUIRE(chen.sync());
        for (int i = 0; i < 20; ++i) {
            const QString id = insertContact(chen, QStringLiteral("%1-%2").arg(kCanary).arg(i), dearborn);
            contactIds.append(id);
            QSqlQuery email(chen.db().connection());
            email.prepare(QStringLiteral("INSERT INTO contact_emails (id, contact_id, label, address, position, created_at, updated_at, "
                                         "device_id) VALUES (?, ?, 'home', ?, 0, ?, ?, ?)"));
            const QString emailId = newId();
            for (const QVariant &value : {QVariant(emailId), QVariant(id), QVariant(QStringLiteral("canary%1@dearborn.example").arg(i)),
                                          QVariant(nowMs()), QVariant(nowMs()), QVariant(chen.db().deviceId())})
                email.addBindValue(value);
            REQUIRE(email.exec());
            emailIds.append(emailId);
        }
        REQUIRE(chen.sync());
        REQUIRE(server.rows(QStringLiteral("contacts"), {dearborn}).size() == 20);
        REQUIRE(server.rows(QStringLiteral("contact_emails"), {dearborn}).size() == 20);
    }

    QHash<QString, QJsonObject> dearbornRows(const QString &table) { return server.rows(table, {dearborn}); }

    SimServer server;
    std::mt19937 random{11};
    QString boston;
    QString dearborn;
    QStringList contactIds;
    QStringList emailIds;
};

QString text(const server::ServiceResponse &response)
{
    return QString::fromUtf8(response.body);
}

// Every page of a pull from the start, as one list of rows.
QJsonArray pullEverything(SimServer &server, const QByteArray &token, QStringList &bodies)
{
    QJsonArray rows;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        const auto response = call(server, QStringLiteral("pull"), {{QStringLiteral("cursor"), cursor}, {QStringLiteral("limit"), 50}}, token);
        REQUIRE(response.status == 200);
        bodies.append(text(response));
        for (const QJsonValue &row : response.json().value(QStringLiteral("rows")).toArray())
            rows.append(row);
        cursor = response.json().value(QStringLiteral("cursor")).toString();
        if (!response.json().value(QStringLiteral("more")).toBool())
            return rows;
    }
    FAIL("the pull never ended");
    return rows;
}

} // namespace

TEST_CASE("No role of one chapter reads or writes another chapter's records", "[sync][security][matrix]")
{
    Matrix m;
    const auto contactsBefore = m.dearbornRows(QStringLiteral("contacts"));
    const auto emailsBefore = m.dearbornRows(QStringLiteral("contact_emails"));
    const QStringList tables{QStringLiteral("contacts"), QStringLiteral("contact_emails"), QStringLiteral("contact_phones"),
                             QStringLiteral("contact_tags"), QStringLiteral("contact_consents"), QStringLiteral("chapters")};
    std::uniform_int_distribution<int> pick(0, 1 << 20);
    int forged = 0;
    int refused = 0;

    for (const QString &user : {QStringLiteral("vol"), QStringLiteral("org"), QStringLiteral("adm"), QStringLiteral("call")}) {
        INFO(user.toStdString());
        const QByteArray token = loginToken(m.server, user);
        QStringList bodies;

        // Reading: a whole pull holds Boston's and the organization's rows, none of Dearborn's.
        for (const QJsonValue &row : pullEverything(m.server, token, bodies)) {
            const QString chapter = row.toObject().value(QStringLiteral("chapter")).toString();
            CHECK((chapter.isEmpty() || chapter == m.boston));
            CHECK_FALSE(m.contactIds.contains(row.toObject().value(QStringLiteral("id")).toString()));
        }
        // A cursor naming Dearborn's feed is no way in either.
        const QByteArray forgedCursor = QJsonDocument(QJsonObject{{QStringLiteral("e"), m.server.store().meta(QStringLiteral("epoch"))},
                                                                  {QStringLiteral("k"), QJsonObject{{m.dearborn, 0}}}})
                                            .toJson(QJsonDocument::Compact)
                                            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const auto cursorPull = call(m.server, QStringLiteral("pull"), {{QStringLiteral("cursor"), QString::fromLatin1(forgedCursor)}}, token);
        bodies.append(text(cursorPull));
        for (const QJsonValue &row : cursorPull.json().value(QStringLiteral("rows")).toArray())
            CHECK(row.toObject().value(QStringLiteral("chapter")).toString() != m.dearborn);

        // Writing: pushes of forged changes aimed at Dearborn's ids, in every table, with
        // every kind of field: edits, deletes, moves into Boston, children hung on them.
        qint64 seq = 0;
        const QString device = newId();
        for (int batch = 0; batch < 4; ++batch) {
            QJsonArray mutations;
            for (int i = 0; i < 250; ++i) {
                const int r = pick(m.random);
                const bool aimAtContact = r % 2 == 0;
                const QString target = aimAtContact ? m.contactIds.at(r % m.contactIds.size()) : m.emailIds.at(r % m.emailIds.size());
                const QString table = r % 3 == 0 ? tables.at(r % tables.size())
                                                 : (aimAtContact ? QStringLiteral("contacts") : QStringLiteral("contact_emails"));
                QJsonObject values;
                switch (r % 5) {
                case 0: values = {{QStringLiteral("notes"), QStringLiteral("forged")}}; break;
                case 1: values = {{QStringLiteral("deleted"), 1}}; break;
                case 2: values = {{QStringLiteral("chapter_id"), m.boston}}; break;
                case 3: values = {{QStringLiteral("address"), QStringLiteral("thief@example.org")}}; break;
                default: values = {{QStringLiteral("contact_id"), target}, {QStringLiteral("address"), QStringLiteral("spy@example.org")}};
                }
                // A child row of a fresh id, hung on a Dearborn contact.
                const QString id = r % 5 == 4 ? newId() : target;
                const QString mutationTable = r % 5 == 4 ? QStringLiteral("contact_emails") : table;
                if (r % 5 == 4 && !aimAtContact)
                    values.insert(QStringLiteral("contact_id"), m.contactIds.at(r % m.contactIds.size()));
                mutations.append(mutation(++seq, mutationTable, id, values, device));
                ++forged;
            }
            const auto pushed = call(m.server, QStringLiteral("push"),
                                     {{QStringLiteral("device_id"), device},
                                      {QStringLiteral("after"), seq - 250},
                                      {QStringLiteral("through"), seq},
                                      {QStringLiteral("mutations"), mutations}},
                                     token);
            REQUIRE(pushed.status == 200);
            refused += int(pushed.json().value(QStringLiteral("rejected")).toArray().size());
            bodies.append(text(pushed));
        }
        for (const QString &body : std::as_const(bodies)) {
            CHECK_FALSE(body.contains(kCanary));
            CHECK_FALSE(body.contains(QStringLiteral("@dearborn.example")));
        }
    }
    CHECK(forged == 4000);
    // Each names a Dearborn record or hangs a row on one, or creates a row it may not create
    // (a child without a parent it may see, a chapter without a name): all refused.
    CHECK(refused == forged);
    CHECK(m.dearbornRows(QStringLiteral("contacts")) == contactsBefore);
    CHECK(m.dearbornRows(QStringLiteral("contact_emails")) == emailsBefore);
}

TEST_CASE("Every endpoint but hello and login refuses a missing or forged session", "[sync][security][matrix]")
{
    Matrix m;
    for (const QString &endpoint : {QStringLiteral("push"), QStringLiteral("pull"), QStringLiteral("logout"), QStringLiteral("lease")}) {
        for (const QByteArray &token : {QByteArray(), QByteArrayLiteral("not-a-token"), QByteArray(64, 'a')}) {
            INFO(endpoint.toStdString() << " with " << token.toStdString());
            const auto response = call(m.server, endpoint, {{QStringLiteral("cursor"), QString()}}, token);
            CHECK(response.status == 401);
            CHECK_FALSE(text(response).contains(kCanary));
        }
    }
    CHECK(call(m.server, QStringLiteral("hello"),
               {{QStringLiteral("protocol"), sync::kProtocolVersion}, {QStringLiteral("schema"), Database::latestSchemaVersion()}})
              .status
          == 200);
}

TEST_CASE("Only organizers and administrators change organization-wide records", "[sync][security][matrix]")
{
    Matrix m;
    const QString legislator = newId();
    qint64 seq = 0; // each user's change a little later than the one before, so the last one wins
    for (const QString &user : {QStringLiteral("call"), QStringLiteral("vol"), QStringLiteral("org"), QStringLiteral("adm")}) {
        INFO(user.toStdString());
        const QString device = newId();
        ++seq;
        const auto response = call(m.server, QStringLiteral("push"),
                                   {{QStringLiteral("device_id"), device},
                                    {QStringLiteral("after"), 0},
                                    {QStringLiteral("through"), seq},
                                    {QStringLiteral("mutations"),
                                     QJsonArray{mutation(seq, QStringLiteral("legislators"), legislator,
                                                         {{QStringLiteral("party"), QStringLiteral("Set by %1").arg(user)}}, device)}}},
                                   loginToken(m.server, user));
        REQUIRE(response.status == 200);
        const bool refused = !response.json().value(QStringLiteral("rejected")).toArray().isEmpty();
        CHECK(refused == (user == u"vol" || user == u"call"));
    }
    CHECK(m.server.rows(QStringLiteral("legislators"), {QString()}).value(legislator).value(QStringLiteral("party")).toString()
          == u"Set by adm");
}

TEST_CASE("A volunteer cannot change legislatures or their offices, nor any role another chapter's districts",
          "[sync][security][matrix]")
{
    Matrix m;
    qint64 seq = 0;
    // Whether the server refused the one change `user` pushed.
    const auto refused = [&](const QString &user, const QString &table, const QString &id, const QJsonObject &values) {
        const QString device = newId();
        ++seq;
        const auto response = call(m.server, QStringLiteral("push"),
                                   {{QStringLiteral("device_id"), device},
                                    {QStringLiteral("after"), 0},
                                    {QStringLiteral("through"), seq},
                                    {QStringLiteral("mutations"), QJsonArray{mutation(seq, table, id, values, device)}}},
                                   loginToken(m.server, user));
        REQUIRE(response.status == 200);
        return !response.json().value(QStringLiteral("rejected")).toArray().isEmpty();
    };

    // A legislature's campus moves every walking time of its days: an organizer's record.
    const QString body = newId();
    const QJsonObject bodyValues{{QStringLiteral("code"), QStringLiteral("us-mi")},
                                 {QStringLiteral("name"), QStringLiteral("Michigan Legislature")},
                                 {QStringLiteral("campus"), QStringLiteral("{}")}};
    CHECK(refused(QStringLiteral("vol"), QStringLiteral("legislative_bodies"), body, bodyValues));
    CHECK_FALSE(refused(QStringLiteral("org"), QStringLiteral("legislative_bodies"), body, bodyValues));
    CHECK(refused(QStringLiteral("vol"), QStringLiteral("legislative_bodies"), body,
                  {{QStringLiteral("campus"), QStringLiteral("{\"groups\":[]}")}}));

    // A member's office, where the schedule sends every team: the volunteer may not add or move one.
    const QString legislator = newId();
    REQUIRE_FALSE(refused(QStringLiteral("org"), QStringLiteral("legislators"), legislator,
                          {{QStringLiteral("body_id"), body}, {QStringLiteral("full_name"), QStringLiteral("Omar Haddad")}}));
    const QString office = newId();
    const QJsonObject officeValues{{QStringLiteral("legislator_id"), legislator},
                                   {QStringLiteral("building"), QStringLiteral("Capitol")},
                                   {QStringLiteral("room"), QStringLiteral("S-8")}};
    CHECK(refused(QStringLiteral("vol"), QStringLiteral("legislator_offices"), office, officeValues));
    CHECK_FALSE(refused(QStringLiteral("org"), QStringLiteral("legislator_offices"), office, officeValues));
    CHECK(refused(QStringLiteral("vol"), QStringLiteral("legislator_offices"), office,
                  {{QStringLiteral("room"), QStringLiteral("B-1")}}));

    // A district is a private fact of a contact: no one of Boston may hang one on Dearborn's.
    for (const QString &user : {QStringLiteral("vol"), QStringLiteral("org"), QStringLiteral("adm")}) {
        INFO(user.toStdString());
        CHECK(refused(user, QStringLiteral("contact_districts"), newId(),
                      {{QStringLiteral("contact_id"), m.contactIds.first()},
                       {QStringLiteral("body_id"), body},
                       {QStringLiteral("chamber"), QStringLiteral("house")},
                       {QStringLiteral("district"), QStringLiteral("12")},
                       {QStringLiteral("status"), QStringLiteral("manual")}}));
    }
    CHECK(m.dearbornRows(QStringLiteral("contact_districts")).isEmpty());
    CHECK(m.server.rows(QStringLiteral("legislator_offices"), {QString()}).value(office).value(QStringLiteral("room")).toString()
          == u"S-8");
}
