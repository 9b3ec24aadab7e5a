#include "advocacy/dayrepository.h"
#include "advocacy/legislatorrepository.h"
#include "advocacy/meetingrepository.h"
#include "contacts/chapter.h"
#include "contacts/contactdirectory.h"
#include "contacts/contactmerger.h"
#include "contacts/contactrepository.h"
#include "contacts/contactstore.h"
#include "contacts/duplicatefinder.h"
#include "events/checkindesk.h"
#include "events/eventrepository.h"
#include "events/voterrecords.h"
#include "partners/interactionlog.h"
#include "partners/organizationrepository.h"
#include "storage/database.h"
#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

using Evidence = DuplicateFinder::Evidence;

int scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

void exec(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
}

QString addContact(Database &db, const QString &given, const QString &family, const QStringList &emails,
                   const QStringList &phones = {}, const QString &postalCode = {})
{
    Contact c;
    c.givenName = given;
    c.familyName = family;
    for (const QString &email : emails)
        c.emails.append({QStringLiteral("home"), email});
    for (const QString &phone : phones)
        c.phones.append({QStringLiteral("mobile"), phone});
    c.address.postalCode = postalCode;
    auto created = ContactRepository(db).create(c);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    return created->id;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

// The synced tables: every one a merge might touch, and every one it must not.
QStringList dataTables(Database &db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                      "AND name NOT LIKE 'contact_search%' AND name NOT IN ('change_log', 'local_settings') "
                                      "ORDER BY name")));
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    REQUIRE(tables.contains(QStringLiteral("event_registrations")));
    return tables;
}

QMap<QString, int> rowCounts(Database &db)
{
    QMap<QString, int> counts;
    for (const QString &table : dataTables(db))
        counts.insert(table, scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    return counts;
}

// Every row of every synced table as text, but for the bookkeeping a write always changes
// (updated_at, device_id) and rows listed in `skip`. Equal dumps mean equal data.
QStringList dump(Database &db, const QSet<QString> &skip = {})
{
    QStringList rows;
    for (const QString &table : dataTables(db)) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)));
        while (query.next()) {
            const QSqlRecord record = query.record();
            if (skip.contains(record.value(QStringLiteral("id")).toString()))
                continue;
            QStringList fields{table};
            for (int i = 0; i < record.count(); ++i) {
                const QString name = record.fieldName(i);
                if (name == QLatin1String("updated_at") || name == QLatin1String("device_id"))
                    continue;
                fields.append(name + QLatin1Char('=')
                              + (record.isNull(i) ? QStringLiteral("NULL") : record.value(i).toString()));
            }
            rows.append(fields.join(QLatin1Char('|')));
        }
    }
    return rows;
}

QStringList searchIds(Database &db, const QString &text)
{
    ContactQuery query;
    query.search = text;
    auto page = ContactDirectory(db).page(query, 0, 100);
    REQUIRE(page.ok());
    QStringList ids;
    for (const ContactRow &row : *page)
        ids.append(row.id);
    return sorted(ids);
}

Contact stamped(Contact c)
{
    c.updatedAt = 0;
    return c;
}

const DuplicateGroup *groupWith(const QList<DuplicateGroup> &groups, const QString &id)
{
    for (const DuplicateGroup &g : groups) {
        if (g.contactIds.contains(id))
            return &g;
    }
    return nullptr;
}

} // namespace

TEST_CASE("evidence scores combine without reaching certainty by accident", "[contacts][duplicates]")
{
    CHECK(DuplicateFinder::combinedScore({Evidence::Email}) == 90);
    CHECK(DuplicateFinder::combinedScore({Evidence::Phone}) == 80);
    CHECK(DuplicateFinder::combinedScore({Evidence::NameAndPostalCode}) == 70);
    CHECK(DuplicateFinder::combinedScore({Evidence::Name}) == 40);
    CHECK(DuplicateFinder::combinedScore({Evidence::Email, Evidence::Phone}) == 98);
    CHECK(DuplicateFinder::combinedScore({Evidence::Phone, Evidence::Name}) == 88);
    // The name alone adds nothing once the postal code matched too.
    CHECK(DuplicateFinder::combinedScore({Evidence::NameAndPostalCode, Evidence::Name}) == 70);
    CHECK(DuplicateFinder::combinedScore({Evidence::Email, Evidence::Phone, Evidence::NameAndPostalCode}) <= 100);
    CHECK(DuplicateFinder::combinedScore({}) == 0);
}

TEST_CASE("the duplicate finder groups contacts by what they share and scores the evidence", "[contacts][duplicates]")
{
    test::TempWorkspace ws;
    Database &db = ws.db();
    const QString a = addContact(db, QStringLiteral("Aisha"), QStringLiteral("Rahman"), {QStringLiteral("aisha@example.org")});
    const QString b = addContact(db, QStringLiteral("Ayesha"), QStringLiteral("Rahmen"), {QStringLiteral("AISHA@example.org")});
    const QString c = addContact(db, QStringLiteral("Omar"), QStringLiteral("Farooq"), {}, {QStringLiteral("+13135550199")});
    const QString d = addContact(db, QStringLiteral("Umar"), QStringLiteral("Faruq"), {}, {QStringLiteral("+1 (313) 555-0199")});
    const QString e = addContact(db, QStringLiteral("Bilal"), QStringLiteral("Khan"), {}, {}, QStringLiteral("48126"));
    const QString f = addContact(db, QStringLiteral("bilal"), QStringLiteral("KHAN"), {}, {}, QStringLiteral("48 126"));
    const QString g = addContact(db, QStringLiteral("Sana"), QStringLiteral("Malik"), {}, {}, QStringLiteral("60601"));
    const QString h = addContact(db, QStringLiteral("Sána"), QStringLiteral("Malik"), {}, {}, QStringLiteral("77001"));
    const QString i = addContact(db, QStringLiteral("Yusuf"), QStringLiteral("Ali"), {QStringLiteral("yusuf@example.org")},
                                 {QStringLiteral("+13135550150")});
    const QString j = addContact(db, QStringLiteral("Joseph"), QStringLiteral("Ali"), {QStringLiteral("yusuf@example.org")},
                                 {QStringLiteral("+13135550150")});
    // A chain: l and m share an email, m and n only a name. The group is as sure as its weakest link.
    const QString l = addContact(db, QStringLiteral("Hodan"), QStringLiteral("Warsame"), {QStringLiteral("hodan@example.org")});
    const QString m = addContact(db, QStringLiteral("Hodan"), QStringLiteral("Farah"), {QStringLiteral("hodan@example.org")});
    const QString n = addContact(db, QStringLiteral("Hodan"), QStringLiteral("Farah"), {QStringLiteral("hf@example.net")});
    const QString alone = addContact(db, QStringLiteral("Emre"), QStringLiteral("Yilmaz"), {QStringLiteral("emre@example.com")},
                                     {QStringLiteral("+13135550111")}, QStringLiteral("48126"));

    auto found = DuplicateFinder(db).find();
    REQUIRE(found.ok());
    const QList<DuplicateGroup> &groups = *found;
    REQUIRE(groups.size() == 6);

    CHECK(groups[0].contactIds == sorted({i, j}));
    CHECK(groups[0].score == 98);
    CHECK(groups[0].reasons == QStringList{QStringLiteral("same email yusuf@example.org"), QStringLiteral("same phone +13135550150")});
    CHECK(groups[1].contactIds == sorted({a, b}));
    CHECK(groups[1].score == 90);
    REQUIRE(groups[1].reasons.size() == 1);
    CHECK(groups[1].reasons[0].compare(QStringLiteral("same email aisha@example.org"), Qt::CaseInsensitive) == 0);
    CHECK(groups[2].contactIds == sorted({c, d}));
    CHECK(groups[2].score == 80);
    CHECK(groups[2].reasons == QStringList{QStringLiteral("same phone +13135550199")});
    CHECK(groups[3].contactIds == sorted({e, f}));
    CHECK(groups[3].score == 70);
    CHECK(groups[3].reasons == QStringList{QStringLiteral("same name and postal code")});

    // The two 40s come in id order.
    QList<QStringList> weakest = {sorted({g, h}), sorted({l, m, n})};
    std::sort(weakest.begin(), weakest.end());
    CHECK(groups[4].score == 40);
    CHECK(groups[5].score == 40);
    CHECK((QList<QStringList>{groups[4].contactIds, groups[5].contactIds}) == weakest);
    const DuplicateGroup *chain = groupWith(groups, m);
    REQUIRE(chain);
    CHECK(chain->contactIds == sorted({l, m, n}));
    CHECK(chain->reasons == QStringList{QStringLiteral("same email hodan@example.org"), QStringLiteral("same name")});
    CHECK(groupWith(groups, g)->reasons == QStringList{QStringLiteral("same name")});
    CHECK(groupWith(groups, alone) == nullptr);

    // Names come with the ids, in their order.
    const DuplicateGroup *pair = groupWith(groups, e);
    REQUIRE(pair->names.size() == 2);
    CHECK(pair->names[pair->contactIds.indexOf(e)] == QStringLiteral("Bilal Khan"));
    CHECK(pair->names[pair->contactIds.indexOf(f)] == QStringLiteral("bilal KHAN"));

    SECTION("the same search twice gives the same answer")
    {
        auto again = DuplicateFinder(db).find();
        REQUIRE(again.ok());
        CHECK(*again == groups);
    }
    SECTION("deleted contacts are not anyone's duplicate")
    {
        REQUIRE(ContactRepository(db).remove({b, m}).ok());
        auto after = DuplicateFinder(db).find();
        REQUIRE(after.ok());
        CHECK(groupWith(*after, a) == nullptr);
        CHECK(groupWith(*after, l) == nullptr);
        REQUIRE(groupWith(*after, n) == nullptr); // n's only link to l went through m
        CHECK(after->size() == 4);
    }
    SECTION("forContact lists each possible duplicate of one contact, strongest first")
    {
        auto forM = DuplicateFinder(db).forContact(m);
        REQUIRE(forM.ok());
        REQUIRE(forM->size() == 2);
        CHECK(forM->at(0).contactIds == QStringList{m, l});
        CHECK(forM->at(0).score == 90);
        CHECK(forM->at(0).reasons == QStringList{QStringLiteral("same email hodan@example.org")});
        CHECK(forM->at(1).contactIds == QStringList{m, n});
        CHECK(forM->at(1).score == 40);
        CHECK(forM->at(1).names == QStringList{QStringLiteral("Hodan Farah"), QStringLiteral("Hodan Farah")});

        auto forI = DuplicateFinder(db).forContact(i);
        REQUIRE(forI.ok());
        REQUIRE(forI->size() == 1);
        CHECK(forI->at(0).contactIds == QStringList{i, j});
        CHECK(forI->at(0).score == 98);

        auto forAlone = DuplicateFinder(db).forContact(alone);
        REQUIRE(forAlone.ok());
        CHECK(forAlone->isEmpty());

        REQUIRE(ContactRepository(db).remove({alone}).ok());
        auto gone = DuplicateFinder(db).forContact(alone);
        REQUIRE_FALSE(gone.ok());
        CHECK(gone.error().code == Error::Code::NotFound);
    }
}

TEST_CASE("a value shared by too many contacts is not evidence", "[contacts][duplicates]")
{
    test::TempWorkspace ws;
    Database &db = ws.db();
    // An office switchboard: more people than maxSharedBy share it.
    QStringList office;
    for (int k = 0; k <= DuplicateFinder::maxSharedBy; ++k)
        office.append(addContact(db, QStringLiteral("Staff%1").arg(k), QStringLiteral("Member"), {},
                                 {QStringLiteral("+12025550100")}));
    // A family phone: exactly maxSharedBy people.
    QStringList family;
    for (int k = 0; k < DuplicateFinder::maxSharedBy; ++k)
        family.append(addContact(db, QStringLiteral("Child%1").arg(k), QStringLiteral("Jama"), {},
                                 {QStringLiteral("+16125550100")}));
    // A common name, in different postal codes, one more than maxSameName times; a rarer one maxSameName times.
    for (int k = 0; k <= DuplicateFinder::maxSameName; ++k)
        addContact(db, QStringLiteral("Mohammed"), QStringLiteral("Khan"), {}, {}, QStringLiteral("1000%1").arg(k));
    QStringList rare;
    for (int k = 0; k < DuplicateFinder::maxSameName; ++k)
        rare.append(addContact(db, QStringLiteral("Zeynep"), QStringLiteral("Öztürk"), {}, {}, QStringLiteral("2000%1").arg(k)));

    auto found = DuplicateFinder(db).find();
    REQUIRE(found.ok());
    REQUIRE(found->size() == 2);
    CHECK(groupWith(*found, office.first()) == nullptr);
    CHECK(groupWith(*found, family.first())->contactIds == sorted(family));
    CHECK(groupWith(*found, family.first())->score == 80);
    CHECK(groupWith(*found, rare.first())->contactIds == sorted(rare));
    CHECK(groupWith(*found, rare.first())->score == 40);

    auto forOffice = DuplicateFinder(db).forContact(office.first());
    REQUIRE(forOffice.ok());
    CHECK(forOffice->isEmpty());
    auto forFamily = DuplicateFinder(db).forContact(family.first());
    REQUIRE(forFamily.ok());
    CHECK(forFamily->size() == DuplicateFinder::maxSharedBy - 1);
}

TEST_CASE("blocking finds exactly what comparing every pair finds", "[contacts][duplicates]")
{
    test::TempWorkspace ws;
    Database &db = ws.db();
    QRandomGenerator rng(20261126);
    const QStringList given = {QStringLiteral("Amina"), QStringLiteral("Bilal"), QStringLiteral("Dariush"), QStringLiteral("Elif"),
                               QStringLiteral("Farhan"), QStringLiteral("Hodan"), QStringLiteral("Imran"), QStringLiteral("José"),
                               QStringLiteral("Khalid"), QStringLiteral("Layla"), QStringLiteral("Nadia"), QStringLiteral("Tariq")};
    const QStringList family = {QStringLiteral("Abdi"), QStringLiteral("Haddad"), QStringLiteral("Karimi"), QStringLiteral("Núñez"),
                                QStringLiteral("Osman"), QStringLiteral("Qureshi"), QStringLiteral("Siddiqui"), QStringLiteral("Diallo"),
                                QStringLiteral("Yılmaz"), QStringLiteral("Begović"), QStringLiteral("Camara"), QStringLiteral("Farah"),
                                QStringLiteral("Hossain"), QStringLiteral("Mansour"), QStringLiteral("Tehrani"), QStringLiteral("Ansari"),
                                QStringLiteral("Jackson"), QStringLiteral("Nasser"), QStringLiteral("Rezaei"), QStringLiteral("Saleh")};
    const QStringList postal = {QString(), QStringLiteral("48126"), QStringLiteral("60659"), QStringLiteral("55407")};

    QStringList ids;
    for (int k = 0; k < 220; ++k) {
        QStringList emails;
        const int emailCount = static_cast<int>(rng.bounded(3));
        for (int x = 0; x < emailCount; ++x) {
            const QString email = QStringLiteral("person%1@example.org").arg(rng.bounded(1000));
            emails.append(rng.bounded(4) == 0 ? email.toUpper().replace(QStringLiteral("EXAMPLE.ORG"), QStringLiteral("example.org"))
                                              : email);
        }
        if (k % 15 == 0)
            emails.append(QStringLiteral("info@mosque.example.org")); // a shared inbox, likely over the limit
        QStringList phones;
        const int phoneCount = static_cast<int>(rng.bounded(2));
        for (int x = 0; x < phoneCount; ++x)
            phones.append(QStringLiteral("+1313555%1").arg(1000 + rng.bounded(600)));
        ids.append(addContact(db, given[static_cast<int>(rng.bounded(static_cast<quint32>(given.size())))],
                              family[static_cast<int>(rng.bounded(static_cast<quint32>(family.size())))], emails, phones,
                              postal[static_cast<int>(rng.bounded(static_cast<quint32>(postal.size())))]));
    }
    QStringList removed;
    for (int k = 0; k < 12; ++k)
        removed.append(ids.takeAt(static_cast<int>(rng.bounded(static_cast<quint32>(ids.size())))));
    REQUIRE(ContactRepository(db).remove(removed).ok());

    // What each live contact can be matched by, normalized as the finder means it.
    struct Keys
    {
        QSet<QString> emails;
        QSet<QString> phones;
        QString name;
        QString namePostal;
    };
    QHash<QString, Keys> keys;
    QHash<QString, int> emailUse, phoneUse, nameUse, namePostalUse;
    for (const QString &id : std::as_const(ids)) {
        auto c = ContactRepository(db).get(id);
        REQUIRE(c.ok());
        Keys k;
        for (const LabeledValue &e : c->emails)
            k.emails.insert(e.value.toLower());
        for (const LabeledValue &p : c->phones)
            k.phones.insert(p.value);
        k.name = contactstore::sortKeyFor(*c);
        const QString pc = c->address.postalCode.toLower().remove(QLatin1Char(' '));
        if (!pc.isEmpty())
            k.namePostal = k.name + QLatin1Char('\t') + pc;
        for (const QString &e : std::as_const(k.emails))
            ++emailUse[e];
        for (const QString &p : std::as_const(k.phones))
            ++phoneUse[p];
        ++nameUse[k.name];
        if (!k.namePostal.isEmpty())
            ++namePostalUse[k.namePostal];
        keys.insert(id, k);
    }
    auto usable = [](int count, int limit) { return count >= 2 && count <= limit; };

    // Every pair, compared directly.
    QHash<QString, QHash<QString, int>> score; // id -> other -> pair score
    for (int x = 0; x < ids.size(); ++x) {
        for (int y = x + 1; y < ids.size(); ++y) {
            const Keys &p = keys[ids[x]];
            const Keys &q = keys[ids[y]];
            QList<Evidence> evidence;
            for (const QString &e : p.emails) {
                if (q.emails.contains(e) && usable(emailUse[e], DuplicateFinder::maxSharedBy))
                    evidence.append(Evidence::Email);
            }
            for (const QString &ph : p.phones) {
                if (q.phones.contains(ph) && usable(phoneUse[ph], DuplicateFinder::maxSharedBy))
                    evidence.append(Evidence::Phone);
            }
            if (!p.namePostal.isEmpty() && p.namePostal == q.namePostal
                && usable(namePostalUse[p.namePostal], DuplicateFinder::maxSharedBy))
                evidence.append(Evidence::NameAndPostalCode);
            if (p.name == q.name && usable(nameUse[p.name], DuplicateFinder::maxSameName))
                evidence.append(Evidence::Name);
            if (evidence.isEmpty())
                continue;
            const int s = DuplicateFinder::combinedScore(evidence);
            score[ids[x]][ids[y]] = s;
            score[ids[y]][ids[x]] = s;
        }
    }
    // Groups are what the pairs connect; a group's score is the highest bar its links all clear.
    auto connectedAbove = [&](const QStringList &members, int bar) {
        QSet<QString> seen{members.first()};
        QStringList todo{members.first()};
        while (!todo.isEmpty()) {
            const QString at = todo.takeLast();
            for (auto it = score[at].cbegin(); it != score[at].cend(); ++it) {
                if (it.value() >= bar && !seen.contains(it.key())) {
                    seen.insert(it.key());
                    todo.append(it.key());
                }
            }
        }
        return seen.size() == members.size();
    };

    auto found = DuplicateFinder(db).find();
    REQUIRE(found.ok());
    // The data must make a test of it: many groups, some joined through more than one link.
    REQUIRE(found->size() > 20);
    CHECK(std::any_of(found->begin(), found->end(), [](const DuplicateGroup &g) { return g.contactIds.size() > 2; }));
    CHECK(std::any_of(found->begin(), found->end(), [](const DuplicateGroup &g) { return g.score == 40; }));
    CHECK(std::any_of(found->begin(), found->end(), [](const DuplicateGroup &g) { return g.score >= 90; }));
    QSet<QString> grouped;
    int previous = 101;
    for (const DuplicateGroup &group : *found) {
        CHECK(group.score <= previous); // highest first
        previous = group.score;
        CHECK(group.contactIds == sorted(group.contactIds));
        for (const QString &id : group.contactIds) {
            CHECK_FALSE(removed.contains(id));
            CHECK_FALSE(grouped.contains(id)); // in one group only
            grouped.insert(id);
        }
        // Closed: nobody outside the group is linked to anyone in it.
        for (const QString &id : group.contactIds) {
            for (auto it = score[id].cbegin(); it != score[id].cend(); ++it)
                CHECK(group.contactIds.contains(it.key()));
        }
        CHECK(connectedAbove(group.contactIds, group.score));
        CHECK_FALSE(connectedAbove(group.contactIds, group.score + 1));
        if (group.contactIds.size() == 2)
            CHECK(group.score == score[group.contactIds[0]][group.contactIds[1]]);
    }
    for (const QString &id : std::as_const(ids))
        CHECK(grouped.contains(id) == !score[id].isEmpty()); // everyone with a link is found

    // forContact agrees pair by pair.
    for (const QString &id : std::as_const(ids)) {
        auto mine = DuplicateFinder(db).forContact(id);
        REQUIRE(mine.ok());
        QHash<QString, int> got;
        for (const DuplicateGroup &g : *mine) {
            REQUIRE(g.contactIds.size() == 2);
            CHECK(g.contactIds[0] == id);
            got.insert(g.contactIds[1], g.score);
        }
        CHECK(got == score[id]);
    }
}

TEST_CASE("the duplicate search reports progress and can be cancelled", "[contacts][duplicates]")
{
    test::TempWorkspace ws;
    addContact(ws.db(), QStringLiteral("Amra"), QStringLiteral("Begović"), {QStringLiteral("amra@example.org")});
    addContact(ws.db(), QStringLiteral("Amra"), QStringLiteral("Begovic"), {QStringLiteral("amra@example.org")});
    QList<std::pair<int, int>> calls;
    auto all = DuplicateFinder(ws.db()).find([&](int done, int total) {
        calls.append({done, total});
        return true;
    });
    REQUIRE(all.ok());
    CHECK(all->size() == 1);
    REQUIRE(calls.size() >= 3);
    CHECK(calls.first().first == 0);
    CHECK(calls.last().first == calls.last().second);
    for (qsizetype k = 1; k < calls.size(); ++k)
        CHECK(calls[k].first > calls[k - 1].first);

    int seen = 0;
    auto cancelled = DuplicateFinder(ws.db()).find([&](int, int) { return ++seen < 3; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == Error::Code::InvalidInput);
    CHECK(seen == 3);
}

namespace {

// Two records of one person, each with a history and places in every other table, and a third
// person who must not be touched.
struct MergeScene
{
    test::TempWorkspace ws;
    Database &db = ws.db();
    QString keep, merge, bystander;
    QString bothEvent, mergeOnlyEvent, drive;
    QString partner, sharedInteraction, mergeInteraction;
    QString dayId, keptAttendee, mergedAttendee, meetingId;

    MergeScene()
    {
        auto chapter = ChapterRepository(db).create({{}, QStringLiteral("Seattle"), QStringLiteral("Seattle"),
                                                    QStringLiteral("WA"), QStringLiteral("US")});
        REQUIRE(chapter.ok());
        ContactRepository contacts(db);

        Contact k;
        k.givenName = QStringLiteral("Fatima");
        k.familyName = QStringLiteral("Hassan");
        k.emails = {{QStringLiteral("home"), QStringLiteral("fatima@example.org")}};
        k.phones = {{QStringLiteral("mobile"), QStringLiteral("+12065550101")}};
        k.address = {QStringLiteral("1 Pike St"), QStringLiteral("Seattle"), QStringLiteral("WA"), QStringLiteral("98101"),
                     QStringLiteral("US")};
        k.usState = QStringLiteral("WA");
        k.district = 7;
        k.chapterId = chapter->id;
        k.languages = {QStringLiteral("ar"), QStringLiteral("en")};
        k.organization = QStringLiteral("Masjid An-Nur");
        k.role = QStringLiteral("treasurer");
        k.tags = {QStringLiteral("board"), QStringLiteral("donor"), QStringLiteral("volunteer")};
        k.consents = {{ConsentChannel::Email, true, QDate(2024, 1, 1), QStringLiteral("sign-up form")},
                      {ConsentChannel::Sms, false, QDate(2025, 6, 1), QStringLiteral("phone call")},
                      {ConsentChannel::Phone, true, QDate(2024, 2, 2), QStringLiteral("web form")}};
        k.notes = QStringLiteral("Keeps the books.");
        k.birthday = QDate(1990, 5, 1);
        auto kept = contacts.create(k);
        REQUIRE(kept.ok());
        keep = kept->id;
        // Rows the kept contact once had, tombstoned: the merge must revive them, not collide.
        REQUIRE(contacts.removeTags({keep}, {QStringLiteral("donor")}).ok());
        Contact withoutPhoneConsent = contacts.get(keep).value();
        withoutPhoneConsent.consents.removeIf([](const Consent &c) { return c.channel == ConsentChannel::Phone; });
        REQUIRE(contacts.update(withoutPhoneConsent).ok());

        Contact m;
        m.givenName = QStringLiteral("Fatima");
        m.familyName = QStringLiteral("Hassan");
        m.preferredName = QStringLiteral("Fati");
        m.emails = {{QStringLiteral("work"), QStringLiteral("FATIMA@example.org")},
                    {QStringLiteral("work"), QStringLiteral("f.hassan@work.example.com")}};
        m.phones = {{QStringLiteral("home"), QStringLiteral("+12065550101")}, {QStringLiteral("mobile"), QStringLiteral("+12065550199")}};
        m.address = {QStringLiteral("22 Rainier Ave"), QStringLiteral("Seattle"), QStringLiteral("WA"), QStringLiteral("98144"),
                     QStringLiteral("US")};
        m.usState = QStringLiteral("WA");
        m.district = 9;
        m.chapterId = chapter->id;
        m.languages = {QStringLiteral("so")};
        m.skills = {QStringLiteral("driving")};
        m.interests = {QStringLiteral("voter registration")};
        m.tags = {QStringLiteral("donor"), QStringLiteral("volunteer"), QStringLiteral("youth")};
        m.consents = {{ConsentChannel::Email, false, QDate(2025, 3, 1), QStringLiteral("phone call")},
                      {ConsentChannel::Sms, true, QDate(2024, 1, 1), QStringLiteral("event check-in")},
                      {ConsentChannel::Phone, false, QDate(2025, 1, 1), QStringLiteral("web form")},
                      {ConsentChannel::Photo, true, QDate(2023, 5, 5), QStringLiteral("sign-up form")}};
        m.notes = QStringLiteral("Drives to events.");
        auto merged = contacts.create(m);
        REQUIRE(merged.ok());
        merge = merged->id;
        Contact edited = merged.value();
        edited.notes = QStringLiteral("Drives to events on weekends.");
        REQUIRE(contacts.update(edited).ok()); // an "edited" entry in its history

        bystander = test::addConstituent(db, QStringLiteral("Omar"), QStringLiteral("Farooq"), QStringLiteral("WA"), 7);

        EventRepository events(db);
        auto event = [&](const QString &title, EventKind kind) {
            Event e;
            e.title = title;
            e.kind = kind;
            e.startsAt = QDateTime(QDate(2027, 5, 1), QTime(18, 30));
            auto created = events.create(e);
            REQUIRE(created.ok());
            return created->id;
        };
        bothEvent = event(QStringLiteral("Community iftar"), EventKind::Community);
        mergeOnlyEvent = event(QStringLiteral("Town hall"), EventKind::TownHall);
        drive = event(QStringLiteral("Voter drive"), EventKind::VoterRegistration);
        REQUIRE(events.registerContacts(bothEvent, {keep, merge, bystander}).ok());
        REQUIRE(events.registerContacts(mergeOnlyEvent, {merge}).ok());
        REQUIRE(events.registerContacts(drive, {keep, merge}).ok());
        CheckInDesk desk(db, bothEvent);
        REQUIRE(desk.load().ok());
        REQUIRE(desk.checkIn(merge).ok()); // she came, as the other record
        // The kept record's registration for the drive was withdrawn; the other one's stands.
        exec(db, QStringLiteral("UPDATE event_registrations SET deleted = 1 WHERE event_id = ? AND contact_id = ?"), {drive, keep});

        VoterRecords voters(db);
        REQUIRE(voters.record(drive, {keep, {}, std::nullopt, VoterRecord::Status::Unknown, false, false,
                                      QStringLiteral("asked at the door")}).ok());
        REQUIRE(voters.record(drive, {merge, {}, true, VoterRecord::Status::RegisteredHere, true, false,
                                      QStringLiteral("registered online")}).ok());

        OrganizationRepository partners(db);
        Organization council;
        council.name = QStringLiteral("Interfaith Council");
        council.ownerId = merge;
        auto org = partners.create(council);
        REQUIRE(org.ok());
        partner = org->id;
        REQUIRE(partners.addMember({{}, partner, merge, {}, {}, QStringLiteral("liaison"), QDate(2024, 1, 1), {}}).ok());
        InteractionLog log(db);
        auto shared = log.add({{}, partner, InteractionKind::Meeting, QDate(2026, 1, 15), QStringLiteral("Planning"), {},
                               {keep, merge}, {}});
        REQUIRE(shared.ok());
        sharedInteraction = shared->id;
        auto own = log.add({{}, partner, InteractionKind::Call, QDate(2026, 2, 1), QStringLiteral("Follow-up"), {}, {merge}, {}});
        REQUIRE(own.ok());
        mergeInteraction = own->id;

        test::importLegislators(db);
        const AdvocacyDay day = test::createDay(db, QStringLiteral("Capitol day"));
        dayId = day.id;
        DayRepository days(db);
        REQUIRE(days.addAttendees(dayId, {keep}, AttendeeRole::Constituent).ok());
        REQUIRE(days.addAttendees(dayId, {merge}, AttendeeRole::TeamLead).ok());
        for (const Attendee &a : days.attendees(dayId).value())
            (a.contactId == keep ? keptAttendee : mergedAttendee) = a.id;
        REQUIRE_FALSE(keptAttendee.isEmpty());
        REQUIRE_FALSE(mergedAttendee.isEmpty());
        Meeting meeting;
        meeting.legislatorId = LegislatorRepository(db).list().value().first().id;
        meeting.start = 600;
        meeting.end = 630;
        meeting.pinned = true;
        meeting.leadAttendeeId = mergedAttendee;
        meeting.attendeeIds = {mergedAttendee};
        auto saved = MeetingRepository(db).replaceSchedule(dayId, {meeting});
        INFO((saved.ok() ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
        meetingId = saved->first().id;
    }

    Contact get(const QString &id) { return ContactRepository(db).get(id).value(); }

    // The kept contact's fields, but the preferred name, district and notes of the other.
    Contact choice()
    {
        Contact chosen = get(keep);
        const Contact other = get(merge);
        chosen.preferredName = other.preferredName;
        chosen.district = other.district;
        chosen.notes = other.notes;
        return chosen;
    }

    QStringList allConsents()
    {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT channel, granted, recorded_on, source FROM contact_consents "
                                     "WHERE contact_id IN (?, ?) ORDER BY 1, 2, 3, 4"));
        query.addBindValue(keep);
        query.addBindValue(merge);
        REQUIRE(query.exec());
        QStringList rows;
        while (query.next())
            rows.append(QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                    query.value(3).toString()}
                            .join(QLatin1Char('|')));
        return rows;
    }

    QStringList activityIds(const QString &contactId)
    {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("SELECT id FROM contact_activities WHERE contact_id = ? ORDER BY id"));
        query.addBindValue(contactId);
        REQUIRE(query.exec());
        QStringList ids;
        while (query.next())
            ids.append(query.value(0).toString());
        return ids;
    }
};

QString rowOwner(Database &db, const QString &table, const QString &where, const QVariantList &values,
                 const QString &column = QStringLiteral("contact_id"))
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT %1 || ':' || deleted FROM %2 WHERE %3").arg(column, table, where));
    for (const QVariant &v : values)
        query.addBindValue(v);
    REQUIRE(query.exec());
    QStringList owners;
    while (query.next())
        owners.append(query.value(0).toString());
    owners.sort();
    return owners.join(QLatin1Char(','));
}

} // namespace

TEST_CASE("merging keeps every email, phone, tag, consent and history entry, and moves every reference",
          "[contacts][duplicates][merge]")
{
    MergeScene s;
    Database &db = s.db;
    const Contact keptBefore = s.get(s.keep);
    const Contact mergedBefore = s.get(s.merge);
    const Contact bystanderBefore = s.get(s.bystander);
    const QList<Activity> keptHistory = ContactRepository(db).history(s.keep).value();
    const QList<Activity> mergedHistory = ContactRepository(db).history(s.merge).value();
    REQUIRE(mergedHistory.size() >= 3); // created, edited, checked in
    const QStringList mergedActivities = s.activityIds(s.merge);
    const QStringList consentsBefore = s.allConsents();
    const QMap<QString, int> countsBefore = rowCounts(db);
    const QStringList dumpBefore = dump(db);
    CHECK(searchIds(db, QStringLiteral("2065550199")) == QStringList{s.merge});
    CHECK(searchIds(db, QStringLiteral("Fatima")) == sorted({s.keep, s.merge}));

    const Contact chosen = s.choice();
    auto merged = ContactMerger(db).merge(s.keep, s.merge, chosen);
    INFO((merged.ok() ? QString() : merged.error().message).toStdString());
    REQUIRE(merged.ok());
    const MergeRecord &record = *merged;

    // The merged record is gone from view but not from the file.
    CHECK(ContactRepository(db).get(s.merge).error().code == Error::Code::NotFound);
    CHECK(scalar(db, QStringLiteral("SELECT deleted FROM contacts WHERE id = ?"), {s.merge}) == 1);
    const Contact after = s.get(s.keep);
    CHECK(stamped(after) == stamped(record.keptAfter));
    CHECK(stamped(after) == stamped(ContactMerger::combined(keptBefore, mergedBefore, chosen)));

    // The chosen fields.
    CHECK(after.preferredName == QStringLiteral("Fati"));
    CHECK(after.district == 9);
    CHECK(after.notes == QStringLiteral("Drives to events on weekends."));
    CHECK(after.address == keptBefore.address);
    CHECK(after.birthday == QDate(1990, 5, 1));
    CHECK(after.organization == QStringLiteral("Masjid An-Nur"));
    // Lists: the union.
    for (const Contact *c : {&keptBefore, &mergedBefore}) {
        for (const LabeledValue &e : c->emails) {
            CHECK(std::any_of(after.emails.begin(), after.emails.end(),
                              [&](const LabeledValue &v) { return v.value.compare(e.value, Qt::CaseInsensitive) == 0; }));
        }
        for (const LabeledValue &p : c->phones)
            CHECK(std::any_of(after.phones.begin(), after.phones.end(), [&](const LabeledValue &v) { return v.value == p.value; }));
        for (const QString &tag : c->tags)
            CHECK(after.tags.contains(tag));
    }
    CHECK(after.emails.size() == 2); // fatima@ once: the other's FATIMA@ is the same address
    CHECK(after.emails.last() == LabeledValue{QStringLiteral("work"), QStringLiteral("f.hassan@work.example.com")});
    CHECK(after.phones.size() == 2);
    CHECK(after.tags == QStringList{QStringLiteral("board"), QStringLiteral("donor"), QStringLiteral("volunteer"), QStringLiteral("youth")});
    CHECK(after.languages == QStringList{QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("so")});
    CHECK(after.skills == QStringList{QStringLiteral("driving")});
    CHECK(after.interests == QStringList{QStringLiteral("voter registration")});

    // Consents: the newer per channel, and the older one still on file.
    REQUIRE(after.consentFor(ConsentChannel::Email));
    CHECK(*after.consentFor(ConsentChannel::Email) == mergedBefore.consentFor(ConsentChannel::Email).value()); // newer
    CHECK(*after.consentFor(ConsentChannel::Sms) == keptBefore.consentFor(ConsentChannel::Sms).value());       // newer
    CHECK(*after.consentFor(ConsentChannel::Phone) == mergedBefore.consentFor(ConsentChannel::Phone).value()); // kept's was withdrawn
    CHECK(*after.consentFor(ConsentChannel::Photo) == mergedBefore.consentFor(ConsentChannel::Photo).value()); // only hers
    CHECK(s.allConsents() == consentsBefore);

    // History: every entry of the other record now belongs to the kept one, plus the merge.
    for (const QString &id : mergedActivities)
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM contact_activities WHERE id = ? AND contact_id = ? AND deleted = 0"),
                     {id, s.keep}) == 1);
    const QList<Activity> history = ContactRepository(db).history(s.keep).value();
    CHECK(history.size() == keptHistory.size() + mergedHistory.size() + 1);
    CHECK(history.first().kind == QStringLiteral("merged"));
    CHECK(history.first().detail == QStringLiteral("Fati"));

    // References.
    CHECK(rowOwner(db, QStringLiteral("event_registrations"), QStringLiteral("event_id = ?"), {s.bothEvent})
          == sorted({s.keep + QStringLiteral(":0"), s.merge + QStringLiteral(":1"), s.bystander + QStringLiteral(":0")})
                 .join(QLatin1Char(',')));
    const auto attendance = EventRepository(db).attendance(s.bothEvent).value();
    REQUIRE(attendance.size() == 2);
    for (const Attendance &a : attendance) {
        if (a.contactId == s.keep)
            CHECK(a.checkedInAt.has_value()); // the check-in of the other record counts
    }
    CHECK(rowOwner(db, QStringLiteral("event_registrations"), QStringLiteral("event_id = ?"), {s.mergeOnlyEvent})
          == s.keep + QStringLiteral(":0"));
    CHECK(rowOwner(db, QStringLiteral("event_registrations"), QStringLiteral("event_id = ?"), {s.drive})
          == sorted({s.keep + QStringLiteral(":0"), s.merge + QStringLiteral(":1")}).join(QLatin1Char(',')));
    const auto voters = VoterRecords(db).forDrive(s.drive).value();
    REQUIRE(voters.size() == 1);
    CHECK(voters[0].contactId == s.keep);
    CHECK(voters[0].status == VoterRecord::Status::RegisteredHere);
    CHECK(voters[0].pledged);
    CHECK(voters[0].eligible == std::optional<bool>(true));
    CHECK(voters[0].notes == QStringLiteral("asked at the door\nregistered online"));
    CHECK(OrganizationRepository(db).get(s.partner)->ownerId == s.keep);
    const auto members = OrganizationRepository(db).members(s.partner).value();
    REQUIRE(members.size() == 1);
    CHECK(members[0].contactId == s.keep);
    for (const Interaction &i : InteractionLog(db).history(s.partner).value())
        CHECK(i.participantIds == QStringList{s.keep});
    const auto attendees = DayRepository(db).attendees(s.dayId).value();
    REQUIRE(attendees.size() == 1);
    CHECK(attendees[0].id == s.keptAttendee);
    CHECK(attendees[0].role == AttendeeRole::TeamLead);
    const Meeting meeting = MeetingRepository(db).get(s.meetingId).value();
    CHECK(meeting.attendeeIds == QStringList{s.keptAttendee});
    CHECK(meeting.leadAttendeeId == s.keptAttendee);

    // The record says what moved.
    CHECK(record.movedCount(QStringLiteral("contact_emails")) == 1);
    CHECK(record.movedCount(QStringLiteral("contact_phones")) == 1);
    CHECK(record.movedCount(QStringLiteral("event_registrations")) == 1);
    CHECK(record.movedCount(QStringLiteral("contact_activities")) == mergedActivities.size());
    CHECK(record.movedCount(QStringLiteral("organizations")) == 1);

    // Nothing was hard-deleted; only the two "merged" history entries were added.
    QMap<QString, int> expectedCounts = countsBefore;
    expectedCounts[QStringLiteral("contact_activities")] += 2;
    CHECK(rowCounts(db) == expectedCounts);
    CHECK(stamped(s.get(s.bystander)) == stamped(bystanderBefore));

    // Search finds the kept contact by what the other had, and the other no more.
    CHECK(searchIds(db, QStringLiteral("2065550199")) == QStringList{s.keep});
    CHECK(searchIds(db, QStringLiteral("Fatima")) == QStringList{s.keep});
    CHECK(searchIds(db, QStringLiteral("youth")) == QStringList{s.keep});

    SECTION("undo restores exactly what was there")
    {
        REQUIRE(ContactMerger(db).undo(record).ok());
        CHECK(stamped(s.get(s.keep)) == stamped(keptBefore));
        CHECK(stamped(s.get(s.merge)) == stamped(mergedBefore));
        QSet<QString> added;
        for (const auto &[table, id] : record.addedRows)
            added.insert(id);
        CHECK(dump(db, added) == dumpBefore);
        // The history entries the merge added are tombstoned, not removed.
        QMap<QString, int> withAdded = countsBefore;
        withAdded[QStringLiteral("contact_activities")] += 2;
        CHECK(rowCounts(db) == withAdded);
        for (const QString &id : std::as_const(added))
            CHECK(scalar(db, QStringLiteral("SELECT deleted FROM contact_activities WHERE id = ?"), {id}) == 1);
        CHECK(ContactRepository(db).history(s.keep)->size() == keptHistory.size());
        CHECK(ContactRepository(db).history(s.merge)->size() == mergedHistory.size());
        CHECK(searchIds(db, QStringLiteral("2065550199")) == QStringList{s.merge});
        CHECK(searchIds(db, QStringLiteral("Fatima")) == sorted({s.keep, s.merge}));
        CHECK(EventRepository(db).attendance(s.bothEvent)->size() == 3);

        // And the merge can be made again, as redo does.
        auto again = ContactMerger(db).merge(s.keep, s.merge, chosen);
        REQUIRE(again.ok());
        CHECK(stamped(s.get(s.keep)) == stamped(after));
    }
    SECTION("undo refuses, changing nothing, once a merged row changed since")
    {
        Contact edited = after;
        edited.notes = QStringLiteral("Edited after the merge.");
        REQUIRE(ContactRepository(db).update(edited).ok());
        const QStringList edits = dump(db);
        auto refused = ContactMerger(db).undo(record);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("Fatima")));
        CHECK(dump(db) == edits);
        CHECK(s.get(s.keep).notes == QStringLiteral("Edited after the merge."));

        // Put back as the merge left it, the undo goes through.
        REQUIRE(ContactRepository(db).update(after).ok());
        REQUIRE(ContactMerger(db).undo(record).ok());
        CHECK(stamped(s.get(s.merge)) == stamped(mergedBefore));
    }
    SECTION("a failure half-way through undo leaves the merge as it was")
    {
        const QStringList merged = dump(db);
        exec(db, QStringLiteral("CREATE TRIGGER fail_undo BEFORE UPDATE OF deleted ON contacts WHEN NEW.deleted = 0 "
                                "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"));
        CHECK_FALSE(ContactMerger(db).undo(record).ok());
        exec(db, QStringLiteral("DROP TRIGGER fail_undo"));
        CHECK(dump(db) == merged);
        CHECK(searchIds(db, QStringLiteral("2065550199")) == QStringList{s.keep});
        REQUIRE(ContactMerger(db).undo(record).ok());
        CHECK(stamped(s.get(s.keep)) == stamped(keptBefore));
    }
}

TEST_CASE("a merge that fails half-way changes nothing", "[contacts][duplicates][merge]")
{
    MergeScene s;
    Database &db = s.db;
    const Contact keptBefore = s.get(s.keep);
    const Contact mergedBefore = s.get(s.merge);
    const QStringList dumpBefore = dump(db);
    const int logBefore = scalar(db, QStringLiteral("SELECT count(*) FROM change_log"));

    QString trigger;
    SECTION("at the last step, tombstoning the merged contact")
    {
        trigger = QStringLiteral("BEFORE UPDATE OF deleted ON contacts WHEN NEW.deleted = 1");
    }
    SECTION("half-way, moving event registrations")
    {
        trigger = QStringLiteral("BEFORE UPDATE ON event_registrations");
    }
    SECTION("writing the merge into the history")
    {
        trigger = QStringLiteral("BEFORE INSERT ON contact_activities WHEN NEW.kind = 'merged'");
    }
    SECTION("moving the meeting's team lead")
    {
        trigger = QStringLiteral("BEFORE UPDATE OF lead_attendee_id ON meetings");
    }
    exec(db, QStringLiteral("CREATE TRIGGER fail_merge %1 BEGIN SELECT RAISE(ABORT, 'disk on fire'); END").arg(trigger));
    auto failed = ContactMerger(db).merge(s.keep, s.merge, s.choice());
    REQUIRE_FALSE(failed.ok());
    CHECK_FALSE(failed.error().message.isEmpty());
    exec(db, QStringLiteral("DROP TRIGGER fail_merge"));

    CHECK(dump(db) == dumpBefore);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM change_log")) == logBefore);
    CHECK(s.get(s.keep) == keptBefore); // timestamps included: nothing was written
    CHECK(s.get(s.merge) == mergedBefore);
    CHECK(searchIds(db, QStringLiteral("2065550199")) == QStringList{s.merge});

    // The same merge without the fault goes through.
    REQUIRE(ContactMerger(db).merge(s.keep, s.merge, s.choice()).ok());
    CHECK(searchIds(db, QStringLiteral("2065550199")) == QStringList{s.keep});
}

TEST_CASE("a merge that makes no sense is refused and changes nothing", "[contacts][duplicates][merge]")
{
    test::TempWorkspace ws;
    Database &db = ws.db();
    const QString a = addContact(db, QStringLiteral("Lejla"), QStringLiteral("Hodžić"), {QStringLiteral("lejla@example.org")});
    const QString b = addContact(db, QStringLiteral("Lejla"), QStringLiteral("Hodzic"), {QStringLiteral("lejla@example.org")});
    const QString gone = addContact(db, QStringLiteral("Emir"), QStringLiteral("Begović"), {});
    REQUIRE(ContactRepository(db).remove({gone}).ok());
    const QStringList before = dump(db);
    ContactMerger merger(db);
    const Contact fields = ContactRepository(db).get(a).value();

    auto self = merger.merge(a, a, fields);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().code == Error::Code::InvalidInput);
    auto deleted = merger.merge(a, gone, fields);
    REQUIRE_FALSE(deleted.ok());
    CHECK(deleted.error().code == Error::Code::NotFound);
    Contact nameless = fields;
    nameless.givenName.clear();
    nameless.familyName.clear();
    auto invalid = merger.merge(a, b, nameless);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().code == Error::Code::InvalidInput);
    Contact badState = fields;
    badState.usState = QStringLiteral("QQ");
    CHECK_FALSE(merger.merge(a, b, badState).ok());
    CHECK(dump(db) == before);

    // Merged once, the other record cannot be merged again.
    REQUIRE(merger.merge(a, b, fields).ok());
    auto twice = merger.merge(a, b, fields);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == Error::Code::NotFound);
    // And the pair is no longer a duplicate.
    CHECK(DuplicateFinder(db).find()->isEmpty());
}

TEST_CASE("a table added later that refers to contacts is re-pointed too", "[contacts][duplicates][merge]")
{
    test::TempWorkspace ws;
    Database &db = ws.db();
    const QString a = addContact(db, QStringLiteral("Tariq"), QStringLiteral("Malik"), {QStringLiteral("tariq@example.org")});
    const QString b = addContact(db, QStringLiteral("Tariq"), QStringLiteral("Malik"), {QStringLiteral("tariq@example.org")});
    exec(db, QStringLiteral("CREATE TABLE mentorships (id TEXT PRIMARY KEY NOT NULL, mentor_id TEXT REFERENCES contacts (id), "
                            "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, "
                            "device_id TEXT NOT NULL)"));
    exec(db, QStringLiteral("INSERT INTO mentorships VALUES ('m1', ?, 1, 1, 0, 'test')"), {b});
    exec(db, QStringLiteral("INSERT INTO mentorships VALUES ('m2', ?, 1, 1, 0, 'test')"), {a});

    auto merged = ContactMerger(db).merge(a, b, ContactRepository(db).get(a).value());
    REQUIRE(merged.ok());
    CHECK(rowOwner(db, QStringLiteral("mentorships"), QStringLiteral("id = 'm1'"), {}, QStringLiteral("mentor_id"))
          == a + QStringLiteral(":0"));
    CHECK(merged->movedCount(QStringLiteral("mentorships")) == 1);
    REQUIRE(ContactMerger(db).undo(*merged).ok());
    CHECK(rowOwner(db, QStringLiteral("mentorships"), QStringLiteral("id = 'm1'"), {}, QStringLiteral("mentor_id"))
          == b + QStringLiteral(":0"));
    CHECK(rowOwner(db, QStringLiteral("mentorships"), QStringLiteral("id = 'm2'"), {}, QStringLiteral("mentor_id"))
          == a + QStringLiteral(":0"));
}
