#include "advocacy/advocacypage.h"

#include "advocacy/attendeespanel.h"
#include "advocacy/daydashboard.h"
#include "advocacy/daydetailspanel.h"
#include "advocacy/dayrepository.h"
#include "advocacy/itinerarypanel.h"
#include "advocacy/legislatorrepository.h"
#include "advocacy/legislatorsdialog.h"
#include "advocacy/reportbackpanel.h"
#include "advocacy/schedulepanel.h"
#include "shell/emptystatepage.h"
#include "shell/preferencesdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace majlis {

namespace {

// A day in the list: its title, then its date (with the Hijri date when View > Show Hijri Dates).
QString listText(const AdvocacyDay &day)
{
    return QStringLiteral("%1\n%2").arg(
        day.title, withHijri(QLocale().toString(day.date, QLocale::ShortFormat), day.date, PreferencesDialog::dateDisplay()));
}

} // namespace

AdvocacyPage::AdvocacyPage(Database &database, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_days = new QListWidget(this);
    m_days->setObjectName(QStringLiteral("dayList"));
    m_days->setAccessibleName(tr("Advocacy days"));
    auto *add = new QPushButton(tr("&New Day"), this);
    add->setObjectName(QStringLiteral("newDayButton"));
    m_delete = new QPushButton(tr("Delete Day"), this);
    m_delete->setObjectName(QStringLiteral("deleteDayButton"));
    auto *legislators = new QPushButton(tr("&Legislators…"), this);
    legislators->setObjectName(QStringLiteral("legislatorsButton"));
    legislators->setToolTip(tr("Look up the members of each legislature, import or update them, and list a capitol's buildings."));
    connect(add, &QPushButton::clicked, this, &AdvocacyPage::newDay);
    connect(m_delete, &QPushButton::clicked, this, &AdvocacyPage::deleteDay);
    connect(legislators, &QPushButton::clicked, this, &AdvocacyPage::showLegislators);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *dayButtons = new QHBoxLayout;
    dayButtons->addWidget(add);
    dayButtons->addWidget(m_delete);
    leftLayout->addLayout(dayButtons);
    leftLayout->addWidget(m_days, 1);
    leftLayout->addWidget(legislators);

    m_details = new DayDetailsPanel(database, this);
    m_attendees = new AttendeesPanel(database, this);
    m_schedule = new SchedulePanel(database, undoStack, this);
    m_itineraries = new ItineraryPanel(database, this);
    m_reportBack = new ReportBackPanel(database, this);
    m_dashboard = new DayDashboard(database, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dayTabs"));
    m_tabs->addTab(m_details, tr("&Details"));
    m_tabs->addTab(m_attendees, tr("&Attendees"));
    m_tabs->addTab(m_schedule, tr("&Schedule"));
    m_tabs->addTab(m_itineraries, tr("&Itineraries"));
    m_tabs->addTab(m_reportBack, tr("&Report-back"));
    m_tabs->addTab(m_dashboard, tr("Das&hboard"));
    // Tabs read the database when shown, so each shows what the others just changed.
    connect(m_tabs, &QTabWidget::currentChanged, this, &AdvocacyPage::refreshTab);
    // A report saved or a follow-up ticked off on one tab must not be undone by the other's stale copy.
    connect(m_reportBack, &ReportBackPanel::reportSaved, m_dashboard, &DayDashboard::refresh);
    connect(m_dashboard, &DayDashboard::followUpChanged, m_reportBack, &ReportBackPanel::refresh);
    connect(m_schedule, &SchedulePanel::scheduleChanged, m_reportBack, &ReportBackPanel::refresh);
    connect(m_details, &DayDetailsPanel::saved, this, [this](const AdvocacyDay &day) {
        if (QListWidgetItem *item = m_days->currentItem())
            item->setText(listText(day));
    });

    auto *empty = new EmptyStatePage(tr("No advocacy days yet"),
        tr("Plan an advocacy day at the U.S. Capitol, a state capitol or a parliament: bring in its "
           "members with Legislators…, create a day with New Day, register attendees, then build "
           "the schedule. Everything works offline."),
        this);
    m_right = new QStackedWidget(this);
    m_right->addWidget(empty);
    m_right->addWidget(m_tabs);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_right);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 900});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_days, &QListWidget::currentRowChanged, this, &AdvocacyPage::showDay);
    refresh();
}

void AdvocacyPage::refresh()
{
    const QString current = currentDayId();
    fillDays();
    selectDay(current);
    if (!m_days->currentItem() && m_days->count() > 0)
        m_days->setCurrentRow(0);
    showDay();
}

void AdvocacyPage::reloadKeepingEdits()
{
    if (!m_details->hasUnsavedChanges()) {
        refresh();
        return;
    }
    // The Details tab holds typing not saved yet: the list of days and the other tabs read again,
    // while the day on screen and its form stay as they are.
    const QString current = currentDayId();
    fillDays();
    {
        const QSignalBlocker blocker(m_days);
        selectDay(current);
    }
    if (currentDayId() != current) { // the day is gone: nothing is left to keep
        refresh();
        return;
    }
    m_attendees->refresh();
    m_schedule->refresh();
    m_itineraries->refresh();
    m_reportBack->refresh();
    m_dashboard->refresh();
}

void AdvocacyPage::fillDays()
{
    auto days = DayRepository(m_database).list();
    const QSignalBlocker blocker(m_days);
    m_days->clear();
    if (days) {
        for (const AdvocacyDay &day : days.value()) {
            auto *item = new QListWidgetItem(listText(day), m_days);
            item->setData(Qt::UserRole, day.id);
        }
    }
}

QString AdvocacyPage::currentDayId() const
{
    return m_days->currentItem() ? m_days->currentItem()->data(Qt::UserRole).toString() : QString();
}

void AdvocacyPage::selectDay(const QString &dayId)
{
    for (int row = 0; row < m_days->count(); ++row) {
        if (m_days->item(row)->data(Qt::UserRole).toString() == dayId)
            m_days->setCurrentRow(row);
    }
}

void AdvocacyPage::showDay()
{
    const QString dayId = currentDayId();
    m_delete->setEnabled(!dayId.isEmpty());
    m_right->setCurrentIndex(dayId.isEmpty() ? 0 : 1);
    if (dayId.isEmpty())
        return;
    m_details->setDay(dayId);
    m_attendees->setDay(dayId);
    m_schedule->setDay(dayId);
    m_itineraries->setDay(dayId);
    m_reportBack->setDay(dayId);
    m_dashboard->setDay(dayId);
}

void AdvocacyPage::refreshTab(int index)
{
    switch (index) {
    case AttendeesTab:
        m_attendees->refresh();
        break;
    case ScheduleTab:
        m_schedule->refresh();
        break;
    case ItinerariesTab:
        m_itineraries->refresh();
        break;
    case ReportBackTab:
        m_reportBack->refresh();
        break;
    case DashboardTab:
        m_dashboard->refresh();
        break;
    default:
        break;
    }
}

void AdvocacyPage::newDay()
{
    AdvocacyDay day;
    day.title = tr("New advocacy day");
    day.date = QDate::currentDate().addMonths(2);
    auto created = DayRepository(m_database).create(day);
    if (!created) {
        QMessageBox::warning(this, tr("Cannot create the day"), created.error().message);
        return;
    }
    refresh();
    selectDay(created->id);
    m_tabs->setCurrentIndex(DetailsTab);
    if (auto *title = m_details->findChild<QWidget *>(QStringLiteral("titleEdit")))
        title->setFocus();
}

void AdvocacyPage::deleteDay()
{
    const QString dayId = currentDayId();
    if (dayId.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Delete Day"),
        tr("Delete \"%1\" with its schedule and reports? Contacts are not touched.")
            .arg(m_days->currentItem()->text().section(u'\n', 0, 0)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto s = DayRepository(m_database).remove(dayId); !s)
        QMessageBox::warning(this, tr("Cannot delete the day"), s.error().message);
    refresh();
}

void AdvocacyPage::showLegislators()
{
    LegislatorsDialog dialog(m_database, this);
    // Opens on the legislature the chosen day visits.
    if (auto day = DayRepository(m_database).get(currentDayId()))
        dialog.selectLegislature(day->bodyId);
    connect(&dialog, &LegislatorsDialog::legislatorsChanged, this, [this] { refreshTab(m_tabs->currentIndex()); });
    dialog.exec();
}

} // namespace majlis
