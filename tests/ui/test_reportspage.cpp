#include "contacts/chapter.h"
#include "events/checkindesk.h"
#include "events/eventrepository.h"
#include "events/voterrecords.h"
#include "i18n/bidi.h"
#include "i18n/translations.h"
#include "partners/organizationrepository.h"
#include "partners/signonletters.h"
#include "campaigns/calllist.h"
#include "campaigns/campaigndaychart.h"
#include "campaigns/campaignfixture.h"
#include "campaigns/campaignprogress.h"
#include "campaigns/campaignrepository.h"
#include "reports/reportspage.h"
#include "support/campaignresults.h"
#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/screenshot.h"
#include "support/tempworkspace.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QApplication>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

QString createEvent(Database &db, const QString &title, const QDate &date, EventKind kind = EventKind::Community,
    const QString &chapterId = {})
{
    Event e;
    e.title = title;
    e.kind = kind;
    e.chapterId = chapterId;
    e.startsAt = QDateTime(date, QTime(18, 30));
    e.endsAt = QDateTime(date, QTime(21, 0));
    auto created = EventRepository(db).create(e);
    REQUIRE(created.ok());
    return created->id;
}

QStringList people(Database &db, const QStringList &givenNames)
{
    QStringList ids;
    for (const QString &given : givenNames)
        ids << test::addConstituent(db, given, QStringLiteral("Testperson"), QStringLiteral("WA"), 1);
    return ids;
}

// Registers `registered`, checks in the first `checkedIn` of them and adds `walkIns` new people.
void attend(Database &db, const QString &eventId, const QStringList &registered, int checkedIn, int walkIns = 0)
{
    if (!registered.isEmpty())
        REQUIRE(EventRepository(db).registerContacts(eventId, registered).ok());
    CheckInDesk desk(db, eventId);
    REQUIRE(desk.load().ok());
    for (int i = 0; i < checkedIn; ++i)
        REQUIRE(desk.checkIn(registered.at(i)).ok());
    for (int i = 0; i < walkIns; ++i) {
        Contact walkIn;
        walkIn.givenName = QStringLiteral("Walk");
        walkIn.familyName = QStringLiteral("In %1 %2").arg(eventId.left(6)).arg(i);
        REQUIRE(desk.walkIn(walkIn).ok());
    }
}

QString organization(Database &db, const QString &name, const QStringList &areas)
{
    Organization o;
    o.name = name;
    o.kind = OrganizationKind::CivilRights;
    o.issueAreas = areas;
    o.status = PartnerStatus::Active;
    auto created = OrganizationRepository(db).create(o);
    REQUIRE(created.ok());
    return created->id;
}

QChart *chartOf(const ReportsPage &page, const char *name)
{
    auto *view = page.findChild<QChartView *>(QString::fromLatin1(name));
    REQUIRE(view);
    return view->chart();
}

template <typename Series> Series *onlySeries(QChart *chart)
{
    REQUIRE(chart->series().size() == 1);
    auto *series = qobject_cast<Series *>(chart->series().first());
    REQUIRE(series);
    return series;
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> result;
    for (int i = 0; i < set->count(); ++i)
        result << set->at(i);
    return result;
}

QStringList labels(const QAbstractBarSeries *series)
{
    QStringList result;
    const QList<QBarSet *> sets = series->barSets();
    for (const QBarSet *set : sets)
        result << bidi::clean(set->label());
    return result;
}

QBarCategoryAxis *categoryAxis(QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories;
    }
    FAIL("no category axis");
    return nullptr;
}

// The categories as a reader sees them, without the isolates around each name.
QStringList shownCategories(QChart *chart)
{
    QStringList result;
    const QStringList categories = categoryAxis(chart)->categories();
    for (const QString &category : categories)
        result << bidi::clean(category);
    return result;
}

QValueAxis *valueAxis(QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *counts = qobject_cast<QValueAxis *>(axis))
            return counts;
    }
    FAIL("no value axis");
    return nullptr;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    REQUIRE(item);
    return bidi::clean(item->text());
}

QStringList row(const QTableWidget *table, int r)
{
    QStringList cells;
    for (int column = 0; column < table->columnCount(); ++column)
        cells << cell(table, r, column);
    return cells;
}

QStringList headers(const QTableWidget *table)
{
    QStringList result;
    for (int column = 0; column < table->columnCount(); ++column)
        result << bidi::clean(table->horizontalHeaderItem(column)->text());
    return result;
}

QString shortDate(int y, int m, int d)
{
    return QLocale().toString(QDate(y, m, d), QLocale::ShortFormat);
}

} // namespace

TEST_CASE("the reports page says what fills each report on an empty workspace", "[ui][reports]")
{
    test::TempWorkspace ws;
    ReportsPage page(ws.db());
    page.resize(1000, 700);
    page.show();

    for (const char *name : {"attendanceChart", "chapterChart", "voterChart", "areaChart", "letterChart", "campaignChart"})
        CHECK(page.findChild<QChartView *>(QString::fromLatin1(name)));
    for (const char *name :
        {"attendanceTable", "chapterTable", "voterTable", "areaTable", "letterTable", "campaignTable"}) {
        auto *table = page.findChild<QTableWidget *>(QString::fromLatin1(name));
        REQUIRE(table);
        CHECK(page.table(QString::fromLatin1(name)) == table);
        CHECK(table->rowCount() == 0);
        CHECK(table->isHidden());
    }
    CHECK(page.table(QStringLiteral("noSuchTable")) == nullptr);

    const QList<std::pair<ReportsPage::Report, QString>> sentences {
        {ReportsPage::AttendanceReport, QStringLiteral("Check people in at events to see attendance here.")},
        {ReportsPage::ChapterReport,
            QStringLiteral("Check people in at events to see each chapter's attendance by month here.")},
        {ReportsPage::VoterReport,
            QStringLiteral("Record who registered at voter-registration drives to see the results here.")},
        {ReportsPage::AreaReport, QStringLiteral("Add issue areas to partners to see the coalition by issue here.")},
        {ReportsPage::LetterReport,
            QStringLiteral("Create a sign-on letter and ask partners to sign it to see who signed here.")},
        {ReportsPage::CampaignReport,
            QStringLiteral("Start a phone bank, door-knocking effort or get-out-the-vote drive to see its progress "
                           "here.")},
    };
    for (const auto &[report, sentence] : sentences) {
        CAPTURE(int(report));
        CHECK_FALSE(page.showsChart(report));
        CHECK(page.chartView(report)->isHidden());
        CHECK(page.chartView(report)->chart()->series().isEmpty());
        CHECK_FALSE(page.emptyLabel(report)->isHidden());
        CHECK(page.emptyLabel(report)->text() == sentence);
        CHECK(page.noteLabel(report)->isHidden());
    }
    CHECK(page.tabs()->count() == ReportsPage::ReportCount);
    // The empty sentence of the tab on screen is really shown.
    CHECK(page.emptyLabel(ReportsPage::AttendanceReport)->isVisible());
}

TEST_CASE("attendance per event is charted in date order and tabled with the exact numbers", "[ui][reports]")
{
    test::TempWorkspace ws;
    const QStringList ids = people(ws.db(), {QStringLiteral("Amina"), QStringLiteral("Bilal"), QStringLiteral("Chen")});
    // Created out of date order: the page must sort by date, not by creation.
    const QString later = createEvent(ws.db(), QStringLiteral("Iftar"), QDate(2027, 6, 10));
    const QString earlier = createEvent(ws.db(), QStringLiteral("Iftar"), QDate(2027, 5, 2));
    const QString longOne = createEvent(
        ws.db(), QStringLiteral("Know Your Rights Training for Mosque Volunteers and Youth"), QDate(2027, 7, 1));
    createEvent(ws.db(), QStringLiteral("Future gathering"), QDate(2027, 9, 1));
    attend(ws.db(), earlier, ids, 2, 1); // 3 registered, 2 + 1 walk-in checked in
    attend(ws.db(), later, ids.mid(0, 1), 1);
    attend(ws.db(), longOne, {}, 0, 2); // only walk-ins

    ReportsPage page(ws.db());
    page.show();

    QTableWidget *table = page.table(ReportsPage::AttendanceReport);
    REQUIRE(table->objectName() == QStringLiteral("attendanceTable"));
    CHECK_FALSE(table->isHidden());
    CHECK(headers(table)
        == QStringList {QStringLiteral("Event"), QStringLiteral("Date"), QStringLiteral("Registered"),
            QStringLiteral("Checked in"), QStringLiteral("New contacts")});
    REQUIRE(table->rowCount() == 4);
    CHECK(row(table, 0)
        == QStringList {QStringLiteral("Iftar"), shortDate(2027, 5, 2), QStringLiteral("3"), QStringLiteral("3"),
            QStringLiteral("1")});
    CHECK(row(table, 1)
        == QStringList {QStringLiteral("Iftar"), shortDate(2027, 6, 10), QStringLiteral("1"), QStringLiteral("1"),
            QStringLiteral("0")});
    CHECK(row(table, 2).mid(2) == QStringList {QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("2")});
    CHECK(cell(table, 3, 0) == QStringLiteral("Future gathering"));
    CHECK(table->item(0, 2)->data(Qt::UserRole).toInt() == 3);

    REQUIRE(page.showsChart(ReportsPage::AttendanceReport));
    CHECK(page.emptyLabel(ReportsPage::AttendanceReport)->isHidden());
    QChart *chart = chartOf(page, "attendanceChart");
    auto *series = onlySeries<QBarSeries>(chart);
    REQUIRE(series->count() == 3);
    CHECK(labels(series)
        == QStringList {QStringLiteral("Registered"), QStringLiteral("Checked in"), QStringLiteral("New contacts")});
    // The event nobody has signed up for is left off the chart; the table still has it.
    CHECK(values(series->barSets().at(0)) == QList<qreal> {3, 1, 0});
    CHECK(values(series->barSets().at(1)) == QList<qreal> {3, 1, 2});
    CHECK(values(series->barSets().at(2)) == QList<qreal> {1, 0, 2});

    const QStringList categories = shownCategories(chart);
    REQUIRE(categories.size() == 3);
    CHECK(categories.at(0) == QStringLiteral("Iftar"));
    // Two events of one name stay two bars: the second says its date.
    CHECK(categories.at(1) != categories.at(0));
    CHECK(categories.at(1).contains(shortDate(2027, 6, 10)));
    CHECK(categories.at(2).size() <= ReportsPage::kMaxCategoryLength);
    CHECK(categories.at(2).startsWith(QStringLiteral("Know Your Rights")));
    CHECK(categories.at(2).endsWith(QChar(0x2026)));

    QValueAxis *counts = valueAxis(chart);
    CHECK(counts->min() == 0);
    CHECK(counts->max() >= 3);
    CHECK(chart->localizeNumbers());
    CHECK(chart->locale() == page.locale());
    CHECK(page.noteLabel(ReportsPage::AttendanceReport)->isHidden());
    test::saveScreenshot(page, QStringLiteral("reports-attendance.png"));
}

TEST_CASE("a chart keeps to the latest events and says the table has the rest", "[ui][reports]")
{
    test::TempWorkspace ws;
    const QStringList ids = people(ws.db(), {QStringLiteral("Amina")});
    const int events = ReportsPage::kMaxChartCategories + 2;
    for (int i = 0; i < events; ++i)
        attend(ws.db(), createEvent(ws.db(), QStringLiteral("Halaqa %1").arg(i + 1), QDate(2027, 1, 1).addDays(7 * i)),
            ids, 1);

    ReportsPage page(ws.db());
    CHECK(page.table(ReportsPage::AttendanceReport)->rowCount() == events);
    QChart *chart = chartOf(page, "attendanceChart");
    const QStringList categories = shownCategories(chart);
    REQUIRE(categories.size() == ReportsPage::kMaxChartCategories);
    CHECK(categories.first() == QStringLiteral("Halaqa 3"));
    CHECK(categories.last() == QStringLiteral("Halaqa %1").arg(events));
    CHECK_FALSE(page.noteLabel(ReportsPage::AttendanceReport)->isHidden());
    CHECK(page.noteLabel(ReportsPage::AttendanceReport)
              ->text()
              .contains(QString::number(ReportsPage::kMaxChartCategories)));
}

TEST_CASE("attendance per chapter is stacked by month, with empty months kept", "[ui][reports]")
{
    test::TempWorkspace ws;
    const QStringList ids = people(ws.db(), {QStringLiteral("Amina"), QStringLiteral("Bilal"), QStringLiteral("Chen")});
    const QString seattle = ChapterRepository(ws.db()).findByName(QStringLiteral("Seattle"))->id;
    auto tacoma = ChapterRepository(ws.db()).create({{}, QStringLiteral("Tacoma"), {}, {}, QStringLiteral("US")});
    REQUIRE(tacoma.ok());
    attend(ws.db(),
        createEvent(ws.db(), QStringLiteral("Seattle iftar"), QDate(2027, 5, 3), EventKind::Community, seattle), ids,
        2);
    attend(ws.db(),
        createEvent(ws.db(), QStringLiteral("Tacoma town hall"), QDate(2027, 7, 9), EventKind::TownHall, tacoma->id),
        ids.mid(2), 1);
    attend(ws.db(), createEvent(ws.db(), QStringLiteral("Open house"), QDate(2027, 7, 20)), ids.mid(0, 1), 1);

    ReportsPage page(ws.db());
    QTableWidget *table = page.findChild<QTableWidget *>(QStringLiteral("chapterTable"));
    REQUIRE(table);
    CHECK(headers(table)
        == QStringList {QStringLiteral("Month"), QStringLiteral("Seattle"), QStringLiteral("Tacoma"),
            QStringLiteral("No chapter"), QStringLiteral("Total")});
    REQUIRE(table->rowCount() == 3);
    CHECK(row(table, 0)
        == QStringList {QStringLiteral("2027-05"), QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("0"),
            QStringLiteral("2")});
    CHECK(row(table, 1)
        == QStringList {QStringLiteral("2027-06"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
            QStringLiteral("0")});
    CHECK(row(table, 2)
        == QStringList {QStringLiteral("2027-07"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("1"),
            QStringLiteral("2")});

    REQUIRE(page.showsChart(ReportsPage::ChapterReport));
    QChart *chart = chartOf(page, "chapterChart");
    auto *series = onlySeries<QStackedBarSeries>(chart);
    CHECK(labels(series)
        == QStringList {QStringLiteral("Seattle"), QStringLiteral("Tacoma"), QStringLiteral("No chapter")});
    CHECK(values(series->barSets().at(0)) == QList<qreal> {2, 0, 0});
    CHECK(values(series->barSets().at(1)) == QList<qreal> {0, 0, 1});
    CHECK(values(series->barSets().at(2)) == QList<qreal> {0, 0, 1});
    CHECK(shownCategories(chart)
        == QStringList {QStringLiteral("2027-05"), QStringLiteral("2027-06"), QStringLiteral("2027-07")});
}

TEST_CASE("voter registration is stacked by status per drive, with pledges in the table", "[ui][reports]")
{
    test::TempWorkspace ws;
    const QStringList ids = people(ws.db(),
        {QStringLiteral("Amina"), QStringLiteral("Bilal"), QStringLiteral("Chen"), QStringLiteral("Dawud"),
            QStringLiteral("Esra")});
    const QString campus
        = createEvent(ws.db(), QStringLiteral("Campus drive"), QDate(2027, 4, 2), EventKind::VoterRegistration);
    createEvent(ws.db(), QStringLiteral("Masjid drive"), QDate(2027, 8, 6), EventKind::VoterRegistration);
    createEvent(ws.db(), QStringLiteral("Potluck"), QDate(2027, 4, 9)); // not a drive: not listed
    VoterRecords voters(ws.db());
    using S = VoterRecord::Status;
    REQUIRE(voters.record(campus, {ids.at(0), {}, true, S::RegisteredHere, true, false, {}}).ok());
    REQUIRE(voters.record(campus, {ids.at(1), {}, true, S::RegisteredHere, false, false, {}}).ok());
    REQUIRE(voters.record(campus, {ids.at(2), {}, true, S::NeedsFollowUp, true, false, {}}).ok());
    REQUIRE(voters.record(campus, {ids.at(3), {}, false, S::NotEligible, false, false, {}}).ok());

    ReportsPage page(ws.db());
    QTableWidget *table = page.table(QStringLiteral("voterTable"));
    REQUIRE(table);
    CHECK(headers(table)
        == QStringList {QStringLiteral("Drive"), QStringLiteral("Date"), voterStatusName(S::RegisteredHere),
            voterStatusName(S::AlreadyRegistered), voterStatusName(S::NeedsFollowUp), voterStatusName(S::NotEligible),
            voterStatusName(S::Unknown), QStringLiteral("Total"), QStringLiteral("Pledged")});
    REQUIRE(table->rowCount() == 2);
    CHECK(row(table, 0)
        == QStringList {QStringLiteral("Campus drive"), shortDate(2027, 4, 2), QStringLiteral("2"), QStringLiteral("0"),
            QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("4"), QStringLiteral("2")});
    CHECK(cell(table, 1, 0) == QStringLiteral("Masjid drive"));
    CHECK(cell(table, 1, 7) == QStringLiteral("0"));

    REQUIRE(page.showsChart(ReportsPage::VoterReport));
    QChart *chart = chartOf(page, "voterChart");
    auto *series = onlySeries<QHorizontalStackedBarSeries>(chart);
    // Only the statuses recorded get a bar segment and a legend entry.
    CHECK(labels(series)
        == QStringList {
            voterStatusName(S::RegisteredHere), voterStatusName(S::NeedsFollowUp), voterStatusName(S::NotEligible)});
    CHECK(values(series->barSets().at(0)) == QList<qreal> {2});
    CHECK(values(series->barSets().at(1)) == QList<qreal> {1});
    CHECK(values(series->barSets().at(2)) == QList<qreal> {1});
    CHECK(shownCategories(chart) == QStringList {QStringLiteral("Campus drive")});
}

TEST_CASE("partners by issue area list the widest coalitions first, with their names", "[ui][reports]")
{
    test::TempWorkspace ws;
    organization(ws.db(), QStringLiteral("Alpha"), {QStringLiteral("voting"), QStringLiteral("immigration")});
    organization(ws.db(), QStringLiteral("Beta"), {QStringLiteral("voting")});
    organization(ws.db(), QStringLiteral("Gamma"), {QStringLiteral("voting"), QStringLiteral("civil rights")});
    organization(ws.db(), QStringLiteral("Delta"), {});

    ReportsPage page(ws.db());
    QTableWidget *table = page.table(ReportsPage::AreaReport);
    REQUIRE(table->objectName() == QStringLiteral("areaTable"));
    REQUIRE(table->rowCount() == 3);
    CHECK(row(table, 0)
        == QStringList {QStringLiteral("voting"), QStringLiteral("3"),
            QLocale().createSeparatedList({QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")})});
    CHECK(cell(table, 0, 2).contains(QStringLiteral("Beta")));
    CHECK(row(table, 1) == QStringList {QStringLiteral("civil rights"), QStringLiteral("1"), QStringLiteral("Gamma")});
    CHECK(row(table, 2) == QStringList {QStringLiteral("immigration"), QStringLiteral("1"), QStringLiteral("Alpha")});

    REQUIRE(page.showsChart(ReportsPage::AreaReport));
    QChart *chart = chartOf(page, "areaChart");
    auto *series = onlySeries<QHorizontalBarSeries>(chart);
    REQUIRE(series->count() == 1);
    // Qt draws lying bars from the bottom up: the axis lists the table's first row last, on top.
    CHECK(values(series->barSets().first()) == QList<qreal> {1, 1, 3});
    CHECK(shownCategories(chart)
        == QStringList {QStringLiteral("immigration"), QStringLiteral("civil rights"), QStringLiteral("voting")});
    CHECK_FALSE(chart->legend()->isVisible());
}

TEST_CASE("sign-on letters show signed, declined and not answered, with the deadline", "[ui][reports]")
{
    test::TempWorkspace ws;
    QStringList orgs;
    for (const QString &name :
        {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma"), QStringLiteral("Delta")})
        orgs << organization(ws.db(), name, {});
    SignOnLetters letters(ws.db());
    auto vote = letters.create(
        {{}, QStringLiteral("Protect the vote"), QStringLiteral("We the undersigned…"), {}, QDate(2027, 2, 1)});
    REQUIRE(vote.ok());
    REQUIRE(letters.create({{}, QStringLiteral("Fund ESL classes"), QStringLiteral("…"), {}, {}}).ok());
    REQUIRE(letters.ask(vote->id, orgs).ok());
    REQUIRE(letters
                .answer(vote->id, orgs.at(0), LetterAnswer::Answer::Signed, QDate(2027, 1, 10),
                    QStringLiteral("Imam Yusuf"))
                .ok());
    REQUIRE(letters.answer(vote->id, orgs.at(1), LetterAnswer::Answer::Declined, QDate(2027, 1, 12)).ok());

    ReportsPage page(ws.db());
    QTableWidget *table = page.table(ReportsPage::LetterReport);
    REQUIRE(table->objectName() == QStringLiteral("letterTable"));
    CHECK(headers(table)
        == QStringList {QStringLiteral("Letter"), QStringLiteral("Deadline"), QStringLiteral("Asked"),
            QStringLiteral("Signed"), QStringLiteral("Declined"), QStringLiteral("Not answered")});
    REQUIRE(table->rowCount() == 2);
    CHECK(row(table, 0)
        == QStringList {QStringLiteral("Protect the vote"), shortDate(2027, 2, 1), QStringLiteral("4"),
            QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2")});
    CHECK(row(table, 1)
        == QStringList {QStringLiteral("Fund ESL classes"), QStringLiteral("None"), QStringLiteral("0"),
            QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")});

    REQUIRE(page.showsChart(ReportsPage::LetterReport));
    QChart *chart = chartOf(page, "letterChart");
    auto *series = onlySeries<QHorizontalStackedBarSeries>(chart);
    CHECK(labels(series)
        == QStringList {QStringLiteral("Signed"), QStringLiteral("Declined"), QStringLiteral("Not answered")});
    CHECK(values(series->barSets().at(0)) == QList<qreal> {1});
    CHECK(values(series->barSets().at(1)) == QList<qreal> {1});
    CHECK(values(series->barSets().at(2)) == QList<qreal> {2});
    // The letter nobody was asked to sign has no bar, only its row.
    CHECK(shownCategories(chart) == QStringList {QStringLiteral("Protect the vote")});
}

TEST_CASE("letters nobody was asked to sign are tabled, with a sentence instead of a chart", "[ui][reports]")
{
    test::TempWorkspace ws;
    REQUIRE(SignOnLetters(ws.db()).create({{}, QStringLiteral("Fund ESL classes"), QStringLiteral("…"), {}, {}}).ok());
    ReportsPage page(ws.db());
    CHECK(page.table(ReportsPage::LetterReport)->rowCount() == 1);
    CHECK_FALSE(page.table(ReportsPage::LetterReport)->isHidden());
    CHECK_FALSE(page.showsChart(ReportsPage::LetterReport));
    CHECK(page.chartView(ReportsPage::LetterReport)->chart()->series().isEmpty());
    CHECK(page.emptyLabel(ReportsPage::LetterReport)->text().startsWith(QStringLiteral("No partner has been asked")));
}

TEST_CASE("the reports page reads the workspace again on refresh and when shown", "[ui][reports]")
{
    test::TempWorkspace ws;
    ReportsPage page(ws.db());
    REQUIRE_FALSE(page.showsChart(ReportsPage::AttendanceReport));

    const QStringList ids = people(ws.db(), {QStringLiteral("Amina")});
    const QString event = createEvent(ws.db(), QStringLiteral("Iftar"), QDate(2027, 5, 2));
    attend(ws.db(), event, ids, 1);
    page.refresh();
    REQUIRE(page.showsChart(ReportsPage::AttendanceReport));
    CHECK(page.emptyLabel(ReportsPage::AttendanceReport)->isHidden());
    CHECK(cell(page.table(ReportsPage::AttendanceReport), 0, 3) == QStringLiteral("1"));

    attend(ws.db(), event, {}, 0, 1);
    page.show();
    CHECK(cell(page.table(ReportsPage::AttendanceReport), 0, 3) == QStringLiteral("2"));
    auto *series = onlySeries<QBarSeries>(chartOf(page, "attendanceChart"));
    CHECK(values(series->barSets().at(2)) == QList<qreal> {1});
}

TEST_CASE("the reports page mirrors its charts right to left", "[ui][reports]")
{
    test::TempWorkspace ws;
    const QStringList ids = people(ws.db(), {QStringLiteral("Amina"), QStringLiteral("Bilal")});
    const QString drive
        = createEvent(ws.db(), QStringLiteral("Campus drive"), QDate(2027, 4, 2), EventKind::VoterRegistration);
    attend(ws.db(), drive, ids, 2);
    attend(ws.db(), createEvent(ws.db(), QStringLiteral("Iftar"), QDate(2027, 5, 2)), ids.mid(0, 1), 1);
    REQUIRE(VoterRecords(ws.db())
                .record(drive, {ids.at(0), {}, true, VoterRecord::Status::RegisteredHere, true, false, {}})
                .ok());

    ReportsPage page(ws.db());
    page.resize(1000, 700);
    page.show();
    QChart *attendance = chartOf(page, "attendanceChart");
    QChart *voters = chartOf(page, "voterChart");
    CHECK(shownCategories(attendance)
        == QStringList {QStringLiteral("Campus drive"), QStringLiteral("Iftar")});
    CHECK(values(onlySeries<QBarSeries>(attendance)->barSets().at(1)) == QList<qreal> {2, 1});
    CHECK(valueAxis(attendance)->alignment() == Qt::AlignLeft);
    CHECK_FALSE(valueAxis(voters)->isReverse());
    CHECK(categoryAxis(voters)->alignment() == Qt::AlignLeft);

    page.setLayoutDirection(Qt::RightToLeft);
    CHECK(page.table(ReportsPage::AttendanceReport)->layoutDirection() == Qt::RightToLeft);
    // Upright bars: the first event on the right, its numbers with it, the counts on the right edge.
    CHECK(shownCategories(attendance)
        == QStringList {QStringLiteral("Iftar"), QStringLiteral("Campus drive")});
    CHECK(values(onlySeries<QBarSeries>(attendance)->barSets().at(1)) == QList<qreal> {1, 2});
    // Within each group too the first bar (and legend entry) is on the right.
    CHECK(labels(onlySeries<QBarSeries>(attendance))
        == QStringList {QStringLiteral("New contacts"), QStringLiteral("Checked in"), QStringLiteral("Registered")});
    CHECK(valueAxis(attendance)->alignment() == Qt::AlignRight);
    // Lying bars grow from the right, their names on the right.
    CHECK(valueAxis(voters)->isReverse());
    CHECK(categoryAxis(voters)->alignment() == Qt::AlignRight);
    // The table keeps the order of time: only its columns are mirrored.
    CHECK(cell(page.table(ReportsPage::AttendanceReport), 0, 0) == QStringLiteral("Campus drive"));
    test::saveScreenshot(page, QStringLiteral("reports-rtl.png"));

    page.setLayoutDirection(Qt::LeftToRight);
    CHECK(shownCategories(attendance)
        == QStringList {QStringLiteral("Campus drive"), QStringLiteral("Iftar")});
    CHECK_FALSE(valueAxis(voters)->isReverse());
    CHECK(categoryAxis(voters)->alignment() == Qt::AlignLeft);
}

TEST_CASE("in Arabic the reports page reads right to left with Arabic digits", "[ui][reports]")
{
    const QLocale arabic = installTranslations(QStringLiteral("ar"));
    QApplication::setLayoutDirection(arabic.textDirection());
    {
        test::TempWorkspace ws;
        const QStringList ids = people(ws.db(), {QStringLiteral("Amina"), QStringLiteral("Bilal")});
        attend(ws.db(), createEvent(ws.db(), QStringLiteral("Iftar"), QDate(2027, 5, 2)), ids, 2);
        ReportsPage page(ws.db());
        page.resize(1000, 700);
        page.show();
        CHECK(page.layoutDirection() == Qt::RightToLeft);
        const QTableWidgetItem *checkedIn = page.table(ReportsPage::AttendanceReport)->item(0, 3);
        REQUIRE(checkedIn);
        CHECK(checkedIn->data(Qt::UserRole).toInt() == 2);
        CHECK(checkedIn->text() == arabic.toString(2));
        CHECK(checkedIn->text() != QStringLiteral("2"));
        QChart *chart = chartOf(page, "attendanceChart");
        CHECK(chart->locale().language() == QLocale::Arabic);
        CHECK(chart->localizeNumbers());
        CHECK(valueAxis(chart)->alignment() == Qt::AlignRight);
        test::saveScreenshot(page, QStringLiteral("reports-arabic.png"));
    }
    installTranslations(QStringLiteral("en"));
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

TEST_CASE("open campaigns are charted with core's numbers, each with its days", "[ui][reports][campaigns]")
{
    test::TempWorkspace ws;
    QList<Contact> contacts;
    for (int i = 0; i < 6; ++i)
        contacts.append(test::callableContact(QStringLiteral("P%1").arg(i), QStringLiteral("Person"), 200 + i,
            {QStringLiteral("List")}));
    const QStringList ids = test::addContacts(ws.db(), contacts);
    const Campaign calls = test::createPhoneBank(ws.db(), QStringLiteral("October calls"));
    const Campaign quiet = test::createPhoneBank(ws.db(), QStringLiteral("Quiet bank"));
    const Campaign closed = test::createPhoneBank(ws.db(), QStringLiteral("Last year's bank"));
    for (const Campaign &c : {calls, quiet, closed})
        REQUIRE(CallList(ws.db()).build(c.id, test::tagged(QStringLiteral("List"))).ok());
    const QJsonObject pledge {{QStringLiteral("plan"), QStringLiteral("yes")}};
    test::recordAt(ws.db(), calls.id, QStringLiteral("amina"), ids.at(0), ResultCode::Contacted, pledge,
        test::kElectionNoon);
    test::recordAt(ws.db(), calls.id, QStringLiteral("amina"), ids.at(1), ResultCode::NotHome, {},
        test::kElectionNoon + 60000);
    test::recordAt(ws.db(), calls.id, QStringLiteral("amina"), ids.at(2), ResultCode::Contacted, {},
        test::kElectionNoon + test::kDay);
    test::recordAt(ws.db(), closed.id, QStringLiteral("amina"), ids.at(3), ResultCode::Contacted, {},
        test::kElectionNoon);
    REQUIRE(CampaignRepository(ws.db()).setClosed(closed.id, true).ok());
    const CampaignTotals core = CampaignProgress(ws.db()).totals(calls.id).value();

    ReportsPage page(ws.db());
    page.resize(1000, 700);
    page.tabs()->setCurrentIndex(ReportsPage::CampaignReport);
    page.show();

    QTableWidget *table = page.table(ReportsPage::CampaignReport);
    REQUIRE(table->objectName() == QStringLiteral("campaignTable"));
    CHECK(headers(table)
        == QStringList {QStringLiteral("Campaign"), QStringLiteral("Kind"), QStringLiteral("On the list"),
            QStringLiteral("Attempts"), QStringLiteral("Contacts"), QStringLiteral("Contact rate"),
            QStringLiteral("Pledges")});
    // The open ones only, with or without results.
    REQUIRE(table->rowCount() == 2);
    const int callsRow = cell(table, 0, 0) == QStringLiteral("October calls") ? 0 : 1;
    CHECK(cell(table, 1 - callsRow, 0) == QStringLiteral("Quiet bank"));
    CHECK(row(table, callsRow)
        == QStringList {QStringLiteral("October calls"), QStringLiteral("Phone bank"), QString::number(core.listed),
            QString::number(core.attempts), QString::number(core.contacts), QStringLiteral("67%"),
            QString::number(core.pledges)});

    REQUIRE(page.showsChart(ReportsPage::CampaignReport));
    auto *series = onlySeries<QBarSeries>(chartOf(page, "campaignChart"));
    CHECK(labels(series) == QStringList {QStringLiteral("Attempts"), QStringLiteral("Contacts"), QStringLiteral("Pledges")});
    CHECK(shownCategories(chartOf(page, "campaignChart")) == QStringList {QStringLiteral("October calls")});
    CHECK(values(series->barSets().at(0)) == QList<qreal> {qreal(core.attempts)});
    CHECK(values(series->barSets().at(2)) == QList<qreal> {qreal(core.pledges)});

    // A day chart for the campaign with results, with core's days.
    QApplication::processEvents(); // widgets added to a shown page are shown by a queued call
    const QList<CampaignDayChart *> dayCharts = page.findChildren<CampaignDayChart *>();
    REQUIRE(dayCharts.size() == 1);
    CHECK(dayCharts.first()->property("campaignId").toString() == calls.id);
    CHECK(dayCharts.first()->isVisible());
    REQUIRE(dayCharts.first()->days().size() == core.days.size());
    for (int i = 0; i < core.days.size(); ++i)
        CHECK(dayCharts.first()->days().at(i).attempts == core.days.at(i).attempts);
    CHECK(bidi::clean(dayCharts.first()->accessibleName())
        == QStringLiteral("October calls: attempts, contacts and pledges per day"));
    test::saveScreenshot(page, QStringLiteral("reports-campaigns.png"));

    // Reading again follows the campaigns: a closed one leaves the page.
    REQUIRE(CampaignRepository(ws.db()).setClosed(calls.id, true).ok());
    page.refresh();
    CHECK(table->rowCount() == 1);
    CHECK_FALSE(page.showsChart(ReportsPage::CampaignReport));
    CHECK(page.findChildren<CampaignDayChart *>().isEmpty());
    CHECK(page.emptyLabel(ReportsPage::CampaignReport)->text().startsWith(QStringLiteral("No results recorded yet")));
}
