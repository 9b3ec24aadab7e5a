#include "contacts/chapter.h"
#include "contacts/contactdirectory.h"
#include "contacts/contactrepository.h"
#include "demo/demodata.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QSet>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

Contact fullContact(const QString &chapterId)
{
    Contact c;
    c.givenName = QStringLiteral("فاطمة");
    c.familyName = QStringLiteral("Núñez-王");
    c.preferredName = QStringLiteral("Fatima");
    c.emails = {{QStringLiteral("home"), QStringLiteral("fatima@example.org")}, {QStringLiteral("work"), QStringLiteral("f.n@work.example.com")}};
    c.phones = {{QStringLiteral("mobile"), QStringLiteral("+13135550123")}, {QStringLiteral("home"), QStringLiteral("+13135550124")}};
    c.address = {QStringLiteral("1 Warren Ave"), QStringLiteral("Dearborn"), QStringLiteral("MI"), QStringLiteral("48126"), QStringLiteral("US")};
    c.usState = QStringLiteral("MI");
    c.district = 12;
    c.chapterId = chapterId;
    c.languages = {QStringLiteral("ar"), QStringLiteral("es")};
    c.organization = QStringLiteral("Al-Amal Clinic");
    c.role = QStringLiteral("physician");
    c.tags = {QStringLiteral("board"), QStringLiteral("volunteer")};
    c.consents = {{ConsentChannel::Email, true, QDate(2025, 1, 5), QStringLiteral("sign-up form")},
                  {ConsentChannel::Photo, false, QDate(2025, 2, 1), QStringLiteral("event check-in")}};
    c.skills = {QStringLiteral("translation")};
    c.interests = {QStringLiteral("health care")};
    c.notes = QStringLiteral("Prefers Arabic.");
    return c;
}

QStringList emailRowIds(Database &db, const QString &contactId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id FROM contact_emails WHERE contact_id = ? AND deleted = 0 ORDER BY position"));
    query.addBindValue(contactId);
    query.exec();
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

} // namespace

TEST_CASE("a contact round-trips every field")
{
    test::TempWorkspace ws;
    auto chapter = ChapterRepository(ws.db()).create({{}, QStringLiteral("Dearborn"), QStringLiteral("Dearborn"), QStringLiteral("MI"), QStringLiteral("us")});
    REQUIRE(chapter);
    CHECK(chapter->country == QStringLiteral("US"));
    ContactRepository contacts(ws.db());
    const Contact input = fullContact(chapter->id);
    auto saved = contacts.create(input);
    REQUIRE(saved);
    CHECK(QUuid::fromString(saved->id).version() == QUuid::Random);
    CHECK(saved->createdAt > 0);

    auto loaded = contacts.get(saved->id);
    REQUIRE(loaded);
    Contact expected = input;
    expected.id = saved->id;
    expected.createdAt = loaded->createdAt;
    expected.updatedAt = loaded->updatedAt;
    CHECK(*loaded == expected);
}

TEST_CASE("updating a contact keeps unchanged emails' row ids and records what changed")
{
    test::TempWorkspace ws;
    ContactRepository contacts(ws.db());
    auto saved = contacts.create(fullContact({}));
    REQUIRE(saved);
    const QStringList before = emailRowIds(ws.db(), saved->id);

    Contact edited = *saved;
    edited.emails.append({QStringLiteral("other"), QStringLiteral("third@example.org")});
    edited.notes = QStringLiteral("Call after Jumu'ah.");
    auto updated = contacts.update(edited);
    REQUIRE(updated);
    CHECK(updated->emails.size() == 3);
    CHECK(emailRowIds(ws.db(), saved->id).mid(0, 2) == before);

    auto history = contacts.history(saved->id);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).kind == QStringLiteral("edited")); // newest first
    CHECK(history->at(0).detail == QStringLiteral("emails,notes"));
    CHECK(history->at(1).kind == QStringLiteral("created"));
}

TEST_CASE("deleting hides a contact and restoring brings it back")
{
    test::TempWorkspace ws;
    ContactRepository contacts(ws.db());
    ContactDirectory directory(ws.db());
    auto saved = contacts.create(fullContact({}));
    REQUIRE(saved);
    REQUIRE(contacts.remove({saved->id}));
    CHECK(contacts.get(saved->id).error().code == Error::Code::NotFound);
    CHECK(directory.count({}).value() == 0);
    CHECK_FALSE(contacts.update(*saved)); // an edit of a deleted contact is refused

    REQUIRE(contacts.restore({saved->id}));
    CHECK(contacts.get(saved->id).ok());
    ContactQuery search;
    search.search = QStringLiteral("fatima");
    CHECK(directory.count(search).value() == 1);
    const auto kinds = [&] {
        QStringList list;
        for (const Activity &a : contacts.history(saved->id).value())
            list.append(a.kind);
        return list;
    }();
    CHECK(kinds == QStringList{QStringLiteral("restored"), QStringLiteral("deleted"), QStringLiteral("created")});
}

TEST_CASE("tags are added to and removed from many contacts at once")
{
    test::TempWorkspace ws;
    ContactRepository contacts(ws.db());
    QStringList ids;
    for (const char *name : {"Adnan", "Lejla", "Emir"}) {
        Contact c;
        c.givenName = QString::fromLatin1(name);
        ids.append(contacts.create(c).value().id);
    }
    REQUIRE(contacts.addTags(ids.mid(0, 2), {QStringLiteral("youth"), QStringLiteral(" media ")}));
    CHECK(contacts.get(ids[0])->tags == QStringList{QStringLiteral("media"), QStringLiteral("youth")});
    CHECK(contacts.get(ids[2])->tags.isEmpty());

    ContactQuery byTag;
    byTag.tag = QStringLiteral("YOUTH");
    CHECK(ContactDirectory(ws.db()).count(byTag).value() == 2);
    CHECK(ContactDirectory(ws.db()).tags().value() == QStringList{QStringLiteral("media"), QStringLiteral("youth")});

    REQUIRE(contacts.removeTags({ids[0]}, {QStringLiteral("youth")}));
    CHECK(ContactDirectory(ws.db()).count(byTag).value() == 1);
    CHECK_FALSE(contacts.addTags(ids, {QStringLiteral("  ")}));
}

TEST_CASE("chapters are unique by name, found case-insensitively, and filter the list")
{
    test::TempWorkspace ws;
    ChapterRepository chapters(ws.db());
    auto chicago = chapters.create({{}, QStringLiteral("Chicago"), {}, {}, QStringLiteral("US")});
    REQUIRE(chicago);
    CHECK_FALSE(chapters.create({{}, QStringLiteral("chicago"), {}, {}, {}}));
    CHECK_FALSE(chapters.create({{}, QStringLiteral("  "), {}, {}, {}}));
    CHECK(chapters.findByName(QStringLiteral("CHICAGO"))->id == chicago->id);
    CHECK(chapters.findByName(QStringLiteral("Houston")).error().code == Error::Code::NotFound);

    ContactRepository contacts(ws.db());
    Contact a;
    a.givenName = QStringLiteral("In Chicago");
    a.chapterId = chicago->id;
    Contact b;
    b.givenName = QStringLiteral("Nowhere");
    REQUIRE(contacts.create(a));
    REQUIRE(contacts.create(b));
    ContactQuery query;
    query.chapterId = chicago->id;
    auto rows = ContactDirectory(ws.db()).page(query, 0, 10);
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().chapterName == QStringLiteral("Chicago"));
}

TEST_CASE("pages cover every contact exactly once, in name order either way")
{
    test::TempWorkspace ws;
    REQUIRE(DemoData::populate(ws.db(), 230, 3).value() == 230);
    ContactDirectory directory(ws.db());
    for (bool descending : {false, true}) {
        ContactQuery query;
        query.descending = descending;
        QStringList ids;
        for (int offset = 0; offset < 230; offset += 50) {
            for (const ContactRow &row : directory.page(query, offset, 50).value())
                ids.append(row.id);
        }
        CHECK(ids.size() == 230);
        CHECK(QSet<QString>(ids.begin(), ids.end()).size() == 230);
    }
    ContactQuery byName;
    const auto rows = directory.page(byName, 0, 230).value();
    CHECK(rows.first().displayName != rows.last().displayName);
}

TEST_CASE("every search plan finds the same page, and the plan follows how many contacts match")
{
    CHECK(searchPlanFor(40, 100000) == SearchPlan::SortMatches);
    CHECK(searchPlanFor(4999, 5000) == SearchPlan::SortMatches);
    CHECK(searchPlanFor(12000, 100000) == SearchPlan::WalkListAgainstSet);
    CHECK(searchPlanFor(100000, 100000) == SearchPlan::WalkListProbingIndex);
    CHECK(searchPlanFor(60000, 0) == SearchPlan::WalkListAgainstSet); // size unknown: no probing

    test::TempWorkspace ws;
    REQUIRE(DemoData::populate(ws.db(), 300, 11).value() == 300);
    ContactDirectory directory(ws.db());
    const auto idsOf = [](const QList<ContactRow> &rows) {
        QStringList ids;
        for (const ContactRow &row : rows)
            ids.append(row.id);
        return ids;
    };
    // Broad and narrow words, Arabic script and phone digits; some pages run past the matches.
    for (const QString &search : {QStringLiteral("m"), QStringLiteral("s"), QStringLiteral("5"), QString::fromUtf8("م"),
                                  QStringLiteral("volunteer"), QStringLiteral("zzzz")}) {
        for (bool descending : {false, true}) {
            ContactQuery query;
            query.search = search;
            query.descending = descending;
            for (int offset : {0, 37, 250}) {
                const QStringList sorted = idsOf(directory.pageWith(SearchPlan::SortMatches, query, offset, 40).value());
                INFO(search.toStdString() << " from " << offset << (descending ? " descending" : ""));
                CHECK(idsOf(directory.pageWith(SearchPlan::WalkListAgainstSet, query, offset, 40).value()) == sorted);
                CHECK(idsOf(directory.pageWith(SearchPlan::WalkListProbingIndex, query, offset, 40).value()) == sorted);
            }
        }
    }
    ContactQuery everyone;
    everyone.search = QStringLiteral("m");
    const int matches = directory.count(everyone).value();
    CHECK(matches > 40);
    CHECK(idsOf(directory.page(everyone, 0, 40, matches).value()) == idsOf(directory.pageWith(SearchPlan::SortMatches, everyone, 0, 40).value()));
}

TEST_CASE("demo data is deterministic, multilingual and saved whole or not at all")
{
    const QStringList chapterIds{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")};
    CHECK(DemoData::contacts(50, 9, chapterIds) == DemoData::contacts(50, 9, chapterIds));
    CHECK(DemoData::contacts(50, 9, chapterIds) != DemoData::contacts(50, 10, chapterIds));
    bool arabicScript = false;
    for (const Contact &c : DemoData::contacts(500, 1, chapterIds))
        arabicScript = arabicScript || c.givenName.at(0).script() == QChar::Script_Arabic;
    CHECK(arabicScript);

    test::TempWorkspace ws;
    REQUIRE(DemoData::populate(ws.db(), 120, 5).value() == 120);
    CHECK(ChapterRepository(ws.db()).list()->size() == 5);
    CHECK(ContactDirectory(ws.db()).count({}).value() == 120);

    test::TempWorkspace cancelled;
    auto result = ContactRepository(cancelled.db()).createMany(DemoData::contacts(1200, 2, {}), [](int) { return false; });
    CHECK_FALSE(result);
    CHECK(ContactDirectory(cancelled.db()).count({}).value() == 0);
}

TEST_CASE("reading every contact at once gives each one's emails, phones and tags in the order reading it alone does")
{
    test::TempWorkspace ws;
    ContactRepository contacts(ws.db());
    Contact input = fullContact({});
    input.emails = {{QStringLiteral("home"), QStringLiteral("a@example.org")}, {QStringLiteral("work"), QStringLiteral("b@example.org")},
                    {QStringLiteral("other"), QStringLiteral("c@example.org")}};
    input.phones = {{QStringLiteral("mobile"), QStringLiteral("+13135550101")}, {QStringLiteral("home"), QStringLiteral("+13135550102")}};
    input.tags = {QStringLiteral("zeta"), QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("Éclair"), QStringLiteral("متطوع")};
    auto saved = contacts.create(input);
    REQUIRE(saved);
    // Reordered: the rows stay where they were stored, only their positions change.
    Contact reordered = *saved;
    reordered.emails = {saved->emails.at(2), saved->emails.at(0), saved->emails.at(1)};
    reordered.phones = {saved->phones.at(1), saved->phones.at(0)};
    REQUIRE(contacts.update(reordered));
    REQUIRE(contacts.create(fullContact({}))); // another contact, so rows of two interleave

    const auto alone = contacts.get(saved->id);
    REQUIRE(alone);
    CHECK(alone->emails.first().value == u"c@example.org");
    const auto all = contacts.getMany();
    REQUIRE(all);
    const auto it = std::find_if(all->begin(), all->end(), [&](const Contact &c) { return c.id == saved->id; });
    REQUIRE(it != all->end());
    CHECK(it->emails == alone->emails);
    CHECK(it->phones == alone->phones);
    CHECK(it->tags == alone->tags);
}
