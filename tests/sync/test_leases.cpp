// Leases (issue 17): a volunteer or caller takes a share of a campaign's list from the server for a
// while, so two laptops offline never call the same person. On SQLite and, with
// MAJLIS_TEST_STORE=postgres, PostgreSQL.

#include "sync/phonebankfixture.h"

#include "accounts.h"
#include "serverconfig.h"
#include "serverstore.h"
#include "syncservice.h"

#include "campaigns/calllist.h"
#include "campaigns/callsession.h"
#include "campaigns/campaignfixture.h"
#include "campaigns/campaignrepository.h"
#include "common/naturalid.h"
#include "sync/syncclient.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

using namespace majlis;
using namespace majlis::test;

namespace {

constexpr qint64 kHour = 60 * 60 * 1000;

// Boston's phone bank with a list of thirty people nobody has yet.
struct OpenList
{
    OpenList()
    {
        people = pb.addPeople(30, QStringLiteral("Listed"));
        campaign = pb.createCampaign();
        auto built = CallList(pb.amina->db()).build(campaign.id, tagged(QStringLiteral("November")));
        REQUIRE(built.ok());
        REQUIRE(built.value() == 30);
        REQUIRE(pb.amina->sync());
        auto entries = CallList(pb.amina->db()).entries(campaign.id);
        REQUIRE(entries.ok());
        for (const ListEntry &entry : entries.value())
            inOrder.append(entry.contactId);
    }

    server::ServiceResponse lease(const QString &user, int count, const QString &campaignId = {})
    {
        return call(pb.server, QStringLiteral("lease"),
                    {{QStringLiteral("campaign_id"), campaignId.isEmpty() ? campaign.id : campaignId}, {QStringLiteral("count"), count}},
                    pb.token(user));
    }

    QStringList granted(const QString &user, int count)
    {
        const auto response = lease(user, count);
        REQUIRE(response.status == 200);
        QStringList ids;
        for (const QJsonValue &person : response.json().value(QStringLiteral("granted")).toArray())
            ids.append(person.toObject().value(QStringLiteral("contact_id")).toString());
        return ids;
    }

    QJsonObject target(const QString &contact)
    {
        return pb.server.rows(QStringLiteral("campaign_targets"), {pb.boston})
            .value(naturalId(QStringLiteral("campaign_targets"), {campaign.id, contact}));
    }

    QJsonObject result(const QString &contact, const QString &caller)
    {
        return {{QStringLiteral("campaign_id"), campaign.id}, {QStringLiteral("contact_id"), contact},
                {QStringLiteral("code"), QStringLiteral("not_home")}, {QStringLiteral("answers"), QStringLiteral("{}")},
                {QStringLiteral("caller"), caller},          {QStringLiteral("recorded_at"), double(pb.server.now())},
                {QStringLiteral("created_at"), double(pb.server.now())}};
    }

    PhoneBank pb;
    QStringList people;
    QStringList inOrder; // the list's order
    Campaign campaign;
};

} // namespace

TEST_CASE("A lease hands out people nobody works, in list order, and every laptop learns who has them", "[sync][lease]")
{
    OpenList l;
    const qint64 asked = l.pb.server.now();
    const auto first = l.lease(QStringLiteral("bilal"), 10);
    REQUIRE(first.status == 200);
    CHECK(qint64(first.json().value(QStringLiteral("lease_until")).toDouble()) == asked + 8 * kHour);
    const QStringList bilals = l.granted(QStringLiteral("bilal"), 0 + 10);
    // A second request takes ten more: the first ten are his already.
    QStringList firstTen;
    for (const QJsonValue &person : first.json().value(QStringLiteral("granted")).toArray())
        firstTen.append(person.toObject().value(QStringLiteral("contact_id")).toString());
    CHECK(firstTen == l.inOrder.mid(0, 10));
    CHECK(bilals == l.inOrder.mid(10, 10));
    const QStringList dinas = l.granted(QStringLiteral("dina"), 30);
    CHECK(dinas == l.inOrder.mid(20, 10));
    CHECK(l.granted(QStringLiteral("vol"), 5).isEmpty());

    for (const QString &contact : firstTen + bilals) {
        CHECK(l.target(contact).value(QStringLiteral("assignee")).toString() == u"bilal");
        CHECK(qint64(l.target(contact).value(QStringLiteral("lease_until")).toDouble()) == asked + 8 * kHour);
    }
    for (const QString &contact : dinas)
        CHECK(l.target(contact).value(QStringLiteral("assignee")).toString() == u"dina");

    // The organizer's laptop learns every lease, without a conflict.
    REQUIRE(l.pb.amina->sync());
    auto entries = CallList(l.pb.amina->db()).entries(l.campaign.id);
    REQUIRE(entries.ok());
    QHash<QString, int> perAssignee;
    for (const ListEntry &entry : entries.value())
        ++perAssignee[entry.assignee];
    CHECK(perAssignee.value(QStringLiteral("bilal")) == 20);
    CHECK(perAssignee.value(QStringLiteral("dina")) == 10);
    CHECK(localRows(l.pb.amina->db(), QStringLiteral("sync_conflicts")).isEmpty());

    // Each caller's laptop holds their share and nothing else.
    Laptop bilal(l.pb.server, l.pb.random, QStringLiteral("bilal"));
    REQUIRE(bilal.sync());
    const auto held = localRows(bilal.db(), QStringLiteral("contacts"));
    CHECK(QSet<QString>(held.keyBegin(), held.keyEnd()) == QSet<QString>(l.inOrder.begin(), l.inOrder.begin() + 20));
}

TEST_CASE("A lease runs out: its people go to whoever asks next, and the late result is refused", "[sync][lease]")
{
    OpenList l;
    const QStringList bilals = l.granted(QStringLiteral("bilal"), 10);
    REQUIRE(bilals.size() == 10);

    SECTION("a result in time is kept")
    {
        CHECK(l.pb.pushOne(QStringLiteral("bilal"), QStringLiteral("campaign_results"), newId(), l.result(bilals.first(), QStringLiteral("bilal")))
              == u"");
    }
    SECTION("past the lease, while nobody else has them, the caller's results are still kept")
    {
        l.pb.server.advance(9 * kHour);
        CHECK(l.pb.pushOne(QStringLiteral("bilal"), QStringLiteral("campaign_results"), newId(), l.result(bilals.first(), QStringLiteral("bilal")))
              == u"");
    }
    SECTION("past the lease, someone else takes them and the first caller's result is refused")
    {
        l.pb.server.advance(8 * kHour + 1);
        const QStringList dinas = l.granted(QStringLiteral("dina"), 10);
        CHECK(dinas == bilals);
        CHECK(l.pb.pushOne(QStringLiteral("bilal"), QStringLiteral("campaign_results"), newId(), l.result(bilals.first(), QStringLiteral("bilal")))
              == u"forbidden");
        CHECK(l.pb.pushOne(QStringLiteral("dina"), QStringLiteral("campaign_results"), newId(), l.result(bilals.first(), QStringLiteral("dina")))
              == u"");
    }
    SECTION("a volunteer's own lease runs out the same way")
    {
        const QStringList vols = l.granted(QStringLiteral("vol"), 3);
        REQUIRE(vols == l.inOrder.mid(10, 3));
        l.pb.server.advance(8 * kHour + 1);
        CHECK(l.granted(QStringLiteral("amina"), 13) == l.inOrder.mid(0, 13));
        CHECK(l.pb.pushOne(QStringLiteral("vol"), QStringLiteral("campaign_results"), newId(), l.result(vols.first(), QStringLiteral("vol")))
              == u"leased");
    }
}

TEST_CASE("Nobody is called twice: a result for a person someone else holds a lease on is refused", "[sync][lease]")
{
    OpenList l;
    const QStringList vols = l.granted(QStringLiteral("vol"), 5);
    REQUIRE(vols.size() == 5);
    // The organizer, a volunteer, anyone but the holder: refused while the lease runs.
    CHECK(l.pb.pushOne(QStringLiteral("amina"), QStringLiteral("campaign_results"), newId(), l.result(vols.first(), QStringLiteral("amina")))
          == u"leased");
    CHECK(l.pb.lastMessage.contains(QStringLiteral("nobody is called twice")));
    CHECK(l.pb.pushOne(QStringLiteral("vol"), QStringLiteral("campaign_results"), newId(), l.result(vols.first(), QStringLiteral("vol"))) == u"");
    // Nobody's people may be called by anyone.
    CHECK(l.pb.pushOne(QStringLiteral("amina"), QStringLiteral("campaign_results"), newId(), l.result(l.inOrder.last(), QStringLiteral("amina")))
          == u"");
    // A caller cannot even try: the person is not theirs.
    CHECK(l.pb.pushOne(QStringLiteral("bilal"), QStringLiteral("campaign_results"), newId(), l.result(vols.at(1), QStringLiteral("bilal")))
          == u"forbidden");
    // An organizer's roll-back of a result is not a new result: leases do not stop it.
    const auto results = l.pb.server.rows(QStringLiteral("campaign_results"), {l.pb.boston});
    for (auto it = results.begin(); it != results.end(); ++it) {
        if (it.value().value(QStringLiteral("contact_id")).toString() == vols.first())
            CHECK(l.pb.pushOne(QStringLiteral("amina"), QStringLiteral("campaign_results"), it.key(), {{QStringLiteral("deleted"), 1}}) == u"");
    }
}

TEST_CASE("A closed campaign hands out nobody, and its leases stop counting", "[sync][lease]")
{
    OpenList l;
    const QStringList bilals = l.granted(QStringLiteral("bilal"), 5);
    REQUIRE(bilals.size() == 5);
    Laptop bilal(l.pb.server, l.pb.random, QStringLiteral("bilal"));
    REQUIRE(bilal.sync());
    REQUIRE(localRows(bilal.db(), QStringLiteral("contacts")).size() == 5);

    SECTION("closed on a laptop that had not heard of the leases: the server ends them")
    {
        l.pb.server.advance(60'000); // closed a minute after the leases were taken
        REQUIRE(CampaignRepository(l.pb.amina->db()).setClosed(l.campaign.id, true));
        REQUIRE(l.pb.amina->sync());
        CHECK(qint64(l.target(bilals.first()).value(QStringLiteral("lease_until")).toDouble()) == 0);
    }
    SECTION("closed by a change pushed without the laptop's release: the server ends the leases")
    {
        CHECK(l.pb.pushOne(QStringLiteral("amina"), QStringLiteral("campaigns"), l.campaign.id, {{QStringLiteral("closed"), 1}}) == u"");
        CHECK(qint64(l.target(bilals.first()).value(QStringLiteral("lease_until")).toDouble()) == 0);
        CHECK(l.target(bilals.first()).value(QStringLiteral("assignee")).toString() == u"bilal");
    }
    SECTION("closed with its leases left in place, which the server no longer honours")
    {
        server::ServerStore &store = l.pb.server.store();
        REQUIRE(store.begin());
        REQUIRE(store.setScope(server::ServerStore::kAllChapters, server::ServerStore::kAllChapters));
        auto campaign = store.record(QStringLiteral("campaigns"), l.campaign.id);
        REQUIRE(campaign.ok());
        REQUIRE(campaign->has_value());
        server::StoredRecord closed = **campaign;
        closed.data.insert(QStringLiteral("closed"), 1);
        REQUIRE(store.putRecord(closed));
        REQUIRE(store.commit());
        CHECK(qint64(l.target(bilals.first()).value(QStringLiteral("lease_until")).toDouble()) > l.pb.server.now());
    }
    const auto refused = l.lease(QStringLiteral("dina"), 5);
    CHECK(refused.status == 409);
    CHECK(refused.json().value(QStringLiteral("error")).toString() == u"closed");
    // The server honours none of its leases: an organizer entering results from paper is not refused.
    CHECK(l.pb.pushOne(QStringLiteral("amina"), QStringLiteral("campaign_results"), newId(), l.result(bilals.first(), QStringLiteral("amina")))
          == u"");
    REQUIRE(bilal.sync());
    CHECK(localRows(bilal.db(), QStringLiteral("contacts")).isEmpty());
}

TEST_CASE("A lease passes over people who opted out or cannot be dialled, and says why it cannot be had", "[sync][lease]")
{
    OpenList l;
    REQUIRE(l.pb.pushOne(QStringLiteral("amina"), QStringLiteral("contacts"), l.inOrder.at(0), {{QStringLiteral("do_not_contact"), QStringLiteral("requested")}})
            == u"");
    const auto phones = l.pb.server.rows(QStringLiteral("contact_phones"), {l.pb.boston});
    for (auto it = phones.begin(); it != phones.end(); ++it) {
        if (it.value().value(QStringLiteral("contact_id")).toString() == l.inOrder.at(1))
            REQUIRE(l.pb.pushOne(QStringLiteral("amina"), QStringLiteral("contact_phones"), it.key(), {{QStringLiteral("bad"), 1}}) == u"");
    }
    const QStringList all = l.granted(QStringLiteral("bilal"), 30);
    CHECK(all == l.inOrder.mid(2));

    CHECK(l.lease(QStringLiteral("bilal"), 0).status == 400);
    CHECK(l.lease(QStringLiteral("bilal"), 501).status == 400);
    CHECK(call(l.pb.server, QStringLiteral("lease"), {{QStringLiteral("count"), 5}}, l.pb.token(QStringLiteral("bilal"))).status == 400);
    CHECK(call(l.pb.server, QStringLiteral("lease"), {{QStringLiteral("campaign_id"), l.campaign.id}, {QStringLiteral("count"), QStringLiteral("5")}},
               l.pb.token(QStringLiteral("bilal")))
              .status
          == 400);
    CHECK(call(l.pb.server, QStringLiteral("lease"), {{QStringLiteral("campaign_id"), l.campaign.id}, {QStringLiteral("count"), 5}}).status == 401);
    CHECK(l.lease(QStringLiteral("bilal"), 5, newId()).status == 404);
    // Dearborn's campaign is no campaign to Boston: the same answer as one that does not exist.
    const QString dearborns = newId();
    REQUIRE(l.pb.pushOne(QStringLiteral("chen"), QStringLiteral("campaigns"), dearborns,
                         {{QStringLiteral("name"), QStringLiteral("Dearborn calls")}, {QStringLiteral("chapter_id"), l.pb.dearborn},
                          {QStringLiteral("kind"), QStringLiteral("phone")}})
            == u"");
    const auto foreign = l.lease(QStringLiteral("bilal"), 5, dearborns);
    CHECK(foreign.status == 404);
    CHECK(foreign.body == l.lease(QStringLiteral("bilal"), 5, newId()).body);
}

TEST_CASE("Two lease requests at once are never granted the same person", "[sync][lease]")
{
    OpenList l;
    // Each request from its own connection on its own thread, as two server processes on one
    // database would make them.
    const QByteArray tokens[2] = {l.pb.token(QStringLiteral("bilal")), l.pb.token(QStringLiteral("dina"))};
    QStringList granted[2];
    QString failures[2];
    const server::StoreLocation location = l.pb.server.location();
    const qint64 now = l.pb.server.now();
    const QString campaign = l.campaign.id;
    std::atomic<int> ready = 0;
    std::vector<std::thread> threads;
    for (int i = 0; i < 2; ++i) {
        threads.emplace_back([&, i] {
            auto store = server::ServerStore::open(location);
            ++ready;
            if (!store) {
                failures[i] = store.error().message;
                return;
            }
            while (ready.load() < 2)
                std::this_thread::yield(); // both connections open before either asks
            {
                server::Accounts accounts((*store)->connection(), {1000, 30, 5}, [now] { return now; });
                server::SyncService service(**store, accounts, {}, [now] { return now; });
                for (int round = 0; round < 100; ++round) {
                    const auto response = service.handle(
                        {QStringLiteral("lease"), tokens[i],
                         QJsonDocument(QJsonObject{{QStringLiteral("campaign_id"), campaign}, {QStringLiteral("count"), 1}}).toJson(),
                         QStringLiteral("192.0.2.7")});
                    if (response.status == 503)
                        continue; // busy: asked again, as a laptop would
                    if (response.status != 200) {
                        failures[i] = QString::fromUtf8(response.body);
                        return;
                    }
                    const QJsonArray people = response.json().value(QStringLiteral("granted")).toArray();
                    if (people.isEmpty())
                        break;
                    for (const QJsonValue &person : people)
                        granted[i].append(person.toObject().value(QStringLiteral("contact_id")).toString());
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    CHECK(failures[0].isEmpty());
    CHECK(failures[1].isEmpty());
    const QStringList both = granted[0] + granted[1];
    CHECK(both.size() == 30);
    CHECK(QSet<QString>(both.begin(), both.end()).size() == 30);
    INFO("granted " << granted[0].size() << " and " << granted[1].size());
    // What the server holds agrees with what each was told.
    for (int i = 0; i < 2; ++i) {
        for (const QString &contact : granted[i])
            CHECK(l.target(contact).value(QStringLiteral("assignee")).toString() == (i == 0 ? u"bilal" : u"dina"));
    }
}

TEST_CASE("A laptop leases people with one call and calls them offline", "[sync][lease]")
{
    OpenList l;
    Laptop bilal(l.pb.server, l.pb.random, QStringLiteral("bilal"));
    REQUIRE(bilal.sync());
    sync::SyncClient client(bilal.db(), bilal.network());
    auto grant = client.lease(bilal.token, l.campaign.id, 4);
    REQUIRE(grant.ok());
    CHECK(grant->contactIds == l.inOrder.mid(0, 4));
    CHECK(grant->until == l.pb.server.now() + 8 * kHour);
    CHECK(grant->sync.pulled > 4);
    const auto held = localRows(bilal.db(), QStringLiteral("contacts"));
    CHECK(QSet<QString>(held.keyBegin(), held.keyEnd()) == QSet<QString>(l.inOrder.begin(), l.inOrder.begin() + 4));

    bilal.network().partitioned = true;
    CallSession session(bilal.db(), l.campaign.id, QStringLiteral("bilal"));
    auto card = session.next();
    REQUIRE(card.ok());
    REQUIRE(card->has_value());
    CHECK(l.inOrder.mid(0, 4).contains((*card)->contactId));
    CHECK((*card)->remaining == 4);
    REQUIRE(session.record((*card)->contactId, ResultCode::Busy));
    bilal.network().partitioned = false;
    REQUIRE(bilal.sync());
    CHECK(l.pb.server.rows(QStringLiteral("campaign_results"), {l.pb.boston}).size() == 1);

    CHECK(client.lease(bilal.token, l.campaign.id, 0).error().code == Error::Code::InvalidInput);
    auto unknown = client.lease(bilal.token, newId(), 3);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == Error::Code::NotFound);
    REQUIRE(CampaignRepository(l.pb.amina->db()).setClosed(l.campaign.id, true));
    REQUIRE(l.pb.amina->sync());
    auto closed = client.lease(bilal.token, l.campaign.id, 3);
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().message.contains(QStringLiteral("closed")));
}

TEST_CASE("The lease period comes from the server's configuration", "[sync][lease]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("server.conf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("[server]\ndatabase=server.sqlite\n[limits]\nlease_hours=0.5\n");
    file.close();
    auto config = server::ServerConfig::load(path);
    REQUIRE(config.ok());
    CHECK(config->limits.leaseMs == 30 * 60 * 1000);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[server]\ndatabase=server.sqlite\n");
    file.close();
    CHECK(server::ServerConfig::load(path)->limits.leaseMs == 8 * kHour);
}
