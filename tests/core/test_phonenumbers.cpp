// Phone numbers of every country as people dial them at home (issue 15): stored as E.164 through
// libphonenumber, found by their national form, read in the country of the contact, its
// chapter or the workspace, never a fixed one.

#include "contacts/chapter.h"
#include "contacts/contactrepository.h"
#include "contacts/phonenumber.h"
#include "contacts/phoneregion.h"
#include "contacts/validation.h"
#include "events/checkindesk.h"
#include "events/eventrepository.h"
#include "i18n/bidi.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

struct National
{
    const char *country;
    const char *typed;    // as dialled in that country
    const char *e164;
    const char *searched; // the beginning of the national form, as someone would type it
};

const National kNumbers[] = {
    {"DE", "030 12345678", "+493012345678", "030 1234"},
    {"GB", "020 7946 0958", "+442079460958", "020 7946"},
    {"FR", "01 23 45 67 89", "+33123456789", "01 23 45"},
    {"CA", "(416) 555-0199", "+14165550199", "416 555"},
    {"TR", "0212 555 12 34", "+902125551234", "0212 555"},
    {"BE", "02 123 45 67", "+3221234567", "02 123"},
    {"US", "313-555-0142", "+13135550142", "555 0142"},
};

} // namespace

TEST_CASE("A national number becomes E.164 in its country, trunk prefix and all", "[phone]")
{
    for (const National &n : kNumbers) {
        INFO(n.country << " " << n.typed);
        CHECK(ContactValidator::normalizePhone(QString::fromUtf8(n.typed), QLatin1String(n.country)).value() == QLatin1String(n.e164));
    }
    // Typed with Arabic-Indic digits.
    CHECK(ContactValidator::normalizePhone(QStringLiteral("٠٣٠ ١٢٣٤٥٦٧٨"), QStringLiteral("DE")).value() == u"+493012345678");
    // How it reads at home and abroad.
    CHECK(phone::national(QStringLiteral("+493012345678")) == u"030 12345678");
    CHECK(phone::international(QStringLiteral("+442079460958")) == u"+44 20 7946 0958");
    // A number kept as typed is shown as typed.
    CHECK(phone::national(QStringLiteral("0300 1234567")) == u"0300 1234567");
}

TEST_CASE("A number is found the way people dial it in its country", "[phone][search]")
{
    test::TempWorkspace ws;
    for (const National &n : kNumbers) {
        INFO(n.country << " " << n.typed);
        Contact c;
        c.givenName = QStringLiteral("Caller %1").arg(QLatin1String(n.country));
        c.address.country = QLatin1String(n.country);
        c.phones = {{QStringLiteral("mobile"), QString::fromUtf8(n.typed)}};
        auto saved = ContactRepository(ws.db()).create(c);
        REQUIRE(saved);
        CHECK(saved->phones.first().value == QLatin1String(n.e164));
        CHECK(test::searchIds(ws.db(), QString::fromUtf8(n.searched)).contains(saved->id));
        CHECK(test::searchIds(ws.db(), QString::fromUtf8(n.typed)).contains(saved->id));
        CHECK(test::searchIds(ws.db(), QString::fromUtf8(n.e164)).contains(saved->id));
    }
}

TEST_CASE("A number without + is read in the contact's, the chapter's or the workspace's country", "[phone]")
{
    test::TempWorkspace ws;
    REQUIRE(phoneregion::setWorkspaceRegion(ws.db().connection(), QStringLiteral("gb")));
    CHECK(phoneregion::workspaceRegion(ws.db().connection()) == u"GB");
    CHECK_FALSE(phoneregion::setWorkspaceRegion(ws.db().connection(), QStringLiteral("XX")));
    auto berlin = ChapterRepository(ws.db()).create({{}, QStringLiteral("Berlin"), QStringLiteral("Berlin"), {}, QStringLiteral("DE")});
    REQUIRE(berlin);

    const auto saved = [&](const QString &country, const QString &chapter) {
        Contact c;
        c.givenName = QStringLiteral("Someone");
        c.address.country = country;
        c.chapterId = chapter;
        c.phones = {{{}, QStringLiteral("030 12345678")}};
        auto created = ContactRepository(ws.db()).create(c);
        REQUIRE(created);
        return created->phones.first().value;
    };
    CHECK(saved({}, berlin->id) == u"+493012345678");             // the chapter's country
    CHECK(saved(QStringLiteral("GB"), berlin->id) == u"+443012345678"); // the contact's own wins
    CHECK(saved({}, {}) == u"+443012345678");                     // the workspace's

    // The door reads a walk-in's number in the country of the event's chapter.
    Event e;
    e.title = QStringLiteral("Town hall");
    e.chapterId = berlin->id;
    e.startsAt = QDateTime(QDate(2027, 5, 1), QTime(18, 0));
    e.endsAt = QDateTime(QDate(2027, 5, 1), QTime(20, 0));
    auto event = EventRepository(ws.db()).create(e);
    REQUIRE(event);
    CheckInDesk desk(ws.db(), event->id);
    REQUIRE(desk.load());
    Contact walkIn;
    walkIn.givenName = QStringLiteral("Walk-in");
    walkIn.phones = {{{}, QStringLiteral("030 98765432")}};
    auto created = desk.walkIn(walkIn);
    REQUIRE(created);
    CHECK(ContactRepository(ws.db()).get(created.value())->phones.first().value == u"+493098765432");
    // ... and finds the existing contact by the number typed the same way.
    Contact again;
    again.givenName = QStringLiteral("Someone else");
    again.phones = {{{}, QStringLiteral("030 98765432")}};
    REQUIRE(desk.likelyMatches(again).size() == 1);
    CHECK(desk.likelyMatches(again).first().contactId == created.value());
}

TEST_CASE("A number is shown the national way in its own country and internationally elsewhere", "[phone][display]")
{
    const phone::Display home = phone::display(QStringLiteral("+493012345678"), QStringLiteral("DE"));
    CHECK(home.text == u"030 12345678");
    CHECK(home.readable);
    CHECK(phone::display(QStringLiteral("+493012345678"), QStringLiteral("de")).text == u"030 12345678");
    CHECK(phone::display(QStringLiteral("+493012345678"), QStringLiteral("GB")).text == u"+49 30 12345678");
    CHECK(phone::display(QStringLiteral("+442079460958"), QStringLiteral("GB")).text == u"020 7946 0958");
    CHECK(phone::display(QStringLiteral("+13135550142"), QStringLiteral("US")).text == u"(313) 555-0142");
    // Canada shares +1 with the United States, but a Toronto number is not a U.S. one.
    CHECK(phone::display(QStringLiteral("+14165550199"), QStringLiteral("US")).text == u"+1 416-555-0199");
    // With no country known, every number is shown the way that works from anywhere.
    CHECK(phone::display(QStringLiteral("+13135550142"), {}).text == u"+1 313-555-0142");
    CHECK(phone::display(QString(), QStringLiteral("US")).text.isEmpty());
}

TEST_CASE("A number kept as typed is shown exactly as typed and flagged", "[phone][display]")
{
    for (const QString &typed : {QStringLiteral("ext. 12 (ask for Omar)"), QStringLiteral("0300 1234567"),
                                 QStringLiteral("+999 12"), QStringLiteral("٠٣٠ ١٢٣")}) {
        INFO(typed.toStdString());
        const phone::Display shown = phone::display(typed, QStringLiteral("DE"));
        CHECK(shown.text == typed);
        CHECK_FALSE(shown.readable);
    }
    // The warning names the country in the interface's language, isolated inside the sentence.
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));
    const QString french = phone::unreadableMessage(QStringLiteral("DE"));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    const QString english = phone::unreadableMessage(QStringLiteral("DE"));
    QLocale::setDefault(before);
    CHECK(french.contains(bidi::isolate(QStringLiteral("Allemagne"))));
    CHECK(english.contains(bidi::isolate(QStringLiteral("Germany"))));
}
