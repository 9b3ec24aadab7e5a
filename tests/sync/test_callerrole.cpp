// The caller role (issue 17): a caller's account reads only the people assigned to it, with only
// what the script needs, through every endpoint, and writes only what its calls found. Canary
// words sit in every field and record a caller may not see (phonebankfixture.h); none may reach
// the caller's answers or laptop. On SQLite and, with MAJLIS_TEST_STORE=postgres, PostgreSQL.

#include "sync/phonebankfixture.h"

#include "callerview.h"

#include "campaigns/calllist.h"
#include "campaigns/campaignfixture.h"
#include "campaigns/campaignrepository.h"
#include "common/clock.h"
#include "contacts/contactrepository.h"
#include "storage/database.h"
#include "sync/syncschema.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

using namespace majlis;
using namespace majlis::test;

namespace {

const QStringList kCanaries{kHidden, kOutsider, kDearborn, QStringLiteral("@private.example")};

void assign(Laptop &organizer, const QStringList &contacts, const QString &campaignId, const QString &assignee)
{
    QSqlQuery q(organizer.db().connection());
    q.prepare(QStringLiteral("UPDATE campaign_targets SET assignee = ?, updated_at = ?, device_id = ? "
                             "WHERE campaign_id = ? AND contact_id = ?"));
    for (const QString &contact : contacts) {
        q.addBindValue(assignee);
        q.addBindValue(nowMs());
        q.addBindValue(organizer.db().deviceId());
        q.addBindValue(campaignId);
        q.addBindValue(contact);
        REQUIRE(q.exec());
        REQUIRE(q.numRowsAffected() == 1);
    }
    REQUIRE(organizer.sync());
}

QString cursorOf(const QJsonObject &cursor)
{
    return QString::fromLatin1(QJsonDocument(cursor).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding
                                                                                            | QByteArray::OmitTrailingEquals));
}

QSet<QString> idsOf(const QJsonArray &rows, const QString &table)
{
    QSet<QString> ids;
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QStringLiteral("table")).toString() == table)
            ids.insert(row.toObject().value(QStringLiteral("id")).toString());
    }
    return ids;
}

void checkNoCanary(const QStringList &bodies)
{
    for (const QString &body : bodies) {
        for (const QString &canary : kCanaries) {
            INFO(body.left(400).toStdString());
            CHECK_FALSE(body.contains(canary, Qt::CaseInsensitive));
        }
    }
}

// Boston's list of twelve: six assigned to bilal, six (with canary names) to vol.
struct Assigned
{
    Assigned()
    {
        mine = pb.addPeople(6, QStringLiteral("Mine"));
        theirs = pb.addPeople(6, kOutsider + QStringLiteral(" listed"));
        unlisted = pb.addPeople(4, kOutsider + QStringLiteral(" unlisted"), QStringLiteral("Other"));
        campaign = pb.createCampaign();
        auto built = CallList(pb.amina->db()).build(campaign.id, tagged(QStringLiteral("November")));
        REQUIRE(built.ok());
        REQUIRE(built.value() == 12);
        assign(*pb.amina, mine, campaign.id, QStringLiteral("bilal"));
        assign(*pb.amina, theirs, campaign.id, QStringLiteral("vol"));
        // The script's tag exists (someone was tagged with it) and is the only tag a caller gets.
        REQUIRE(ContactRepository(pb.amina->db()).addTags({unlisted.first()}, {QStringLiteral("Civil rights")}));
        REQUIRE(pb.amina->sync());
        pb.plantCanaries(mine.first());
    }

    PhoneBank pb;
    QStringList mine;
    QStringList theirs;
    QStringList unlisted;
    Campaign campaign;
};

} // namespace

TEST_CASE("A caller reads only their own people, with only what the script needs, through every endpoint",
          "[sync][security][caller]")
{
    Assigned a;
    const QByteArray token = a.pb.token(QStringLiteral("bilal"));
    QStringList bodies = a.pb.bodies;
    const QSet<QString> mine(a.mine.begin(), a.mine.end());

    // hello answers everyone the same.
    const auto hello = call(a.pb.server, QStringLiteral("hello"),
                            {{QStringLiteral("protocol"), sync::kProtocolVersion}, {QStringLiteral("schema"), Database::latestSchemaVersion()}});
    CHECK(hello.status == 200);
    bodies.append(QString::fromUtf8(hello.body));
    const auto login = call(a.pb.server, QStringLiteral("login"),
                            {{QStringLiteral("user"), QStringLiteral("bilal")}, {QStringLiteral("password"), kPassword}});
    REQUIRE(login.status == 200);
    CHECK(login.json().value(QStringLiteral("role")).toString() == u"caller");
    bodies.append(QString::fromUtf8(login.body));

    // A pull, a few rows a page: the people assigned to bilal, their phones, targets and the
    // chapter's campaigns, election and the script's tag. Nothing else.
    QString cursor;
    const PulledPages first = pullAll(a.pb.server, token, cursor, 5);
    CHECK(first.pages > 3);
    bodies += first.bodies;
    const QSet<QString> allowedTables{QStringLiteral("chapters"), QStringLiteral("campaigns"), QStringLiteral("elections"),
                                      QStringLiteral("tags"), QStringLiteral("contacts"), QStringLiteral("contact_phones"),
                                      QStringLiteral("campaign_targets"), QStringLiteral("campaign_results"),
                                      QStringLiteral("election_turnout")};
    const QStringList &fields = server::callerContactFields();
    for (const QJsonValue &value : first.rows) {
        const QJsonObject row = value.toObject();
        const QString table = row.value(QStringLiteral("table")).toString();
        const QJsonObject values = row.value(QStringLiteral("values")).toObject();
        INFO(table.toStdString());
        CHECK(allowedTables.contains(table));
        CHECK((row.value(QStringLiteral("chapter")).toString().isEmpty() || row.value(QStringLiteral("chapter")).toString() == a.pb.boston));
        if (table == u"contacts") {
            CHECK(mine.contains(row.value(QStringLiteral("id")).toString()));
            for (auto it = values.begin(); it != values.end(); ++it)
                CHECK(fields.contains(it.key()));
            for (const QString &hidden : {QStringLiteral("notes"), QStringLiteral("organization"), QStringLiteral("birthday")})
                CHECK_FALSE(row.value(QStringLiteral("clocks")).toObject().contains(hidden));
        }
        if (table == u"contact_phones" || table == u"campaign_targets" || table == u"campaign_results" || table == u"election_turnout")
            CHECK(mine.contains(values.value(QStringLiteral("contact_id")).toString()));
        if (table == u"campaign_targets")
            CHECK(values.value(QStringLiteral("assignee")).toString() == u"bilal");
        if (table == u"tags")
            CHECK(values.value(QStringLiteral("name")).toString() == u"Civil rights");
    }
    CHECK(idsOf(first.rows, QStringLiteral("contacts")) == mine);
    CHECK(idsOf(first.rows, QStringLiteral("campaign_targets")).size() == 6);
    CHECK(idsOf(first.rows, QStringLiteral("contact_phones")).size() == 6);
    CHECK(idsOf(first.rows, QStringLiteral("campaigns")) == QSet<QString>{a.campaign.id});
    CHECK(idsOf(first.rows, QStringLiteral("tags")).size() == 1);

    // Nothing changed: the next pull sends nothing.
    const PulledPages again = pullAll(a.pb.server, token, cursor, 5);
    CHECK(again.rows.isEmpty());
    CHECK(again.evictions.isEmpty());

    // Forged cursors: one claiming the laptop holds others' people, one claiming Dearborn's feed.
    const QString epoch = a.pb.server.store().meta(QStringLiteral("epoch"));
    QJsonArray claimed;
    for (const QString &id : a.theirs + a.unlisted)
        claimed.append(id);
    QString forged = cursorOf({{QStringLiteral("e"), epoch}, {QStringLiteral("c"), 1},
                               {QStringLiteral("k"), QJsonObject()},
                               {QStringLiteral("t"), QJsonObject{{a.campaign.id, claimed}}}});
    const PulledPages claimedPull = pullAll(a.pb.server, token, forged, 50);
    bodies += claimedPull.bodies;
    CHECK(idsOf(claimedPull.rows, QStringLiteral("contacts")) == mine);
    QString chapterCursor = cursorOf({{QStringLiteral("e"), epoch}, {QStringLiteral("k"), QJsonObject{{a.pb.dearborn, 0}, {a.pb.boston, 0}}}});
    const PulledPages chapterPull = pullAll(a.pb.server, token, chapterCursor, 50);
    bodies += chapterPull.bodies;
    CHECK(idsOf(chapterPull.rows, QStringLiteral("contacts")) == mine);
    for (const QJsonValue &row : chapterPull.rows)
        CHECK(row.toObject().value(QStringLiteral("chapter")).toString() != a.pb.dearborn);
    const auto garbage = call(a.pb.server, QStringLiteral("pull"),
                              {{QStringLiteral("cursor"), cursorOf({{QStringLiteral("c"), 1}, {QStringLiteral("t"), QJsonObject{{a.campaign.id, QStringLiteral("x")}}}})}},
                              token);
    CHECK(garbage.status == 400);

    // Leases: none left to take in Boston's campaign, and no other chapter's campaign to name.
    const auto lease = call(a.pb.server, QStringLiteral("lease"), {{QStringLiteral("campaign_id"), a.campaign.id}, {QStringLiteral("count"), 50}}, token);
    CHECK(lease.status == 200);
    CHECK(lease.json().value(QStringLiteral("granted")).toArray().isEmpty());
    bodies.append(QString::fromUtf8(lease.body));
    const auto elsewhere = call(a.pb.server, QStringLiteral("lease"), {{QStringLiteral("campaign_id"), newId()}, {QStringLiteral("count"), 5}}, token);
    CHECK(elsewhere.status == 404);
    bodies.append(QString::fromUtf8(elsewhere.body));

    // Pushes aimed at others' people and at fields a caller may not see: refused, and the
    // answers name nothing of them.
    CHECK(a.pb.pushOne(QStringLiteral("bilal"), QStringLiteral("contacts"), a.theirs.first(), {{QStringLiteral("do_not_contact"), QStringLiteral("refused")}}) == u"forbidden");
    CHECK(a.pb.pushOne(QStringLiteral("bilal"), QStringLiteral("contacts"), a.mine.first(), {{QStringLiteral("notes"), QStringLiteral("x")}}) == u"role");
    CHECK(a.pb.pushOne(QStringLiteral("bilal"), QStringLiteral("contacts"), a.mine.first(), {}, true) == u"role");
    CHECK(a.pb.pushOne(QStringLiteral("bilal"), QStringLiteral("contact_emails"), newId(),
                       {{QStringLiteral("contact_id"), a.mine.first()}, {QStringLiteral("address"), QStringLiteral("a@b.example")}})
          == u"role");
    bodies += a.pb.bodies;

    const auto logout = call(a.pb.server, QStringLiteral("logout"), {}, token);
    CHECK(logout.status == 200);
    bodies.append(QString::fromUtf8(logout.body));
    checkNoCanary(bodies);

    // The caller's real laptop: after a sync, no canary anywhere in its workspace.
    Laptop bilal(a.pb.server, a.pb.random, QStringLiteral("bilal"));
    REQUIRE(bilal.sync());
    const auto contacts = localRows(bilal.db(), QStringLiteral("contacts"));
    CHECK(QSet<QString>(contacts.keyBegin(), contacts.keyEnd()) == mine);
    for (const QString &canary : kCanaries) {
        INFO(canary.toStdString());
        CHECK(tablesContaining(bilal.db(), canary).isEmpty());
    }
    // Names, languages and where the door is did arrive.
    const QJsonObject someone = contacts.value(a.mine.first());
    CHECK(someone.value(QStringLiteral("given_name")).toString() == u"Mine 0");
    CHECK(someone.value(QStringLiteral("street")).toString() == u"100 Warren Ave");
    CHECK(someone.value(QStringLiteral("languages")).toString().contains(QStringLiteral("ar")));
    CHECK(localRows(bilal.db(), QStringLiteral("contact_phones")).size() == 6);
    CHECK(localRows(bilal.db(), QStringLiteral("contact_emails")).isEmpty());
    CHECK(localRows(bilal.db(), QStringLiteral("sync_conflicts")).isEmpty());
    CHECK(localRows(bilal.db(), QStringLiteral("events")).isEmpty());

    // The organizer still has every record, canaries included: nothing changed for her.
    REQUIRE(a.pb.amina->sync());
    CHECK(localRows(a.pb.amina->db(), QStringLiteral("contacts")).size() == 16);
    CHECK(localRows(a.pb.amina->db(), QStringLiteral("contact_emails")).size() == 16);
    // ... and the search for canaries finds them where they are.
    CHECK(tablesContaining(a.pb.amina->db(), kHidden).contains(QStringLiteral("sync_conflicts")));
    CHECK(tablesContaining(a.pb.amina->db(), kOutsider).contains(QStringLiteral("contacts")));
}
