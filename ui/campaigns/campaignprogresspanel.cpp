#include "campaigns/campaignprogresspanel.h"

#include "campaigns/answerchart.h"
#include "campaigns/answercountmodel.h"
#include "campaigns/callerprogressmodel.h"
#include "campaigns/campaigndaychart.h"
#include "campaigns/campaignrepository.h"
#include "campaigns/leadinglabel.h"
#include "campaigns/recordtable.h"
#include "i18n/bidi.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace majlis {

namespace {

struct TotalText
{
    const char *key; // object name prefix
    const char *caption;
    const char *explanation;
};

// In the order of CampaignProgressPanel::Total.
const TotalText kTotals[] = {
    {"listed", QT_TRANSLATE_NOOP("majlis::CampaignProgressPanel", "On the list"),
        QT_TRANSLATE_NOOP("majlis::CampaignProgressPanel", "People on the campaign's list")},
    {"finished", QT_TRANSLATE_NOOP("majlis::CampaignProgressPanel", "Finished"),
        QT_TRANSLATE_NOOP("majlis::CampaignProgressPanel", "People with a final result, or tried three times")},
    {"attempts", QT_TRANSLATE_NOOP("majlis::CampaignProgressPanel", "Attempts"),
        QT_TRANSLATE_NOOP("majlis::CampaignProgressPanel", "Results recorded, one per call or knock")},
    {"contacts", QT_TRANSLATE_NOOP("majlis::CampaignProgressPanel", "Contacts"),
        QT_TRANSLATE_NOOP("majlis::CampaignProgressPanel", "Attempts that reached the person")},
    {"contactRate", QT_TRANSLATE_NOOP("majlis::CampaignProgressPanel", "Contact rate"),
        QT_TRANSLATE_NOOP("majlis::CampaignProgressPanel", "Contacts as a share of attempts")},
    {"pledges", QT_TRANSLATE_NOOP("majlis::CampaignProgressPanel", "Pledges"),
        QT_TRANSLATE_NOOP("majlis::CampaignProgressPanel", "People who pledged to vote")},
    {"followUps", QT_TRANSLATE_NOOP("majlis::CampaignProgressPanel", "Follow-ups"),
        QT_TRANSLATE_NOOP("majlis::CampaignProgressPanel", "Voter-registration follow-ups asked for")},
    {"optOuts", QT_TRANSLATE_NOOP("majlis::CampaignProgressPanel", "Opt-outs"),
        QT_TRANSLATE_NOOP("majlis::CampaignProgressPanel", "People who asked not to be contacted again")},
};

QLabel *wrapping(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

CampaignProgressPanel::CampaignProgressPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_headline = new LeadingLabel(this);
    m_headline->setObjectName(QStringLiteral("progressHeadline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_headline->setFont(bold);

    // Four numbers to a row, each above its caption, so the eight fit a narrow panel.
    auto *totals = new QGridLayout;
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.5);
    for (int i = 0; i < TotalCount; ++i) {
        auto *value = new QLabel(this);
        value->setObjectName(QLatin1String(kTotals[i].key) + QStringLiteral("Total"));
        value->setFont(big);
        value->setAlignment(Qt::AlignCenter);
        const QString caption = tr(kTotals[i].caption);
        value->setAccessibleName(caption);
        value->setToolTip(tr(kTotals[i].explanation));
        auto *name = new QLabel(caption, this);
        name->setAlignment(Qt::AlignCenter);
        name->setToolTip(tr(kTotals[i].explanation));
        totals->addWidget(value, (i / 4) * 2, i % 4);
        totals->addWidget(name, (i / 4) * 2 + 1, i % 4);
        m_totalLabels.at(size_t(i)) = value;
    }

    m_status = new LeadingLabel(this);
    m_status->setObjectName(QStringLiteral("progressStatus"));
    m_status->hide();

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("progressEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(fontMetrics().height());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("progressTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildVolunteers(), tr("&Volunteers"));
    m_tabs->addTab(buildAnswers(), tr("A&nswers"));
    m_tabs->addTab(buildOverTime(), tr("Over &Time"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(totals);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);

    setCampaign({});
}

QWidget *CampaignProgressPanel::buildVolunteers()
{
    auto *page = new QWidget;
    m_callers = new CallerProgressModel(this);
    m_callerView = recordTable(
        m_callers, CallerProgressModel::SortRole, QStringLiteral("callerTable"), tr("Progress per volunteer"), page);
    m_callerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_callerSort = qobject_cast<QSortFilterProxyModel *>(m_callerView->model());
    connect(m_callerView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CampaignProgressPanel::updateRollBack);

    m_rollBack = new QPushButton(tr("&Roll Back…"), page);
    m_rollBack->setObjectName(QStringLiteral("rollBackButton"));
    m_rollBack->setToolTip(tr("Withdraw every result the selected volunteer entered in this campaign"));
    connect(m_rollBack, &QPushButton::clicked, this, &CampaignProgressPanel::rollBackSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_rollBack);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrapping(tr("Work that looks implausible (dozens of results a minute, nearly everyone "
                                  "reached) is shown in bold with a warning sign. Check it with the volunteer; "
                                  "if it was not really done, roll it back."),
        page));
    layout->addWidget(m_callerView, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *CampaignProgressPanel::buildAnswers()
{
    auto *page = new QWidget;
    m_question = new QComboBox(page);
    m_question->setObjectName(QStringLiteral("answerQuestion"));
    m_question->setAccessibleName(tr("Question"));
    m_question->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_question->setMinimumContentsLength(30);
    connect(m_question, &QComboBox::currentIndexChanged, this, &CampaignProgressPanel::showQuestion);

    m_answerChart = new AnswerChart(page);
    m_answers = new AnswerCountModel(this);
    m_answerView
        = recordTable(m_answers, AnswerCountModel::SortRole, QStringLiteral("answerTable"), tr("Answers"), page);

    auto *form = new QFormLayout;
    form->addRow(tr("&Question:"), m_question);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_answerChart);
    layout->addWidget(m_answerView, 1);
    return page;
}

QWidget *CampaignProgressPanel::buildOverTime()
{
    auto *page = new QWidget;
    m_dayChart = new CampaignDayChart(page);
    m_dayNote = new LeadingLabel(page);
    m_dayNote->setObjectName(QStringLiteral("dayNoteLabel"));
    m_days = new DayProgressModel(this);
    m_dayView
        = recordTable(m_days, DayProgressModel::SortRole, QStringLiteral("dayTable"), tr("Results per day"), page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_dayChart, 2);
    layout->addWidget(m_dayNote);
    layout->addWidget(m_dayView, 1);
    return page;
}

void CampaignProgressPanel::setCampaign(const QString &campaignId)
{
    if (campaignId != m_campaignId)
        m_status->hide();
    m_campaignId = campaignId;
    refresh();
}

bool CampaignProgressPanel::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void CampaignProgressPanel::showError(const QString &message)
{
    m_totals = {};
    m_headline->setText(QString());
    showTotals();
    m_callers->setCallers({});
    m_answers->setAnswers({}, {});
    m_days->setDays({});
    m_dayChart->setDays({});
    m_empty->setText(message);
    m_stack->setCurrentWidget(m_empty);
    updateRollBack();
}

void CampaignProgressPanel::refresh()
{
    if (m_campaignId.isEmpty())
        return showError(tr("Choose a campaign to see how it is going."));
    auto campaign = CampaignRepository(m_database).get(m_campaignId);
    if (!campaign)
        return showError(campaign.error().message);
    auto totals = CampaignProgress(m_database).totals(m_campaignId);
    if (!totals)
        return showError(totals.error().message);
    m_campaign = campaign.value();
    m_totals = totals.value();

    const QLocale locale = this->locale();
    QString dates;
    if (m_campaign.startsOn.isValid() && m_campaign.endsOn.isValid())
        dates = tr("%1 to %2", "campaign dates")
                    .arg(locale.toString(m_campaign.startsOn, QLocale::ShortFormat),
                        locale.toString(m_campaign.endsOn, QLocale::ShortFormat));
    QString headline = tr("%1 (%2)", "campaign name, then its kind")
                           .arg(bidi::isolate(m_campaign.name), campaignKindName(m_campaign.kind));
    if (!dates.isEmpty())
        headline = tr("%1, %2", "campaign, then its dates").arg(headline, bidi::isolate(dates));
    if (m_campaign.closed)
        headline = tr("%1 (closed)", "a campaign that takes no more results").arg(headline);
    m_headline->setText(headline);
    showTotals();

    const QString previousCaller = selectedCaller();
    m_callers->setCallers(m_totals.callers);
    m_answers->setAnswers(m_campaign.script, m_totals.answers);
    m_days->setDays(m_totals.days);
    m_dayChart->setDays(m_totals.days);
    const int hiddenDays = int(m_dayChart->days().size() - m_dayChart->shownDays().size());
    m_dayNote->setText(tr("The chart shows the last %Ln days; the table lists every day with results.", nullptr,
        int(m_dayChart->shownDays().size())));
    m_dayNote->setVisible(hiddenDays > 0);

    {
        const QSignalBlocker blocker(m_question);
        const QString previous = m_question->currentData().toString();
        m_question->clear();
        for (const ScriptQuestion &q : std::as_const(m_campaign.script.questions)) {
            if (q.kind != ScriptQuestion::Kind::FreeText)
                m_question->addItem(bidi::isolate(q.text), q.key);
        }
        m_question->setCurrentIndex(std::max(0, m_question->findData(previous)));
    }
    showQuestion();

    // Keep the organizer's place: the volunteer they were looking at stays selected.
    for (int row = 0; row < m_callerSort->rowCount(); ++row) {
        const QModelIndex index = m_callerSort->index(row, 0);
        if (!previousCaller.isEmpty() && index.data(CallerProgressModel::CallerRole).toString() == previousCaller)
            m_callerView->selectRow(row);
    }

    if (m_totals.attempts == 0) {
        m_empty->setText(m_totals.listed == 0
                ? tr("Nobody is on this campaign's list yet. Build its list, then progress appears "
                     "here as volunteers record results.")
                : tr("Nothing recorded yet: %Ln people are on the list. Progress appears here as "
                     "volunteers record results.",
                    nullptr, m_totals.listed));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_tabs);
    }
    updateRollBack();
}

void CampaignProgressPanel::showTotals()
{
    const QLocale locale = this->locale();
    const int values[] = {m_totals.listed, m_totals.finished, m_totals.attempts, m_totals.contacts,
        qRound(m_totals.contactRate() * 100), m_totals.pledges, m_totals.followUps, m_totals.optOuts};
    for (int i = 0; i < TotalCount; ++i) {
        QLabel *label = m_totalLabels.at(size_t(i));
        label->setProperty("value", values[i]);
        if (i == ContactRate)
            label->setText(m_totals.attempts == 0 ? QStringLiteral("–")
                                                  : CallerProgressModel::percent(locale, m_totals.contactRate()));
        else
            label->setText(locale.toString(values[i]));
    }
}

void CampaignProgressPanel::showQuestion()
{
    const QString key = m_question->currentData().toString();
    const ScriptQuestion *question = m_campaign.script.question(key);
    m_answerChart->setQuestion(question ? *question : ScriptQuestion {}, m_totals.answers);
    m_answerChart->setVisible(question != nullptr);
}

QString CampaignProgressPanel::selectedCaller() const
{
    const QModelIndexList rows = m_callerView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(CallerProgressModel::CallerRole).toString();
}

void CampaignProgressPanel::updateRollBack()
{
    m_rollBack->setEnabled(!selectedCaller().isEmpty());
}

void CampaignProgressPanel::rollBackSelected()
{
    const QString caller = selectedCaller();
    if (caller.isEmpty())
        return;
    const CallerProgress *progress = nullptr;
    for (const CallerProgress &c : std::as_const(m_totals.callers)) {
        if (c.caller == caller)
            progress = &c;
    }
    if (!progress)
        return;

    QMessageBox box(QMessageBox::Warning, tr("Roll Back Results"),
        tr("Withdraw all %Ln results %1 entered in \"%2\"?", nullptr, progress->attempts)
            .arg(bidi::isolate(caller), bidi::isolate(m_campaign.name)),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("rollBackConfirm"));
    QString consequences
        = tr("Their results will no longer count. The people they recorded are reopened, to be called or visited "
             "again, and the pledges to vote and the opt-outs that only their results made are lifted. This cannot "
             "be undone.");
    if (!progress->flag.isEmpty())
        consequences = tr("Flagged: %1.", "why the work looks implausible").arg(progress->flag) + u'\n' + consequences;
    box.setInformativeText(consequences);
    QPushButton *confirm = box.addButton(tr("&Roll Back"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;

    auto withdrawn = CampaignProgress(m_database).rollBack(m_campaignId, caller);
    if (!withdrawn) {
        QMessageBox::warning(this, tr("Cannot roll back the results"), withdrawn.error().message);
        return;
    }
    m_status->setText(tr("Withdrew %Ln results by %1.", nullptr, withdrawn.value()).arg(bidi::isolate(caller)));
    m_status->show();
    refresh();
    emit resultsChanged();
}

void CampaignProgressPanel::showEvent(QShowEvent *event)
{
    // Results are recorded in other windows and on other laptops: coming back shows them.
    if (!event->spontaneous())
        refresh();
    QWidget::showEvent(event);
}

} // namespace majlis
