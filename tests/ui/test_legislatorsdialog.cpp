// The Legislators window (issue 16): every legislature of the workspace and its chambers, the
// members of the one chosen, the campus of its capitol, and the day's choice of legislature.

#include "advocacy/campusdialog.h"
#include "advocacy/daydetailspanel.h"
#include "advocacy/dayrepository.h"
#include "advocacy/legislatorrepository.h"
#include "advocacy/legislatorsdialog.h"
#include "advocacy/legislatortablemodel.h"
#include "advocacy/legislaturetreemodel.h"
#include "advocacy/meetingrepository.h"
#include "i18n/bidi.h"
#include "legislatures/bodyrepository.h"
#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/legislaturefixture.h"
#include "support/screenshot.h"
#include "support/tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

QStringList column(QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data(Qt::EditRole).toString());
    return values;
}

} // namespace

TEST_CASE("the legislature tree lists Congress first, then each body with its own chambers and member counts",
    "[ui][legislators]")
{
    test::Legislatures l;
    LegislatureTreeModel model(l.ws.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload().ok());
    REQUIRE(model.rowCount() == 3);
    CHECK(model.body(model.index(0, 0))->isCongress());

    const QModelIndex mi = model.bodyIndex(l.michigan.id);
    REQUIRE(mi.isValid());
    CHECK(mi.data(Qt::EditRole).toString() == QStringLiteral("Michigan Legislature"));
    CHECK(bidi::isIsolated(mi.data().toString()));
    CHECK(model.index(mi.row(), LegislatureTreeModel::MembersColumn).data(Qt::EditRole).toInt() == 3);
    REQUIRE(model.rowCount(mi) == 2);
    const QModelIndex senate = model.chamberIndex(l.michigan.id, Chamber::Senate);
    CHECK(senate.parent() == mi);
    CHECK(senate.data(Qt::EditRole).toString() == l.michigan.senateName);
    CHECK(model.index(senate.row(), LegislatureTreeModel::MembersColumn, mi).data(Qt::EditRole).toInt() == 1);
    const QModelIndex house = model.chamberIndex(l.michigan.id, Chamber::House);
    CHECK(model.index(house.row(), LegislatureTreeModel::MembersColumn, mi).data(Qt::EditRole).toInt() == 2);
    CHECK(model.chamber(house) == Chamber::House);
    CHECK_FALSE(model.chamber(mi).has_value());

    const QModelIndex ne = model.bodyIndex(l.nebraska.id);
    REQUIRE(model.rowCount(ne) == 1);
    CHECK(model.index(0, 0, ne).data(Qt::EditRole).toString() == l.nebraska.unicameralName);
    CHECK(model.chamber(model.index(0, 0, ne)) == Chamber::Unicameral);
    CHECK_FALSE(model.chamberIndex(l.nebraska.id, Chamber::Senate).isValid());
}

TEST_CASE("choosing a body or a chamber lists its members, districts in numeric order", "[ui][legislators]")
{
    test::Legislatures l;
    LegislatorsDialog dialog(l.ws.db());
    dialog.show();
    auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("legislatureTree"));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("legislatorTable"));
    REQUIRE(tree);
    REQUIRE(table);
    QAbstractItemModel *shown = table->model();
    CHECK(shown->rowCount() == 4); // Congress, shown first

    REQUIRE(dialog.selectLegislature(l.michigan.id));
    CHECK(column(shown, LegislatorTableModel::SeatColumn)
        == QStringList {QStringLiteral("MI-7"), QStringLiteral("MI-2"), QStringLiteral("MI-10")});
    CHECK(column(shown, LegislatorTableModel::ChamberColumn)
        == QStringList {l.michigan.senateName, l.michigan.houseName, l.michigan.houseName});

    REQUIRE(dialog.selectLegislature(l.michigan.id, Chamber::House));
    CHECK(column(shown, LegislatorTableModel::NameColumn)
        == QStringList {QStringLiteral("Yasmin Ali"), QStringLiteral("Zaid Khan")});
    table->sortByColumn(LegislatorTableModel::SeatColumn, Qt::DescendingOrder);
    CHECK(column(shown, LegislatorTableModel::SeatColumn)
        == QStringList {QStringLiteral("MI-10"), QStringLiteral("MI-2")});
    table->sortByColumn(LegislatorTableModel::SeatColumn, Qt::AscendingOrder);

    // Shown isolated so "MI-10" reads left to right in Arabic, clean for copying.
    const QModelIndex seat = shown->index(0, LegislatorTableModel::SeatColumn);
    CHECK(bidi::isIsolated(seat.data().toString()));
    CHECK(bidi::clean(seat.data().toString()) == QStringLiteral("MI-2"));
    // Zaid Khan's office is not known yet.
    const QModelIndex building = shown->index(1, LegislatorTableModel::BuildingColumn);
    CHECK(building.data(Qt::EditRole).toString().isEmpty());
    CHECK_FALSE(building.data(Qt::ToolTipRole).toString().isEmpty());

    REQUIRE(dialog.selectLegislature(l.nebraska.id, Chamber::Unicameral));
    CHECK(column(shown, LegislatorTableModel::SeatColumn)
        == QStringList {QStringLiteral("NE-1"), QStringLiteral("NE-12")});
    CHECK_FALSE(dialog.selectLegislature(l.nebraska.id, Chamber::Senate));
    test::saveScreenshot(dialog, QStringLiteral("legislators.png"));
}

TEST_CASE("the filter finds members by name, seat or building", "[ui][legislators]")
{
    test::Legislatures l;
    LegislatorsDialog dialog(l.ws.db());
    REQUIRE(dialog.selectLegislature(l.michigan.id));
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("legislatorFilter"));
    QAbstractItemModel *shown = dialog.findChild<QTableView *>(QStringLiteral("legislatorTable"))->model();
    REQUIRE(filter);
    filter->setText(QStringLiteral("haddad"));
    CHECK(column(shown, LegislatorTableModel::NameColumn) == QStringList {QStringLiteral("Omar Haddad")});
    filter->setText(QStringLiteral("MI-10"));
    CHECK(column(shown, LegislatorTableModel::NameColumn) == QStringList {QStringLiteral("Zaid Khan")});
    filter->setText(QStringLiteral("capitol"));
    CHECK(column(shown, LegislatorTableModel::NameColumn) == QStringList {QStringLiteral("Yasmin Ali")});
    filter->setText(QStringLiteral("Democratic")); // the party is not searched
    CHECK(shown->rowCount() == 0);
    filter->clear();
    CHECK(shown->rowCount() == 3);
}

TEST_CASE("former members are listed only when asked for, greyed and explained", "[ui][legislators]")
{
    test::Legislatures l;
    // A newer list without Zaid Khan.
    REQUIRE(LegislatorRepository(l.ws.db()).importCurrent(l.michigan, l.michiganMembers.mid(1)).ok());
    LegislatorsDialog dialog(l.ws.db());
    REQUIRE(dialog.selectLegislature(l.michigan.id));
    QAbstractItemModel *shown = dialog.findChild<QTableView *>(QStringLiteral("legislatorTable"))->model();
    CHECK_FALSE(column(shown, LegislatorTableModel::NameColumn).contains(QStringLiteral("Zaid Khan")));
    auto *former = dialog.findChild<QCheckBox *>(QStringLiteral("showFormerCheck"));
    REQUIRE(former);
    former->setChecked(true);
    const qsizetype row = column(shown, LegislatorTableModel::NameColumn).indexOf(QStringLiteral("Zaid Khan"));
    REQUIRE(row >= 0);
    const QModelIndex name = shown->index(int(row), LegislatorTableModel::NameColumn);
    CHECK(name.data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(name.data(Qt::ToolTipRole).toString().isEmpty());
    CHECK_FALSE(shown->index(0, LegislatorTableModel::NameColumn).data(Qt::ToolTipRole).isValid());
}

TEST_CASE("the member table passes the model tester", "[ui][legislators]")
{
    test::Legislatures l;
    LegislatorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLegislators(l.michigan, l.michiganMembers);
    CHECK(model.rowCount() == 3);
    CHECK(model.index(0, LegislatorTableModel::PhoneColumn).data().toString().isEmpty());
}

TEST_CASE("the campus dialog saves the buildings of a capitol and their walking groups", "[ui][legislators]")
{
    test::Legislatures l;
    LegislatorsDialog legislators(l.ws.db());
    REQUIRE(legislators.selectLegislature(l.michigan.id, Chamber::Senate));
    CHECK(legislators.findChild<QPushButton *>(QStringLiteral("campusButton"))->isEnabled());

    CampusDialog dialog(l.ws.db(), *BodyRepository(l.ws.db()).get(l.michigan.id));
    QStandardItemModel *model = dialog.model();
    REQUIRE(model->rowCount() == 1); // the capitol, as a state legislature starts
    dialog.findChild<QPushButton *>(QStringLiteral("addBuildingButton"))->click();
    REQUIRE(model->rowCount() == 2);
    model->setData(model->index(1, CampusDialog::BuildingColumn), QStringLiteral("Binsfeld Office Building"));
    model->setData(model->index(1, CampusDialog::GroupColumn), QStringLiteral("offices"));
    dialog.findChild<QPushButton *>(QStringLiteral("addBuildingButton"))->click();
    model->setData(model->index(2, CampusDialog::BuildingColumn), QStringLiteral("Anderson Building"));
    dialog.show();
    test::saveScreenshot(dialog, QStringLiteral("campus.png"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const QList<CampusBuilding> expected {{QStringLiteral("Capitol"), QStringLiteral("capitol")},
        {QStringLiteral("Binsfeld Office Building"), QStringLiteral("offices")},
        {QStringLiteral("Anderson Building"), QStringLiteral("Anderson Building")}};
    CHECK(BodyRepository(l.ws.db()).get(l.michigan.id)->campus == expected);
}

TEST_CASE("the day's details choose its legislature, which brings its city and time zone", "[ui][legislators]")
{
    test::Legislatures l;
    const AdvocacyDay day = test::createDay(l.ws.db(), QStringLiteral("Lansing day"));
    DayDetailsPanel panel(l.ws.db());
    panel.setDay(day.id);
    auto *body = panel.findChild<QComboBox *>(QStringLiteral("bodyCombo"));
    auto *city = panel.findChild<QLineEdit *>(QStringLiteral("cityEdit"));
    REQUIRE(body);
    REQUIRE(city);
    CHECK(body->count() == 3);
    CHECK(body->currentData().toString() == bodies::congressId());
    CHECK(body->isEnabled());
    CHECK_FALSE(panel.hasUnsavedChanges());

    SECTION("the city and zone of the chosen body replace the former body's")
    {
        const int michigan = body->findData(l.michigan.id);
        body->setCurrentIndex(michigan);
        emit body->activated(michigan);
        CHECK(city->text() == l.michigan.city);
        panel.resize(700, 900);
        panel.show();
        test::saveScreenshot(panel, QStringLiteral("day-details-body.png"));
        CHECK(panel.hasUnsavedChanges());
        REQUIRE(panel.save());
        const AdvocacyDay saved = *DayRepository(l.ws.db()).get(day.id);
        CHECK(saved.bodyId == l.michigan.id);
        CHECK(saved.city == QStringLiteral("Lansing, MI"));
        CHECK(saved.timeZone == QStringLiteral("America/Detroit"));
    }
    SECTION("a city the user typed stays")
    {
        city->setText(QStringLiteral("Dearborn"));
        const int nebraska = body->findData(l.nebraska.id);
        body->setCurrentIndex(nebraska);
        emit body->activated(nebraska);
        CHECK(city->text() == QStringLiteral("Dearborn"));
        REQUIRE(panel.save());
        CHECK(DayRepository(l.ws.db()).get(day.id)->bodyId == l.nebraska.id);
        CHECK(DayRepository(l.ws.db()).get(day.id)->timeZone == QStringLiteral("America/Chicago"));
    }
}

TEST_CASE("a day with meetings keeps its legislature", "[ui][legislators]")
{
    test::Legislatures l;
    const QString contactId = test::addConstituent(l.ws.db(), QStringLiteral("Amina"), {}, QStringLiteral("WA"), 1);
    const AdvocacyDay day = test::createDay(l.ws.db(), QStringLiteral("Spring day"));
    REQUIRE(DayRepository(l.ws.db()).addAttendees(day.id, {contactId}, AttendeeRole::Constituent).ok());
    Meeting meeting;
    meeting.legislatorId = LegislatorRepository(l.ws.db()).list()->first().id;
    meeting.start = 600;
    meeting.end = 630;
    meeting.attendeeIds = {DayRepository(l.ws.db()).attendees(day.id)->first().id};
    REQUIRE(MeetingRepository(l.ws.db()).replaceSchedule(day.id, {meeting}).ok());

    DayDetailsPanel panel(l.ws.db());
    panel.setDay(day.id);
    auto *body = panel.findChild<QComboBox *>(QStringLiteral("bodyCombo"));
    REQUIRE(body);
    CHECK_FALSE(body->isEnabled());
    CHECK(body->toolTip().contains(QStringLiteral("meetings")));
}
