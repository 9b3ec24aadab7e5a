#pragma once

#include "reports/charts.h"

#include <QWidget>

#include <array>

class QChartView;
class QLabel;
class QTabWidget;
class QTableWidget;
class QVBoxLayout;

namespace majlis {

class Database;

// The Reports view: how the organizing is going, one tab per report. Each report is a chart
// where a picture reads better, and under it a table with the exact numbers, so nothing is
// said by colour alone and screen readers get every number. A report with nothing to draw
// says what would fill it instead of showing an empty chart. The numbers come from
// OrganizingReports; refresh() reads them again (the page also does so whenever it is shown).
//
// Object names for tests (the tab order is that of Report):
//   "reportTabs"
//   Attendance per event, oldest first:
//     "attendanceChart" (QChartView: one QBarSeries, sets Registered, Checked in, New contacts),
//     "attendanceTable" (Event, Date, Registered, Checked in, New contacts)
//   Attendance per chapter by month:
//     "chapterChart" (one QStackedBarSeries, a set per chapter, categories "2027-05"),
//     "chapterTable" (Month, then a column per chapter, then Total; a row per month)
//   Voter registration per drive:
//     "voterChart" (one QHorizontalStackedBarSeries, a set per status that occurs),
//     "voterTable" (Drive, Date, Registered here, Already registered, Needs a follow-up,
//     Not eligible, Not asked, Total, Pledged)
//   Partners by issue area, most partners first:
//     "areaChart" (one QHorizontalBarSeries with one set), "areaTable" (Issue area, Partners, Names)
//   Sign-on letters, by deadline:
//     "letterChart" (one QHorizontalStackedBarSeries, sets Signed, Declined, Not answered),
//     "letterTable" (Letter, Deadline, Asked, Signed, Declined, Not answered)
//   Open campaigns, newest first:
//     "campaignChart" (one QBarSeries, sets Attempts, Contacts, Pledges, a category per open
//     campaign with results), "campaignTable" (Campaign, Kind, On the list, Attempts, Contacts,
//     Contact rate, Pledges), and under them "campaignDays" holding, per open campaign with
//     results, a CampaignDayChart (its "campaignId" property says whose) under the campaign's name
//   and for each report its "…EmptyLabel" (e.g. "attendanceEmptyLabel") and "…NoteLabel" (says
//   when the chart shows only part of the table).
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    enum Report { AttendanceReport, ChapterReport, VoterReport, AreaReport, LetterReport, CampaignReport, ReportCount };
    // The most bars (or groups of bars) a chart draws; the table always has every row.
    static constexpr int kMaxChartCategories = 12;
    // Longer category names are elided on the chart; tooltips and the table have them whole.
    static constexpr int kMaxCategoryLength = charts::kMaxCategoryLength;

    explicit ReportsPage(Database &database, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QChartView *chartView(Report report) const { return m_sections.at(size_t(report)).chart; }
    QTableWidget *table(Report report) const { return m_sections.at(size_t(report)).table; }
    QLabel *emptyLabel(Report report) const { return m_sections.at(size_t(report)).empty; }
    QLabel *noteLabel(Report report) const { return m_sections.at(size_t(report)).note; }
    // By object name ("attendanceTable", ...); nullptr for a name that is none of them.
    QTableWidget *table(const QString &objectName) const;
    // True when the report draws its chart rather than saying what would fill it.
    bool showsChart(Report report) const;

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Section
    {
        QLabel *empty = nullptr;
        QChartView *chart = nullptr;
        QLabel *note = nullptr;
        QTableWidget *table = nullptr;
    };

    // The section's column of widgets, for a report that adds more under its table.
    QVBoxLayout *buildSection(Report report, const QString &key, const QString &tabText, const QString &title,
        const QString &explanation, const QStringList &headers);
    // Which of the empty sentence, chart and table to show.
    void showState(Report report, bool hasRows, bool drawn, const QString &emptyText);
    void showError(Report report, const QString &message);
    void fillAttendance();
    void fillChapters();
    void fillVoters();
    void fillAreas();
    void fillLetters();
    void fillCampaigns();

    Database &m_database;
    QTabWidget *m_tabs = nullptr;
    std::array<Section, ReportCount> m_sections;
    QWidget *m_campaignDays = nullptr; // a day chart per open campaign with results
    bool m_built = false;
};

} // namespace majlis
