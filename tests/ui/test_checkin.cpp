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

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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
        test::addConstituent(ws.db(), QStringLiteral("Ali"), QStringLiteral("Khan"), QStringLiteral("MI"), 12);
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
