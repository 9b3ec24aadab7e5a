// A volunteer with a valid login who tries to move, freeze, forge or bloat what others share
// (issue 21). Each case is one finding of that audit; each is refused or bounded by the server,
// and what others wrote stays as it was.

#include "sync/syncharness.h"

#include "common/clock.h"
#include "sync/hybridclock.h"
#include "sync/syncschema.h"

#include <catch2/catch.hpp>

#include <random>

#include <QJsonArray>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace majlis;
using namespace majlis::test;

namespace {

struct Hostile
{
    Hostile()
    {
        server.addUser(QStringLiteral("amina"), server::Role::Organizer, {QStringLiteral("Boston")});
        server.addUser(QStringLiteral("bilal"), server::Role::Volunteer, {QStringLiteral("Boston")});
        server.addUser(QStringLiteral("chen"), server::Role::Volunteer, {QStringLiteral("Dearborn")});
        server.addUser(QStringLiteral("dina"), server::Role::Organizer, {QStringLiteral("Dearborn")});
        server.addUser(QStringLiteral("adm"), server::Role::Admin, {QStringLiteral("Boston")});
        boston = server.chapter(QStringLiteral("Boston"));
        dearborn = server.chapter(QStringLiteral("Dearborn"));
    }

    QByteArray token(const QString &user)
    {
        if (!tokens.contains(user))
            tokens.insert(user, loginToken(server, user));
        return tokens.value(user);
    }

    QString deviceOf(const QString &user)
    {
        if (!devices.contains(user))
            devices.insert(user, newId());
        return devices.value(user);
    }

    // One change with clocks later than every change before it, as `device` would send it.
    QJsonObject change(const QString &table, const QString &id, const QJsonObject &values, const QString &device, qint64 seq,
                       const QString &base = {})
    {
        QJsonObject fields;
        const QString clock = sync::hybridclock::make(kEpoch + ++tick, 0, device);
        for (auto it = values.begin(); it != values.end(); ++it)
            fields.insert(it.key(), QJsonObject{{QStringLiteral("v"), it.value()}, {QStringLiteral("c"), clock}, {QStringLiteral("b"), base}});
        return {{QStringLiteral("seq"), double(seq)}, {QStringLiteral("table"), table}, {QStringLiteral("id"), id},
                {QStringLiteral("fields"), fields}};
    }

    // Pushes the changes of `user` from `device` (their own unless named), in one request.
    server::ServiceResponse push(const QString &user, const QList<std::tuple<QString, QString, QJsonObject>> &rows, QString device = {},
                                 const QString &base = {})
    {
        if (device.isEmpty())
            device = deviceOf(user);
        QJsonArray mutations;
        const qint64 after = seqs.value(device);
        for (const auto &[table, id, values] : rows)
            mutations.append(change(table, id, values, device, ++seqs[device], base));
        return call(server, QStringLiteral("push"),
                    {{QStringLiteral("device_id"), device},
                     {QStringLiteral("after"), double(after)},
                     {QStringLiteral("through"), double(seqs.value(device))},
                     {QStringLiteral("mutations"), mutations}},
                    token(user));
    }

    // The refusal code of a one-change push ("" when it was kept).
    QString pushOne(const QString &user, const QString &table, const QString &id, const QJsonObject &values, const QString &device = {},
                    const QString &base = {})
    {
        const auto response = push(user, {{table, id, values}}, device, base);
        REQUIRE(response.status == 200);
        const QJsonArray rejected = response.json().value(QStringLiteral("rejected")).toArray();
        lastMessage = rejected.isEmpty() ? QString() : rejected.first().toObject().value(QStringLiteral("message")).toString();
        return rejected.isEmpty() ? QString() : rejected.first().toObject().value(QStringLiteral("error")).toString();
    }

    QJsonObject row(const QString &table, const QString &id)
    {
        return server.rows(table, {QString(), boston, dearborn}).value(id);
    }

    QString chapterOf(const QString &table, const QString &id)
    {
        for (const QString &key : {QString(), boston, dearborn}) {
            if (server.rows(table, {key}).contains(id))
                return key;
        }
        return QStringLiteral("(nowhere)");
    }

    static constexpr qint64 kEpoch = 1'700'000'000'000;
    SimServer server;
    QString boston;
    QString dearborn;
    QHash<QString, QByteArray> tokens;
    QHash<QString, QString> devices;
    QHash<QString, qint64> seqs;
    qint64 tick = 0;
    QString lastMessage;
};

const QJsonValue kNull = QJsonValue(QJsonValue::Null);

} // namespace

TEST_CASE("A volunteer cannot take an organization-wide record into a chapter, or hand one to everyone", "[sync][security][hostile]")
{
    Hostile h;
    const QString partner = newId();
    const QString note = newId();
    REQUIRE(h.pushOne(QStringLiteral("amina"), QStringLiteral("organizations"), partner,
                      {{QStringLiteral("name"), QStringLiteral("Interfaith Council")}, {QStringLiteral("chapter_id"), kNull}})
            == u"");
    REQUIRE(h.pushOne(QStringLiteral("amina"), QStringLiteral("interactions"), note,
                      {{QStringLiteral("organization_id"), partner}, {QStringLiteral("notes"), QStringLiteral("Boston's note")}})
            == u"");

    CHECK(h.pushOne(QStringLiteral("chen"), QStringLiteral("organizations"), partner, {{QStringLiteral("chapter_id"), h.dearborn}}) == u"role");
    CHECK(h.chapterOf(QStringLiteral("organizations"), partner).isEmpty());
    CHECK(h.chapterOf(QStringLiteral("interactions"), note).isEmpty());
    CHECK(h.row(QStringLiteral("interactions"), note).value(QStringLiteral("notes")).toString() == u"Boston's note");
    // Boston goes on editing it.
    CHECK(h.pushOne(QStringLiteral("amina"), QStringLiteral("organizations"), partner, {{QStringLiteral("notes"), QStringLiteral("met in May")}})
          == u"");
    // Nor can a volunteer hang the shared note on a partner of their own chapter.
    const QString own = newId();
    REQUIRE(h.pushOne(QStringLiteral("chen"), QStringLiteral("organizations"), own,
                      {{QStringLiteral("name"), QStringLiteral("Dearborn Youth")}, {QStringLiteral("chapter_id"), h.dearborn}})
            == u"");
    CHECK(h.pushOne(QStringLiteral("chen"), QStringLiteral("interactions"), note, {{QStringLiteral("organization_id"), own}}) == u"role");
    CHECK(h.chapterOf(QStringLiteral("interactions"), note).isEmpty());

    // The other way: a chapter's private partner made visible to every chapter.
    const QString bostonPartner = newId();
    REQUIRE(h.pushOne(QStringLiteral("bilal"), QStringLiteral("organizations"), bostonPartner,
                      {{QStringLiteral("name"), QStringLiteral("Roxbury Mosque")}, {QStringLiteral("chapter_id"), h.boston}})
            == u"");
    CHECK(h.pushOne(QStringLiteral("bilal"), QStringLiteral("organizations"), bostonPartner, {{QStringLiteral("chapter_id"), kNull}}) == u"role");
    CHECK(h.chapterOf(QStringLiteral("organizations"), bostonPartner) == h.boston);

    // An organizer may: the row and what hangs on it go along.
    CHECK(h.pushOne(QStringLiteral("dina"), QStringLiteral("organizations"), partner, {{QStringLiteral("chapter_id"), h.dearborn}}) == u"");
    CHECK(h.chapterOf(QStringLiteral("organizations"), partner) == h.dearborn);
    CHECK(h.chapterOf(QStringLiteral("interactions"), note) == h.dearborn);
}

TEST_CASE("Only the server marks a record erased, and a tombstone is 0 or 1", "[sync][security][hostile]")
{
    Hostile h;
    const QString tag = newId();
    const QString partner = newId();
    REQUIRE(h.pushOne(QStringLiteral("amina"), QStringLiteral("tags"), tag, {{QStringLiteral("name"), QStringLiteral("voters")}}) == u"");
    REQUIRE(h.pushOne(QStringLiteral("amina"), QStringLiteral("organizations"), partner, {{QStringLiteral("name"), QStringLiteral("CAIR")}})
            == u"");

    for (const auto &[table, id] : {std::pair{QStringLiteral("tags"), tag}, std::pair{QStringLiteral("organizations"), partner}}) {
        INFO(table.toStdString());
        CHECK(h.pushOne(QStringLiteral("chen"), table, id, {{QStringLiteral("erased"), 1}}) == u"forbidden");
        CHECK_FALSE(h.row(table, id).contains(QStringLiteral("erased")));
        // Still open to the people who keep it, and to new rows under it.
        CHECK(h.pushOne(QStringLiteral("amina"), table, id, {{QStringLiteral("notes"), QStringLiteral("still ours")}}) == u"");
    }
    CHECK(h.pushOne(QStringLiteral("amina"), QStringLiteral("interactions"), newId(), {{QStringLiteral("organization_id"), partner}}) == u"");

    // On one's own contact: no erasure without the erase operation, and the data stays honest.
    const QString contact = newId();
    REQUIRE(h.pushOne(QStringLiteral("chen"), QStringLiteral("contacts"), contact,
                      {{QStringLiteral("given_name"), QStringLiteral("Layla")}, {QStringLiteral("chapter_id"), h.dearborn}})
            == u"");
    CHECK(h.pushOne(QStringLiteral("chen"), QStringLiteral("contacts"), contact, {{QStringLiteral("erased"), 1}, {QStringLiteral("deleted"), 1}})
          == u"forbidden");
    CHECK(h.row(QStringLiteral("contacts"), contact).value(QStringLiteral("deleted")).toInt() == 0);
    for (const QJsonValue &bad : {QJsonValue(-1e308), QJsonValue(2), QJsonValue(0.5), QJsonValue(QStringLiteral("1"))}) {
        INFO(QJsonDocument(QJsonArray{bad}).toJson().toStdString());
        CHECK(h.pushOne(QStringLiteral("chen"), QStringLiteral("contacts"), contact, {{QStringLiteral("deleted"), bad}}) == u"malformed");
    }
    CHECK(h.pushOne(QStringLiteral("chen"), QStringLiteral("contacts"), contact, {{QStringLiteral("deleted"), true}}) == u"");
    CHECK(h.row(QStringLiteral("contacts"), contact).value(QStringLiteral("deleted")).toInt() == 1);
}

TEST_CASE("Who last wrote a row is the pushing device, whatever the row claims", "[sync][security][hostile]")
{
    Hostile h;
    const QString contact = newId();
    REQUIRE(h.pushOne(QStringLiteral("bilal"), QStringLiteral("contacts"), contact,
                      {{QStringLiteral("given_name"), QStringLiteral("Omar")}, {QStringLiteral("device_id"), h.deviceOf(QStringLiteral("amina"))}})
            == u"");
    CHECK(h.row(QStringLiteral("contacts"), contact).value(QStringLiteral("device_id")).toString() == h.deviceOf(QStringLiteral("bilal")));
}

TEST_CASE("Rows under an organizers' advocacy day are for organizers too", "[sync][security][hostile]")
{
    for (const QString &table : {QStringLiteral("day_asks"), QStringLiteral("day_office_times"), QStringLiteral("meetings"),
                                QStringLiteral("meeting_outcomes"), QStringLiteral("follow_ups")}) {
        INFO(table.toStdString());
        CHECK(sync::ruleFor(table)->organizersOnly);
    }
    // Attendance stays with the person's chapter: volunteers sign people up.
    CHECK_FALSE(sync::ruleFor(QStringLiteral("day_attendees"))->organizersOnly);
    CHECK_FALSE(sync::ruleFor(QStringLiteral("meeting_attendees"))->organizersOnly);

    Hostile h;
    const QString day = newId();
    const QString ask = newId();
    const QString meeting = newId();
    const QString legislator = newId();
    REQUIRE(h.pushOne(QStringLiteral("amina"), QStringLiteral("legislators"), legislator, {{QStringLiteral("full_name"), QStringLiteral("A. Member")}})
            == u"");
    REQUIRE(h.pushOne(QStringLiteral("amina"), QStringLiteral("advocacy_days"), day, {{QStringLiteral("title"), QStringLiteral("Capitol Day")}})
            == u"");
    REQUIRE(h.pushOne(QStringLiteral("amina"), QStringLiteral("day_asks"), ask,
                      {{QStringLiteral("day_id"), day}, {QStringLiteral("bill"), QStringLiteral("H.R. 1")}})
            == u"");
    REQUIRE(h.pushOne(QStringLiteral("amina"), QStringLiteral("meetings"), meeting,
                      {{QStringLiteral("day_id"), day}, {QStringLiteral("legislator_id"), legislator}})
            == u"");

    const QList<std::pair<QString, QJsonObject>> underTheDay{
        {QStringLiteral("day_asks"), {{QStringLiteral("day_id"), day}, {QStringLiteral("bill"), QStringLiteral("S. 99")}}},
        {QStringLiteral("day_office_times"), {{QStringLiteral("day_id"), day}, {QStringLiteral("legislator_id"), legislator}}},
        {QStringLiteral("meetings"), {{QStringLiteral("day_id"), day}, {QStringLiteral("legislator_id"), legislator}}},
        {QStringLiteral("meeting_outcomes"), {{QStringLiteral("meeting_id"), meeting}, {QStringLiteral("ask_id"), ask}}},
        {QStringLiteral("follow_ups"), {{QStringLiteral("meeting_id"), meeting}, {QStringLiteral("notes"), QStringLiteral("call back")}}},
    };
    for (const auto &[table, values] : underTheDay) {
        INFO(table.toStdString());
        const QString id = newId();
        CHECK(h.pushOne(QStringLiteral("bilal"), table, id, values) == u"role");
        CHECK(h.row(table, id).isEmpty());
        CHECK(h.pushOne(QStringLiteral("amina"), table, id, values) == u"");
    }
    CHECK(h.pushOne(QStringLiteral("bilal"), QStringLiteral("day_asks"), ask, {{QStringLiteral("bill"), QStringLiteral("forged")}}) == u"role");
    CHECK(h.row(QStringLiteral("day_asks"), ask).value(QStringLiteral("bill")).toString() == u"H.R. 1");
}

TEST_CASE("A push from another user's device is refused, not credited to that laptop", "[sync][security][hostile]")
{
    Hostile h;
    const QString contact = newId();
    const QString amina = h.deviceOf(QStringLiteral("amina"));
    REQUIRE(h.pushOne(QStringLiteral("amina"), QStringLiteral("contacts"), contact,
                      {{QStringLiteral("given_name"), QStringLiteral("Yusuf")}, {QStringLiteral("notes"), QStringLiteral("Amina's")}})
            == u"");
    const QString aminaClock = sync::hybridclock::make(Hostile::kEpoch + h.tick, 0, amina);

    // Bilal sends a stale overwrite as if it were Amina's next edit: no conflict would be logged.
    const auto forged = h.push(QStringLiteral("bilal"), {{QStringLiteral("contacts"), contact, {{QStringLiteral("notes"), QStringLiteral("Bilal's")}}}},
                               amina, QStringLiteral("0000000000001-0000000000-olddevice"));
    CHECK(forged.status == 403);
    CHECK(forged.json().value(QStringLiteral("error")).toString() == u"device_taken");
    CHECK(h.row(QStringLiteral("contacts"), contact).value(QStringLiteral("notes")).toString() == u"Amina's");

    // From his own laptop the same stale edit is applied, and Amina's value goes to the log.
    h.seqs.remove(amina);
    CHECK(h.pushOne(QStringLiteral("bilal"), QStringLiteral("contacts"), contact, {{QStringLiteral("notes"), QStringLiteral("Bilal's")}}, {},
                    QStringLiteral("0000000000001-0000000000-olddevice"))
          == u"");
    bool logged = false;
    for (const QJsonObject &entry : h.server.rows(QStringLiteral("sync_conflicts"), {h.boston}))
        logged = logged || (entry.value(QStringLiteral("row_id")).toString() == contact && entry.value(QStringLiteral("lost_value")).toString().contains(u"Amina's"));
    CHECK(logged);
    Q_UNUSED(aminaClock);
}

TEST_CASE("Values, rows and pull pages are bounded in bytes", "[sync][security][hostile]")
{
    Hostile h;
    const QString huge(4 * 1024 * 1024, u'x');
    CHECK(h.pushOne(QStringLiteral("chen"), QStringLiteral("tags"), newId(), {{QStringLiteral("name"), huge}}) == u"too_large");
    QJsonObject wide;
    for (int i = 0; i < 201; ++i)
        wide.insert(QStringLiteral("f%1").arg(i), i);
    CHECK(h.pushOne(QStringLiteral("chen"), QStringLiteral("tags"), newId(), wide) == u"too_large");
    // Many pushes of fields within the limit cannot build a row over it.
    const QString tag = newId();
    const QString chunk(60 * 1024, u'y');
    for (int i = 0; i < 4; ++i)
        REQUIRE(h.pushOne(QStringLiteral("chen"), QStringLiteral("tags"), tag, {{QStringLiteral("part%1").arg(i), chunk}}) == u"");
    CHECK(h.pushOne(QStringLiteral("chen"), QStringLiteral("tags"), tag, {{QStringLiteral("part9"), chunk}}) == u"too_large");
    CHECK_FALSE(h.row(QStringLiteral("tags"), tag).contains(QStringLiteral("part9")));

    // 80 rows of 60 KB: a page of 2,000 rows would be 4.8 MB.
    QSet<QString> made{tag};
    for (int batch = 0; batch < 2; ++batch) {
        QList<std::tuple<QString, QString, QJsonObject>> rows;
        for (int i = 0; i < 40; ++i) {
            const QString id = newId();
            made.insert(id);
            rows.append({QStringLiteral("tags"), id, {{QStringLiteral("name"), chunk}}});
        }
        const auto pushed = h.push(QStringLiteral("amina"), rows);
        REQUIRE(pushed.status == 200);
        REQUIRE(pushed.json().value(QStringLiteral("rejected")).toArray().isEmpty());
    }
    const server::ServiceLimits limits;
    QSet<QString> pulled;
    QString cursor;
    int pages = 0;
    for (bool more = true; more && pages < 50; ++pages) {
        const auto page = call(h.server, QStringLiteral("pull"), {{QStringLiteral("cursor"), cursor}, {QStringLiteral("limit"), 2000}},
                               h.token(QStringLiteral("bilal")));
        REQUIRE(page.status == 200);
        CHECK(page.body.size() <= limits.maxPageBytes + limits.rows.maxRowBytes + 64 * 1024);
        for (const QJsonValue &row : page.json().value(QStringLiteral("rows")).toArray()) {
            if (row.toObject().value(QStringLiteral("table")).toString() == u"tags")
                pulled.insert(row.toObject().value(QStringLiteral("id")).toString());
        }
        cursor = page.json().value(QStringLiteral("cursor")).toString();
        more = page.json().value(QStringLiteral("more")).toBool();
    }
    CHECK(pages >= 2);
    CHECK(pulled == made);
}

TEST_CASE("Every id a row names must be a row the writer may see", "[sync][security][hostile]")
{
    Hostile h;
    const QString bostonEvent = newId();
    const QString dearbornEvent = newId();
    const QString partner = newId();
    REQUIRE(h.pushOne(QStringLiteral("amina"), QStringLiteral("events"), bostonEvent,
                      {{QStringLiteral("title"), QStringLiteral("Boston iftar")}, {QStringLiteral("chapter_id"), h.boston}})
            == u"");
    REQUIRE(h.pushOne(QStringLiteral("dina"), QStringLiteral("events"), dearbornEvent,
                      {{QStringLiteral("title"), QStringLiteral("Dearborn town hall")}, {QStringLiteral("chapter_id"), h.dearborn}})
            == u"");
    REQUIRE(h.pushOne(QStringLiteral("amina"), QStringLiteral("organizations"), partner, {{QStringLiteral("name"), QStringLiteral("Coalition")}})
            == u"");
    const QString contact = newId();
    REQUIRE(h.pushOne(QStringLiteral("chen"), QStringLiteral("contacts"), contact,
                      {{QStringLiteral("given_name"), QStringLiteral("Sami")}, {QStringLiteral("chapter_id"), h.dearborn}})
            == u"");

    for (const QString &event : {bostonEvent, newId()}) {
        const QString cosponsor = newId();
        const QString registration = newId();
        CHECK(h.pushOne(QStringLiteral("chen"), QStringLiteral("cosponsors"), cosponsor,
                        {{QStringLiteral("organization_id"), partner}, {QStringLiteral("event_id"), event}})
              == u"forbidden");
        CHECK(h.pushOne(QStringLiteral("chen"), QStringLiteral("event_registrations"), registration,
                        {{QStringLiteral("contact_id"), contact}, {QStringLiteral("event_id"), event}})
              == u"forbidden");
        CHECK(h.row(QStringLiteral("cosponsors"), cosponsor).isEmpty());
        CHECK(h.row(QStringLiteral("event_registrations"), registration).isEmpty());
    }
    // Relinking an existing row is checked the same way.
    const QString registration = newId();
    CHECK(h.pushOne(QStringLiteral("chen"), QStringLiteral("event_registrations"), registration,
                    {{QStringLiteral("contact_id"), contact}, {QStringLiteral("event_id"), dearbornEvent}})
          == u"");
    CHECK(h.pushOne(QStringLiteral("chen"), QStringLiteral("event_registrations"), registration, {{QStringLiteral("event_id"), bostonEvent}})
          == u"forbidden");
    CHECK(h.row(QStringLiteral("event_registrations"), registration).value(QStringLiteral("event_id")).toString() == dearbornEvent);
    CHECK(h.pushOne(QStringLiteral("bilal"), QStringLiteral("cosponsors"), newId(),
                    {{QStringLiteral("organization_id"), partner}, {QStringLiteral("event_id"), bostonEvent}})
          == u"");
    // A link left empty is no link.
    CHECK(h.pushOne(QStringLiteral("chen"), QStringLiteral("cosponsors"), newId(),
                    {{QStringLiteral("organization_id"), partner}, {QStringLiteral("event_id"), dearbornEvent}, {QStringLiteral("day_id"), kNull}})
          == u"");
}

TEST_CASE("Another chapter's volunteer cannot move a chapter's or its event's clock", "[sync][security][hostile]")
{
    Hostile h;
    const QString bostonEvent = newId();
    REQUIRE(h.pushOne(QStringLiteral("amina"), QStringLiteral("events"), bostonEvent,
                      {{QStringLiteral("title"), QStringLiteral("Boston iftar")}, {QStringLiteral("chapter_id"), h.boston},
                       {QStringLiteral("time_zone"), QStringLiteral("America/New_York")}})
            == u"");
    // Chen volunteers in Dearborn: Boston's zone (and with it every Boston event's time in the
    // calendars) is not his to change.
    CHECK(h.pushOne(QStringLiteral("chen"), QStringLiteral("chapters"), h.boston, {{QStringLiteral("time_zone"), QStringLiteral("Asia/Tokyo")}})
          != u"");
    CHECK(h.pushOne(QStringLiteral("chen"), QStringLiteral("events"), bostonEvent, {{QStringLiteral("time_zone"), QStringLiteral("Asia/Tokyo")}})
          != u"");
    CHECK(h.row(QStringLiteral("chapters"), h.boston).value(QStringLiteral("time_zone")).toString() != u"Asia/Tokyo");
    CHECK(h.row(QStringLiteral("events"), bostonEvent).value(QStringLiteral("time_zone")).toString() == u"America/New_York");
    // Boston's organizer may.
    CHECK(h.pushOne(QStringLiteral("amina"), QStringLiteral("events"), bostonEvent, {{QStringLiteral("time_zone"), QStringLiteral("America/Chicago")}})
          == u"");
    CHECK(h.row(QStringLiteral("events"), bostonEvent).value(QStringLiteral("time_zone")).toString() == u"America/Chicago");
}

TEST_CASE("A refused chapter tells the administrator why, never the database's words", "[sync][security][hostile]")
{
    Hostile h;
    CHECK(h.pushOne(QStringLiteral("adm"), QStringLiteral("chapters"), h.dearborn, {{QStringLiteral("name"), QStringLiteral("Dearborn again")}})
          == u"forbidden");
    CHECK(h.pushOne(QStringLiteral("adm"), QStringLiteral("chapters"), newId(), {{QStringLiteral("name"), QStringLiteral("Dearborn")}})
          == u"invalid");
    CHECK(h.lastMessage.contains(QStringLiteral("already exists")));
    for (const QString &word : {QStringLiteral("UNIQUE"), QStringLiteral("constraint"), QStringLiteral("chapters.")})
        CHECK_FALSE(h.lastMessage.contains(word, Qt::CaseInsensitive));
    CHECK(h.pushOne(QStringLiteral("adm"), QStringLiteral("chapters"), newId(), {{QStringLiteral("name"), QStringLiteral("Toronto")}}) == u"");
}

TEST_CASE("Positions out of range are refused before any conversion", "[sync][security][hostile]")
{
    Hostile h;
    const QByteArray token = h.token(QStringLiteral("chen"));
    const QString device = h.deviceOf(QStringLiteral("chen"));
    const QJsonObject good = h.change(QStringLiteral("tags"), newId(), {{QStringLiteral("name"), QStringLiteral("t")}}, device, 1);
    const auto pushWith = [&](const QJsonValue &after, const QJsonValue &through, const QJsonValue &seq) {
        QJsonObject mutation = good;
        mutation.insert(QStringLiteral("seq"), seq);
        return call(h.server, QStringLiteral("push"),
                    {{QStringLiteral("device_id"), device},
                     {QStringLiteral("after"), after},
                     {QStringLiteral("through"), through},
                     {QStringLiteral("mutations"), QJsonArray{mutation}}},
                    token)
            .status;
    };
    CHECK(pushWith(0, 9.3e18, 1) == 400);
    CHECK(pushWith(1e308, 1, 1) == 400);
    CHECK(pushWith(-1e308, 1, 1) == 400);
    CHECK(pushWith(0, 1, 9.3e18) == 400);
    CHECK(pushWith(0, 1, -1) == 400);
    CHECK(pushWith(0, 1, 1.5) == 400);
    CHECK(pushWith(0, 1, 1) == 200);

    const auto cursorOf = [&](const QJsonObject &cursor) {
        return QString::fromLatin1(QJsonDocument(cursor).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding
                                                                                             | QByteArray::OmitTrailingEquals));
    };
    const QString epoch = h.server.store().meta(QStringLiteral("epoch"));
    for (const QJsonObject &cursor : {QJsonObject{{QStringLiteral("e"), epoch}, {QStringLiteral("k"), QJsonObject{{QString(), 1e300}}}},
                                      QJsonObject{{QStringLiteral("e"), epoch}, {QStringLiteral("k"), QJsonObject{{QString(), -1}}}},
                                      QJsonObject{{QStringLiteral("e"), epoch},
                                                  {QStringLiteral("k"), QJsonObject{}},
                                                  {QStringLiteral("s"), QJsonObject{{QString(), QJsonArray{1e308, QString(), QString()}}}}},
                                      QJsonObject{{QStringLiteral("e"), epoch}, {QStringLiteral("k"), QJsonArray{1, 2}}}}) {
        INFO(QJsonDocument(cursor).toJson(QJsonDocument::Compact).toStdString());
        const auto pulled = call(h.server, QStringLiteral("pull"), {{QStringLiteral("cursor"), cursorOf(cursor)}}, token);
        CHECK(pulled.status == 400);
        CHECK(pulled.json().value(QStringLiteral("error")).toString() == u"bad_cursor");
    }
}

namespace {

QString scopeName(sync::Scope scope)
{
    switch (scope) {
    case sync::Scope::Organization: return QStringLiteral("organization");
    case sync::Scope::OwnChapter: return QStringLiteral("own chapter");
    case sync::Scope::ChapterColumn: return QStringLiteral("chapter column");
    case sync::Scope::PrivateChapterColumn: return QStringLiteral("private chapter column");
    case sync::Scope::Parent: return QStringLiteral("parent");
    case sync::Scope::ServerOnly: return QStringLiteral("server only");
    }
    return {};
}

// One line of PROTOCOL.md's table of rules, as the server applies them.
QString protocolLine(const sync::TableRule &rule)
{
    QString chapter = rule.column.isEmpty() ? QStringLiteral("—") : QStringLiteral("`%1`").arg(rule.column);
    if (rule.scope == sync::Scope::Parent)
        chapter += QStringLiteral(" → %1").arg(rule.parentTable);
    QStringList links;
    for (const sync::Reference &reference : rule.references) {
        if (reference.column != rule.column)
            links.append(QStringLiteral("`%1` → %2").arg(reference.column, reference.table));
    }
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
        .arg(rule.table, scopeName(rule.scope), chapter, rule.organizersOnly ? QStringLiteral("yes") : QStringLiteral("no"),
             links.isEmpty() ? QStringLiteral("—") : links.join(QStringLiteral(", ")));
}

} // namespace

TEST_CASE("PROTOCOL.md lists every table's rule as the server applies it", "[sync][security]")
{
    QFile file(QStringLiteral(MAJLIS_SOURCE_DIR "/server/PROTOCOL.md"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QStringList expected;
    for (const sync::TableRule &rule : sync::tableRules())
        expected.append(protocolLine(rule));
    INFO("expected in PROTOCOL.md:\n" << expected.join(u'\n').toStdString());
    CHECK(text.contains(expected.join(u'\n')));
}

TEST_CASE("A deleted row travels without its values, and comes back whole when restored", "[sync][security][hostile]")
{
    Hostile h;
    std::mt19937 random{5};
    Laptop amina(h.server, random, QStringLiteral("amina"));
    REQUIRE(amina.sync());
    const QString secret = QStringLiteral("DELETED-NOTE-") + QString(30 * 1024, u'n');
    const QString contact = insertContact(amina, QStringLiteral("Hind"), h.boston);
    const auto run = [&](const QString &sql) {
        QSqlQuery q(amina.db().connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql.arg(contact)));
    };
    run(QStringLiteral("UPDATE contacts SET notes = '%1', updated_at = updated_at + 1 WHERE id = '%2'").arg(secret, QStringLiteral("%1")));
    REQUIRE(amina.sync());
    run(QStringLiteral("UPDATE contacts SET deleted = 1, updated_at = updated_at + 2 WHERE id = '%1'"));
    REQUIRE(amina.sync());

    // What every other laptop downloads holds no trace of the deleted values.
    const auto page = call(h.server, QStringLiteral("pull"), {{QStringLiteral("cursor"), QString()}}, h.token(QStringLiteral("bilal")));
    REQUIRE(page.status == 200);
    CHECK(page.body.contains(contact.toUtf8()));
    CHECK_FALSE(page.body.contains("DELETED-NOTE-"));
    Laptop bilal(h.server, random, QStringLiteral("bilal"));
    REQUIRE(bilal.sync());
    CHECK_FALSE(localRows(bilal.db(), QStringLiteral("contacts")).contains(contact));
    // The laptop that had it keeps it, deleted, with what it held.
    CHECK(localRows(amina.db(), QStringLiteral("contacts")).value(contact).value(QStringLiteral("deleted")).toInt() == 1);
    CHECK(localRows(amina.db(), QStringLiteral("contacts")).value(contact).value(QStringLiteral("notes")).toString() == secret);

    // Undone on the laptop that deleted it: everyone gets the whole row again.
    run(QStringLiteral("UPDATE contacts SET deleted = 0, updated_at = updated_at + 3 WHERE id = '%1'"));
    REQUIRE(amina.sync());
    REQUIRE(bilal.sync());
    const QJsonObject back = localRows(bilal.db(), QStringLiteral("contacts")).value(contact);
    CHECK(back.value(QStringLiteral("deleted")).toInt() == 0);
    CHECK(back.value(QStringLiteral("given_name")).toString() == u"Hind");
    CHECK(back.value(QStringLiteral("notes")).toString() == secret);
}
