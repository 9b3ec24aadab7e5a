#include "reports/reportspage.h"

#include "campaigns/campaigndaychart.h"
#include "campaigns/campaignprogress.h"
#include "campaigns/campaignrepository.h"
#include "campaigns/leadinglabel.h"
#include "i18n/bidi.h"
#include "reports/organizingreports.h"
#include "shell/plaincopy.h"

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

#include <QCursor>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSet>
#include <QShowEvent>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace majlis {

using namespace charts;

namespace {

using VoterStatus = VoterRecord::Status;

// Good news first, the unknown last, as the drive's volunteers read it.
constexpr std::array<VoterStatus, 5> kStatusOrder {VoterStatus::RegisteredHere, VoterStatus::AlreadyRegistered,
    VoterStatus::NeedsFollowUp, VoterStatus::NotEligible, VoterStatus::Unknown};

QColor statusColor(VoterStatus status)
{
    switch (status) {
    case VoterStatus::RegisteredHere:
        return kGood;
    case VoterStatus::AlreadyRegistered:
        return kInfo;
    case VoterStatus::NeedsFollowUp:
        return kWaiting;
    case VoterStatus::NotEligible:
        return kNeutral;
    case VoterStatus::Unknown:
        return kFaint;
    }
    return kNeutral;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

// Titles, names and dates, isolated so each keeps its own direction in a right-to-left table.
QTableWidgetItem *textItem(const QString &text, bidi::Kind kind = bidi::Kind::Text)
{
    return readOnlyItem(bidi::isolate(text, kind));
}

// The count also sits in Qt::UserRole, so code (and tests) need not parse localized digits.
// A lone number needs no isolate: it is the whole cell.
QTableWidgetItem *numberItem(const QLocale &locale, int count)
{
    auto *item = readOnlyItem(locale.toString(count));
    item->setData(Qt::UserRole, count);
    item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}

void setRow(QTableWidget *table, int row, const QList<QTableWidgetItem *> &items)
{
    for (int column = 0; column < items.size(); ++column)
        table->setItem(row, column, items.at(column));
}

// Tables as tall as their rows: the page scrolls, not each table inside it.
void fitHeight(QTableWidget *table)
{
    table->setFixedHeight(
        table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->length() + 2 * table->frameWidth());
}

// The first column names the row and takes the room left; the numbers take what they need.
void sizeColumns(QTableWidget *table, int stretchColumn = 0)
{
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < table->columnCount(); ++column)
        header->setSectionResizeMode(
            column, column == stretchColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

} // namespace

ReportsPage::ReportsPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->setDocumentMode(true);

    buildSection(AttendanceReport, QStringLiteral("attendance"), tr("&Attendance"), tr("Attendance per event"),
        tr("How many registered for each event, how many came, and how many new people walked in."),
        {tr("Event"), tr("Date"), tr("Registered"), tr("Checked in"), tr("New contacts")});
    table(AttendanceReport)
        ->horizontalHeaderItem(4)
        ->setToolTip(tr("People who walked in without registering and were added as new contacts"));
    buildSection(ChapterReport, QStringLiteral("chapter"), tr("By &chapter"), tr("Attendance per chapter by month"),
        tr("How many people each chapter checked in at its events, month by month."), {tr("Month")});
    QStringList voterHeaders {tr("Drive"), tr("Date")};
    for (VoterStatus status : kStatusOrder)
        voterHeaders << voterStatusName(status);
    voterHeaders << tr("Total") << tr("Pledged");
    buildSection(VoterReport, QStringLiteral("voter"), tr("&Voter registration"), tr("Voter registration per drive"),
        tr("What each voter-registration drive recorded, person by person, and how many pledged to vote."),
        voterHeaders);
    table(VoterReport)
        ->horizontalHeaderItem(int(voterHeaders.size()) - 1)
        ->setToolTip(tr("People who pledged to vote"));
    buildSection(AreaReport, QStringLiteral("area"), tr("&Partners"), tr("Partners by issue area"),
        tr("How many coalition partners work on each issue, and who they are."),
        {tr("Issue area"), tr("Partners"), tr("Names")});
    buildSection(LetterReport, QStringLiteral("letter"), tr("&Sign-on letters"), tr("Sign-on letters"),
        tr("For each letter, how many partners asked have signed, declined, or not answered yet."),
        {tr("Letter"), tr("Deadline"), tr("Asked"), tr("Signed"), tr("Declined"), tr("Not answered")});
    sizeColumns(table(AreaReport), 2);
    QVBoxLayout *campaignColumn
        = buildSection(CampaignReport, QStringLiteral("campaign"), tr("Ca&mpaigns"), tr("Open campaigns"),
            tr("How each open phone bank, door-knocking effort and get-out-the-vote drive is going: attempts, "
               "people reached and pledges to vote, in all and day by day."),
            {tr("Campaign"), tr("Kind"), tr("On the list"), tr("Attempts"), tr("Contacts"), tr("Contact rate"),
                tr("Pledges")});
    table(CampaignReport)->horizontalHeaderItem(4)->setToolTip(tr("Attempts that reached the person"));
    m_campaignDays = new QWidget;
    m_campaignDays->setObjectName(QStringLiteral("campaignDays"));
    new QVBoxLayout(m_campaignDays);
    m_campaignDays->layout()->setContentsMargins(0, 0, 0, 0);
    campaignColumn->insertWidget(campaignColumn->count() - 1, m_campaignDays);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_built = true;
    refresh();
}

QVBoxLayout *ReportsPage::buildSection(Report report, const QString &key, const QString &tabText, const QString &title,
    const QString &explanation, const QStringList &headers)
{
    Section &section = m_sections.at(size_t(report));
    auto *content = new QWidget;

    auto *about = new QLabel(explanation, content);
    about->setWordWrap(true);

    section.empty = new QLabel(content);
    section.empty->setObjectName(key + QStringLiteral("EmptyLabel"));
    section.empty->setWordWrap(true);
    section.empty->setMargin(fontMetrics().height());
    section.empty->setAlignment(Qt::AlignCenter);

    section.chart = new QChartView(new QChart, content);
    section.chart->setObjectName(key + QStringLiteral("Chart"));
    section.chart->setRenderHint(QPainter::Antialiasing);
    section.chart->setAccessibleName(title);
    section.chart->setAccessibleDescription(tr("A chart of the numbers in the table below."));
    section.chart->setFixedHeight(uprightHeight(fontMetrics()));

    section.note = new QLabel(content);
    section.note->setObjectName(key + QStringLiteral("NoteLabel"));
    section.note->setWordWrap(true);
    section.note->hide();

    section.table = new QTableWidget(0, int(headers.size()), content);
    section.table->setObjectName(key + QStringLiteral("Table"));
    section.table->setAccessibleName(title);
    section.table->setHorizontalHeaderLabels(headers);
    section.table->verticalHeader()->hide();
    section.table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    section.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    section.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    section.table->setAlternatingRowColors(true);
    section.table->setWordWrap(false);
    copyWithoutIsolates(section.table);
    sizeColumns(section.table);

    auto *column = new QVBoxLayout(content);
    column->addWidget(heading(title, content));
    column->addWidget(about);
    column->addWidget(section.empty);
    column->addWidget(section.chart);
    column->addWidget(section.note);
    column->addWidget(section.table);
    column->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setAccessibleName(QString(tabText).remove(u'&'));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tabText);
    return column;
}

QTableWidget *ReportsPage::table(const QString &objectName) const
{
    for (const Section &section : m_sections) {
        if (section.table->objectName() == objectName)
            return section.table;
    }
    return nullptr;
}

bool ReportsPage::showsChart(Report report) const
{
    return !chartView(report)->isHidden();
}

void ReportsPage::refresh()
{
    fillAttendance();
    fillChapters();
    fillVoters();
    fillAreas();
    fillLetters();
    fillCampaigns();
}

void ReportsPage::changeEvent(QEvent *event)
{
    // The charts draw their own text and axes: mirror and recolour them by drawing them again.
    const QEvent::Type type = event->type();
    if (m_built
        && (type == QEvent::LayoutDirectionChange || type == QEvent::LocaleChange || type == QEvent::PaletteChange))
        refresh();
    QWidget::changeEvent(event);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    // Check-ins and answers are recorded elsewhere: coming back to the page shows them.
    if (!event->spontaneous())
        refresh();
    QWidget::showEvent(event);
}

void ReportsPage::showState(Report report, bool hasRows, bool drawn, const QString &emptyText)
{
    Section &section = m_sections.at(size_t(report));
    section.empty->setText(emptyText);
    section.empty->setVisible(!drawn);
    section.chart->setVisible(drawn);
    if (!drawn)
        section.note->hide();
    section.table->setVisible(hasRows);
    fitHeight(section.table);
}

void ReportsPage::showError(Report report, const QString &message)
{
    Section &section = m_sections.at(size_t(report));
    section.table->setRowCount(0);
    resetChart(section.chart, locale(), palette(), layoutDirection());
    showState(report, false, false, message);
    if (report == CampaignReport)
        m_campaignDays->hide();
}

void ReportsPage::fillAttendance()
{
    const auto result = OrganizingReports(m_database).attendancePerEvent();
    if (!result)
        return showError(AttendanceReport, result.error().message);
    const QList<OrganizingReports::EventAttendance> &events = *result;
    const Section &section = m_sections.at(AttendanceReport);
    const QLocale locale = this->locale();

    section.table->setRowCount(int(events.size()));
    QList<OrganizingReports::EventAttendance> charted;
    for (int row = 0; row < events.size(); ++row) {
        const OrganizingReports::EventAttendance &a = events.at(row);
        auto *title = textItem(a.event.title);
        title->setToolTip(eventKindName(a.event.kind));
        setRow(section.table, row,
            {title, textItem(locale.toString(a.event.startsAt.date(), QLocale::ShortFormat)),
                numberItem(locale, a.registered), numberItem(locale, a.checkedIn), numberItem(locale, a.walkIns)});
        // Events nobody has signed up for yet would only be gaps between the bars.
        if (a.registered + a.checkedIn + a.walkIns > 0)
            charted.append(a);
    }
    const qsizetype hidden = std::max<qsizetype>(0, charted.size() - kMaxChartCategories);
    charted = charted.mid(hidden);

    QChart *chart = resetChart(section.chart, locale, palette(), layoutDirection());
    if (!charted.isEmpty()) {
        QBarSet *registered = barSet(tr("Registered"), kInfo);
        QBarSet *checkedIn = barSet(tr("Checked in"), kGood);
        QBarSet *walkIns = barSet(tr("New contacts"), kWaiting);
        QStringList names;
        QStringList dates;
        int most = 0;
        for (const OrganizingReports::EventAttendance &a : std::as_const(charted)) {
            *registered << a.registered;
            *checkedIn << a.checkedIn;
            *walkIns << a.walkIns;
            most = std::max({most, a.registered, a.checkedIn, a.walkIns});
            names << a.event.title;
            dates << locale.toString(a.event.startsAt.date(), QLocale::ShortFormat);
        }
        auto *series = new QBarSeries;
        appendInReadingOrder(series, {registered, checkedIn, walkIns}, layoutDirection());
        QBarCategoryAxis *categories = orderedCategories(series,
            uniqueCategories(names, dates, tr("%1 (%2)", "chart category: a name, then what tells it apart")), names,
            layoutDirection() == Qt::RightToLeft);
        if (charted.size() > 4)
            categories->setLabelsAngle(-30);
        auto *counts = new QValueAxis;
        fitCountAxis(counts, most);
        counts->setTitleText(tr("People"));
        attachUpright(chart, series, categories, counts, layoutDirection(), palette());
        explainOnHover(series, section.chart, names);
    }
    section.note->setText(tr("The chart shows the %n latest events with attendance; the table lists every event.",
        nullptr, int(charted.size())));
    section.note->setVisible(hidden > 0);
    showState(AttendanceReport, !events.isEmpty(), !charted.isEmpty(),
        events.isEmpty() ? tr("Check people in at events to see attendance here.")
                         : tr("No one has registered or checked in yet. Check people in at events to see "
                              "attendance here."));
}

void ReportsPage::fillChapters()
{
    const auto result = OrganizingReports(m_database).attendancePerChapter();
    if (!result)
        return showError(ChapterReport, result.error().message);
    const Section &section = m_sections.at(ChapterReport);
    const QLocale locale = this->locale();
    const QString noChapter = tr("No chapter");

    QStringList chapters;
    QStringList months;
    QHash<QString, QHash<QString, int>> counts; // month → chapter → checked in
    bool unnamed = false;
    int total = 0;
    for (const OrganizingReports::ChapterMonth &cm : *result) {
        if (cm.chapter.isEmpty())
            unnamed = true;
        else if (!chapters.contains(cm.chapter))
            chapters << cm.chapter;
        if (!months.contains(cm.month))
            months << cm.month;
        counts[cm.month][cm.chapter.isEmpty() ? noChapter : cm.chapter] += cm.checkedIn;
        total += cm.checkedIn;
    }
    std::sort(chapters.begin(), chapters.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    // Events without a chapter come after every chapter, whatever the alphabet says.
    if (unnamed)
        chapters << noChapter;
    std::sort(months.begin(), months.end());
    // A month with no events is still a month: leaving it out would make the gap invisible.
    const auto monthStart
        = [](const QString &month) { return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate); };
    if (months.size() > 1
        && std::all_of(months.cbegin(), months.cend(), [&](const QString &m) { return monthStart(m).isValid(); })) {
        QStringList every;
        for (QDate d = monthStart(months.first()); d <= monthStart(months.last()); d = d.addMonths(1))
            every << d.toString(QStringLiteral("yyyy-MM"));
        months = every;
    }

    QStringList headers {tr("Month")};
    for (const QString &chapter : std::as_const(chapters))
        headers << bidi::isolate(chapter);
    headers << tr("Total");
    section.table->setColumnCount(int(headers.size()));
    section.table->setHorizontalHeaderLabels(headers);
    sizeColumns(section.table);
    section.table->setRowCount(int(months.size()));
    for (int row = 0; row < months.size(); ++row) {
        const QString &month = months.at(row);
        auto *monthItem = textItem(month, bidi::Kind::Ltr); // "2027-05"
        if (const QDate start = monthStart(month); start.isValid())
            monthItem->setToolTip(locale.toString(start, QStringLiteral("MMMM yyyy")));
        QList<QTableWidgetItem *> items {monthItem};
        int sum = 0;
        for (const QString &chapter : std::as_const(chapters)) {
            const int n = counts.value(month).value(chapter);
            items << numberItem(locale, n);
            sum += n;
        }
        items << numberItem(locale, sum);
        setRow(section.table, row, items);
    }

    const QStringList shownMonths = months.mid(std::max<qsizetype>(0, months.size() - kMaxChartCategories));
    QChart *chart = resetChart(section.chart, locale, palette(), layoutDirection());
    if (total > 0) {
        auto *series = new QStackedBarSeries;
        int most = 0;
        for (const QString &month : shownMonths) {
            int sum = 0;
            for (const QString &chapter : std::as_const(chapters))
                sum += counts.value(month).value(chapter);
            most = std::max(most, sum);
        }
        for (const QString &chapter : std::as_const(chapters)) {
            auto *set = new QBarSet(bidi::isolate(chapter));
            for (const QString &month : shownMonths)
                *set << counts.value(month).value(chapter);
            series->append(set);
        }
        QStringList names = shownMonths;
        QBarCategoryAxis *categories
            = orderedCategories(series, shownMonths, names, layoutDirection() == Qt::RightToLeft);
        auto *people = new QValueAxis;
        fitCountAxis(people, most);
        people->setTitleText(tr("People checked in"));
        attachUpright(chart, series, categories, people, layoutDirection(), palette());
        explainOnHover(series, section.chart, names);
    }
    section.note->setText(
        tr("The chart shows the last %n months; the table lists every month.", nullptr, int(shownMonths.size())));
    section.note->setVisible(total > 0 && shownMonths.size() < months.size());
    showState(ChapterReport, !months.isEmpty(), total > 0,
        tr("Check people in at events to see each chapter's attendance by month here."));
}

void ReportsPage::fillVoters()
{
    const auto result = OrganizingReports(m_database).voterRegistration();
    if (!result)
        return showError(VoterReport, result.error().message);
    const QList<OrganizingReports::DriveResult> &drives = *result;
    const Section &section = m_sections.at(VoterReport);
    const QLocale locale = this->locale();

    const auto recorded = [](const OrganizingReports::DriveResult &drive) {
        int sum = 0;
        for (VoterStatus status : kStatusOrder)
            sum += drive.byStatus.value(status);
        return sum;
    };
    section.table->setRowCount(int(drives.size()));
    QList<OrganizingReports::DriveResult> charted;
    for (int row = 0; row < drives.size(); ++row) {
        const OrganizingReports::DriveResult &drive = drives.at(row);
        QList<QTableWidgetItem *> items {
            textItem(drive.event.title), textItem(locale.toString(drive.event.startsAt.date(), QLocale::ShortFormat))};
        for (VoterStatus status : kStatusOrder)
            items << numberItem(locale, drive.byStatus.value(status));
        const int total = recorded(drive);
        items << numberItem(locale, total) << numberItem(locale, drive.pledged);
        setRow(section.table, row, items);
        if (total > 0)
            charted.append(drive);
    }
    const qsizetype hidden = std::max<qsizetype>(0, charted.size() - kMaxChartCategories);
    charted = charted.mid(hidden);

    QChart *chart = resetChart(section.chart, locale, palette(), layoutDirection());
    if (!charted.isEmpty()) {
        auto *series = new QHorizontalStackedBarSeries;
        // Only the statuses some drive recorded: a legend entry for nothing is noise.
        for (VoterStatus status : kStatusOrder) {
            if (std::none_of(charted.cbegin(), charted.cend(),
                    [status](const OrganizingReports::DriveResult &d) { return d.byStatus.value(status) > 0; }))
                continue;
            QBarSet *set = barSet(voterStatusName(status), statusColor(status));
            for (const OrganizingReports::DriveResult &drive : std::as_const(charted))
                *set << drive.byStatus.value(status);
            series->append(set);
        }
        QStringList names;
        QStringList dates;
        int most = 0;
        for (const OrganizingReports::DriveResult &drive : std::as_const(charted)) {
            names << drive.event.title;
            dates << locale.toString(drive.event.startsAt.date(), QLocale::ShortFormat);
            most = std::max(most, recorded(drive));
        }
        QBarCategoryAxis *categories = orderedCategories(series,
            uniqueCategories(names, dates, tr("%1 (%2)", "chart category: a name, then what tells it apart")), names,
            true);
        auto *people = new QValueAxis;
        fitCountAxis(people, most);
        people->setTitleText(tr("People recorded"));
        attachLying(chart, series, categories, people, layoutDirection(), palette());
        explainOnHover(series, section.chart, names);
        section.chart->setFixedHeight(lyingHeight(fontMetrics(), int(charted.size())));
    }
    section.note->setText(tr("The chart shows the %n latest drives with records; the table lists every drive.", nullptr,
        int(charted.size())));
    section.note->setVisible(hidden > 0);
    showState(VoterReport, !drives.isEmpty(), !charted.isEmpty(),
        tr("Record who registered at voter-registration drives to see the results here."));
}

void ReportsPage::fillAreas()
{
    const auto result = OrganizingReports(m_database).partnersByIssueArea();
    if (!result)
        return showError(AreaReport, result.error().message);
    QList<OrganizingReports::IssueArea> areas = *result;
    // The widest coalitions first; stable, so areas with as many partners stay alphabetical.
    std::stable_sort(
        areas.begin(), areas.end(), [](const OrganizingReports::IssueArea &a, const OrganizingReports::IssueArea &b) {
            return a.partners.size() > b.partners.size();
        });
    const Section &section = m_sections.at(AreaReport);
    const QLocale locale = this->locale();

    section.table->setRowCount(int(areas.size()));
    for (int row = 0; row < areas.size(); ++row) {
        const OrganizingReports::IssueArea &area = areas.at(row);
        QStringList partners;
        for (const QString &name : area.partners)
            partners << bidi::isolate(name);
        const QString names = locale.createSeparatedList(partners);
        auto *namesItem = textItem(names);
        namesItem->setToolTip(names);
        setRow(section.table, row, {textItem(area.area), numberItem(locale, int(area.partners.size())), namesItem});
    }

    const QList<OrganizingReports::IssueArea> charted = areas.mid(0, kMaxChartCategories);
    QChart *chart = resetChart(section.chart, locale, palette(), layoutDirection());
    if (!charted.isEmpty()) {
        QBarSet *partners = barSet(tr("Partners"), kArea);
        QStringList names;
        for (const OrganizingReports::IssueArea &area : charted) {
            *partners << int(area.partners.size());
            names << area.area;
        }
        auto *series = new QHorizontalBarSeries;
        series->append(partners);
        QBarCategoryAxis *categories = orderedCategories(series,
            uniqueCategories(names, {}, tr("%1 (%2)", "chart category: a name, then what tells it apart")), names,
            true);
        auto *count = new QValueAxis;
        fitCountAxis(count, int(charted.first().partners.size()));
        count->setTitleText(tr("Partners"));
        attachLying(chart, series, categories, count, layoutDirection(), palette());
        // One series, named by the axis title: a legend would only repeat it.
        chart->legend()->setVisible(false);
        explainOnHover(series, section.chart, names);
        section.chart->setFixedHeight(lyingHeight(fontMetrics(), int(charted.size())));
    }
    section.note->setText(tr("The chart shows the %n issue areas with the most partners; the table lists every area.",
        nullptr, int(charted.size())));
    section.note->setVisible(charted.size() < areas.size());
    showState(AreaReport, !areas.isEmpty(), !charted.isEmpty(),
        tr("Add issue areas to partners to see the coalition by issue here."));
}

void ReportsPage::fillLetters()
{
    const auto result = OrganizingReports(m_database).signOnStatus();
    if (!result)
        return showError(LetterReport, result.error().message);
    const QList<OrganizingReports::LetterStatus> &letters = *result;
    const Section &section = m_sections.at(LetterReport);
    const QLocale locale = this->locale();
    const auto unanswered
        = [](const OrganizingReports::LetterStatus &l) { return std::max(0, l.asked - l.signedCount - l.declined); };

    section.table->setRowCount(int(letters.size()));
    QList<OrganizingReports::LetterStatus> charted;
    for (int row = 0; row < letters.size(); ++row) {
        const OrganizingReports::LetterStatus &letter = letters.at(row);
        setRow(section.table, row,
            {textItem(letter.title),
                textItem(letter.deadline.isValid() ? locale.toString(letter.deadline, QLocale::ShortFormat)
                                                   : tr("None", "no deadline")),
                numberItem(locale, letter.asked), numberItem(locale, letter.signedCount),
                numberItem(locale, letter.declined), numberItem(locale, unanswered(letter))});
        if (letter.asked > 0)
            charted.append(letter);
    }
    // The latest deadlines, and the letters with none (still open), matter most: they come last.
    const qsizetype hidden = std::max<qsizetype>(0, charted.size() - kMaxChartCategories);
    charted = charted.mid(hidden);

    QChart *chart = resetChart(section.chart, locale, palette(), layoutDirection());
    if (!charted.isEmpty()) {
        QBarSet *signedSet = barSet(tr("Signed"), kGood);
        QBarSet *declined = barSet(tr("Declined"), kBad);
        QBarSet *waiting = barSet(tr("Not answered"), kNeutral);
        QStringList names;
        QStringList deadlines;
        int most = 0;
        for (const OrganizingReports::LetterStatus &letter : std::as_const(charted)) {
            *signedSet << letter.signedCount;
            *declined << letter.declined;
            *waiting << unanswered(letter);
            names << letter.title;
            deadlines << (letter.deadline.isValid() ? locale.toString(letter.deadline, QLocale::ShortFormat)
                                                    : QString());
            most = std::max(most, letter.signedCount + letter.declined + unanswered(letter));
        }
        auto *series = new QHorizontalStackedBarSeries;
        series->append(QList<QBarSet *> {signedSet, declined, waiting});
        QBarCategoryAxis *categories = orderedCategories(series,
            uniqueCategories(names, deadlines, tr("%1 (%2)", "chart category: a name, then what tells it apart")),
            names, true);
        auto *partners = new QValueAxis;
        fitCountAxis(partners, most);
        partners->setTitleText(tr("Partners asked"));
        attachLying(chart, series, categories, partners, layoutDirection(), palette());
        explainOnHover(series, section.chart, names);
        section.chart->setFixedHeight(lyingHeight(fontMetrics(), int(charted.size())));
    }
    section.note->setText(tr("The chart shows the %n letters with the latest deadlines; the table lists every letter.",
        nullptr, int(charted.size())));
    section.note->setVisible(hidden > 0);
    showState(LetterReport, !letters.isEmpty(), !charted.isEmpty(),
        letters.isEmpty() ? tr("Create a sign-on letter and ask partners to sign it to see who signed here.")
                          : tr("No partner has been asked to sign yet. Ask partners to sign a letter to see "
                               "who signed here."));
}

void ReportsPage::fillCampaigns()
{
    auto campaigns = CampaignRepository(m_database).list();
    if (!campaigns)
        return showError(CampaignReport, campaigns.error().message);
    struct Open
    {
        Campaign campaign;
        CampaignTotals totals;
    };
    QList<Open> open;
    for (const Campaign &campaign : std::as_const(campaigns.value())) {
        if (campaign.closed)
            continue;
        auto totals = CampaignProgress(m_database).totals(campaign.id);
        if (!totals)
            return showError(CampaignReport, totals.error().message);
        open.append({campaign, totals.value()});
    }
    const Section &section = m_sections.at(CampaignReport);
    const QLocale locale = this->locale();

    section.table->setRowCount(int(open.size()));
    QList<Open> charted;
    for (int row = 0; row < open.size(); ++row) {
        const Open &o = open.at(row);
        auto *rate = readOnlyItem(o.totals.attempts == 0
                ? QString()
                : locale.toString(qRound(o.totals.contactRate() * 100)) + locale.percent());
        rate->setData(Qt::UserRole, o.totals.contactRate());
        rate->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        setRow(section.table, row,
            {textItem(o.campaign.name), textItem(campaignKindName(o.campaign.kind)),
                numberItem(locale, o.totals.listed), numberItem(locale, o.totals.attempts),
                numberItem(locale, o.totals.contacts), rate, numberItem(locale, o.totals.pledges)});
        if (o.totals.attempts > 0)
            charted.append(o);
    }
    charted = charted.mid(0, kMaxChartCategories); // the newest

    QChart *chart = resetChart(section.chart, locale, palette(), layoutDirection());
    if (!charted.isEmpty()) {
        QBarSet *attempts = barSet(tr("Attempts"), kInfo);
        QBarSet *contacts = barSet(tr("Contacts"), kGood);
        QBarSet *pledges = barSet(tr("Pledges"), kWaiting);
        QStringList names;
        QStringList kinds;
        int most = 0;
        for (const Open &o : std::as_const(charted)) {
            *attempts << o.totals.attempts;
            *contacts << o.totals.contacts;
            *pledges << o.totals.pledges;
            most = std::max({most, o.totals.attempts, o.totals.contacts, o.totals.pledges});
            names << o.campaign.name;
            kinds << campaignKindName(o.campaign.kind);
        }
        auto *series = new QBarSeries;
        appendInReadingOrder(series, {attempts, contacts, pledges}, layoutDirection());
        QBarCategoryAxis *categories = orderedCategories(series,
            uniqueCategories(names, kinds, tr("%1 (%2)", "chart category: a name, then what tells it apart")), names,
            layoutDirection() == Qt::RightToLeft);
        if (charted.size() > 4)
            categories->setLabelsAngle(-30);
        auto *counts = new QValueAxis;
        fitCountAxis(counts, most);
        counts->setTitleText(tr("Results"));
        attachUpright(chart, series, categories, counts, layoutDirection(), palette());
        explainOnHover(series, section.chart, names);
    }
    section.note->setText(tr("The chart shows the %Ln newest open campaigns with results; the table lists every "
                             "open campaign.",
        nullptr, int(charted.size())));
    section.note->setVisible(charted.size()
        < std::count_if(open.cbegin(), open.cend(), [](const Open &o) { return o.totals.attempts > 0; }));

    // Day by day, each campaign with results under its name: built anew, as campaigns come and go.
    QLayout *days = m_campaignDays->layout();
    while (QLayoutItem *item = days->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Open &o : std::as_const(open)) {
        if (o.totals.attempts == 0)
            continue;
        const QString title = tr("%1: attempts, contacts and pledges per day").arg(bidi::isolate(o.campaign.name));
        auto *label = new LeadingLabel(m_campaignDays);
        label->setText(title);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        auto *dayChart = new CampaignDayChart(m_campaignDays);
        dayChart->setProperty("campaignId", o.campaign.id);
        dayChart->setAccessibleName(title);
        dayChart->setDays(o.totals.days);
        dayChart->setFixedHeight(uprightHeight(fontMetrics()));
        days->addWidget(label);
        days->addWidget(dayChart);
    }
    showState(CampaignReport, !open.isEmpty(), !charted.isEmpty(),
        open.isEmpty() ? tr("Start a phone bank, door-knocking effort or get-out-the-vote drive to see its "
                            "progress here.")
                       : tr("No results recorded yet in the open campaigns. Progress appears here as volunteers "
                            "record results."));
    m_campaignDays->setVisible(!charted.isEmpty());
}

} // namespace majlis
