#include "contacts/chapter.h"
#include "events/eventrepository.h"
#include "events/eventspage.h"
#include "shell/preferencesdialog.h"
#include "support/tempworkspace.h"

#include <QApplication>
#include <QCalendar>
#include <QComboBox>
#include <QListWidget>
#include <QTimeZone>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

// Restores the preference however the test ends, so no other test sees it on.
struct HijriPreference
{
    const bool before = PreferencesDialog::dateDisplay().hijri;
    ~HijriPreference() { PreferencesDialog::setHijriDates(before); }
};

// A zone whose clock differs from this computer's on 13 March 2026, whichever that is.
QString foreignZone()
{
    const QDateTime when(QDate(2026, 3, 13), QTime(12, 0), QTimeZone::utc());
    const int system = QTimeZone::systemTimeZone().offsetFromUtc(when);
    return QTimeZone("Asia/Tokyo").offsetFromUtc(when) != system ? QStringLiteral("Asia/Tokyo")
                                                                 : QStringLiteral("America/New_York");
}

} // namespace

TEST_CASE("the events list shows each event in its zone, and the Hijri date when the preference is on", "[ui][events][timezone][hijri]")
{
    HijriPreference restore;
    test::TempWorkspace ws;
    const QString zone = foreignZone();
    Event e;
    e.title = QStringLiteral("Iftar");
    e.startsAt = QDateTime(QDate(2026, 3, 13), QTime(18, 30));
    e.timeZone = zone;
    REQUIRE(EventRepository(ws.db()).create(e).ok());

    PreferencesDialog::setHijriDates(false);
    EventsPage page(ws.db());
    auto *list = page.findChild<QListWidget *>(QStringLiteral("eventList"));
    auto *zoneCombo = page.findChild<QComboBox *>(QStringLiteral("eventTimeZoneCombo"));
    REQUIRE((list && zoneCombo));
    REQUIRE(list->count() == 1);
    const QString abbreviation = QTimeZone(zone.toUtf8()).abbreviation(QDateTime(e.startsAt.date(), e.startsAt.time(), QTimeZone(zone.toUtf8())));
    CHECK(list->item(0)->text().contains(abbreviation));
    CHECK_FALSE(list->item(0)->text().contains(QStringLiteral("1447")));
    CHECK(zoneCombo->currentText() == zone);

    PreferencesDialog::setHijriDates(true);
    page.refresh();
    CHECK(list->item(0)->text().contains(QLocale().toString(QDate(2026, 3, 13), u"d MMMM yyyy", QCalendar(QCalendar::System::IslamicCivil))));
    CHECK(list->item(0)->text().contains(QStringLiteral("1447")));
}

TEST_CASE("the event editor's zone follows the chapter until the user picks one, and saves what is picked", "[ui][events][timezone]")
{
    test::TempWorkspace ws;
    auto paris = ChapterRepository(ws.db()).create({{}, QStringLiteral("Paris"), {}, {}, QStringLiteral("FR"), QStringLiteral("Europe/Paris")});
    REQUIRE(paris.ok());
    Event e;
    e.title = QStringLiteral("Town hall");
    e.startsAt = QDateTime(QDate(2026, 3, 13), QTime(18, 30));
    const QString id = EventRepository(ws.db()).create(e)->id;

    EventsPage page(ws.db());
    page.selectEvent(id);
    auto *zone = page.findChild<QComboBox *>(QStringLiteral("eventTimeZoneCombo"));
    REQUIRE(zone);
    CHECK(zone->currentText() == QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    QComboBox *chapter = nullptr;
    for (QComboBox *combo : page.findChildren<QComboBox *>())
        if (combo->findData(paris->id) >= 0)
            chapter = combo;
    REQUIRE(chapter);
    chapter->setCurrentIndex(chapter->findData(paris->id));
    CHECK(zone->currentText() == QStringLiteral("Europe/Paris"));
    REQUIRE(page.saveDetails());
    // It inherits the chapter's zone rather than copying it.
    CHECK(EventRepository(ws.db()).get(id)->timeZone.isEmpty());

    zone->setCurrentText(QStringLiteral("Europe/London"));
    REQUIRE(page.saveDetails());
    CHECK(EventRepository(ws.db()).get(id)->timeZone == QStringLiteral("Europe/London"));
    zone->setCurrentText(QStringLiteral("Europe/Londres"));
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->inherits("QMessageBox"))
                w->close();
        }
    });
    CHECK_FALSE(page.saveDetails()); // refused, with a message
    CHECK(EventRepository(ws.db()).get(id)->timeZone == QStringLiteral("Europe/London"));
}
