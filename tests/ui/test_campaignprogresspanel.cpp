// The organizer's view of a campaign: the panel's models give exactly what CampaignProgress
// computes, flagged work stands out, and a roll-back from the panel withdraws it in core.

#include "campaigns/answerchart.h"
#include "campaigns/answercountmodel.h"
#include "campaigns/callerprogressmodel.h"
#include "campaigns/calllist.h"
#include "campaigns/campaigndaychart.h"
#include "campaigns/campaignfixture.h"
#include "campaigns/campaignprogress.h"
#include "campaigns/campaignprogresspanel.h"
#include "campaigns/turnout.h"
#include "i18n/bidi.h"
#include "support/campaignresults.h"
#include "support/catchqt.h"
#include "support/findchild.h"
#include "support/screenshot.h"
#include "support/tempworkspace.h"
#include "support/whenshown.h"

#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace majlis;
using namespace majlis::test;

namespace {

struct PhoneBank
{
    TempWorkspace ws;
    QStringList ids;
    Campaign campaign;

    explicit PhoneBank(int people)
    {
        QList<Contact> contacts;
        for (int i = 0; i < people; ++i)
            contacts.append(callableContact(QStringLiteral("P%1").arg(i, 3, 10, QLatin1Char('0')),
                QStringLiteral("Person"), 100 + i, {QStringLiteral("List")}));
        ids = addContacts(ws.db(), contacts);
        campaign = createPhoneBank(ws.db());
        REQUIRE(CallList(ws.db()).build(campaign.id, tagged(QStringLiteral("List"))).value() == people);
    }

    void record(const QString &caller, int index, ResultCode code, const QJsonObject &answers, qint64 at)
    {
        recordAt(ws.db(), campaign.id, caller, ids.at(index), code, answers, at);
    }

    CampaignTotals totals() { return CampaignProgress(ws.db()).totals(campaign.id).value(); }
};

const QJsonObject kPledge {{QStringLiteral("plan"), QStringLiteral("yes")}};

int sourceRowOf(const QTableView *view, const QString &caller)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(CallerProgressModel::CallerRole).toString() == caller)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE(
    "the progress panel shows what core counts: totals, volunteers, answers and days", "[ui][campaigns][progress]")
{
    PhoneBank f(8);
    f.record(QStringLiteral("amina"), 0, ResultCode::Contacted,
        {{QStringLiteral("plan"), QStringLiteral("yes")},
            {QStringLiteral("issues"), QJsonArray {QStringLiteral("economy"), QStringLiteral("civil_rights")}}},
        kElectionNoon);
    f.record(QStringLiteral("amina"), 1, ResultCode::NotHome, {}, kElectionNoon + 120000);
    f.record(QStringLiteral("amina"), 2, ResultCode::Contacted,
        {{QStringLiteral("plan"), QStringLiteral("no")}, {QStringLiteral("registered"), QStringLiteral("not_sure")}},
        kElectionNoon + 240000);
    f.record(QStringLiteral("bilal"), 3, ResultCode::Refused, {}, kElectionNoon + 2 * kDay);
    f.record(QStringLiteral("bilal"), 4, ResultCode::Contacted,
        {{QStringLiteral("registered"), QStringLiteral("stop")}}, kElectionNoon + 2 * kDay + 60000);
    const CampaignTotals core = f.totals();

    CampaignProgressPanel panel(f.ws.db());
    QAbstractItemModelTester callerTester(panel.callerModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester answerTester(panel.answerModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester dayTester(panel.dayModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.setCampaign(f.campaign.id);
    panel.resize(900, 700);
    panel.show();

    CHECK_FALSE(panel.showsEmptyState());
    CHECK(panel.findChild<QLabel *>(QStringLiteral("progressHeadline"))->text().contains(f.campaign.name));
    const QList<std::pair<CampaignProgressPanel::Total, int>> totals {{CampaignProgressPanel::Listed, core.listed},
        {CampaignProgressPanel::Finished, core.finished}, {CampaignProgressPanel::Attempts, core.attempts},
        {CampaignProgressPanel::Contacts, core.contacts}, {CampaignProgressPanel::Pledges, core.pledges},
        {CampaignProgressPanel::FollowUps, core.followUps}, {CampaignProgressPanel::OptOuts, core.optOuts},
        {CampaignProgressPanel::ContactRate, qRound(core.contactRate() * 100)}};
    for (const auto &[total, value] : totals) {
        CAPTURE(int(total));
        CHECK(panel.totalLabel(total)->property("value").toInt() == value);
    }
    CHECK(child<QLabel>(&panel, QStringLiteral("attemptsTotal"))->text() == QStringLiteral("5"));
    CHECK(child<QLabel>(&panel, QStringLiteral("contactRateTotal"))->text() == QStringLiteral("60%"));

    // One row per volunteer, each with core's numbers.
    const CallerProgressModel *callers = panel.callerModel();
    REQUIRE(callers->rowCount() == core.callers.size());
    for (int row = 0; row < callers->rowCount(); ++row) {
        const CallerProgress &c = core.callers.at(row);
        CHECK(callers->index(row, CallerProgressModel::CallerColumn).data(CallerProgressModel::CallerRole).toString()
            == c.caller);
        CHECK(callers->index(row, CallerProgressModel::AttemptsColumn).data(CallerProgressModel::SortRole).toInt()
            == c.attempts);
        CHECK(callers->index(row, CallerProgressModel::ContactsColumn).data(CallerProgressModel::SortRole).toInt()
            == c.contacts);
        CHECK(callers->index(row, CallerProgressModel::PledgesColumn).data(CallerProgressModel::SortRole).toInt()
            == c.pledges);
        CHECK(callers->index(row, CallerProgressModel::BusiestMinuteColumn).data(CallerProgressModel::SortRole).toInt()
            == c.busiestMinute);
        CHECK(callers->index(row, CallerProgressModel::RateColumn).data(CallerProgressModel::SortRole).toDouble()
            == Approx(c.contactRate()));
        CHECK_FALSE(callers->index(row, 0).data(CallerProgressModel::FlaggedRole).toBool());
    }
    CHECK(callers->index(0, CallerProgressModel::RateColumn).data().toString() == QStringLiteral("67%"));

    // Every counted answer, with the script's words.
    const AnswerCountModel *answers = panel.answerModel();
    REQUIRE(answers->rowCount() == core.answers.size());
    for (int row = 0; row < answers->rowCount(); ++row) {
        const AnswerCount &a = core.answers.at(row);
        CHECK(answers->index(row, 0).data(AnswerCountModel::KeyRole).toString() == a.question + u'/' + a.answer);
        CHECK(answers->index(row, AnswerCountModel::CountColumn).data(AnswerCountModel::SortRole).toInt() == a.count);
    }
    CHECK(bidi::clean(answers->index(0, AnswerCountModel::QuestionColumn).data().toString())
        == QStringLiteral("Do you plan to vote on 3 November?"));
    CHECK(bidi::clean(answers->index(0, AnswerCountModel::AnswerColumn).data().toString()) == QStringLiteral("Yes"));
    CHECK(answers->index(0, AnswerCountModel::ShareColumn).data().toString() == QStringLiteral("50%"));

    // The chart draws the chosen question's answers, in the script's order.
    auto *question = child<QComboBox>(&panel, QStringLiteral("answerQuestion"));
    CHECK(question->count() == 3); // the free-text question is read, not counted
    CHECK(panel.answerChart()->counts() == QList<int> {1, 1});
    question->setCurrentIndex(2);
    CHECK(panel.answerChart()->question().key == QStringLiteral("registered"));
    CHECK(panel.answerChart()->counts() == QList<int> {0, 1, 1});
    auto *bars = qobject_cast<QHorizontalBarSeries *>(panel.answerChart()->chart()->series().value(0));
    REQUIRE(bars);
    qreal drawn = 0;
    for (int i = 0; i < bars->barSets().first()->count(); ++i)
        drawn += bars->barSets().first()->at(i);
    CHECK(drawn == 2);

    // Days as core has them, and a chart with the day in between drawn as zero.
    const DayProgressModel *days = panel.dayModel();
    REQUIRE(days->rowCount() == core.days.size());
    for (int row = 0; row < days->rowCount(); ++row) {
        CHECK(days->index(row, DayProgressModel::DayColumn).data(DayProgressModel::SortRole).toDate()
            == core.days.at(row).day);
        CHECK(days->index(row, DayProgressModel::AttemptsColumn).data(DayProgressModel::SortRole).toInt()
            == core.days.at(row).attempts);
    }
    REQUIRE(panel.dayChart()->days().size() == 3);
    CHECK(panel.dayChart()->days().at(1).attempts == 0);
    auto *series = qobject_cast<QBarSeries *>(panel.dayChart()->chart()->series().value(0));
    REQUIRE(series);
    REQUIRE(series->barSets().size() == 3);
    CHECK(series->barSets().at(0)->at(0) == 3);
    CHECK(series->barSets().at(1)->at(2) == 1);
    CHECK(series->barSets().at(2)->at(0) == 1);
    CHECK(panel.dayChart()->accessibleDescription().contains(QStringLiteral("attempts 3")));
}

TEST_CASE("a campaign with nothing recorded says so instead of drawing empty charts", "[ui][campaigns][progress]")
{
    PhoneBank f(3);
    CampaignProgressPanel panel(f.ws.db());
    panel.show();
    CHECK(panel.showsEmptyState());
    CHECK(child<QLabel>(&panel, QStringLiteral("progressEmptyLabel"))
              ->text()
              .contains(QStringLiteral("Choose a campaign")));
    panel.setCampaign(f.campaign.id);
    CHECK(panel.showsEmptyState());
    const QString empty = child<QLabel>(&panel, QStringLiteral("progressEmptyLabel"))->text();
    CHECK(empty.contains(QStringLiteral("3 people are on the list")));
    CHECK(panel.totalLabel(CampaignProgressPanel::Listed)->property("value").toInt() == 3);
    CHECK_FALSE(panel.dayChart()->hasData());

    // A result recorded elsewhere shows when the panel is read again.
    f.record(QStringLiteral("amina"), 0, ResultCode::NotHome, {}, kElectionNoon);
    panel.refresh();
    CHECK_FALSE(panel.showsEmptyState());
    CHECK(panel.callerModel()->rowCount() == 1);
}

TEST_CASE(
    "implausible work stands out, and rolling it back from the panel withdraws it in core", "[ui][campaigns][progress]")
{
    PhoneBank f(40);
    // Forty "reached, pledged" results two seconds apart: nobody calls like that.
    for (int i = 0; i < 40; ++i)
        f.record(QStringLiteral("mallory"), i, ResultCode::Contacted, kPledge, kElectionNoon + i * 2000);
    f.record(QStringLiteral("amina"), 0, ResultCode::NotHome, {}, kElectionNoon + 3600000);
    REQUIRE(Turnout(f.ws.db()).summary(f.campaign.electionId)->pledged == 40);

    CampaignProgressPanel panel(f.ws.db());
    panel.setCampaign(f.campaign.id);
    panel.show();
    QTableView *view = panel.callerView();
    const int mallory = sourceRowOf(view, QStringLiteral("mallory"));
    const int amina = sourceRowOf(view, QStringLiteral("amina"));
    REQUIRE(mallory >= 0);
    const QModelIndex flagged = view->model()->index(mallory, CallerProgressModel::FlagColumn);
    CHECK(flagged.data(CallerProgressModel::FlaggedRole).toBool());
    CHECK_FALSE(flagged.data().toString().isEmpty());
    CHECK(flagged.data(Qt::FontRole).value<QFont>().bold());
    CHECK(flagged.data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(view->model()->index(mallory, 0).data(Qt::DecorationRole).isNull());
    CHECK_FALSE(view->model()->index(amina, 0).data(CallerProgressModel::FlaggedRole).toBool());
    CHECK(view->model()->index(amina, 0).data(Qt::BackgroundRole).isNull());

    panel.resize(900, 600);
    test::saveScreenshot(panel, QStringLiteral("campaign-progress-flagged.png"));
    auto *rollBack = child<QPushButton>(&panel, QStringLiteral("rollBackButton"));
    CHECK_FALSE(rollBack->isEnabled());
    view->selectRow(mallory);
    REQUIRE(rollBack->isEnabled());

    SECTION("cancelling changes nothing")
    {
        whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        rollBack->click();
        CHECK(f.totals().attempts == 41);
    }
    SECTION("confirming withdraws the results, reopens the people and lifts the pledges")
    {
        QString said;
        whenShown<QMessageBox>([&](QMessageBox *box) {
            said = box->text() + u'\n' + box->informativeText();
            CHECK(box->objectName() == QStringLiteral("rollBackConfirm"));
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        rollBack->click();
        CHECK(bidi::clean(said).contains(QStringLiteral("Withdraw all 40 results mallory entered")));
        CHECK(said.contains(QStringLiteral("reopened")));
        CHECK(said.contains(QStringLiteral("pledges")));
        CHECK(said.contains(QStringLiteral("opt-outs")));
        CHECK(said.contains(QStringLiteral("Flagged")));

        const CampaignTotals after = f.totals();
        CHECK(after.attempts == 1);
        CHECK(after.callers.size() == 1);
        CHECK(Turnout(f.ws.db()).summary(f.campaign.electionId)->pledged == 0);
        // The panel reads it again.
        CHECK(panel.callerModel()->rowCount() == 1);
        CHECK(panel.totalLabel(CampaignProgressPanel::Attempts)->property("value").toInt() == 1);
        CHECK(panel.totalLabel(CampaignProgressPanel::Pledges)->property("value").toInt() == 0);
        auto *status = child<QLabel>(&panel, QStringLiteral("progressStatus"));
        CHECK(status->isVisible());
        CHECK(bidi::clean(status->text()) == QStringLiteral("Withdrew 40 results by mallory."));
    }
}
