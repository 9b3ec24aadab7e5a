#include "advocacy/advocacypage.h"
#include "advocacy/attendeespanel.h"
#include "advocacy/daydetailspanel.h"
#include "advocacy/dayrepository.h"
#include "advocacy/itinerarypanel.h"
#include "advocacy/legislatorfile.h"
#include "advocacy/legislatorrepository.h"
#include "advocacy/legislatorsdialog.h"
#include "advocacy/legislatortablemodel.h"
#include "advocacy/meetingrepository.h"
#include "advocacy/officetimespanel.h"
#include "advocacy/schedulegridmodel.h"
#include "advocacy/schedulepanel.h"
#include "contacts/chapter.h"
#include "partners/organizationrepository.h"
#include "contacts/contactrepository.h"
#include "i18n/translations.h"
#include "shell/preferencesdialog.h"
#include "i18n/bidi.h"
#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/screenshot.h"
#include "support/tempworkspace.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

// A workspace with WA's members of Congress, a day and three constituents from WA-1.
struct AdvocacyWorkspace
{
    test::TempWorkspace ws;
    QString dayId;
    QStringList contactIds;

    AdvocacyWorkspace()
    {
        test::importLegislators(ws.db());
        for (const QString &name : {QStringLiteral("Amina"), QStringLiteral("Bilal"), QStringLiteral("Chen")})
            contactIds << test::addConstituent(ws.db(), name, QStringLiteral("Testperson"), QStringLiteral("WA"), 1);
        dayId = test::createDay(
            ws.db(), QStringLiteral("Spring Day"), {{QStringLiteral("H.R. 1234"), QStringLiteral("No Ban Act")}})
                    .id;
    }
};

} // namespace

TEST_CASE("the advocacy page plans a day from registration to itineraries", "[ui][advocacy]")
{
    AdvocacyWorkspace a;
    QUndoStack undo;
    AdvocacyPage page(a.ws.db(), &undo);
    page.resize(1200, 760);
    page.show();
    REQUIRE(page.currentDayId() == a.dayId);

    // Details: change the window and the title, save.
    auto *title = page.details()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    REQUIRE(title);
    title->setText(QStringLiteral("Spring Advocacy Day"));
    REQUIRE(page.details()->save());
    CHECK(DayRepository(a.ws.db()).get(a.dayId)->title == QStringLiteral("Spring Advocacy Day"));
    CHECK(page.findChild<QListWidget *>(QStringLiteral("dayList"))
              ->currentItem()
              ->text()
              .startsWith(QStringLiteral("Spring Advocacy Day")));

    // Attendees.
    page.tabs()->setCurrentIndex(AdvocacyPage::AttendeesTab);
    REQUIRE(page.attendees()->registerContacts(a.contactIds, 1 /* team lead */));
    auto *attendees = page.attendees()->findChild<QTableWidget *>(QStringLiteral("attendeeTable"));
    CHECK(attendees->rowCount() == 3);
    CHECK(attendees->item(0, 1)->text() == bidi::isolateLtr(QStringLiteral("WA-1"))); // reads WA-1 in Arabic too

    // Schedule: three offices, one team each.
    page.tabs()->setCurrentIndex(AdvocacyPage::ScheduleTab);
    page.schedule()->buildSchedule();
    ScheduleGridModel *grid = page.schedule()->model();
    CHECK(grid->columnCount() == 3);
    CHECK(grid->rowCount() == 16);
    QList<Meeting> meetings = MeetingRepository(a.ws.db()).meetings(a.dayId).value();
    REQUIRE(meetings.size() == 3);
    auto *conflicts = page.schedule()->findChild<QListWidget *>(QStringLiteral("conflictList"));
    CHECK(conflicts->item(0)->text() == QStringLiteral("No conflicts."));

    SECTION("dragging a meeting onto another's time shows the conflict at once, and undo moves it back")
    {
        const Meeting moved = meetings.at(1);
        const Meeting other = meetings.at(0);
        const QModelIndex source = grid->index(grid->rowOf(moved.start), grid->columnOf(moved.legislatorId));
        std::unique_ptr<QMimeData> dragged(grid->mimeData({source}));
        REQUIRE(dragged);
        const QModelIndex target = grid->index(grid->rowOf(other.start), grid->columnOf(moved.legislatorId));
        CHECK(grid->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, target));
        // While the drag is on, the grid already knows what the drop would break.
        CHECK_FALSE(grid->conflictsIfDropped(dragged.get(), target.row()).isEmpty());
        CHECK(grid->conflictsIfDropped(dragged.get(), grid->rowCount() - 1).isEmpty());
        grid->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, target);

        const Meeting after = MeetingRepository(a.ws.db()).get(moved.id).value();
        CHECK(after.start == other.start);
        CHECK(after.pinned);
        CHECK(conflicts->count() >= 3); // each of the three is double-booked, on both meetings
        CHECK(conflicts->item(0)->text().contains(QStringLiteral("also meeting")));
        CHECK(grid->data(target, ScheduleGridModel::ConflictRole).toStringList().size() >= 1);
        CHECK(grid->data(target, Qt::DisplayRole).toString().endsWith(QStringLiteral("\nConflict"))); // said in words, not only red

        undo.undo();
        const Meeting back = MeetingRepository(a.ws.db()).get(moved.id).value();
        CHECK(back.start == moved.start);
        CHECK(back.pinned == moved.pinned);
        CHECK(conflicts->item(0)->text() == QStringLiteral("No conflicts."));
    }
    SECTION("a blackout over a meeting shows as a conflict until the schedule is built again")
    {
        const Meeting first = meetings.at(0);
        auto *times = page.schedule()->findChild<OfficeTimesPanel *>();
        REQUIRE(times);
        REQUIRE(times->add({{}, first.legislatorId, OfficeTime::Kind::Blackout, first.start, first.end}));
        CHECK(conflicts->item(0)->text().contains(QStringLiteral("cannot meet")));
        auto *timeList = page.schedule()->findChild<QListWidget *>(QStringLiteral("officeTimeList"));
        CHECK(timeList->item(0)->text().contains(QStringLiteral("cannot meet")));

        page.schedule()->buildSchedule();
        CHECK(conflicts->item(0)->text() == QStringLiteral("No conflicts."));
        for (const Meeting &m : MeetingRepository(a.ws.db()).meetings(a.dayId).value()) {
            if (m.legislatorId == first.legislatorId)
                CHECK(m.start != first.start);
        }
    }
    SECTION("the itineraries tab previews each attendee's day")
    {
        page.tabs()->setCurrentIndex(AdvocacyPage::ItinerariesTab);
        const QString text = page.itineraries()->previewText();
        CHECK(text.contains(QStringLiteral("Amina Testperson")));
        CHECK(text.contains(QStringLiteral("Rayburn")));
        CHECK(text.contains(QStringLiteral("No Ban Act")));
        test::saveScreenshot(page, QStringLiteral("advocacy-itineraries.png"));
    }
    page.tabs()->setCurrentIndex(AdvocacyPage::ScheduleTab);
    test::saveScreenshot(page, QStringLiteral("advocacy-schedule.png"));
}

TEST_CASE("a workspace without days explains how to start, and New Day makes one", "[ui][advocacy]")
{
    test::TempWorkspace ws;
    AdvocacyPage page(ws.db(), nullptr);
    page.show();
    CHECK(page.currentDayId().isEmpty());
    CHECK_FALSE(page.tabs()->isVisible());
    page.newDay();
    CHECK_FALSE(page.currentDayId().isEmpty());
    CHECK(page.tabs()->isVisible());
    CHECK(DayRepository(ws.db()).list()->size() == 1);
}

TEST_CASE("the legislators dialog imports the real file and lists every member", "[ui][advocacy][shared]")
{
    const QString file = QStringLiteral(MAJLIS_SHARED_DATA "/congress/legislators-current.csv");
    if (!QFile::exists(file))
        return;
    test::TempWorkspace ws;
    LegislatorsDialog dialog(ws.db());
    REQUIRE(dialog.importFile(file, true));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("legislatorTable"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() == LegislatorRepository(ws.db()).list()->size());
    CHECK(table->model()->rowCount() > 500);
    dialog.findChild<QLineEdit *>(QStringLiteral("legislatorFilter"))->setText(QStringLiteral("Cantwell"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, LegislatorTableModel::NameColumn).data(Qt::EditRole).toString().contains(
        QStringLiteral("Cantwell")));
    CHECK_FALSE(dialog.importFile(QStringLiteral("/no/such/file.csv"), true));
}

TEST_CASE("the advocacy page reads right to left in Arabic", "[ui][advocacy]")
{
    const QLocale locale = installTranslations(QStringLiteral("ar"));
    QApplication::setLayoutDirection(locale.textDirection());
    {
        AdvocacyWorkspace a;
        REQUIRE(DayRepository(a.ws.db()).addAttendees(a.dayId, a.contactIds, AttendeeRole::Constituent).ok());
        AdvocacyPage page(a.ws.db(), nullptr);
        page.resize(1200, 760);
        page.show();
        page.tabs()->setCurrentIndex(AdvocacyPage::ScheduleTab);
        page.schedule()->buildSchedule();
        CHECK(page.layoutDirection() == Qt::RightToLeft);
        CHECK(page.tabs()->tabText(AdvocacyPage::ScheduleTab) != QStringLiteral("&Schedule"));
        test::saveScreenshot(page, QStringLiteral("advocacy-arabic.png"));
    }
    installTranslations(QStringLiteral("en"));
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

TEST_CASE("Preferences keep an https address for downloading legislators, and refuse plain http", "[ui][advocacy]")
{
    PreferencesDialog dialog;
    auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("legislatorsAddressEdit"));
    REQUIRE(address);
    CHECK(address->text() == PreferencesDialog::legislatorsAddress().toString());

    address->setText(QStringLiteral("http://mirror.example.org/legislators-current.csv"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(PreferencesDialog::legislatorsAddress().scheme() == QStringLiteral("https"));

    address->setText(QStringLiteral("https://mirror.example.org/legislators-current.csv"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(PreferencesDialog::legislatorsAddress()
        == QUrl(QStringLiteral("https://mirror.example.org/legislators-current.csv")));
}
