// Names as people type them on Arabic, Persian and Urdu keyboards: one folding for search, the
// duplicate checks and sort keys (issue 15), and a workspace indexed before it upgraded once.

#include "contacts/contactrepository.h"
#include "contacts/contactstore.h"
#include "contacts/searchrefresh.h"
#include "contacts/searchtext.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace majlis;

namespace {

struct Spelling
{
    const char16_t *stored; // as one keyboard or spelling wrote it
    const char16_t *typed;  // as another finds it
};

// Real spellings of the same names across the three keyboards and common habits.
const Spelling kSpellings[] = {
    {u"فاطمة", u"فاطمه"},     // teh marbuta typed as heh
    {u"فاطمه", u"فاطمة"},
    {u"علي", u"علی"},         // Persian yeh
    {u"علی", u"علي"},
    {u"كريم", u"کریم"},       // keheh and Persian yeh (Farsi and Urdu keyboards)
    {u"مصطفى", u"مصطفي"},     // alef maqsura
    {u"عائشہ", u"عائشة"},     // Urdu heh goal
    {u"ذکیہ", u"ذكية"},
    {u"بھائی", u"بهائي"},     // heh doachashmee, Persian yeh
    {u"مسعودے", u"مسعودي"},   // yeh barree
    {u"أسامة", u"اسامه"},     // hamza on alef, teh marbuta
    {u"مؤمن", u"مومن"},       // waw with hamza
    {u"محـــمد", u"محمد"},    // tatweel
    {u"مُحَمَّد", u"محمد"},      // harakat
    {u"الحسن", u"حسن"},       // the article
    {u"عبد الرحمن", u"رحمن"},
};

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

struct Workspace
{
    test::TempWorkspace ws;

    QString add(const QString &given, const QString &family = {}, const QString &phone = {})
    {
        Contact c;
        c.givenName = given;
        c.familyName = family;
        if (!phone.isEmpty())
            c.phones = {{QStringLiteral("mobile"), phone}};
        auto saved = ContactRepository(ws.db()).create(c);
        REQUIRE(saved);
        return saved->id;
    }

    QStringList find(const QString &typed) { return test::searchIds(ws.db(), typed); }
};

} // namespace

TEST_CASE("A name typed on another keyboard or spelled another way is found", "[search][arabic]")
{
    Workspace w;
    QList<QString> ids;
    for (const Spelling &s : kSpellings)
        ids.append(w.add(text(s.stored), QStringLiteral("Test")));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        INFO("stored " << text(kSpellings[i].stored).toStdString() << ", typed " << text(kSpellings[i].typed).toStdString());
        CHECK(w.find(text(kSpellings[i].typed)).contains(ids.at(i)));
    }
    // Folding joins spellings; it does not make different names equal.
    CHECK_FALSE(w.find(QStringLiteral("فاطمة")).contains(ids.at(2)));
    CHECK_FALSE(w.find(QStringLiteral("حسين")).contains(ids.at(14)));
}

TEST_CASE("The same name from two keyboards has one sort key, so duplicate checks see one person", "[search][arabic]")
{
    for (const Spelling &s : kSpellings) {
        if (text(s.stored).contains(u' ') || text(s.typed).size() < 4 || text(s.stored).startsWith(QStringLiteral("ال")))
            continue; // the article is a search aid, not the same name
        INFO(text(s.stored).toStdString() << " / " << text(s.typed).toStdString());
        Contact a;
        a.givenName = text(s.stored);
        a.familyName = QStringLiteral("حداد");
        Contact b = a;
        b.givenName = text(s.typed);
        CHECK(contactstore::sortKeyFor(a) == contactstore::sortKeyFor(b));
    }
}

TEST_CASE("Arabic-Indic and Persian digits find a phone number", "[search][arabic]")
{
    Workspace w;
    const QString id = w.add(QStringLiteral("Yusuf"), QStringLiteral("Haddad"), QStringLiteral("+1 313 555 0142"));
    for (const QString &typed : {QStringLiteral("٥٥٥٠١٤٢"), QStringLiteral("۵۵۵۰۱۴۲"), QStringLiteral("٣١٣٥٥٥٠١٤٢"),
                                 QStringLiteral("(٣١٣) ٥٥٥-٠١"), QStringLiteral("5550142")}) {
        INFO(typed.toStdString());
        CHECK(w.find(typed) == QStringList{id});
    }
    // A number stored as typed in Arabic-Indic digits is indexed by its value.
    CHECK(searchtext::phoneTokens(QStringLiteral("٠٢٠ ٧٩٤٦ ٠٩٥٨")).contains(QStringLiteral("02079460958")));
}

TEST_CASE("A workspace indexed with the older folding is re-keyed and re-indexed once", "[search][arabic]")
{
    Workspace w;
    const QString id = w.add(QStringLiteral("فاطمة"), QStringLiteral("الزهراء"));
    const QSqlDatabase db = w.ws.db().connection();
    // As an older Majlis left it: the key and the document folded without teh marbuta or article.
    QSqlQuery old(db);
    REQUIRE(old.exec(QStringLiteral("UPDATE contacts SET sort_key = 'الزهراء فاطمة' WHERE id = '%1'").arg(id)));
    REQUIRE(old.exec(QStringLiteral("UPDATE contact_search SET names = 'فاطمة الزهراء' WHERE rowid = (SELECT rid FROM contacts WHERE id = '%1')").arg(id)));
    REQUIRE(old.exec(QStringLiteral("DELETE FROM local_settings WHERE key = 'search/fold_version'")));
    REQUIRE(old.exec(QStringLiteral("DELETE FROM change_log")));
    CHECK(w.find(QStringLiteral("فاطمه")).isEmpty());
    CHECK(w.find(QStringLiteral("زهراء")).isEmpty());

    REQUIRE(searchrefresh::upgradeFolding(db, w.ws.db().deviceId()));
    CHECK(w.find(QStringLiteral("فاطمه")) == QStringList{id});
    CHECK(w.find(QStringLiteral("زهراء")) == QStringList{id});
    QSqlQuery key(db);
    REQUIRE(key.exec(QStringLiteral("SELECT sort_key FROM contacts WHERE id = '%1'").arg(id)));
    REQUIRE(key.next());
    CHECK(key.value(0).toString() == searchtext::fold(QStringLiteral("الزهراء فاطمة")));
    // The new key is an ordinary edit, so it reaches the other laptops.
    QSqlQuery logged(db);
    REQUIRE(logged.exec(QStringLiteral("SELECT fields FROM change_log WHERE row_id = '%1'").arg(id)));
    REQUIRE(logged.next());
    CHECK(logged.value(0).toString().contains(QStringLiteral("sort_key")));

    // Once: a second open reads one setting and changes nothing.
    REQUIRE(old.exec(QStringLiteral("DELETE FROM change_log")));
    REQUIRE(searchrefresh::upgradeFolding(db, w.ws.db().deviceId()));
    QSqlQuery none(db);
    REQUIRE(none.exec(QStringLiteral("SELECT count(*) FROM change_log")));
    REQUIRE(none.next());
    CHECK(none.value(0).toInt() == 0);
}
