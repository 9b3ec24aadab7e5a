#include "advocacy/daydashboard.h"

#include "advocacy/daysummary.h"
#include "advocacy/meetingrepository.h"
#include "advocacy/outcomechart.h"
#include "i18n/bidi.h"
#include "shell/plaincopy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace majlis {

namespace {

constexpr int kOutcomeCount = 4;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

// Tables as tall as their rows: the page scrolls, not each table inside it.
void setUpTable(QTableWidget *table)
{
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
}

// AdjustToContents keeps the height of an empty table's default size hint, so this sets it
// from the rows each time they change.
void fitHeight(QTableWidget *table)
{
    table->setFixedHeight(
        table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->length() + 2 * table->frameWidth());
}

} // namespace

DayDashboard::DayDashboard(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("dashboardEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *content = new QWidget(this);
    m_headline = new QLabel(content);
    m_headline->setObjectName(QStringLiteral("dashboardHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_cancelled = new QLabel(content);
    m_cancelled->setObjectName(QStringLiteral("dashboardCancelledLabel"));
    m_reports = new QLabel(content);
    m_reports->setObjectName(QStringLiteral("dashboardReportsLabel"));
    auto *counts = new QHBoxLayout;
    counts->addWidget(m_cancelled);
    counts->addSpacing(24);
    counts->addWidget(m_reports);
    counts->addStretch();

    m_chart = new OutcomeChart(content);
    m_chart->setObjectName(QStringLiteral("outcomeChart"));

    m_outcomes = new QTableWidget(0, kOutcomeCount + 1, content);
    copyWithoutIsolates(m_outcomes);
    m_outcomes->setObjectName(QStringLiteral("outcomeTable"));
    m_outcomes->setAccessibleName(tr("Outcomes by ask"));
    QStringList outcomeHeaders;
    for (Outcome o : {Outcome::Supportive, Outcome::Undecided, Outcome::Opposed, Outcome::NoAnswer})
        outcomeHeaders << outcomeName(o);
    outcomeHeaders << tr("Not recorded");
    m_outcomes->setHorizontalHeaderLabels(outcomeHeaders);
    m_outcomes->horizontalHeaderItem(kOutcomeCount)->setToolTip(tr("Held meetings that recorded nothing for this ask"));
    m_outcomes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setUpTable(m_outcomes);

    m_noFollowUps = new QLabel(tr("No open follow-ups."), content);
    m_noFollowUps->setEnabled(false);
    m_followUps = new QTableWidget(0, FollowUpColumnCount, content);
    copyWithoutIsolates(m_followUps);
    m_followUps->setObjectName(QStringLiteral("openFollowUpTable"));
    m_followUps->setAccessibleName(tr("Open follow-ups"));
    m_followUps->setHorizontalHeaderLabels({tr("Done"), tr("Description"), tr("Due"), tr("Office")});
    m_followUps->horizontalHeaderItem(DoneColumn)->setToolTip(tr("Tick a follow-up off once it is done"));
    m_followUps->horizontalHeader()->setSectionResizeMode(DoneColumn, QHeaderView::ResizeToContents);
    m_followUps->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_followUps->horizontalHeader()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_followUps->horizontalHeader()->setSectionResizeMode(OfficeColumn, QHeaderView::ResizeToContents);
    m_followUps->verticalHeader()->hide();
    setUpTable(m_followUps);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_headline);
    contentLayout->addLayout(counts);
    contentLayout->addSpacing(12);
    contentLayout->addWidget(sectionTitle(tr("Outcomes by ask"), content));
    contentLayout->addWidget(m_chart);
    contentLayout->addWidget(m_outcomes);
    contentLayout->addSpacing(12);
    contentLayout->addWidget(sectionTitle(tr("Open follow-ups"), content));
    contentLayout->addWidget(m_noFollowUps);
    contentLayout->addWidget(m_followUps);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields inside take the focus, one by one
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_empty);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_followUps, &QTableWidget::itemChanged, this, &DayDashboard::onFollowUpItemChanged);
    refresh();
}

QString DayDashboard::headline() const
{
    return m_headline->text();
}

void DayDashboard::setDay(const QString &dayId)
{
    m_dayId = dayId;
    refresh();
}

void DayDashboard::refresh()
{
    if (m_dayId.isEmpty()) {
        m_empty->setText(tr("No advocacy day selected."));
        m_stack->setCurrentWidget(m_empty);
        m_headline->clear();
        return;
    }
    auto snapshot = DayPlanner(m_database).snapshot(m_dayId);
    if (!snapshot) {
        m_empty->setText(snapshot.error().message);
        m_stack->setCurrentWidget(m_empty);
        m_headline->clear();
        return;
    }
    m_stack->setCurrentIndex(0);
    const DaySummary summary = DaySummary::of(*snapshot);
    const QLocale locale = this->locale();

    m_headline->setText(tr("Meetings held: %1 of %2 scheduled").arg(summary.held).arg(summary.scheduled));
    m_cancelled->setText(tr("Cancelled: %1").arg(summary.cancelled));
    m_reports->setText(tr("Reports received: %1 of %2 held").arg(summary.reported).arg(summary.held));

    m_chart->setTallies(summary.asks);

    m_outcomes->setRowCount(int(summary.asks.size()));
    QStringList askLabels;
    for (int row = 0; row < summary.asks.size(); ++row) {
        const DaySummary::AskTally &tally = summary.asks.at(row);
        askLabels << (tally.ask.bill.trimmed().isEmpty() ? bidi::isolate(tally.ask.title) : bidi::isolateLtr(tally.ask.bill));
        for (int column = 0; column < kOutcomeCount; ++column) {
            auto *item = readOnlyItem(locale.toString(tally.outcomes[size_t(column)]));
            item->setTextAlignment(Qt::AlignCenter);
            m_outcomes->setItem(row, column, item);
        }
        auto *unreported = readOnlyItem(locale.toString(tally.unreported));
        unreported->setTextAlignment(Qt::AlignCenter);
        m_outcomes->setItem(row, kOutcomeCount, unreported);
    }
    m_outcomes->setVerticalHeaderLabels(askLabels);
    for (int row = 0; row < summary.asks.size(); ++row)
        m_outcomes->verticalHeaderItem(row)->setToolTip(bidi::isolate(summary.asks.at(row).ask.title));
    m_outcomes->setVisible(!summary.asks.isEmpty());
    fitHeight(m_outcomes);

    // Filled with signals on, but ignored: only a user's tick should write to the workspace.
    m_filling = true;
    m_followUps->setRowCount(0);
    const QDate today = QDate::currentDate();
    for (const DaySummary::OpenFollowUp &open : summary.openFollowUps) {
        const int row = m_followUps->rowCount();
        m_followUps->insertRow(row);
        auto *done = new QTableWidgetItem;
        done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        done->setCheckState(Qt::Unchecked);
        done->setData(Qt::UserRole, open.followUp.id);
        done->setData(Qt::AccessibleTextRole, tr("Done"));
        const QDate due = open.followUp.due;
        QList<QTableWidgetItem *> items {done, readOnlyItem(bidi::isolate(open.followUp.description)),
            readOnlyItem(due.isValid() ? locale.toString(due, QLocale::ShortFormat) : QString()),
            readOnlyItem(bidi::isolate(open.office))};
        if (due.isValid() && due < today) {
            QFont bold = items.at(DueColumn)->font();
            bold.setBold(true);
            items.at(DueColumn)->setFont(bold);
            for (QTableWidgetItem *item : std::as_const(items)) {
                item->setForeground(QColor(0xc6, 0x28, 0x28));
                item->setToolTip(tr("Overdue"));
                item->setData(Qt::AccessibleDescriptionRole, tr("Overdue"));
            }
        }
        for (int column = 0; column < FollowUpColumnCount; ++column)
            m_followUps->setItem(row, column, items.at(column));
    }
    m_filling = false;
    fitHeight(m_followUps);
    m_followUps->setVisible(!summary.openFollowUps.isEmpty());
    m_noFollowUps->setVisible(summary.openFollowUps.isEmpty());
}

void DayDashboard::onFollowUpItemChanged(QTableWidgetItem *item)
{
    if (m_filling || !item || item->column() != DoneColumn || item->checkState() != Qt::Checked)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    if (const Status status = MeetingRepository(m_database).setFollowUpDone(id, true); !status) {
        m_filling = true;
        item->setCheckState(Qt::Unchecked);
        m_filling = false;
        QMessageBox::warning(this, tr("Follow-up not updated"), status.error().message);
        return;
    }
    emit followUpChanged();
    // Later, not here: the table is still inside the signal of the item it would delete.
    QMetaObject::invokeMethod(this, &DayDashboard::refresh, Qt::QueuedConnection);
}

} // namespace majlis
