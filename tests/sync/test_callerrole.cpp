// The caller role (issue 17): a caller's account reads only the people assigned to it, with only
// what the script needs, through every endpoint, and writes only what its calls found. Canary
// words sit in every field and record a caller may not see (phonebankfixture.h); none may reach
// the caller's answers or laptop. On SQLite and, with MAJLIS_TEST_STORE=postgres, PostgreSQL.

#include "sync/phonebankfixture.h"

#include "callerview.h"

#include "campaigns/calllist.h"
#include "campaigns/callsession.h"
#include "campaigns/campaignfixture.h"
#include "campaigns/campaignrepository.h"
#include "common/clock.h"
#include "common/naturalid.h"
#include "contacts/contactrepository.h"
#include "privacy/personerasure.h"
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

TEST_CASE("A caller may record what its calls found for its own people, and nothing else", "[sync][security][caller]")
{
    Assigned a;
    PhoneBank &pb = a.pb;
    const QString me = QStringLiteral("bilal");
    const QString person = a.mine.at(1);
    const QString other = a.theirs.at(1);
    const QString target = naturalId(QStringLiteral("campaign_targets"), {a.campaign.id, person});
    const QString otherTarget = naturalId(QStringLiteral("campaign_targets"), {a.campaign.id, other});
    const auto phoneOf = [&](const QString &contact) {
        const auto phones = pb.server.rows(QStringLiteral("contact_phones"), {pb.boston});
        for (auto it = phones.begin(); it != phones.end(); ++it) {
            if (it.value().value(QStringLiteral("contact_id")).toString() == contact)
                return it.key();
        }
        FAIL("no phone");
        return QString();
    };
    QString civilRights;
    QString november;
    const auto tags = pb.server.rows(QStringLiteral("tags"), {QString()});
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        if (it.value().value(QStringLiteral("name")).toString() == u"Civil rights")
            civilRights = it.key();
        if (it.value().value(QStringLiteral("name")).toString() == u"November")
            november = it.key();
    }
    REQUIRE_FALSE(civilRights.isEmpty());
    REQUIRE_FALSE(november.isEmpty());
    const qint64 now = pb.server.now();
    const auto result = [&](const QString &contact, const QString &caller) {
        return QJsonObject{{QStringLiteral("campaign_id"), a.campaign.id}, {QStringLiteral("contact_id"), contact},
                           {QStringLiteral("code"), QStringLiteral("contacted")}, {QStringLiteral("answers"), QStringLiteral("{}")},
                           {QStringLiteral("caller"), caller},          {QStringLiteral("recorded_at"), double(now)},
                           {QStringLiteral("created_at"), double(now)}, {QStringLiteral("deleted"), 0}};
    };
    const auto activity = [&](const QString &contact) {
        return QJsonObject{{QStringLiteral("contact_id"), contact}, {QStringLiteral("kind"), QStringLiteral("campaign_result")},
                           {QStringLiteral("detail"), QStringLiteral("{}")}, {QStringLiteral("occurred_at"), double(now)},
                           {QStringLiteral("created_at"), double(now)}};
    };
    const QString turnout = naturalId(QStringLiteral("election_turnout"), {a.campaign.electionId, person});
    const QString kept;

    SECTION("what a call finds is kept")
    {
        const QString resultId = newId();
        CHECK(pb.pushOne(me, QStringLiteral("campaign_results"), resultId, result(person, QStringLiteral("Bilal"))) == kept);
        CHECK(pb.pushOne(me, QStringLiteral("campaign_targets"), target, {{QStringLiteral("attempts"), 1}, {QStringLiteral("done"), 1}}) == kept);
        CHECK(pb.pushOne(me, QStringLiteral("contacts"), person, {{QStringLiteral("do_not_contact"), QStringLiteral("refused")}}) == kept);
        CHECK(pb.pushOne(me, QStringLiteral("contact_phones"), phoneOf(person), {{QStringLiteral("bad"), 1}}) == kept);
        CHECK(pb.pushOne(me, QStringLiteral("contact_activities"), newId(), activity(person)) == kept);
        CHECK(pb.pushOne(me, QStringLiteral("contact_tags"), naturalId(QStringLiteral("contact_tags"), {person, civilRights}),
                         {{QStringLiteral("contact_id"), person}, {QStringLiteral("tag_id"), civilRights}, {QStringLiteral("created_at"), double(now)}})
              == kept);
        CHECK(pb.pushOne(me, QStringLiteral("election_turnout"), turnout,
                         {{QStringLiteral("election_id"), a.campaign.electionId}, {QStringLiteral("contact_id"), person},
                          {QStringLiteral("pledged"), 1}, {QStringLiteral("voted"), 0}, {QStringLiteral("voted_at"), 0},
                          {QStringLiteral("created_at"), double(now)}, {QStringLiteral("deleted"), 0}})
              == kept);
        // The same pledge made on a laptop that had not received the row: an insert of every
        // column under the same natural id, which changes nothing but the pledge.
        const QJsonObject again{{QStringLiteral("election_id"), a.campaign.electionId}, {QStringLiteral("contact_id"), person},
                                {QStringLiteral("pledged"), 1}, {QStringLiteral("voted"), 0}, {QStringLiteral("voted_at"), 0},
                                {QStringLiteral("created_at"), double(now + 5)}, {QStringLiteral("deleted"), 0}};
        CHECK(pb.pushOne(me, QStringLiteral("election_turnout"), turnout, again) == kept);
        // ... but not once the person has voted: a caller's laptop cannot take that back.
        REQUIRE(pb.pushOne(QStringLiteral("amina"), QStringLiteral("election_turnout"), turnout, {{QStringLiteral("voted"), 1}}) == kept);
        CHECK(pb.pushOne(me, QStringLiteral("election_turnout"), turnout, again) == u"role");
        // The script's tag, made on a laptop that had not received it: the same row, kept.
        CHECK(pb.pushOne(me, QStringLiteral("tags"), civilRights, {{QStringLiteral("name"), QStringLiteral("civil rights")}}) == kept);

        CHECK(pb.server.rows(QStringLiteral("campaign_results"), {pb.boston}).value(resultId).value(QStringLiteral("caller")).toString() == u"Bilal");
        CHECK(pb.server.rows(QStringLiteral("contacts"), {pb.boston}).value(person).value(QStringLiteral("do_not_contact")).toString() == u"refused");
        CHECK(pb.server.rows(QStringLiteral("contact_phones"), {pb.boston}).value(phoneOf(person)).value(QStringLiteral("bad")).toInt() == 1);
        CHECK(pb.server.rows(QStringLiteral("campaign_targets"), {pb.boston}).value(target).value(QStringLiteral("done")).toInt() == 1);
        CHECK(pb.server.rows(QStringLiteral("election_turnout"), {pb.boston}).value(turnout).value(QStringLiteral("pledged")).toInt() == 1);

        // Recorded once, a result is the organizer's to change.
        CHECK(pb.pushOne(me, QStringLiteral("campaign_results"), resultId, {{QStringLiteral("code"), QStringLiteral("refused")}}) == u"role");
        CHECK(pb.pushOne(me, QStringLiteral("contacts"), person, {{QStringLiteral("do_not_contact"), QString()}}) == u"role");
    }
    SECTION("everything else is refused, with a reason")
    {
        CHECK(pb.pushOne(me, QStringLiteral("campaign_results"), newId(), result(person, QStringLiteral("dina"))) == u"invalid");
        CHECK(pb.pushOne(me, QStringLiteral("campaign_results"), newId(), result(other, me)) == u"forbidden");
        QJsonObject deleted = result(person, me);
        deleted.insert(QStringLiteral("deleted"), 1);
        CHECK(pb.pushOne(me, QStringLiteral("campaign_results"), newId(), deleted) == u"role");
        QJsonObject elsewhere = result(person, me);
        elsewhere.insert(QStringLiteral("campaign_id"), newId());
        CHECK(pb.pushOne(me, QStringLiteral("campaign_results"), newId(), elsewhere) == u"forbidden");

        CHECK(pb.pushOne(me, QStringLiteral("campaign_targets"), target, {{QStringLiteral("assignee"), QString()}}) == u"role");
        CHECK(pb.pushOne(me, QStringLiteral("campaign_targets"), target, {{QStringLiteral("lease_until"), double(now + 1)}}) == u"role");
        CHECK(pb.pushOne(me, QStringLiteral("campaign_targets"), otherTarget, {{QStringLiteral("attempts"), 3}}) == u"forbidden");
        CHECK(pb.pushOne(me, QStringLiteral("campaign_targets"), newId(),
                         {{QStringLiteral("campaign_id"), a.campaign.id}, {QStringLiteral("contact_id"), a.unlisted.first()}})
              == u"role");

        for (const QString &field : {QStringLiteral("notes"), QStringLiteral("given_name"), QStringLiteral("chapter_id")})
            CHECK(pb.pushOne(me, QStringLiteral("contacts"), person, {{field, QStringLiteral("x")}}) == u"role");
        CHECK(pb.pushOne(me, QStringLiteral("contacts"), person, {{QStringLiteral("deleted"), 1}}) == u"role");
        CHECK(pb.pushOne(me, QStringLiteral("contacts"), other, {{QStringLiteral("do_not_contact"), QStringLiteral("refused")}}) == u"forbidden");
        CHECK(pb.pushOne(me, QStringLiteral("contacts"), newId(), {{QStringLiteral("given_name"), QStringLiteral("Walk-in")}}) == u"role");
        CHECK(pb.pushOne(me, QStringLiteral("contacts"), person, {}, true) == u"role");

        CHECK(pb.pushOne(me, QStringLiteral("contact_phones"), phoneOf(person), {{QStringLiteral("number"), QStringLiteral("+15550000000")}}) == u"role");
        REQUIRE(pb.pushOne(me, QStringLiteral("contact_phones"), phoneOf(person), {{QStringLiteral("bad"), 1}}) == u"");
        CHECK(pb.pushOne(me, QStringLiteral("contact_phones"), phoneOf(person), {{QStringLiteral("bad"), 0}}) == u"role");
        CHECK(pb.pushOne(me, QStringLiteral("contact_phones"), phoneOf(other), {{QStringLiteral("bad"), 1}}) == u"forbidden");
        CHECK(pb.pushOne(me, QStringLiteral("contact_phones"), newId(),
                         {{QStringLiteral("contact_id"), person}, {QStringLiteral("number"), QStringLiteral("+15550000000")}})
              == u"role");

        CHECK(pb.pushOne(me, QStringLiteral("contact_activities"), newId(), activity(other)) == u"forbidden");
        CHECK(pb.pushOne(me, QStringLiteral("contact_tags"), naturalId(QStringLiteral("contact_tags"), {person, november}),
                         {{QStringLiteral("contact_id"), person}, {QStringLiteral("tag_id"), november}})
              == u"role");
        CHECK(pb.pushOne(me, QStringLiteral("contact_tags"), naturalId(QStringLiteral("contact_tags"), {other, civilRights}),
                         {{QStringLiteral("contact_id"), other}, {QStringLiteral("tag_id"), civilRights}})
              == u"forbidden");
        CHECK(pb.pushOne(me, QStringLiteral("tags"), naturalId(QStringLiteral("tags"), {QStringLiteral("volunteer-lead")}),
                         {{QStringLiteral("name"), QStringLiteral("volunteer-lead")}})
              == u"role");
        CHECK(pb.pushOne(me, QStringLiteral("tags"), civilRights, {{QStringLiteral("name"), QStringLiteral("Renamed")}}) == u"role");

        CHECK(pb.pushOne(me, QStringLiteral("election_turnout"), turnout,
                         {{QStringLiteral("election_id"), a.campaign.electionId}, {QStringLiteral("contact_id"), person},
                          {QStringLiteral("voted"), 1}})
              == u"role");
        CHECK(pb.pushOne(me, QStringLiteral("election_turnout"), naturalId(QStringLiteral("election_turnout"), {a.campaign.electionId, other}),
                         {{QStringLiteral("election_id"), a.campaign.electionId}, {QStringLiteral("contact_id"), other},
                          {QStringLiteral("pledged"), 1}})
              == u"forbidden");

        // Whole tables a caller never writes.
        CHECK(pb.pushOne(me, QStringLiteral("contact_emails"), newId(), {{QStringLiteral("contact_id"), person}, {QStringLiteral("address"), QStringLiteral("a@b.example")}}) == u"role");
        CHECK(pb.pushOne(me, QStringLiteral("contact_consents"), newId(), {{QStringLiteral("contact_id"), person}, {QStringLiteral("channel"), QStringLiteral("phone")}, {QStringLiteral("granted"), 1}}) == u"role");
        CHECK(pb.pushOne(me, QStringLiteral("campaigns"), a.campaign.id, {{QStringLiteral("closed"), 1}}) == u"role");
        CHECK(pb.pushOne(me, QStringLiteral("elections"), a.campaign.electionId, {{QStringLiteral("name"), QStringLiteral("x")}}) == u"role");
        CHECK(pb.pushOne(me, QStringLiteral("chapters"), pb.boston, {{QStringLiteral("name"), QStringLiteral("x")}}) == u"role");
        CHECK(pb.pushOne(me, QStringLiteral("events"), newId(), {{QStringLiteral("title"), QStringLiteral("x")}, {QStringLiteral("chapter_id"), pb.boston}}) == u"role");
        CHECK(pb.pushOne(me, QStringLiteral("organizations"), newId(), {{QStringLiteral("name"), QStringLiteral("x")}}) == u"role");

        // Nothing of it reached the server.
        CHECK(pb.server.rows(QStringLiteral("campaign_results"), {pb.boston}).isEmpty());
        CHECK(pb.server.rows(QStringLiteral("contacts"), {pb.boston}).value(other).value(QStringLiteral("do_not_contact")).toString().isEmpty());
        CHECK(pb.server.rows(QStringLiteral("campaign_targets"), {pb.boston}).value(target).value(QStringLiteral("assignee")).toString() == u"bilal");
        CHECK(pb.server.rows(QStringLiteral("campaigns"), {pb.boston}).value(a.campaign.id).value(QStringLiteral("closed")).toInt() == 0);
        checkNoCanary(pb.bodies);
    }
    SECTION("a closed campaign takes no more of the caller's results")
    {
        REQUIRE(CampaignRepository(pb.amina->db()).setClosed(a.campaign.id, true));
        REQUIRE(pb.amina->sync());
        CHECK(pb.pushOne(me, QStringLiteral("campaign_results"), newId(), result(person, me)) == u"forbidden");
        CHECK(pb.lastMessage.contains(QStringLiteral("closed")));
        CHECK(pb.pushOne(me, QStringLiteral("contacts"), person, {{QStringLiteral("do_not_contact"), QStringLiteral("refused")}}) == u"forbidden");
    }
}

TEST_CASE("A caller's laptop keeps a person only while they are the caller's", "[sync][caller]")
{
    Assigned a;
    PhoneBank &pb = a.pb;
    Laptop bilal(pb.server, pb.random, QStringLiteral("bilal"));
    REQUIRE(bilal.sync());
    const QString person = a.mine.first();
    // A call already made about them: its result and history entry are on the laptop and the server.
    REQUIRE(CallSession(bilal.db(), a.campaign.id, QStringLiteral("bilal")).record(person, ResultCode::NotHome));
    REQUIRE(bilal.sync());
    REQUIRE(localRows(bilal.db(), QStringLiteral("campaign_results")).size() == 1);
    const auto holds = [&](const QString &table) {
        int count = 0;
        for (const QJsonObject &row : localRows(bilal.db(), table)) {
            if (row.value(table == u"contacts" ? QStringLiteral("id") : QStringLiteral("contact_id")).toString() == person)
                ++count;
        }
        return count;
    };
    REQUIRE(holds(QStringLiteral("contacts")) == 1);
    REQUIRE(holds(QStringLiteral("contact_activities")) == 1);

    const auto gone = [&] {
        for (const QString &table : {QStringLiteral("contacts"), QStringLiteral("contact_phones"), QStringLiteral("campaign_targets"),
                                     QStringLiteral("campaign_results"), QStringLiteral("contact_activities")}) {
            INFO(table.toStdString());
            CHECK(holds(table) == 0);
        }
        CHECK(localRows(bilal.db(), QStringLiteral("contacts")).size() == 5);
    };

    SECTION("reassigned to someone else")
    {
        assign(*pb.amina, {person}, a.campaign.id, QStringLiteral("vol"));
        REQUIRE(bilal.sync());
        gone();
    }
    SECTION("their lease ran out")
    {
        QSqlQuery lease(pb.amina->db().connection());
        REQUIRE(lease.exec(QStringLiteral("UPDATE campaign_targets SET lease_until = %1, updated_at = %2, device_id = '%3' WHERE contact_id = '%4'")
                               .arg(pb.server.now() + 3'600'000)
                               .arg(nowMs())
                               .arg(pb.amina->db().deviceId(), person)));
        REQUIRE(pb.amina->sync());
        REQUIRE(bilal.sync());
        CHECK(holds(QStringLiteral("contacts")) == 1);
        pb.server.advance(2 * 3'600'000);
        REQUIRE(bilal.sync());
        gone();
    }
    SECTION("the campaign closed")
    {
        REQUIRE(CampaignRepository(pb.amina->db()).setClosed(a.campaign.id, true));
        REQUIRE(pb.amina->sync());
        REQUIRE(bilal.sync());
        CHECK(localRows(bilal.db(), QStringLiteral("contacts")).isEmpty());
        CHECK(localRows(bilal.db(), QStringLiteral("contact_phones")).isEmpty());
        CHECK(localRows(bilal.db(), QStringLiteral("campaign_targets")).isEmpty());
        CHECK(localRows(bilal.db(), QStringLiteral("campaigns")).value(a.campaign.id).value(QStringLiteral("closed")).toInt() == 1);
    }
    SECTION("they were erased on request")
    {
        REQUIRE(PersonErasure::erase(pb.amina->db(), person));
        REQUIRE(pb.amina->sync());
        REQUIRE(bilal.sync());
        gone();
        CHECK(tablesContaining(bilal.db(), QStringLiteral("Mine 0")).isEmpty());
    }
    SECTION("they moved to a chapter the caller is not in")
    {
        REQUIRE(pb.server.accounts().setChapters(QStringLiteral("amina"), {QStringLiteral("Boston"), QStringLiteral("Dearborn")}));
        pb.amina->token.clear();
        REQUIRE(pb.amina->sync());
        QSqlQuery move(pb.amina->db().connection());
        REQUIRE(move.exec(QStringLiteral("UPDATE contacts SET chapter_id = '%1', updated_at = %2, device_id = '%3' WHERE id = '%4'")
                              .arg(pb.dearborn)
                              .arg(nowMs())
                              .arg(pb.amina->db().deviceId(), person)));
        REQUIRE(pb.amina->sync());
        REQUIRE(pb.server.rows(QStringLiteral("contacts"), {pb.dearborn}).contains(person));
        REQUIRE(bilal.sync());
        gone();
    }
    SECTION("someone assigned later arrives whole, and only with what the script needs")
    {
        assign(*pb.amina, {a.theirs.first()}, a.campaign.id, QStringLiteral("bilal"));
        REQUIRE(bilal.sync());
        const QJsonObject arrived = localRows(bilal.db(), QStringLiteral("contacts")).value(a.theirs.first());
        CHECK(arrived.value(QStringLiteral("given_name")).toString().startsWith(kOutsider));
        CHECK(arrived.value(QStringLiteral("notes")).toString().isEmpty());
        int phones = 0;
        for (const QJsonObject &row : localRows(bilal.db(), QStringLiteral("contact_phones")))
            phones += row.value(QStringLiteral("contact_id")).toString() == a.theirs.first() ? 1 : 0;
        CHECK(phones == 1);
        CHECK(localRows(bilal.db(), QStringLiteral("campaign_targets")).size() == 7);
        CHECK(tablesContaining(bilal.db(), kHidden).isEmpty());
    }
}

TEST_CASE("A workspace that synced as a volunteer keeps only the caller's people once its user is a caller",
          "[sync][security][caller]")
{
    Assigned a;
    PhoneBank &pb = a.pb;
    REQUIRE(pb.server.accounts().setRole(QStringLiteral("bilal"), server::Role::Volunteer));
    Laptop bilal(pb.server, pb.random, QStringLiteral("bilal"));
    REQUIRE(bilal.sync());
    REQUIRE(localRows(bilal.db(), QStringLiteral("contacts")).size() == 16);
    REQUIRE_FALSE(tablesContaining(bilal.db(), kHidden).isEmpty());

    REQUIRE(pb.server.accounts().setRole(QStringLiteral("bilal"), server::Role::Caller));
    REQUIRE(bilal.sync());
    const auto contacts = localRows(bilal.db(), QStringLiteral("contacts"));
    CHECK(QSet<QString>(contacts.keyBegin(), contacts.keyEnd()) == QSet<QString>(a.mine.begin(), a.mine.end()));
    for (const QString &table : {QStringLiteral("contact_emails"), QStringLiteral("events"), QStringLiteral("organizations"),
                                 QStringLiteral("sign_on_letters"), QStringLiteral("sync_conflicts"), QStringLiteral("contact_consents")})
        CHECK(localRows(bilal.db(), table).isEmpty());
    // The laptop keeps the rows it received as a caller, and their hidden fields are empty now.
    CHECK(contacts.value(a.mine.first()).value(QStringLiteral("notes")).toString().isEmpty());
    for (const QString &canary : {kOutsider, kDearborn, QStringLiteral("@private.example")})
        CHECK(tablesContaining(bilal.db(), canary).isEmpty());

    // And back: a volunteer again gets the chapter whole.
    REQUIRE(pb.server.accounts().setRole(QStringLiteral("bilal"), server::Role::Volunteer));
    REQUIRE(bilal.sync());
    CHECK(localRows(bilal.db(), QStringLiteral("contacts")).size() == 16);
}

TEST_CASE("A server made before the caller role takes callers once opened, and knows who works which target",
          "[sync][caller][accounts]")
{
    Assigned a;
    PhoneBank &pb = a.pb;
    server::ServerStore &store = pb.server.store();
    REQUIRE(pb.server.accounts().setRole(QStringLiteral("bilal"), server::Role::Volunteer));
    REQUIRE(pb.server.accounts().setRole(QStringLiteral("dina"), server::Role::Volunteer));
    const auto exec = [&](const QString &sql) {
        QSqlQuery query(store.connection());
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
    };
    // The store as an older server left it: three roles, and no target_assignments or lease_locks.
    if (store.isPostgres()) {
        exec(QStringLiteral("ALTER TABLE users DROP CONSTRAINT users_role_check"));
        exec(QStringLiteral("ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('volunteer', 'organizer', 'admin'))"));
    } else {
        QSqlQuery definition(store.connection());
        REQUIRE(definition.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'users'")));
        REQUIRE(definition.next());
        QString old = definition.value(0).toString();
        definition.finish();
        old.replace(QStringLiteral("'admin', 'caller')"), QStringLiteral("'admin')"));
        old.replace(QStringLiteral("CREATE TABLE users"), QStringLiteral("CREATE TABLE users_old"));
        REQUIRE(old.contains(QStringLiteral("'admin')")));
        exec(old);
        exec(QStringLiteral("INSERT INTO users_old SELECT * FROM users"));
        exec(QStringLiteral("DROP TABLE users"));
        exec(QStringLiteral("ALTER TABLE users_old RENAME TO users"));
        exec(QStringLiteral("CREATE UNIQUE INDEX users_by_name_key ON users (name_key)"));
    }
    exec(QStringLiteral("DROP TABLE target_assignments"));
    exec(QStringLiteral("DROP TABLE lease_locks"));
    {
        QSqlQuery caller(store.connection());
        CHECK_FALSE(caller.exec(QStringLiteral("UPDATE users SET role = 'caller' WHERE name = 'bilal'")));
    }

    for (int opening = 0; opening < 2; ++opening) {
        INFO("opening " << opening);
        pb.server.backup();
        pb.server.restoreBackup(); // opens the store again: ServerStore::upgrade runs
        QSqlQuery count(pb.server.store().connection());
        REQUIRE(pb.server.store().begin());
        REQUIRE(pb.server.store().setScope(server::ServerStore::kAllChapters, {}));
        REQUIRE(count.exec(QStringLiteral("SELECT count(*), sum(CASE WHEN assignee_key = 'bilal' THEN 1 ELSE 0 END) FROM target_assignments")));
        REQUIRE(count.next());
        CHECK(count.value(0).toInt() == 12);
        CHECK(count.value(1).toInt() == 6);
        count.finish();
        pb.server.store().rollback();
    }
    if (pb.server.store().isPostgres()) {
        QSqlQuery policies(pb.server.store().connection());
        REQUIRE(policies.exec(QStringLiteral("SELECT count(*) FROM pg_policies WHERE tablename = 'target_assignments'")));
        REQUIRE(policies.next());
        CHECK(policies.value(0).toInt() == 4);
    }

    REQUIRE(pb.server.accounts().setRole(QStringLiteral("bilal"), server::Role::Caller));
    REQUIRE(pb.server.accounts().addUser(QStringLiteral("farah"), kPassword, server::Role::Caller, {QStringLiteral("Boston")}));
    Laptop bilal(pb.server, pb.random, QStringLiteral("bilal"));
    REQUIRE(bilal.sync());
    const auto contacts = localRows(bilal.db(), QStringLiteral("contacts"));
    CHECK(QSet<QString>(contacts.keyBegin(), contacts.keyEnd()) == QSet<QString>(a.mine.begin(), a.mine.end()));
    // Leases work on the upgraded store: the list has nobody left, but the request is served.
    const auto lease = call(pb.server, QStringLiteral("lease"), {{QStringLiteral("campaign_id"), a.campaign.id}, {QStringLiteral("count"), 3}},
                            loginToken(pb.server, QStringLiteral("dina")));
    CHECK(lease.status == 200);
}
