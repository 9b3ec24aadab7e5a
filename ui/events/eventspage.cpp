#include "events/eventspage.h"

#include "contacts/phonenumber.h"
#include "contacts/phoneregion.h"
#include "i18n/bidi.h"
#include "shell/placecombos.h"
#include "shell/plaincopy.h"

#include "advocacy/contactpickerdialog.h"
#include "contacts/chapter.h"
#include "events/checkinwindow.h"
#include "events/eventcalendar.h"
#include "events/eventrepository.h"
#include "events/eventtimezone.h"
#include "events/voterrecords.h"
#include "io/savefile.h"
#include "partners/organizationrepository.h"
#include "storage/database.h"
#include "shell/emptystatepage.h"
#include "shell/preferencesdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace majlis {

namespace {

enum VoterColumn { NameColumn, EligibleColumn, StatusColumn, PledgedColumn, FollowUpDoneColumn, NotesColumn };
const QList<VoterRecord::Status> kStatuses {VoterRecord::Status::Unknown, VoterRecord::Status::RegisteredHere,
    VoterRecord::Status::AlreadyRegistered, VoterRecord::Status::NeedsFollowUp, VoterRecord::Status::NotEligible};

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

EventsPage::EventsPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_events = new QListWidget(this);
    m_events->setObjectName(QStringLiteral("eventList"));
    m_events->setAccessibleName(tr("Events"));
    auto *add = new QPushButton(tr("&New Event"), this);
    add->setObjectName(QStringLiteral("newEventButton"));
    m_delete = new QPushButton(tr("Delete Event"), this);
    m_delete->setObjectName(QStringLiteral("deleteEventButton"));
    connect(add, &QPushButton::clicked, this, &EventsPage::newEvent);
    connect(m_delete, &QPushButton::clicked, this, &EventsPage::deleteEvent);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_delete);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_events, 1);
    auto *calendar = new QPushButton(tr("Export Ca&lendar…"), this);
    calendar->setToolTip(tr("Every event as an iCalendar (.ics) file for phones and calendar programs."));
    connect(calendar, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(tr("events.ics"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Calendar"), suggested, tr("iCalendar (*.ics)"));
        if (!path.isEmpty())
            exportCalendar(path);
    });
    leftLayout->addWidget(calendar);

    // Details.
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("eventTitleEdit"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("eventKindCombo"));
    for (EventKind kind : allEventKinds())
        m_kind->addItem(eventKindName(kind), int(kind));
    m_chapter = new QComboBox(this);
    m_zone = placecombos::timeZone(this);
    m_zone->setObjectName(QStringLiteral("eventTimeZoneCombo"));
    m_zone->setToolTip(tr("The time zone of the event's place, such as Europe/London: calendar exports name it, so "
                          "the event shows at the right time wherever it is opened. Type part of a city to find it."));
    // An event that follows its chapter's zone follows the newly chosen chapter's.
    connect(m_chapter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_event.timeZone.isEmpty())
            m_zone->setCurrentText(inheritedZone(m_chapter->currentData().toString()));
    });
    m_start = new QDateTimeEdit(this);
    m_start->setObjectName(QStringLiteral("eventStartEdit"));
    m_start->setCalendarPopup(true);
    m_end = new QDateTimeEdit(this);
    m_end->setCalendarPopup(true);
    m_place = new QLineEdit(this);
    m_capacity = new QSpinBox(this);
    m_capacity->setRange(0, 100000);
    m_capacity->setSpecialValueText(tr("No limit"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setMaximumHeight(90);
    m_cosponsors = new QListWidget(this);
    m_cosponsors->setObjectName(QStringLiteral("cosponsorList"));
    m_cosponsors->setAccessibleName(tr("Co-sponsoring partners"));
    m_cosponsors->setMaximumHeight(120);
    connect(m_cosponsors, &QListWidget::itemChanged, this, [this] {
        QStringList ids;
        for (int i = 0; i < m_cosponsors->count(); ++i) {
            if (m_cosponsors->item(i)->checkState() == Qt::Checked)
                ids << m_cosponsors->item(i)->data(Qt::UserRole).toString();
        }
        if (auto s = OrganizationRepository(m_database).setCosponsors(m_event.id, {}, ids); !s)
            QMessageBox::warning(this, tr("Cannot save the co-sponsors"), s.error().message);
    });
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("C&hapter:"), m_chapter);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Ends:"), m_end);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("Ca&pacity:"), m_capacity);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("Co-sponsors:"), m_cosponsors);
    auto *detailButtons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Reset, this);
    detailButtons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveEventButton"));
    detailButtons->button(QDialogButtonBox::Reset)->setText(tr("&Revert"));
    connect(detailButtons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &EventsPage::saveDetails);
    connect(
        detailButtons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] { loadDetails(m_event); });
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addLayout(form);
    detailsLayout->addStretch();
    detailsLayout->addWidget(detailButtons);
    auto *save = new QShortcut(QKeySequence::Save, details);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, &EventsPage::saveDetails);

    // Registrations and attendance.
    m_registrations = new QTableWidget(0, 5, this);
    copyWithoutIsolates(m_registrations);
    m_registrations->setObjectName(QStringLiteral("registrationTable"));
    m_registrations->setAccessibleName(tr("Registrations"));
    m_registrations->setHorizontalHeaderLabels(
        {tr("Name"), tr("Email"), tr("Phone"), tr("Registered"), tr("Checked in")});
    m_registrations->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_registrations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_registrations->verticalHeader()->hide();
    m_registrationSummary = new QLabel(this);
    auto *registerButton = new QPushButton(tr("&Register Contacts…"), this);
    connect(registerButton, &QPushButton::clicked, this, [this] {
        ContactPickerDialog picker(m_database, this);
        if (picker.exec() == QDialog::Accepted && !picker.chosenContactIds().isEmpty())
            registerContacts(picker.chosenContactIds());
    });
    auto *exportButton = new QPushButton(tr("E&xport Attendance…"), this);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(tr("%1 attendance.csv").arg(m_event.title).replace(u'/', u'_'));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Attendance"), suggested, tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportAttendance(path);
    });
    auto *registrationBar = new QHBoxLayout;
    registrationBar->addWidget(registerButton);
    registrationBar->addWidget(exportButton);
    registrationBar->addWidget(m_registrationSummary, 1);
    auto *registrations = new QWidget(this);
    auto *registrationLayout = new QVBoxLayout(registrations);
    registrationLayout->addLayout(registrationBar);
    registrationLayout->addWidget(m_registrations, 1);

    // Voter registration.
    m_voters = new QTableWidget(0, 6, this);
    m_voters->setObjectName(QStringLiteral("voterTable"));
    m_voters->setAccessibleName(tr("Voter registration"));
    m_voters->setHorizontalHeaderLabels(
        {tr("Name"), tr("Eligible"), tr("Registration"), tr("Pledged to vote"), tr("Follow-up done"), tr("Notes")});
    m_voters->horizontalHeader()->setSectionResizeMode(NotesColumn, QHeaderView::Stretch);
    m_voters->verticalHeader()->hide();
    connect(m_voters, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loadingVoters)
            saveVoterRow(item->row());
    });
    m_followUps = new QListWidget(this);
    m_followUps->setObjectName(QStringLiteral("voterFollowUps"));
    m_followUps->setAccessibleName(tr("Voter registration follow-ups"));
    m_followUps->setMaximumHeight(120);
    auto *voters = new QWidget(this);
    auto *voterLayout = new QVBoxLayout(voters);
    voterLayout->addWidget(
        new QLabel(tr("Everyone registered or checked in; changes are saved as you make them."), this));
    voterLayout->addWidget(m_voters, 1);
    auto *followUpLabel = new QLabel(tr("&Follow-ups still open:"), this);
    followUpLabel->setBuddy(m_followUps);
    voterLayout->addWidget(followUpLabel);
    voterLayout->addWidget(m_followUps);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(details, tr("&Details"));
    m_tabs->addTab(registrations, tr("&Attendance"));
    m_tabs->addTab(voters, tr("&Voter Registration"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == 1)
            loadRegistrations();
        else if (tab == 2)
            loadVoters();
    });

    m_checkIn = new QPushButton(tr("Open &Check-in (F9)"), this);
    m_checkIn->setObjectName(QStringLiteral("checkInButton"));
    m_checkIn->setShortcut(QKeySequence(Qt::Key_F9));
    m_checkIn->setToolTip(tr("A full-screen window for the door: find people as you type, Enter checks them in."));
    connect(m_checkIn, &QPushButton::clicked, this, &EventsPage::openCheckIn);
    auto *eventPane = new QWidget(this);
    auto *eventLayout = new QVBoxLayout(eventPane);
    eventLayout->setContentsMargins(0, 0, 0, 0);
    eventLayout->addWidget(m_checkIn);
    eventLayout->addWidget(m_tabs, 1);

    auto *empty = new EmptyStatePage(tr("No events yet"),
        tr("Create an event with New Event, register people for it, then open check-in at "
           "the door. Check-in works without a network and saves every arrival at once."),
        this);
    m_right = new QStackedWidget(this);
    m_right->addWidget(empty);
    m_right->addWidget(eventPane);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_right);
    split->setStretchFactor(1, 1);
    split->setSizes({240, 900});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_events, &QListWidget::currentRowChanged, this, &EventsPage::showCurrentEvent);
    refresh();
}

void EventsPage::refresh()
{
    const QString current = currentEventId();
    fillEvents();
    const QSignalBlocker blocker(m_chapter);
    fillChapters();
    selectEvent(current);
    if (!m_events->currentItem() && m_events->count() > 0)
        m_events->setCurrentRow(0);
    showCurrentEvent();
}

void EventsPage::reloadKeepingEdits()
{
    if (!hasUnsavedDetails()) {
        refresh();
        return;
    }
    // The Details tab holds typing not saved yet: the list of events and the other tabs read
    // again, while the event on screen and its form stay as they are.
    const QString current = currentEventId();
    fillEvents();
    {
        const QSignalBlocker blocker(m_events);
        selectEvent(current);
    }
    if (currentEventId() != current) { // the event is gone: nothing is left to keep
        refresh();
        return;
    }
    const QString chapter = m_chapter->currentData().toString();
    {
        const QSignalBlocker blocker(m_chapter);
        fillChapters();
        m_chapter->setCurrentIndex(std::max(0, m_chapter->findData(chapter)));
    }
    loadCosponsors();
    loadRegistrations();
    // A voter row saves itself as it is edited: a table being worked in is left alone.
    const QWidget *focus = QApplication::focusWidget();
    if (!focus || (focus != m_voters && !m_voters->isAncestorOf(focus)))
        loadVoters();
}

void EventsPage::fillEvents()
{
    const QSignalBlocker blocker(m_events);
    m_events->clear();
    if (auto events = EventRepository(m_database).list()) {
        for (const Event &e : events.value()) {
            auto *item = new QListWidgetItem(listText(e), m_events);
            item->setData(Qt::UserRole, e.id);
        }
    }
}

QString EventsPage::listText(const Event &e) const
{
    // In the event's own zone, named when its clock is not this computer's: a London event seen
    // from Toronto reads "18:30 GMT".
    QString when = QLocale().toString(e.startsAt, QLocale::ShortFormat);
    const QString abbreviation
        = timezones::abbreviationIfForeign(e.startsAt, timezones::forEvent(m_database.connection(), e));
    if (!abbreviation.isEmpty())
        when += u' ' + abbreviation;
    return QStringLiteral("%1\n%2").arg(e.title, withHijri(when, e.startsAt.date(), PreferencesDialog::dateDisplay()));
}

QString EventsPage::inheritedZone(const QString &chapterId) const
{
    return QString::fromUtf8(timezones::forChapter(m_database, chapterId).id());
}

void EventsPage::fillChapters()
{
    m_chapter->clear();
    m_chapter->addItem(tr("No chapter"), QString());
    if (auto chapters = ChapterRepository(m_database).list()) {
        for (const Chapter &c : chapters.value())
            m_chapter->addItem(c.name, c.id);
    }
}

QString EventsPage::currentEventId() const
{
    return m_events->currentItem() ? m_events->currentItem()->data(Qt::UserRole).toString() : QString();
}

void EventsPage::selectEvent(const QString &eventId)
{
    for (int row = 0; row < m_events->count(); ++row) {
        if (m_events->item(row)->data(Qt::UserRole).toString() == eventId)
            m_events->setCurrentRow(row);
    }
}

void EventsPage::showCurrentEvent()
{
    const QString id = currentEventId();
    m_delete->setEnabled(!id.isEmpty());
    m_right->setCurrentIndex(id.isEmpty() ? 0 : 1);
    if (id.isEmpty())
        return;
    auto event = EventRepository(m_database).get(id);
    if (!event)
        return;
    m_event = event.value();
    loadDetails(m_event);
    loadCosponsors();
    loadRegistrations();
    loadVoters();
}

void EventsPage::loadDetails(const Event &event)
{
    m_title->setText(event.title);
    m_kind->setCurrentIndex(m_kind->findData(int(event.kind)));
    m_chapter->setCurrentIndex(std::max(0, m_chapter->findData(event.chapterId)));
    m_start->setDateTime(event.startsAt);
    m_end->setDateTime(event.endsAt.isValid() ? event.endsAt : event.startsAt.addSecs(2 * 3600));
    m_zone->setCurrentText(event.timeZone.isEmpty() ? inheritedZone(event.chapterId) : event.timeZone);
    m_place->setText(event.place);
    m_capacity->setValue(event.capacity);
    m_notes->setPlainText(event.notes);
    m_formAsLoaded = editedEvent();
}

void EventsPage::loadCosponsors()
{
    const QSignalBlocker blocker(m_cosponsors);
    m_cosponsors->clear();
    QSet<QString> chosen;
    if (auto current = OrganizationRepository(m_database).cosponsors(m_event.id, {})) {
        for (const Organization &o : current.value())
            chosen.insert(o.id);
    }
    if (auto partners = OrganizationRepository(m_database).list()) {
        for (const Organization &o : partners.value()) {
            auto *item = new QListWidgetItem(o.name, m_cosponsors);
            item->setData(Qt::UserRole, o.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(chosen.contains(o.id) ? Qt::Checked : Qt::Unchecked);
        }
        if (partners->isEmpty()) {
            auto *item = new QListWidgetItem(tr("No partners yet: add them in the Partners workspace."), m_cosponsors);
            item->setFlags(Qt::NoItemFlags);
        }
    }
}

void EventsPage::loadRegistrations()
{
    m_registrations->setRowCount(0);
    auto attendance = EventRepository(m_database).attendance(m_event.id);
    if (!attendance) {
        m_registrationSummary->setText(attendance.error().message);
        return;
    }
    int checkedIn = 0;
    int walkIns = 0;
    const QString region = phoneregion::workspaceRegion(m_database);
    for (const Attendance &a : attendance.value()) {
        const int row = m_registrations->rowCount();
        m_registrations->insertRow(row);
        m_registrations->setItem(row, 0, readOnly(bidi::isolate(a.name)));
        m_registrations->setItem(row, 1, readOnly(bidi::isolateLtr(a.email)));
        m_registrations->setItem(row, 2, readOnly(bidi::isolateLtr(phone::display(a.phone, region).text)));
        m_registrations->setItem(row, 3, readOnly(a.walkIn ? tr("Walk-in") : a.registered ? tr("Yes") : tr("No")));
        m_registrations->setItem(row, 4,
            readOnly(a.checkedInAt
                    ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*a.checkedInAt).time(), QLocale::ShortFormat)
                    : QString()));
        checkedIn += a.checkedInAt ? 1 : 0;
        walkIns += a.walkIn ? 1 : 0;
    }
    m_registrationSummary->setText(tr("%1 registered or came; %2 checked in, %3 of them new at the door.")
                                       .arg(attendance->size())
                                       .arg(checkedIn)
                                       .arg(walkIns));
}

void EventsPage::loadVoters()
{
    m_loadingVoters = true;
    m_voters->setRowCount(0);
    QHash<QString, VoterRecord> records;
    if (auto drive = VoterRecords(m_database).forDrive(m_event.id)) {
        for (const VoterRecord &r : drive.value())
            records.insert(r.contactId, r);
    }
    auto attendance = EventRepository(m_database).attendance(m_event.id);
    for (const Attendance &a : attendance ? attendance.value() : QList<Attendance>()) {
        const VoterRecord r = records.value(a.contactId, VoterRecord {a.contactId, a.name, {}, {}, false, false, {}});
        const int row = m_voters->rowCount();
        m_voters->insertRow(row);
        auto *name = readOnly(bidi::isolate(a.name));
        name->setData(Qt::UserRole, a.contactId);
        m_voters->setItem(row, NameColumn, name);
        auto *eligible = new QComboBox(m_voters);
        eligible->addItems({tr("Not asked"), tr("Yes"), tr("No")});
        eligible->setCurrentIndex(r.eligible ? (*r.eligible ? 1 : 2) : 0);
        eligible->setAccessibleName(tr("Eligible: %1").arg(a.name));
        m_voters->setCellWidget(row, EligibleColumn, eligible);
        auto *status = new QComboBox(m_voters);
        for (VoterRecord::Status s : kStatuses)
            status->addItem(voterStatusName(s));
        status->setCurrentIndex(int(kStatuses.indexOf(r.status)));
        status->setAccessibleName(tr("Registration: %1").arg(a.name));
        m_voters->setCellWidget(row, StatusColumn, status);
        for (QComboBox *combo : {eligible, status})
            connect(combo, &QComboBox::currentIndexChanged, this, [this, name] { saveVoterRow(name->row()); });
        auto *pledged = new QTableWidgetItem;
        pledged->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        pledged->setCheckState(r.pledged ? Qt::Checked : Qt::Unchecked);
        m_voters->setItem(row, PledgedColumn, pledged);
        auto *done = new QTableWidgetItem;
        done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        done->setCheckState(r.followUpDone ? Qt::Checked : Qt::Unchecked);
        m_voters->setItem(row, FollowUpDoneColumn, done);
        m_voters->setItem(row, NotesColumn, new QTableWidgetItem(r.notes));
    }
    m_loadingVoters = false;

    loadFollowUps();
}

void EventsPage::loadFollowUps()
{
    m_followUps->clear();
    if (auto open = VoterRecords(m_database).openFollowUps(m_event.id)) {
        for (const VoterRecord &r : open.value())
            m_followUps->addItem(r.notes.isEmpty() ? bidi::isolate(r.name)
                                                   : tr("%1 — %2").arg(bidi::isolate(r.name), bidi::isolate(r.notes)));
        if (open->isEmpty())
            m_followUps->addItem(tr("None."));
    }
}

void EventsPage::saveVoterRow(int row)
{
    if (row < 0 || row >= m_voters->rowCount())
        return;
    VoterRecord r;
    r.contactId = m_voters->item(row, NameColumn)->data(Qt::UserRole).toString();
    const int eligible = qobject_cast<QComboBox *>(m_voters->cellWidget(row, EligibleColumn))->currentIndex();
    if (eligible > 0)
        r.eligible = eligible == 1;
    r.status = kStatuses.value(qobject_cast<QComboBox *>(m_voters->cellWidget(row, StatusColumn))->currentIndex());
    r.pledged = m_voters->item(row, PledgedColumn)->checkState() == Qt::Checked;
    r.followUpDone = m_voters->item(row, FollowUpDoneColumn)->checkState() == Qt::Checked;
    r.notes = m_voters->item(row, NotesColumn) ? m_voters->item(row, NotesColumn)->text() : QString();
    if (auto s = VoterRecords(m_database).record(m_event.id, r); !s) {
        QMessageBox::warning(this, tr("Cannot save the voter record"), s.error().message);
        return;
    }
    loadFollowUps(); // the table keeps its place and focus
}

Event EventsPage::editedEvent() const
{
    Event e = m_event;
    e.title = m_title->text();
    e.kind = EventKind(m_kind->currentData().toInt());
    e.chapterId = m_chapter->currentData().toString();
    e.startsAt = m_start->dateTime();
    e.endsAt = m_end->dateTime();
    // Left empty while it shows what the event inherits, so a later change of the chapter's
    // zone still reaches it.
    const QString zone = m_zone->currentText().trimmed();
    e.timeZone = m_event.timeZone.isEmpty() && zone == inheritedZone(e.chapterId) ? QString() : zone;
    e.place = m_place->text();
    e.capacity = m_capacity->value();
    e.notes = m_notes->toPlainText();
    return e;
}

bool EventsPage::hasUnsavedDetails() const
{
    return !m_event.id.isEmpty() && m_right->currentIndex() == 1 && editedEvent() != m_formAsLoaded;
}

bool EventsPage::saveDetails()
{
    auto saved = EventRepository(m_database).update(editedEvent());
    if (!saved) {
        QMessageBox::warning(this, tr("Cannot save the event"), saved.error().message);
        return false;
    }
    m_event = saved.value();
    m_formAsLoaded = editedEvent();
    if (QListWidgetItem *item = m_events->currentItem())
        item->setText(listText(m_event));
    return true;
}

void EventsPage::newEvent()
{
    Event e;
    e.title = tr("New event");
    e.startsAt = QDateTime(QDate::currentDate().addDays(14), QTime(18, 0));
    e.endsAt = e.startsAt.addSecs(3 * 3600);
    auto created = EventRepository(m_database).create(e);
    if (!created) {
        QMessageBox::warning(this, tr("Cannot create the event"), created.error().message);
        return;
    }
    refresh();
    selectEvent(created->id);
    m_tabs->setCurrentIndex(0);
    m_title->setFocus();
    m_title->selectAll();
}

void EventsPage::deleteEvent()
{
    if (m_event.id.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Delete Event"),
        tr("Delete \"%1\" with its registrations and attendance? The contacts stay.").arg(m_event.title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto s = EventRepository(m_database).remove(m_event.id); !s)
        QMessageBox::warning(this, tr("Cannot delete the event"), s.error().message);
    refresh();
}

CheckInWindow *EventsPage::openCheckIn()
{
    if (m_event.id.isEmpty())
        return nullptr;
    auto *door = new CheckInWindow(m_database, m_event.id, this);
    door->setAttribute(Qt::WA_DeleteOnClose);
    door->setLayoutDirection(layoutDirection());
    connect(door, &CheckInWindow::checkedIn, this, &EventsPage::loadRegistrations);
    connect(door, &QObject::destroyed, this, [this] {
        loadRegistrations();
        loadVoters();
    });
    door->showFullScreen();
    return door;
}

bool EventsPage::registerContacts(const QStringList &contactIds)
{
    auto added = EventRepository(m_database).registerContacts(m_event.id, contactIds);
    if (!added) {
        QMessageBox::warning(this, tr("Cannot register"), added.error().message);
        return false;
    }
    loadRegistrations();
    loadVoters();
    return true;
}

bool EventsPage::exportCalendar(const QString &path)
{
    auto calendar = EventCalendar::forWorkspace(m_database);
    const Status saved = calendar ? saveFile(path, calendar.value()) : Status(calendar.error());
    if (!saved)
        QMessageBox::warning(this, tr("Cannot export the calendar"), saved.error().message);
    return saved.ok();
}

bool EventsPage::exportAttendance(const QString &path)
{
    auto data = EventRepository(m_database).attendanceCsv(m_event.id);
    const Status saved = data ? saveFile(path, data.value()) : Status(data.error());
    if (!saved)
        QMessageBox::warning(this, tr("Cannot export the attendance"), saved.error().message);
    return saved.ok();
}

} // namespace majlis
