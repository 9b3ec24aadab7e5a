#pragma once

#include "campaigns/campaign.h"
#include "campaigns/campaignprogress.h"

#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace majlis {

class AnswerChart;
class AnswerCountModel;
class CallerProgressModel;
class CampaignDayChart;
class Database;
class DayProgressModel;

// How a campaign is going, for its organizer: the totals, each volunteer's work with a flag on
// work that looks implausible (which the organizer can roll back), the answers to the survey,
// and the results day by day, each chart beside a table of its exact numbers. Until a result is
// recorded it says so instead of showing empty charts. refresh() reads everything again; the
// panel also does so whenever it is shown, as results are recorded elsewhere.
//
// Object names for tests: "progressHeadline", "progressEmptyLabel", "progressStatus",
// "progressTabs", the totals "listedTotal", "finishedTotal", "attemptsTotal", "contactsTotal",
// "contactRateTotal", "pledgesTotal", "followUpsTotal", "optOutsTotal" (each QLabel holds its
// number in the property "value"), "callerTable", "rollBackButton", the confirmation
// "rollBackConfirm" (a QMessageBox), "answerQuestion", "answerChart", "answerTable",
// "campaignDayChart", "dayNoteLabel", "dayTable".
class CampaignProgressPanel : public QWidget
{
    Q_OBJECT

public:
    enum Total { Listed, Finished, Attempts, Contacts, ContactRate, Pledges, FollowUps, OptOuts, TotalCount };

    explicit CampaignProgressPanel(Database &database, QWidget *parent = nullptr);

    void setCampaign(const QString &campaignId);
    QString campaignId() const { return m_campaignId; }

    const CampaignTotals &totals() const { return m_totals; }
    QLabel *totalLabel(Total total) const { return m_totalLabels.at(size_t(total)); }
    CallerProgressModel *callerModel() const { return m_callers; }
    AnswerCountModel *answerModel() const { return m_answers; }
    DayProgressModel *dayModel() const { return m_days; }
    QTableView *callerView() const { return m_callerView; }
    AnswerChart *answerChart() const { return m_answerChart; }
    CampaignDayChart *dayChart() const { return m_dayChart; }
    // True when nothing is recorded and the panel says so instead of showing its tabs.
    bool showsEmptyState() const;

signals:
    // Results were withdrawn here: other views of the campaign should read it again.
    void resultsChanged();

public slots:
    void refresh();
    // Asks, then withdraws every result of the volunteer selected in the table.
    void rollBackSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildVolunteers();
    QWidget *buildAnswers();
    QWidget *buildOverTime();
    void showTotals();
    void showQuestion();
    void updateRollBack();
    QString selectedCaller() const;
    void showError(const QString &message);

    Database &m_database;
    QString m_campaignId;
    Campaign m_campaign;
    CampaignTotals m_totals;

    QLabel *m_headline = nullptr;
    std::array<QLabel *, TotalCount> m_totalLabels {};
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;

    CallerProgressModel *m_callers = nullptr;
    QSortFilterProxyModel *m_callerSort = nullptr;
    QTableView *m_callerView = nullptr;
    QPushButton *m_rollBack = nullptr;

    QComboBox *m_question = nullptr;
    AnswerChart *m_answerChart = nullptr;
    AnswerCountModel *m_answers = nullptr;
    QTableView *m_answerView = nullptr;

    CampaignDayChart *m_dayChart = nullptr;
    QLabel *m_dayNote = nullptr;
    DayProgressModel *m_days = nullptr;
    QTableView *m_dayView = nullptr;
};

} // namespace majlis
