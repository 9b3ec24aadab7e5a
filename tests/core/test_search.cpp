#include "contacts/contactdirectory.h"
#include "contacts/contactrepository.h"
#include "contacts/searchtext.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

struct SearchFixture
{
    test::TempWorkspace ws;
    QHash<QString, QString> ids; // display name -> id

    void add(const QString &given, const QString &family, const QString &phone = {}, const QString &email = {},
             const QStringList &tags = {}, const QString &notes = {})
    {
        Contact c;
        c.givenName = given;
        c.familyName = family;
        if (!phone.isEmpty())
            c.phones = {{QStringLiteral("mobile"), phone}};
        if (!email.isEmpty())
            c.emails = {{QStringLiteral("home"), email}};
        c.tags = tags;
        c.notes = notes;
        auto saved = ContactRepository(ws.db()).create(c);
        REQUIRE(saved);
        ids.insert(saved->displayName(), saved->id);
    }

    QStringList find(const QString &text)
    {
        ContactQuery query;
        query.search = text;
        auto rows = ContactDirectory(ws.db()).page(query, 0, 50);
        REQUIRE(rows);
        auto count = ContactDirectory(ws.db()).count(query);
        REQUIRE(count);
        CHECK(*count == rows->size());
        QStringList names;
        for (const ContactRow &row : *rows)
            names.append(row.displayName);
        names.sort();
        return names;
    }
};

} // namespace

TEST_CASE("search ignores case and accents and matches prefixes")
{
    SearchFixture f;
    f.add(QStringLiteral("José"), QStringLiteral("Núñez"));
    f.add(QStringLiteral("Mohammed"), QStringLiteral("Haddad"));
    f.add(QStringLiteral("Mariam"), QStringLiteral("Hodžić"));

    CHECK(f.find(QStringLiteral("jose")) == QStringList{QStringLiteral("José Núñez")});
    CHECK(f.find(QStringLiteral("JOSÉ")) == QStringList{QStringLiteral("José Núñez")});
    CHECK(f.find(QStringLiteral("nunez")) == QStringList{QStringLiteral("José Núñez")});
    CHECK(f.find(QStringLiteral("moha")) == QStringList{QStringLiteral("Mohammed Haddad")});
    CHECK(f.find(QStringLiteral("hodzic")) == QStringList{QStringLiteral("Mariam Hodžić")});
    CHECK(f.find(QStringLiteral("m")).size() == 2);
    CHECK(f.find(QStringLiteral("mo had")) == QStringList{QStringLiteral("Mohammed Haddad")}); // every word must match
    CHECK(f.find(QStringLiteral("mo nunez")).isEmpty());
}

TEST_CASE("Arabic, Urdu and Chinese names are found in their own script")
{
    SearchFixture f;
    f.add(QStringLiteral("محمد"), QStringLiteral("علي"));
    f.add(QStringLiteral("أحمد"), QStringLiteral("الصالح"));
    f.add(QStringLiteral("عائشہ"), QStringLiteral("صدیقی"));
    f.add(QStringLiteral("明"), QStringLiteral("马"));

    CHECK(f.find(QStringLiteral("محمد")) == QStringList{QStringLiteral("محمد علي")});
    CHECK(f.find(QStringLiteral("مح")) == QStringList{QStringLiteral("محمد علي")});
    CHECK(f.find(QStringLiteral("مُحَمَّد")) == QStringList{QStringLiteral("محمد علي")}); // with harakat
    CHECK(f.find(QStringLiteral("احمد")) == QStringList{QStringLiteral("أحمد الصالح")});  // alef forms fold
    CHECK(f.find(QStringLiteral("صدیقی")) == QStringList{QStringLiteral("عائشہ صدیقی")});
    CHECK(f.find(QStringLiteral("马")) == QStringList{QStringLiteral("明 马")});
}

TEST_CASE("phone numbers are found by their digits however they are typed")
{
    SearchFixture f;
    f.add(QStringLiteral("Amina"), QStringLiteral("Warsame"), QStringLiteral("+1 (555) 123-4567"));
    f.add(QStringLiteral("Bilal"), QStringLiteral("Khan"), QStringLiteral("+1 313 555 0100"));

    CHECK(f.find(QStringLiteral("5551234")) == QStringList{QStringLiteral("Amina Warsame")});
    CHECK(f.find(QStringLiteral("(555) 123-4")) == QStringList{QStringLiteral("Amina Warsame")});
    CHECK(f.find(QStringLiteral("15551234567")) == QStringList{QStringLiteral("Amina Warsame")});
    CHECK(f.find(QStringLiteral("5550100")) == QStringList{QStringLiteral("Bilal Khan")}); // without the area code
}

TEST_CASE("search covers emails, tags, organization and notes, and skips deleted contacts")
{
    SearchFixture f;
    f.add(QStringLiteral("Sara"), QStringLiteral("Miller"), {}, QStringLiteral("sara.m@example.org"), {QStringLiteral("interfaith")});
    f.add(QStringLiteral("Tariq"), QStringLiteral("Malik"), {}, {}, {}, QStringLiteral("Drives the van on advocacy days"));

    CHECK(f.find(QStringLiteral("sara.m")) == QStringList{QStringLiteral("Sara Miller")});
    CHECK(f.find(QStringLiteral("interf")) == QStringList{QStringLiteral("Sara Miller")});
    CHECK(f.find(QStringLiteral("van")) == QStringList{QStringLiteral("Tariq Malik")});

    REQUIRE(ContactRepository(f.ws.db()).remove({f.ids.value(QStringLiteral("Tariq Malik"))}));
    CHECK(f.find(QStringLiteral("van")).isEmpty());
}

TEST_CASE("search text cannot inject FTS5 syntax")
{
    SearchFixture f;
    f.add(QStringLiteral("Noor"), QStringLiteral("Rahman"));
    for (const QString &hostile : {QStringLiteral("\""), QStringLiteral("noor*"), QStringLiteral("noor OR x"),
                                   QStringLiteral("NEAR(noor"), QStringLiteral("-noor"), QStringLiteral("names:noor"),
                                   QStringLiteral("^noor"), QStringLiteral("'); DROP TABLE contacts; --")}) {
        ContactQuery query;
        query.search = hostile;
        CHECK(ContactDirectory(f.ws.db()).page(query, 0, 10).ok());
        CHECK(ContactDirectory(f.ws.db()).count(query).ok());
    }
    CHECK(f.find(QStringLiteral("noor*")) == QStringList{QStringLiteral("Noor Rahman")});
    CHECK(searchtext::matchExpression(QStringLiteral("a\"b")) == QStringLiteral("\"a\"* \"b\"*"));
    CHECK(searchtext::matchExpression(QStringLiteral("   ")).isEmpty());
}
