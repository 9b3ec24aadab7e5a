#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableWidget;
class QTableWidgetItem;

namespace majlis {

class Database;
class OutcomeChart;

// The Dashboard tab: how the day went. Meetings held of those scheduled, how each ask fared
// (as a chart and as a table of the same numbers), and the follow-ups still open, which can be
// ticked off here.
//
// Object names for tests: "dashboardHeadline", "dashboardCancelledLabel",
// "dashboardReportsLabel", "outcomeChart", "outcomeTable" (rows asks; columns the four outcomes
// then Not recorded), "openFollowUpTable" (columns Done, Description, Due, Office; column 0 holds
// the follow-up id in Qt::UserRole), "dashboardEmptyLabel".
class DayDashboard : public QWidget
{
    Q_OBJECT

public:
    enum FollowUpColumn { DoneColumn, DescriptionColumn, DueColumn, OfficeColumn, FollowUpColumnCount };

    explicit DayDashboard(Database &database, QWidget *parent = nullptr);

    void setDay(const QString &dayId);
    QString dayId() const { return m_dayId; }

    OutcomeChart *chart() const { return m_chart; }
    QTableWidget *outcomeTable() const { return m_outcomes; }
    QTableWidget *followUpTable() const { return m_followUps; }
    // "Meetings held: 2 of 5 scheduled"
    QString headline() const;

signals:
    // A follow-up was ticked off here: other views of the day's reports should read it again.
    void followUpChanged();

public slots:
    void refresh();

private:
    void onFollowUpItemChanged(QTableWidgetItem *item);

    Database &m_database;
    QString m_dayId;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_headline;
    QLabel *m_cancelled;
    QLabel *m_reports;
    OutcomeChart *m_chart;
    QTableWidget *m_outcomes;
    QLabel *m_noFollowUps;
    QTableWidget *m_followUps;
    bool m_filling = false;
};

} // namespace majlis
