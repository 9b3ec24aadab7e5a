#include "sync/phonebankfixture.h"

#include "campaigns/campaignfixture.h"
#include "campaigns/campaignrepository.h"
#include "common/clock.h"
#include "sync/hybridclock.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QSqlRecord>

namespace majlis::test {

PhoneBank::PhoneBank()
{
    server.addUser(QStringLiteral("amina"), server::Role::Organizer, {QStringLiteral("Boston")});
    server.addUser(QStringLiteral("bilal"), server::Role::Caller, {QStringLiteral("Boston")});
    server.addUser(QStringLiteral("dina"), server::Role::Caller, {QStringLiteral("Boston")});
    server.addUser(QStringLiteral("vol"), server::Role::Volunteer, {QStringLiteral("Boston")});
    server.addUser(QStringLiteral("chen"), server::Role::Organizer, {QStringLiteral("Dearborn")});
    boston = server.chapter(QStringLiteral("Boston"));
    dearborn = server.chapter(QStringLiteral("Dearborn"));
    amina = std::make_unique<Laptop>(server, random, QStringLiteral("amina"));
    REQUIRE(amina->sync());
}

QStringList PhoneBank::addPeople(int count, const QString &prefix, const QString &tag)
{
    QList<Contact> people;
    for (int i = 0; i < count; ++i) {
        Contact c = callableContact(QStringLiteral("%1 %2").arg(prefix).arg(i), QStringLiteral("Haddad"), 1000 + i, {tag},
                                    {i % 3 == 0 ? QStringLiteral("ar") : QStringLiteral("en")});
        c.chapterId = boston;
        c.address.street = QStringLiteral("%1 Warren Ave").arg(100 + i);
        c.address.locality = QStringLiteral("Dearborn Heights");
        c.address.postalCode = QStringLiteral("48127");
        c.notes = kHidden + QStringLiteral(" note %1").arg(i);
        c.organization = kHidden + QStringLiteral(" employer");
        c.role = kHidden + QStringLiteral(" role");
        c.skills = {kHidden + QStringLiteral(" skill")};
        c.interests = {kHidden + QStringLiteral(" interest")};
        c.birthday = QDate(1980, 1, 1 + i % 28);
        c.emails = {{QStringLiteral("home"), QStringLiteral("%1-%2@private.example").arg(kHidden.toLower()).arg(i)}};
        people.append(c);
    }
    const QStringList ids = addContacts(amina->db(), people);
    REQUIRE(amina->sync());
    return ids;
}

Campaign PhoneBank::createCampaign(const QString &name)
{
    Campaign campaign = createPhoneBank(amina->db(), name);
    campaign.chapterId = boston;
    auto updated = CampaignRepository(amina->db()).update(campaign);
    REQUIRE(updated.ok());
    REQUIRE(amina->sync());
    return updated.value();
}

void PhoneBank::plantCanaries(const QString &assignedContact)
{
    const qint64 now = nowMs();
    const QString device = amina->db().deviceId();
    QSqlQuery q(amina->db().connection());
    const QString event = newId();
    const QString partner = newId();
    for (const auto &[sql, values] :
         {std::pair{QStringLiteral("INSERT INTO events (id, title, chapter_id, starts_at, notes, created_at, updated_at, device_id) "
                                   "VALUES (?, ?, ?, '2026-10-01T18:00', ?, ?, ?, ?)"),
                    QVariantList{event, kHidden + QStringLiteral(" iftar"), boston, kHidden, now, now, device}},
          std::pair{QStringLiteral("INSERT INTO event_registrations (id, event_id, contact_id, created_at, updated_at, device_id) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                    QVariantList{newId(), event, assignedContact, now, now, device}},
          std::pair{QStringLiteral("INSERT INTO organizations (id, name, chapter_id, created_at, updated_at, device_id) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                    QVariantList{partner, kHidden + QStringLiteral(" mosque"), boston, now, now, device}},
          std::pair{QStringLiteral("INSERT INTO interactions (id, organization_id, kind, occurred_on, notes, created_at, updated_at, "
                                   "device_id) VALUES (?, ?, 'call', '2026-09-01', ?, ?, ?, ?)"),
                    QVariantList{newId(), partner, kHidden, now, now, device}},
          std::pair{QStringLiteral("INSERT INTO sign_on_letters (id, title, body, created_at, updated_at, device_id) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                    QVariantList{newId(), kHidden + QStringLiteral(" letter"), kHidden, now, now, device}}}) {
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        REQUIRE(q.exec());
    }
    REQUIRE(amina->sync());

    // A race lost on the assigned person's notes: the conflict log keeps the losing words.
    const QString racer = newId();
    QJsonObject fields{{QStringLiteral("notes"),
                        QJsonObject{{QStringLiteral("v"), kHidden + QStringLiteral(" conflict")},
                                    {QStringLiteral("c"), sync::hybridclock::make(now - 60'000, 0, racer)},
                                    {QStringLiteral("b"), QString()}}}};
    const auto raced = call(server, QStringLiteral("push"),
                            {{QStringLiteral("device_id"), racer},
                             {QStringLiteral("after"), 0},
                             {QStringLiteral("through"), 1},
                             {QStringLiteral("mutations"),
                              QJsonArray{QJsonObject{{QStringLiteral("seq"), 1},
                                                     {QStringLiteral("table"), QStringLiteral("contacts")},
                                                     {QStringLiteral("id"), assignedContact},
                                                     {QStringLiteral("fields"), fields}}}}},
                            token(QStringLiteral("amina")));
    REQUIRE(raced.status == 200);
    REQUIRE(raced.json().value(QStringLiteral("rejected")).toArray().isEmpty());
    REQUIRE_FALSE(server.rows(QStringLiteral("sync_conflicts"), {boston}).isEmpty());

    // Dearborn's people, on Dearborn's organizer's laptop.
    Laptop chen(server, random, QStringLiteral("chen"));
    REQUIRE(chen.sync());
    for (int i = 0; i < 5; ++i)
        insertContact(chen, QStringLiteral("%1 %2").arg(kDearborn).arg(i), dearborn);
    REQUIRE(chen.sync());
}

QByteArray PhoneBank::token(const QString &user)
{
    if (!m_tokens.contains(user)) {
        const auto response = call(server, QStringLiteral("login"),
                                   {{QStringLiteral("user"), user}, {QStringLiteral("password"), kPassword}});
        REQUIRE(response.status == 200);
        bodies.append(QString::fromUtf8(response.body));
        m_tokens.insert(user, response.json().value(QStringLiteral("token")).toString().toUtf8());
    }
    return m_tokens.value(user);
}

QString PhoneBank::pushOne(const QString &user, const QString &table, const QString &id, const QJsonObject &values, bool erase)
{
    if (!m_devices.contains(user))
        m_devices.insert(user, newId());
    const QString device = m_devices.value(user);
    const qint64 seq = ++m_seqs[device];
    QJsonObject change{{QStringLiteral("seq"), double(seq)}, {QStringLiteral("table"), table}, {QStringLiteral("id"), id}};
    if (erase) {
        change.insert(QStringLiteral("erase"), true);
    } else {
        QJsonObject fields;
        // A millisecond later than anything stored so far, so the change wins when it is kept.
        server.advance(1);
        const QString clock = sync::hybridclock::make(server.now(), 0, device);
        for (auto it = values.begin(); it != values.end(); ++it)
            fields.insert(it.key(), QJsonObject{{QStringLiteral("v"), it.value()}, {QStringLiteral("c"), clock}, {QStringLiteral("b"), QString()}});
        change.insert(QStringLiteral("fields"), fields);
    }
    const auto response = call(server, QStringLiteral("push"),
                               {{QStringLiteral("device_id"), device},
                                {QStringLiteral("after"), double(seq - 1)},
                                {QStringLiteral("through"), double(seq)},
                                {QStringLiteral("mutations"), QJsonArray{change}}},
                               token(user));
    REQUIRE(response.status == 200);
    bodies.append(QString::fromUtf8(response.body));
    const QJsonArray rejected = response.json().value(QStringLiteral("rejected")).toArray();
    lastMessage = rejected.isEmpty() ? QString() : rejected.first().toObject().value(QStringLiteral("message")).toString();
    return rejected.isEmpty() ? QString() : rejected.first().toObject().value(QStringLiteral("error")).toString();
}

PulledPages pullAll(SimServer &server, const QByteArray &token, QString &cursor, int limit)
{
    PulledPages pulled;
    for (int page = 0; page < 1000; ++page) {
        const auto response = call(server, QStringLiteral("pull"), {{QStringLiteral("cursor"), cursor}, {QStringLiteral("limit"), limit}}, token);
        REQUIRE(response.status == 200);
        ++pulled.pages;
        pulled.bodies.append(QString::fromUtf8(response.body));
        const QJsonObject body = response.json();
        for (const QJsonValue &row : body.value(QStringLiteral("rows")).toArray())
            pulled.rows.append(row);
        for (const QJsonValue &eviction : body.value(QStringLiteral("evictions")).toArray())
            pulled.evictions.append(eviction);
        cursor = body.value(QStringLiteral("cursor")).toString();
        if (!body.value(QStringLiteral("more")).toBool())
            return pulled;
    }
    FAIL("the pull never ended");
    return pulled;
}

QStringList tablesContaining(Database &database, const QString &needle)
{
    QStringList found;
    QSqlQuery tables(database.connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(database.connection());
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            continue; // a virtual table's shadow that cannot be read on its own
        bool hit = false;
        while (!hit && rows.next()) {
            for (int i = 0; i < rows.record().count() && !hit; ++i)
                hit = rows.value(i).toString().contains(needle, Qt::CaseInsensitive)
                      || rows.value(i).toByteArray().contains(needle.toUtf8());
        }
        if (hit)
            found.append(table);
    }
    return found;
}

} // namespace majlis::test
