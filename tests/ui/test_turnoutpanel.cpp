// Election day at the desk: the chase list is core's, marking people voted moves them off it,
// every mark can be undone, and anyone can be found by name or phone and marked.

#include "campaigns/campaignfixture.h"
#include "campaigns/turnout.h"
#include "campaigns/turnoutmodels.h"
#include "campaigns/turnoutpanel.h"
#include "i18n/bidi.h"
#include "support/catchqt.h"
#include "support/findchild.h"
#include "support/tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace majlis;
using namespace majlis::test;

namespace {

struct ElectionDay
{
    TempWorkspace ws;
    QStringList ids;
    Campaign campaign;

    ElectionDay()
    {
        QList<Contact> people;
        const QStringList names {QStringLiteral("Amina"), QStringLiteral("Bilal"), QStringLiteral("Chen"),
            QStringLiteral("Dina"), QStringLiteral("Emre"), QStringLiteral("Farah")};
        for (int i = 0; i < names.size(); ++i)
            people.append(callableContact(names.at(i), QStringLiteral("Voter"), 100 + i));
        ids = addContacts(ws.db(), people);
        // Two districts, and Farah with none known.
        QSqlQuery(ws.db().connection()).exec(QStringLiteral("UPDATE contacts SET district = 12"));
        for (int i : {3, 4})
            QSqlQuery(ws.db().connection())
                .exec(QStringLiteral("UPDATE contacts SET district = 3 WHERE id = '%1'").arg(ids.at(i)));
        QSqlQuery(ws.db().connection())
            .exec(QStringLiteral("UPDATE contacts SET us_state = '', district = NULL WHERE id = '%1'").arg(ids.at(5)));
        campaign = createPhoneBank(ws.db());
        // Everyone but Emre pledged.
        REQUIRE(
            turnout().setPledged(campaign.electionId, {ids.at(0), ids.at(1), ids.at(2), ids.at(3), ids.at(5)}).ok());
    }

    Turnout turnout() { return Turnout(ws.db()); }
    QStringList chased()
    {
        QStringList found;
        for (const TurnoutRow &row : turnout().chaseList(campaign.electionId).value())
            found.append(row.contactId);
        return found;
    }
    bool voted(int index) { return turnout().people(campaign.electionId, {ids.at(index)})->first().voted; }
};

QStringList idsIn(const QTableView *view)
{
    QStringList ids;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        ids.append(view->model()->index(row, 0).data(TurnoutRowModel::ContactIdRole).toString());
    return ids;
}

void selectRows(QTableView *view, const QStringList &contactIds)
{
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (contactIds.contains(index.data(TurnoutRowModel::ContactIdRole).toString()))
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

} // namespace

TEST_CASE("the turnout panel shows core's chase list by district and its summary", "[ui][campaigns][gotv]")
{
    ElectionDay f;
    REQUIRE(f.turnout().markVoted(f.campaign.electionId, {f.ids.at(0), f.ids.at(4)}).ok());
    TurnoutPanel panel(f.ws.db());
    QAbstractItemModelTester chaseTester(panel.chaseModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester searchTester(panel.searchModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.setElection(f.campaign.electionId);
    panel.resize(1000, 700);
    panel.show();

    CHECK(idsIn(panel.chaseView()) == f.chased());
    CHECK(idsIn(panel.chaseView()) == QStringList {f.ids.at(1), f.ids.at(2), f.ids.at(3), f.ids.at(5)});
    const TurnoutRowModel *chase = panel.chaseModel();
    CHECK(bidi::clean(chase->index(0, TurnoutRowModel::DistrictColumn).data().toString()) == QStringLiteral("MI-12"));
    CHECK(chase->index(3, TurnoutRowModel::DistrictColumn).data().toString() == QStringLiteral("Unknown district"));
    // The number as it is dialled at home, kept left to right in any layout.
    const QString phone = chase->index(0, TurnoutRowModel::PhoneColumn).data().toString();
    CHECK(phone.front() == QChar(0x2066));
    CHECK(bidi::clean(phone) == QStringLiteral("(313) 555-0101"));

    const TurnoutSummary summary = f.turnout().summary(f.campaign.electionId).value();
    CHECK(panel.summary().pledged == summary.pledged);
    CHECK(panel.summary().pledgedVoted == summary.pledgedVoted);
    const QString said = child<QLabel>(&panel, QStringLiteral("turnoutSummary"))->text();
    CHECK(said.contains(QStringLiteral("5 pledged to vote; 1 of them (20%) have voted.")));
    CHECK(said.contains(QStringLiteral("1 more voted without having pledged.")));
    REQUIRE(panel.districtModel()->rowCount() == summary.districts.size());
    for (int row = 0; row < summary.districts.size(); ++row) {
        CHECK(panel.districtModel()->index(row, 0).data(Qt::EditRole).toString() == summary.districts.at(row).district);
        CHECK(panel.districtModel()->index(row, 1).data(DistrictTurnoutModel::SortRole).toInt()
            == summary.districts.at(row).pledged);
        CHECK(panel.districtModel()->index(row, 2).data(DistrictTurnoutModel::SortRole).toInt()
            == summary.districts.at(row).voted);
    }

    // A district at a time, for the volunteer chasing it.
    QComboBox *district = panel.districtFilter();
    district->setCurrentIndex(district->findData(QStringLiteral("MI-12")));
    CHECK(idsIn(panel.chaseView()) == QStringList {f.ids.at(1), f.ids.at(2)});
    district->setCurrentIndex(district->findData(QString()));
    CHECK(idsIn(panel.chaseView()) == QStringList {f.ids.at(5)});
    district->setCurrentIndex(0);
    CHECK(idsIn(panel.chaseView()).size() == 4);
}

TEST_CASE(
    "marking people voted takes them off the chase list, and Ctrl+Z or Undo brings them back", "[ui][campaigns][gotv]")
{
    ElectionDay f;
    TurnoutPanel panel(f.ws.db());
    panel.setElection(f.campaign.electionId);
    panel.resize(1000, 700);
    panel.show();
    auto *markVoted = child<QPushButton>(&panel, QStringLiteral("markVotedButton"));
    auto *undo = child<QPushButton>(&panel, QStringLiteral("undoButton"));
    CHECK_FALSE(markVoted->isEnabled());
    CHECK_FALSE(undo->isEnabled());

    selectRows(panel.chaseView(), {f.ids.at(1), f.ids.at(3)});
    REQUIRE(markVoted->isEnabled());
    markVoted->click();
    CHECK(f.voted(1));
    CHECK(f.voted(3));
    CHECK_FALSE(f.voted(2));
    CHECK(f.chased() == QStringList {f.ids.at(0), f.ids.at(2), f.ids.at(5)});
    CHECK(idsIn(panel.chaseView()) == f.chased());
    CHECK(panel.summary().pledgedVoted == 2);
    // The next person down is ready to be marked.
    CHECK(panel.chaseView()->selectionModel()->hasSelection());
    CHECK(undo->isEnabled());
    CHECK(bidi::clean(undo->toolTip()) == QStringLiteral("Mark 2 People Voted"));
    CHECK(child<QLabel>(&panel, QStringLiteral("turnoutStatus"))
              ->text()
              .contains(QStringLiteral("Marked 2 people voted.")));

    SECTION("Ctrl+Z")
    {
        panel.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&panel));
        panel.chaseView()->setFocus();
        QTest::keyClick(panel.chaseView(), Qt::Key_Z, Qt::ControlModifier);
    }
    SECTION("the Undo button")
    {
        undo->click();
    }
    CHECK_FALSE(f.voted(1));
    CHECK_FALSE(f.voted(3));
    CHECK(f.chased().size() == 5);
    CHECK(idsIn(panel.chaseView()).size() == 5);
    CHECK(panel.summary().pledgedVoted == 0);
    CHECK_FALSE(undo->isEnabled());
    // And Ctrl+Shift+Z marks them again.
    panel.undoStack()->redo();
    CHECK(f.voted(1));
    CHECK(f.chased().size() == 3);
}

TEST_CASE("anyone can be found by name or phone on election day and marked, pledged or not", "[ui][campaigns][gotv]")
{
    ElectionDay f;
    // Dina was marked before: undoing a later mark must not take hers away.
    REQUIRE(f.turnout().markVoted(f.campaign.electionId, {f.ids.at(3)}).ok());
    TurnoutPanel panel(f.ws.db());
    panel.setElection(f.campaign.electionId);
    panel.show();
    auto *markFound = child<QPushButton>(&panel, QStringLiteral("markFoundVotedButton"));
    auto *unmarkFound = child<QPushButton>(&panel, QStringLiteral("markFoundNotVotedButton"));
    CHECK(child<QLabel>(&panel, QStringLiteral("searchEmptyLabel"))->isVisible());

    // Emre never pledged; he is found by his number as people say it.
    QTest::keyClicks(panel.searchField(), QStringLiteral("5550104"));
    REQUIRE(panel.searchModel()->rowCount() == 1);
    CHECK(panel.searchModel()->rows().first().contactId == f.ids.at(4));
    CHECK_FALSE(panel.searchModel()->rows().first().pledged);
    CHECK(panel.searchView()->selectionModel()->hasSelection()); // the one match is chosen
    markFound->click();
    CHECK(f.voted(4));
    CHECK(f.turnout().summary(f.campaign.electionId)->voted == 2);
    CHECK(panel.searchModel()->rows().first().voted);
    CHECK(bidi::clean(panel.searchModel()->index(0, TurnoutRowModel::VotedColumn).data().toString())
        == QStringLiteral("Voted"));

    // A name finds everyone called so; marking Dina (already voted) and Emre again changes nobody.
    panel.searchField()->clear();
    QTest::keyClicks(panel.searchField(), QStringLiteral("Voter"));
    CHECK(panel.searchModel()->rowCount() == 6);
    selectRows(panel.searchView(), {f.ids.at(3), f.ids.at(4)});
    markFound->click();
    CHECK(panel.undoStack()->count() == 1);
    CHECK(child<QLabel>(&panel, QStringLiteral("turnoutStatus"))->text() == QStringLiteral("Already marked voted."));

    // Chen and Dina: only Chen's mark is new, so an undo leaves Dina's.
    selectRows(panel.searchView(), {f.ids.at(2), f.ids.at(3)});
    markFound->click();
    CHECK(f.voted(2));
    panel.undoStack()->undo();
    CHECK_FALSE(f.voted(2));
    CHECK(f.voted(3));

    // A mis-marked person is unmarked from the search.
    selectRows(panel.searchView(), {f.ids.at(4)});
    unmarkFound->click();
    CHECK_FALSE(f.voted(4));
    panel.undoStack()->undo();
    CHECK(f.voted(4));

    panel.searchField()->clear();
    QTest::keyClicks(panel.searchField(), QStringLiteral("Zaid"));
    CHECK(panel.searchModel()->rowCount() == 0);
    CHECK(bidi::clean(child<QLabel>(&panel, QStringLiteral("searchEmptyLabel"))->text())
        == QStringLiteral("Nobody matches \"Zaid\"."));
}

TEST_CASE("the turnout panel can share the main window's undo stack", "[ui][campaigns][gotv]")
{
    ElectionDay f;
    QUndoStack shared;
    TurnoutPanel panel(f.ws.db());
    panel.setUndoStack(&shared);
    panel.setElection(f.campaign.electionId);
    panel.show();
    CHECK(panel.actions().isEmpty()); // the window's Edit menu owns Ctrl+Z then
    selectRows(panel.chaseView(), {f.ids.at(0)});
    child<QPushButton>(&panel, QStringLiteral("markVotedButton"))->click();
    CHECK(shared.count() == 1);
    CHECK(bidi::clean(shared.undoText()) == QStringLiteral("Mark Amina Voter Voted"));
    child<QPushButton>(&panel, QStringLiteral("undoButton"))->click();
    CHECK_FALSE(f.voted(0));
}
