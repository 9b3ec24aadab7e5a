#include "contacts/chapter.h"
#include "contacts/contactrepository.h"
#include "events/checkinwindow.h"
#include "events/eventrepository.h"
#include "events/eventspage.h"
#include "events/voterrecords.h"
#include "i18n/bidi.h"
#include "i18n/translations.h"
#include "partners/partnerspage.h"
#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/screenshot.h"
#include "support/tempworkspace.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    REQUIRE(found);
    return found;
}

struct Door
{
    test::TempWorkspace ws;
    QString eventId;
    QString amina;
    QString bilal;
    QString ali; // not registered

    Door()
    {
        // A Michigan chapter's iftar: numbers typed at its door are U.S. numbers.
        auto chapter = ChapterRepository(ws.db()).create({{}, QStringLiteral("Dearborn"), QStringLiteral("Dearborn"), QStringLiteral("MI"),
                                                          QStringLiteral("US")});
        REQUIRE(chapter.ok());
        Event e;
        e.title = QStringLiteral("Interfaith iftar");
        e.chapterId = chapter->id;
        e.startsAt = QDateTime(QDate(2027, 3, 20), QTime(19, 0));
        eventId = EventRepository(ws.db()).create(e)->id;
        amina = test::addConstituent(
            ws.db(), QStringLiteral("Amina"), QStringLiteral("Rahman"), QStringLiteral("MI"), 12);
        bilal = test::addConstituent(
            ws.db(), QStringLiteral("Bilal"), QStringLiteral("Haddad"), QStringLiteral("MI"), 12);
        ali = test::addConstituent(ws.db(), QStringLiteral("Ali"), QStringLiteral("Khan"), QStringLiteral("MI"), 12);
        REQUIRE(EventRepository(ws.db()).registerContacts(eventId, {amina, bilal}).ok());
    }

    int checkedIn()
    {
        int count = 0;
        for (const Attendance &a : EventRepository(ws.db()).attendance(eventId).value())
            count += a.checkedInAt ? 1 : 0;
        return count;
    }
};

void giveDetails(Database &db, const QString &contactId, const QString &email, const QString &phone)
{
    Contact c = ContactRepository(db).get(contactId).value();
    if (!email.isEmpty())
        c.emails = {{QStringLiteral("home"), email}};
    if (!phone.isEmpty())
        c.phones = {{QStringLiteral("mobile"), phone}};
    REQUIRE(ContactRepository(db).update(c).ok());
}

// Every piece of text a list shows or hands to a screen reader, isolates taken off.
QStringList shownText(QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row) {
        for (int role : {Qt::DisplayRole, Qt::ToolTipRole, Qt::StatusTipRole, Qt::WhatsThisRole, Qt::AccessibleTextRole,
                 Qt::AccessibleDescriptionRole})
            texts << bidi::clean(list->item(row)->data(role).toString());
    }
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(list)) {
        for (int i = 0; i < iface->childCount(); ++i) {
            if (QAccessibleInterface *child = iface->child(i))
                texts << bidi::clean(child->text(QAccessible::Name))
                      << bidi::clean(child->text(QAccessible::Description));
        }
    }
    texts.removeAll(QString());
    return texts;
}

// Restores the English, left-to-right interface however a test leaves.
struct Language
{
    explicit Language(const QString &language)
    {
        QApplication::setLayoutDirection(installTranslations(language).textDirection());
    }
    ~Language()
    {
        installTranslations(QStringLiteral("en"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

} // namespace

TEST_CASE("the door checks people in from the keyboard alone", "[ui][events][checkin]")
{
    Door door;
    CheckInWindow window(door.ws.db(), door.eventId);
    window.resize(1000, 700);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window)); // shortcuts and focus need the active window
    REQUIRE(window.isReady());
    auto *search = child<QLineEdit>(&window, QStringLiteral("checkInSearch"));
    auto *results = child<QListWidget>(&window, QStringLiteral("checkInResults"));
    auto *count = child<QLabel>(&window, QStringLiteral("checkInCount"));
    CHECK(count->text() == QStringLiteral("0 checked in"));
    CHECK(results->count() == 2); // nothing typed: who is expected

    QTest::keyClicks(search, QStringLiteral("bil"));
    REQUIRE(results->count() >= 1);
    CHECK(bidi::clean(results->item(0)->text()).startsWith(QStringLiteral("Bilal Haddad")));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(door.checkedIn() == 1); // saved the moment Enter was pressed
    CHECK(count->text() == QStringLiteral("1 checked in"));
    CHECK(search->text().isEmpty());
    CHECK(child<QLabel>(&window, QStringLiteral("checkInStatus"))->text().contains(QStringLiteral("Bilal Haddad")));

    // Down picks the second match without leaving the search field.
    QTest::keyClicks(search, QStringLiteral("a"));
    const int before = results->currentRow();
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(results->currentRow() == before + 1);
    CHECK(search->hasFocus());

    SECTION("Ctrl+Z takes back the last check-in")
    {
        search->clear();
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        CHECK(door.checkedIn() == 0);
        CHECK(count->text() == QStringLiteral("0 checked in"));
    }
    SECTION("a walk-in is offered the existing contact first, and added only when new")
    {
        search->clear();
        QTest::keyClicks(search, QStringLiteral("Ali Khan"));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto *given = child<QLineEdit>(&window, QStringLiteral("walkInGiven"));
        CHECK(given->text() == QStringLiteral("Ali"));
        CHECK(child<QLineEdit>(&window, QStringLiteral("walkInFamily"))->text() == QStringLiteral("Khan"));
        auto *matches = child<QListWidget>(&window, QStringLiteral("walkInMatches"));
        REQUIRE(matches->count() == 1);
        CHECK(matches->item(0)->text().contains(QStringLiteral("same name")));
        // Checking in the match makes no new contact.
        emit matches->itemActivated(matches->item(0));
        CHECK(door.checkedIn() == 2);

        // A real newcomer: typed, Ctrl+N, phone, Enter.
        QTest::keyClicks(search, QStringLiteral("Zainab Osman"));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto *phone = child<QLineEdit>(&window, QStringLiteral("walkInPhone"));
        QTest::keyClicks(phone, QStringLiteral("313 555 0142"));
        QTest::keyClick(phone, Qt::Key_Return);
        CHECK(door.checkedIn() == 3);
        CHECK(count->text() == QStringLiteral("3 checked in"));
        bool found = false;
        for (const Attendance &a : EventRepository(door.ws.db()).attendance(door.eventId).value())
            found = found
                || (a.name == QStringLiteral("Zainab Osman") && a.walkIn && a.phone == QStringLiteral("+13135550142"));
        CHECK(found);
        test::saveScreenshot(window, QStringLiteral("checkin.png"));
    }
    SECTION("an event with a capacity counts places taken")
    {
        Event e = EventRepository(door.ws.db()).get(door.eventId).value();
        e.capacity = 40;
        REQUIRE(EventRepository(door.ws.db()).update(e).ok());
        CheckInWindow limited(door.ws.db(), door.eventId);
        CHECK(child<QLabel>(&limited, QStringLiteral("checkInCount"))->text() == QStringLiteral("1 of 40 places taken"));
    }
}

TEST_CASE("the events page shows attendance and saves voter-registration records", "[ui][events]")
{
    Door door;
    EventsPage page(door.ws.db());
    page.resize(1100, 700);
    page.show();
    REQUIRE(page.currentEventId() == door.eventId);
    auto *registrations = child<QTableWidget>(&page, QStringLiteral("registrationTable"));
    CHECK(registrations->rowCount() == 2);

    CheckInWindow *window = page.openCheckIn();
    REQUIRE(window);
    auto *search = child<QLineEdit>(window, QStringLiteral("checkInSearch"));
    QTest::keyClicks(search, QStringLiteral("amina"));
    QTest::keyClick(search, Qt::Key_Return);
    window->close();
    QCoreApplication::processEvents();
    int checkedIn = 0;
    for (int row = 0; row < registrations->rowCount(); ++row)
        checkedIn += registrations->item(row, 4)->text().isEmpty() ? 0 : 1;
    CHECK(checkedIn == 1);

    // Voter registration: mark Bilal as needing a follow-up.
    auto *voters = child<QTableWidget>(&page, QStringLiteral("voterTable"));
    REQUIRE(voters->rowCount() == 2);
    int bilalRow = -1;
    for (int row = 0; row < voters->rowCount(); ++row) {
        if (voters->item(row, 0)->text() == bidi::isolate(QStringLiteral("Bilal Haddad"))) // in its own direction
            bilalRow = row;
    }
    REQUIRE(bilalRow >= 0);
    voters->item(bilalRow, 5)->setText(QStringLiteral("needs ID"));
    qobject_cast<QComboBox *>(voters->cellWidget(bilalRow, 2))->setCurrentIndex(3); // needs a follow-up
    auto open = VoterRecords(door.ws.db()).openFollowUps(door.eventId);
    REQUIRE(open->size() == 1);
    CHECK(open->first().notes == QStringLiteral("needs ID"));
    CHECK(
        child<QListWidget>(&page, QStringLiteral("voterFollowUps"))->item(0)->text().contains(QStringLiteral("Bilal")));

    // Details: an event without a title is refused, with the database unchanged.
    child<QLineEdit>(&page, QStringLiteral("eventTitleEdit"))->clear();
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->inherits("QMessageBox"))
                w->close();
        }
    });
    CHECK_FALSE(page.saveDetails());
    CHECK(EventRepository(door.ws.db()).get(door.eventId)->title == QStringLiteral("Interfaith iftar"));
    test::saveScreenshot(page, QStringLiteral("events.png"));
}

TEST_CASE("the door reads right to left in Arabic", "[ui][events][checkin]")
{
    const QLocale locale = installTranslations(QStringLiteral("ar"));
    QApplication::setLayoutDirection(locale.textDirection());
    {
        Door door;
        CheckInWindow window(door.ws.db(), door.eventId);
        window.resize(1000, 700);
        window.show();
        CHECK(window.layoutDirection() == Qt::RightToLeft);
        const QString count = child<QLabel>(&window, QStringLiteral("checkInCount"))->text();
        CHECK_FALSE(count.contains(QStringLiteral("checked in"))); // translated
        test::saveScreenshot(window, QStringLiteral("checkin-arabic.png"));
        PartnersPage partners(door.ws.db());
        partners.resize(1100, 700);
        partners.show();
        CHECK(partners.layoutDirection() == Qt::RightToLeft);
        test::saveScreenshot(partners, QStringLiteral("partners-arabic.png"));
    }
    installTranslations(QStringLiteral("en"));
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

TEST_CASE("the door shows no one's whole email or phone, and still finds people by them", "[ui][events][checkin]")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("ar"));
    Language interface(language);
    Door door;
    // Canaries: none of these may be on the screen the public can see.
    const QString aminaEmail = QStringLiteral("canary.amina.rahman@example.org");
    const QString fatimaEmail = QStringLiteral("canary.fatima@masjid-example.net");
    const QString aliEmail = QStringLiteral("canary.ali.khan@example.com");
    giveDetails(door.ws.db(), door.amina, aminaEmail, QStringLiteral("+1 313 555 0123"));
    giveDetails(door.ws.db(), door.bilal, {}, QStringLiteral("+1 313 555 0188"));
    const QString fatima = test::addConstituent(
        door.ws.db(), QStringLiteral("فاطمة"), QStringLiteral("الزهراء"), QStringLiteral("MI"), 12);
    giveDetails(door.ws.db(), fatima, fatimaEmail, {});
    REQUIRE(EventRepository(door.ws.db()).registerContacts(door.eventId, {fatima}).ok());
    giveDetails(door.ws.db(), door.ali, aliEmail, {}); // not registered: found through the index

    CheckInWindow window(door.ws.db(), door.eventId);
    window.resize(1000, 700);
    window.show();
    REQUIRE(window.isReady());
    auto *search = child<QLineEdit>(&window, QStringLiteral("checkInSearch"));
    auto *results = child<QListWidget>(&window, QStringLiteral("checkInResults"));

    auto revealsNothing = [&](QListWidget *list) {
        const QStringList texts = shownText(list);
        REQUIRE_FALSE(texts.isEmpty());
        for (const QString &text : texts) {
            INFO(text.toStdString());
            for (const QString &secret : {aminaEmail, fatimaEmail, aliEmail, QStringLiteral("canary"),
                     QStringLiteral("example"), QStringLiteral("313")})
                CHECK_FALSE(text.contains(secret, Qt::CaseInsensitive));
            CHECK(QString(text).remove(QRegularExpression(QStringLiteral("[^0-9]"))).size() <= 2);
        }
    };

    CHECK(results->count() == 3); // nothing typed: who is expected
    revealsNothing(results);
    test::saveScreenshot(window, QStringLiteral("checkin-masked-%1.png").arg(language));
    QTest::keyClicks(search, QStringLiteral("a"));
    REQUIRE(results->count() == 2); // Amina registered, then Ali from the whole workspace
    CHECK(results->item(1)->data(Qt::UserRole).toString() == door.ali);
    revealsNothing(results);
    CHECK(bidi::clean(results->item(0)->text()).contains(QStringLiteral("ca…@ex…org")));

    // The whole address typed at the desk still finds the person, and is not echoed back.
    for (const auto &[typed, contactId] : {std::pair {aminaEmail, door.amina}, std::pair {aliEmail, door.ali},
             std::pair {QStringLiteral("3135550188"), door.bilal}}) {
        INFO(typed.toStdString());
        search->clear();
        QTest::keyClicks(search, typed);
        REQUIRE(results->count() == 1);
        CHECK(results->item(0)->data(Qt::UserRole).toString() == contactId);
        revealsNothing(results);
    }

    // At the walk-in form the volunteer's own typing stays whole; the likely match does not.
    search->clear();
    window.startWalkIn();
    auto *email = child<QLineEdit>(&window, QStringLiteral("walkInEmail"));
    QTest::keyClicks(child<QLineEdit>(&window, QStringLiteral("walkInGiven")), QStringLiteral("A."));
    QTest::keyClicks(email, aminaEmail.toUpper());
    CHECK(email->text() == aminaEmail.toUpper());
    auto *matches = child<QListWidget>(&window, QStringLiteral("walkInMatches"));
    CHECK(QTest::qWaitFor([&] { return matches->count() > 0; }));
    REQUIRE(matches->count() == 1);
    CHECK(matches->item(0)->data(Qt::UserRole).toString() == door.amina);
    revealsNothing(matches);
    test::saveScreenshot(window, QStringLiteral("checkin-masked-walkin-%1.png").arg(language));
}
