#include "advocacy/daydashboard.h"
#include "advocacy/dayplanner.h"
#include "advocacy/dayrepository.h"
#include "advocacy/legislatorfile.h"
#include "advocacy/legislatorrepository.h"
#include "advocacy/meetingrepository.h"
#include "advocacy/outcomechart.h"
#include "advocacy/reportbackpanel.h"
#include "contacts/chapter.h"
#include "contacts/contactrepository.h"
#include "i18n/bidi.h"
#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/screenshot.h"
#include "support/tempworkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

const QByteArray kCongress = "bioguide_id,type,state,district,full_name,address\n"
                             "S1,sen,WA,,Ann Senator,511 Hart Senate Office Building Washington DC 20510\n"
                             "S2,sen,WA,,Bo Senator,479A Russell Senate Office Building Washington DC 20510\n"
                             "H1,rep,WA,1,Cy Rep,2107 Rayburn House Office Building Washington DC 20515\n";

// Two WA-1 constituents, WA's senators and their representative, and a day with two asks,
// scheduled: three meetings.
struct ScheduledDay
{
    test::TempWorkspace ws;
    AdvocacyDay day;

    ScheduledDay()
    {
        test::importLegislators(ws.db());
        const QStringList contactIds {
            test::addConstituent(ws.db(), QStringLiteral("Amina"), QStringLiteral("Rahman"), QStringLiteral("WA"), 1),
            test::addConstituent(ws.db(), QStringLiteral("Bilal"), QStringLiteral("Rahman"), QStringLiteral("WA"), 1)};
        day = test::createDay(ws.db(), QStringLiteral("Spring Advocacy Day"),
            {{QStringLiteral("H.R. 1234"), QStringLiteral("No Ban Act")},
                {QStringLiteral("S. 99"), QStringLiteral("Voting Rights")}});
        REQUIRE(DayRepository(ws.db()).addAttendees(day.id, contactIds, AttendeeRole::Constituent).ok());
        REQUIRE(DayPlanner(ws.db()).schedule(day.id).ok());
        REQUIRE(meetings().size() == 3);
    }

    QList<Meeting> meetings() { return MeetingRepository(ws.db()).meetings(day.id).value(); }
};

// Closes every message box the code under test opens (they block in exec()) and keeps their
// texts, so a test can say what the user was told.
class MessageBoxCatcher
{
public:
    MessageBoxCatcher()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible()) {
                    m_texts << box->text();
                    box->done(QMessageBox::Ok);
                }
            }
        });
        m_timer.start(10);
    }
    QStringList texts() const { return m_texts; }

private:
    QTimer m_timer;
    QStringList m_texts;
};

template <typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    REQUIRE(found);
    return found;
}

void selectData(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

int rowOf(QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && bidi::clean(table->item(row, column)->text()) == text)
            return row;
    }
    return -1;
}

bool sameColour(const QImage &image, QPoint at, const QColor &colour)
{
    const qreal ratio = image.devicePixelRatio();
    return image.pixelColor(QPoint(int(at.x() * ratio), int(at.y() * ratio))).rgb() == colour.rgb();
}

} // namespace

TEST_CASE("report-back lists the day's meetings and saves a report", "[ui][advocacy]")
{
    ScheduledDay scheduled;
    const QList<Meeting> meetings = scheduled.meetings();
    ReportBackPanel panel(scheduled.ws.db());
    QSignalSpy saved(&panel, &ReportBackPanel::reportSaved);
    panel.setDay(scheduled.day.id);

    auto *list = child<QListWidget>(&panel, QStringLiteral("reportMeetingList"));
    REQUIRE(list->count() == 3);
    QStringList listed;
    for (int row = 0; row < list->count(); ++row) {
        listed << list->item(row)->data(Qt::UserRole).toString();
        CHECK(bidi::clean(list->item(row)->text()).startsWith(formatMinutes(meetings.at(row).start) + QStringLiteral("  ")));
    }
    QStringList expected;
    for (const Meeting &m : meetings)
        expected << m.id;
    CHECK(listed == expected);
    bool namesSenator = false;
    for (int row = 0; row < list->count(); ++row)
        namesSenator = namesSenator || list->item(row)->text().contains(QStringLiteral("Sen. Ann Senator (WA)"));
    CHECK(namesSenator);
    CHECK_FALSE(child<QLabel>(&panel, QStringLiteral("reportEmptyLabel"))->isVisibleTo(&panel));

    const Ask noBan = scheduled.day.asks.at(0);
    const Ask voting = scheduled.day.asks.at(1);
    auto *save = child<QPushButton>(&panel, QStringLiteral("reportSaveButton"));
    auto *status = child<QComboBox>(&panel, QStringLiteral("reportStatusCombo"));
    auto *followUps = child<QTableWidget>(&panel, QStringLiteral("reportFollowUpTable"));
    auto *add = child<QPushButton>(&panel, QStringLiteral("reportAddFollowUpButton"));
    REQUIRE(panel.findChild<QComboBox *>(QStringLiteral("reportOutcome_") + voting.id));

    SECTION("a held meeting with an outcome and a follow-up is saved")
    {
        list->setCurrentRow(1);
        const QString id = meetings.at(1).id;
        REQUIRE(panel.currentMeetingId() == id);
        CHECK(list->currentItem()->text().endsWith(QStringLiteral("planned")));
        CHECK_FALSE(save->isEnabled()); // nothing to save yet

        selectData(status, int(Meeting::Status::Held));
        child<QLineEdit>(&panel, QStringLiteral("reportMetWithEdit"))->setText(QStringLiteral("  Jordan Lee  "));
        selectData(child<QComboBox>(&panel, QStringLiteral("reportMetRoleCombo")), int(Meeting::MetRole::Staffer));
        selectData(child<QComboBox>(&panel, QStringLiteral("reportOutcome_") + noBan.id), int(Outcome::Supportive));
        add->click();
        REQUIRE(followUps->rowCount() == 1);
        followUps->item(0, ReportBackPanel::DescriptionColumn)->setText(QStringLiteral("Send the one-pager"));
        followUps->item(0, ReportBackPanel::DueColumn)->setText(QStringLiteral("2027-03-11"));
        REQUIRE(save->isEnabled());
        save->click();

        CHECK(saved.count() == 1);
        auto stored = MeetingRepository(scheduled.ws.db()).get(id);
        REQUIRE(stored.ok());
        CHECK(stored->status == Meeting::Status::Held);
        CHECK(stored->metWith == QStringLiteral("Jordan Lee"));
        CHECK(stored->metRole == Meeting::MetRole::Staffer);
        CHECK(stored->outcomes == QMap<QString, Outcome> {{noBan.id, Outcome::Supportive}});
        REQUIRE(stored->followUps.size() == 1);
        CHECK(stored->followUps.first().description == QStringLiteral("Send the one-pager"));
        CHECK(stored->followUps.first().due == QDate(2027, 3, 11));
        CHECK_FALSE(stored->followUps.first().done);

        // Reloaded with the same meeting selected, now marked held, the follow-up carrying its id.
        CHECK(panel.currentMeetingId() == id);
        REQUIRE(list->currentItem());
        CHECK(list->currentItem()->data(Qt::UserRole).toString() == id);
        CHECK(list->currentItem()->text().endsWith(QStringLiteral("held")));
        CHECK_FALSE(panel.hasUnsavedChanges());
        CHECK_FALSE(save->isEnabled());
        REQUIRE(followUps->rowCount() == 1);
        const QString followUpId = followUps->item(0, ReportBackPanel::DoneColumn)->data(Qt::UserRole).toString();
        CHECK(followUpId == stored->followUps.first().id);

        // Saving again keeps the follow-up rather than replacing it.
        followUps->item(0, ReportBackPanel::DoneColumn)->setCheckState(Qt::Checked);
        save->click();
        auto again = MeetingRepository(scheduled.ws.db()).get(id);
        REQUIRE(again->followUps.size() == 1);
        CHECK(again->followUps.first().id == followUpId);
        CHECK(again->followUps.first().done);
        CHECK(saved.count() == 2);
    }

    SECTION("a due date that is not a date is refused, naming the row, and nothing is saved")
    {
        list->setCurrentRow(0);
        const QString id = meetings.at(0).id;
        selectData(status, int(Meeting::Status::Held));
        add->click();
        add->click();
        REQUIRE(followUps->rowCount() == 2);
        followUps->item(0, ReportBackPanel::DescriptionColumn)->setText(QStringLiteral("Thank-you note"));
        followUps->item(1, ReportBackPanel::DescriptionColumn)->setText(QStringLiteral("Send data"));
        followUps->item(1, ReportBackPanel::DueColumn)->setText(QStringLiteral("next Tuesday"));
        CHECK_FALSE(followUps->item(1, ReportBackPanel::DueColumn)->toolTip().isEmpty());

        MessageBoxCatcher catcher;
        save->click();
        REQUIRE(catcher.texts().size() == 1);
        CHECK(catcher.texts().first().contains(QStringLiteral("row 2")));
        CHECK(catcher.texts().first().contains(QStringLiteral("next Tuesday")));
        CHECK(saved.count() == 0);
        auto stored = MeetingRepository(scheduled.ws.db()).get(id);
        REQUIRE(stored.ok());
        CHECK(stored->status == Meeting::Status::Planned);
        CHECK(stored->followUps.isEmpty());
        // The edits are still there to be corrected.
        CHECK(panel.hasUnsavedChanges());
        CHECK(followUps->currentRow() == 1);

        followUps->item(1, ReportBackPanel::DueColumn)->setText(QStringLiteral("2027-03-09"));
        save->click();
        CHECK(catcher.texts().size() == 1);
        CHECK(saved.count() == 1);
        CHECK(MeetingRepository(scheduled.ws.db()).get(id)->followUps.size() == 2);
    }

    SECTION("revert puts back the report as saved")
    {
        list->setCurrentRow(2);
        selectData(status, int(Meeting::Status::Cancelled));
        CHECK(panel.hasUnsavedChanges());
        child<QPushButton>(&panel, QStringLiteral("reportRevertButton"))->click();
        CHECK(status->currentData().toInt() == int(Meeting::Status::Planned));
        CHECK_FALSE(panel.hasUnsavedChanges());
    }
}

TEST_CASE("report-back explains an unscheduled day instead of showing an empty list", "[ui][advocacy]")
{
    test::TempWorkspace ws;
    AdvocacyDay day;
    day.title = QStringLiteral("Autumn Day");
    day.date = QDate(2027, 10, 6);
    auto created = DayRepository(ws.db()).create(day);
    REQUIRE(created.ok());

    ReportBackPanel panel(ws.db());
    panel.setDay(created->id);
    auto *empty = child<QLabel>(&panel, QStringLiteral("reportEmptyLabel"));
    CHECK(empty->isVisibleTo(&panel));
    CHECK(empty->text().contains(QStringLiteral("Schedule tab")));
    CHECK(child<QListWidget>(&panel, QStringLiteral("reportMeetingList"))->count() == 0);
    CHECK(panel.currentMeetingId().isEmpty());
}

TEST_CASE("the dashboard adds up reports and ticks follow-ups off", "[ui][advocacy]")
{
    ScheduledDay scheduled;
    QList<Meeting> meetings = scheduled.meetings();
    DayDashboard dashboard(scheduled.ws.db());
    dashboard.setDay(scheduled.day.id);
    CHECK(dashboard.headline() == QStringLiteral("Meetings held: 0 of 3 scheduled"));
    CHECK_FALSE(dashboard.chart()->hasData());
    CHECK(dashboard.followUpTable()->rowCount() == 0);

    const QDate today = QDate::currentDate();
    Meeting held = meetings.at(0);
    held.status = Meeting::Status::Held;
    held.outcomes
        = {{scheduled.day.asks.at(0).id, Outcome::Supportive}, {scheduled.day.asks.at(1).id, Outcome::Opposed}};
    held.followUps = {{{}, QStringLiteral("Send the one-pager"), today.addDays(-3), false},
        {{}, QStringLiteral("Thank-you note"), today.addDays(30), false}};
    REQUIRE(MeetingRepository(scheduled.ws.db()).saveReport(held).ok());
    Meeting cancelled = meetings.at(1);
    cancelled.status = Meeting::Status::Cancelled;
    REQUIRE(MeetingRepository(scheduled.ws.db()).saveReport(cancelled).ok());

    dashboard.refresh();
    dashboard.resize(1000, 700);
    dashboard.show();
    test::saveScreenshot(dashboard, QStringLiteral("advocacy-dashboard.png"));
    CHECK(dashboard.headline() == QStringLiteral("Meetings held: 1 of 2 scheduled"));
    REQUIRE(dashboard.chart()->tallies().size() == 2);
    CHECK(dashboard.chart()->tallies().at(0).outcomes[size_t(Outcome::Supportive)] == 1);
    CHECK(dashboard.chart()->tallies().at(1).outcomes[size_t(Outcome::Opposed)] == 1);
    auto *outcomes = child<QTableWidget>(&dashboard, QStringLiteral("outcomeTable"));
    REQUIRE(outcomes->rowCount() == 2);
    CHECK(outcomes->item(0, int(Outcome::Supportive))->text() == QStringLiteral("1"));
    CHECK(outcomes->item(1, int(Outcome::Opposed))->text() == QStringLiteral("1"));
    CHECK(outcomes->item(0, int(Outcome::Opposed))->text() == QStringLiteral("0"));

    QTableWidget *table = dashboard.followUpTable();
    REQUIRE(table->rowCount() == 2);
    const int overdue = rowOf(table, DayDashboard::DescriptionColumn, QStringLiteral("Send the one-pager"));
    const int later = rowOf(table, DayDashboard::DescriptionColumn, QStringLiteral("Thank-you note"));
    REQUIRE(overdue >= 0);
    REQUIRE(later >= 0);
    CHECK(table->item(overdue, DayDashboard::DueColumn)->toolTip() == QStringLiteral("Overdue"));
    CHECK(table->item(later, DayDashboard::DueColumn)->toolTip().isEmpty());
    CHECK_FALSE(table->item(overdue, DayDashboard::OfficeColumn)->text().isEmpty());

    const QString laterId = table->item(later, DayDashboard::DoneColumn)->data(Qt::UserRole).toString();
    QSignalSpy changed(&dashboard, &DayDashboard::followUpChanged);
    table->item(later, DayDashboard::DoneColumn)->setCheckState(Qt::Checked);
    auto stored = MeetingRepository(scheduled.ws.db()).get(held.id);
    REQUIRE(stored.ok());
    bool doneInDatabase = false;
    for (const FollowUp &f : stored->followUps)
        doneInDatabase = doneInDatabase || (f.id == laterId && f.done);
    CHECK(doneInDatabase);
    CHECK(changed.count() == 1);

    QCoreApplication::processEvents(); // the table refreshes once the tick's signal has returned
    REQUIRE(table->rowCount() == 1);
    CHECK(bidi::clean(table->item(0, DayDashboard::DescriptionColumn)->text()) == QStringLiteral("Send the one-pager"));
}

TEST_CASE("the outcome chart mirrors itself right to left and says its numbers", "[ui][advocacy]")
{
    Ask noBan {QStringLiteral("a1"), QStringLiteral("H.R. 1234"), QStringLiteral("No Ban Act"), {}};
    Ask voting {QStringLiteral("a2"), QStringLiteral("S. 99"), QStringLiteral("Voting Rights"), {}};
    const QList<DaySummary::AskTally> tallies {{noBan, {3, 1, 1, 0}, 0}, {voting, {0, 2, 0, 1}, 1}};

    OutcomeChart chart;
    const int emptyHeight = chart.sizeHint().height();
    CHECK(chart.accessibleDescription() == QStringLiteral("No outcomes reported yet."));
    chart.setTallies(tallies);
    CHECK(chart.hasData());
    CHECK(chart.sizeHint().height() > emptyHeight);
    chart.setTallies(tallies + QList<DaySummary::AskTally> {{noBan, {1, 0, 0, 0}, 0}});
    const int threeAsks = chart.sizeHint().height();
    chart.setTallies(tallies);
    CHECK(threeAsks > chart.sizeHint().height());
    CHECK(bidi::clean(chart.accessibleDescription()).contains(QStringLiteral("H.R. 1234 No Ban Act")));
    CHECK(chart.accessibleDescription().contains(QStringLiteral("Supportive: 3")));

    chart.resize(420, chart.sizeHint().height());
    chart.setLayoutDirection(Qt::LeftToRight);
    const QImage ltr = chart.grab().toImage();
    const QRect ltrBar = chart.barRect(0);
    REQUIRE_FALSE(ltrBar.isEmpty());
    CHECK(chart.toolTipAt(ltrBar.center()).contains(QStringLiteral("Supportive: 3")));
    CHECK(chart.toolTipAt(chart.barRect(1).center()).contains(QStringLiteral("Undecided: 2")));

    chart.setLayoutDirection(Qt::RightToLeft);
    const QImage rtl = chart.grab().toImage();
    const QRect rtlBar = chart.barRect(0);

    CHECK(ltr != rtl);
    CHECK(rtlBar == QStyle::visualRect(Qt::RightToLeft, chart.rect(), ltrBar));
    CHECK(ltrBar.center().x() > chart.width() / 2); // the label takes the left
    CHECK(rtlBar.center().x() < chart.width() / 2); // and here the right
    // Supportive starts at the leading end of the bar, whichever side that is.
    const QColor supportive = OutcomeChart::outcomeColor(Outcome::Supportive);
    const int middle = ltrBar.center().y();
    CHECK(sameColour(ltr, QPoint(ltrBar.left() + 2, middle), supportive));
    CHECK_FALSE(sameColour(ltr, QPoint(ltrBar.right() - 2, middle), supportive));
    CHECK(sameColour(rtl, QPoint(rtlBar.right() - 2, middle), supportive));
    CHECK_FALSE(sameColour(rtl, QPoint(rtlBar.left() + 2, middle), supportive));

    chart.setTallies({});
    CHECK_FALSE(chart.hasData());
    CHECK(chart.barRect(0).isNull());
    CHECK(chart.grab().toImage() != rtl);
}
