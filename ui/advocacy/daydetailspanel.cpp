#include "advocacy/daydetailspanel.h"

#include "advocacy/dayrepository.h"
#include "advocacy/meetingrepository.h"
#include "i18n/bidi.h"
#include "legislatures/bodyrepository.h"
#include "partners/organizationrepository.h"
#include "shell/placecombos.h"
#include "shell/plaincopy.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace majlis {

namespace {

QSpinBox *minutesSpin(QWidget *parent, int max)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, max);
    spin->setSuffix(QCoreApplication::translate("majlis::DayDetailsPanel", " min"));
    return spin;
}

} // namespace

DayDetailsPanel::DayDetailsPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_body = new QComboBox(this);
    m_body->setObjectName(QStringLiteral("bodyCombo"));
    connect(m_body, &QComboBox::activated, this, &DayDetailsPanel::chooseBody);
    m_city = new QLineEdit(this);
    m_city->setObjectName(QStringLiteral("cityEdit"));
    m_timeZone = placecombos::timeZone(this);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setToolTip(tr("The times of the day's meetings are in this time zone: the capitol's."));
    m_theme = new QLineEdit(this);
    m_start = new QTimeEdit(this);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end = new QTimeEdit(this);
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setAccessibleName(tr("Meetings until"));
    m_slot = minutesSpin(this, 240);
    m_slot->setObjectName(QStringLiteral("slotSpin"));
    m_slot->setMinimum(5);
    m_teamSize = new QSpinBox(this);
    m_teamSize->setObjectName(QStringLiteral("teamSizeSpin"));
    m_teamSize->setRange(1, 50);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Legislature:"), m_body);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("Time &zone:"), m_timeZone);
    form->addRow(tr("T&heme:"), m_theme);
    auto *window = new QHBoxLayout;
    window->addWidget(m_start);
    window->addWidget(new QLabel(tr("to"), this));
    window->addWidget(m_end);
    window->addStretch();
    // The row holds a layout: the label gets its buddy by hand, or its shortcut would lead nowhere.
    auto *windowLabel = new QLabel(tr("&Meetings from:"), this);
    windowLabel->setBuddy(m_start);
    form->addRow(windowLabel, window);
    form->addRow(tr("&Slot length:"), m_slot);
    form->addRow(tr("Largest &team:"), m_teamSize);

    auto *walking = new QGroupBox(tr("Walking time between meetings"), this);
    auto *walkForm = new QFormLayout(walking);
    m_walkSame = minutesSpin(walking, 120);
    m_walkSide = minutesSpin(walking, 120);
    m_walkAcross = minutesSpin(walking, 120);
    m_walkSideLabel = new QLabel(walking);
    m_walkAcrossLabel = new QLabel(walking);
    walkForm->addRow(tr("In the same building:"), m_walkSame);
    walkForm->addRow(m_walkSideLabel, m_walkSide);
    walkForm->addRow(m_walkAcrossLabel, m_walkAcross);

    auto *asksBox = new QGroupBox(tr("The asks"), this);
    m_asks = new QTableWidget(0, 3, asksBox);
    m_asks->setObjectName(QStringLiteral("asksTable"));
    m_asks->setHorizontalHeaderLabels({tr("Bill"), tr("Title"), tr("Talking points")});
    m_asks->horizontalHeader()->setStretchLastSection(true);
    m_asks->setMinimumHeight(120);
    m_asks->setAccessibleName(tr("The asks"));
    auto *addAsk = new QPushButton(tr("Add Ask"), asksBox);
    auto *removeAsk = new QPushButton(tr("Remove Ask"), asksBox);
    connect(addAsk, &QPushButton::clicked, this, &DayDetailsPanel::addAsk);
    connect(removeAsk, &QPushButton::clicked, this, &DayDetailsPanel::removeAsk);
    auto *askButtons = new QHBoxLayout;
    askButtons->addWidget(addAsk);
    askButtons->addWidget(removeAsk);
    askButtons->addStretch();
    auto *asksLayout = new QVBoxLayout(asksBox);
    asksLayout->addWidget(m_asks);
    asksLayout->addLayout(askButtons);

    auto *filesBox = new QGroupBox(tr("Leave-behind files"), this);
    m_leaveBehinds = new QListWidget(filesBox);
    m_leaveBehinds->setMaximumHeight(90);
    m_leaveBehinds->setAccessibleName(tr("Leave-behind files"));
    copyWithoutIsolates(m_leaveBehinds);
    auto *addFiles = new QPushButton(tr("Add Files…"), filesBox);
    auto *removeFile = new QPushButton(tr("Remove File"), filesBox);
    connect(addFiles, &QPushButton::clicked, this, &DayDetailsPanel::addLeaveBehinds);
    connect(removeFile, &QPushButton::clicked, this, [this] { delete m_leaveBehinds->currentItem(); });
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(addFiles);
    fileButtons->addWidget(removeFile);
    fileButtons->addStretch();
    auto *filesLayout = new QVBoxLayout(filesBox);
    filesLayout->addWidget(m_leaveBehinds);
    filesLayout->addLayout(fileButtons);

    // Co-sponsoring partners are saved as they are ticked, like a checklist, not with the form.
    auto *cosponsorBox = new QGroupBox(tr("Co-sponsoring partners"), this);
    m_cosponsors = new QListWidget(cosponsorBox);
    m_cosponsors->setObjectName(QStringLiteral("dayCosponsorList"));
    m_cosponsors->setAccessibleName(tr("Co-sponsoring partners"));
    m_cosponsors->setMaximumHeight(110);
    copyWithoutIsolates(m_cosponsors);
    connect(m_cosponsors, &QListWidget::itemChanged, this, &DayDetailsPanel::saveCosponsors);
    auto *cosponsorLayout = new QVBoxLayout(cosponsorBox);
    cosponsorLayout->addWidget(m_cosponsors);

    m_notes = new QPlainTextEdit(this);
    m_notes->setPlaceholderText(tr("Notes for the organizers"));
    m_notes->setMaximumHeight(80);
    m_notes->setAccessibleName(tr("Notes for the organizers"));

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(form);
    contentLayout->addWidget(walking);
    contentLayout->addWidget(asksBox);
    contentLayout->addWidget(filesBox);
    contentLayout->addWidget(cosponsorBox);
    contentLayout->addWidget(m_notes);
    auto *scroll = new QScrollArea(this);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields inside take the focus, one by one
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Reset, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveDayButton"));
    buttons->button(QDialogButtonBox::Reset)->setText(tr("&Revert"));
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &DayDetailsPanel::save);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] { load(m_day); });
    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &DayDetailsPanel::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
}

void DayDetailsPanel::setDay(const QString &dayId)
{
    auto day = DayRepository(m_database).get(dayId);
    if (day)
        load(day.value());
}

void DayDetailsPanel::load(const AdvocacyDay &day)
{
    m_day = day;
    m_title->setText(day.title);
    m_date->setDate(day.date);
    loadBodies();
    m_city->setText(day.city);
    m_timeZone->setCurrentText(day.timeZone);
    m_theme->setText(day.theme);
    m_start->setTime(QTime(0, 0).addSecs(day.windowStart * 60));
    m_end->setTime(QTime(0, 0).addSecs(day.windowEnd * 60));
    m_slot->setValue(day.slotMinutes);
    m_teamSize->setValue(day.maxTeamSize);
    m_walkSame->setValue(day.walking.sameBuilding);
    m_walkSide->setValue(day.walking.sameSide);
    m_walkAcross->setValue(day.walking.acrossCapitol);
    m_asks->setRowCount(0);
    for (const Ask &ask : day.asks) {
        const int row = m_asks->rowCount();
        m_asks->insertRow(row);
        auto *bill = new QTableWidgetItem(ask.bill);
        bill->setData(Qt::UserRole, ask.id);
        m_asks->setItem(row, 0, bill);
        m_asks->setItem(row, 1, new QTableWidgetItem(ask.title));
        m_asks->setItem(row, 2, new QTableWidgetItem(ask.talkingPoints));
    }
    m_leaveBehinds->clear();
    for (const QString &file : day.leaveBehinds)
        m_leaveBehinds->addItem(bidi::isolateLtr(file));
    m_notes->setPlainText(day.notes);
    m_formAsLoaded = editedDay();
    loadCosponsors();
}

// The bodies are read again with each day: an import may have added one since.
void DayDetailsPanel::loadBodies()
{
    m_body->clear();
    auto bodies = BodyRepository(m_database).list();
    for (const LegislativeBody &body : bodies ? bodies.value() : QList<LegislativeBody>())
        m_body->addItem(bidi::isolate(body.name), body.id);
    if (m_body->findData(m_day.bodyId) < 0)
        m_body->addItem(tr("Unknown legislature"), m_day.bodyId); // kept as it is, not changed by a save
    m_body->setCurrentIndex(m_body->findData(m_day.bodyId));
    m_lastBodyId = m_day.bodyId;
    showWalkingLabels();
    // The day's meetings are with the members of its legislature: moving the day elsewhere
    // would leave them pointing at another capitol, so a day with meetings keeps its body.
    auto meetings = MeetingRepository(m_database).meetings(m_day.id);
    const bool hasMeetings = !meetings || !meetings->isEmpty();
    m_body->setEnabled(!hasMeetings);
    m_body->setToolTip(hasMeetings ? tr("This day already has meetings with the members of this legislature, so it "
                                        "stays at it. Plan a day at another legislature as a new day.")
                                   : tr("The legislature whose members the day's teams meet."));
}

// A body chosen for the day brings its city and time zone, unless the user typed their own.
void DayDetailsPanel::chooseBody(int index)
{
    auto chosen = BodyRepository(m_database).get(m_body->itemData(index).toString());
    if (!chosen)
        return;
    auto before = BodyRepository(m_database).get(m_lastBodyId);
    const QString oldCity = before ? before->city : QString();
    const QString oldZone = before ? before->timeZone : QString();
    if (m_city->text().trimmed().isEmpty() || m_city->text().trimmed() == oldCity)
        m_city->setText(chosen->city);
    if (!chosen->timeZone.isEmpty()
        && (m_timeZone->currentText().trimmed().isEmpty() || m_timeZone->currentText().trimmed() == oldZone))
        m_timeZone->setCurrentText(chosen->timeZone);
    m_lastBodyId = chosen->id;
    showWalkingLabels();
}

// Congress's buildings are known by side; another capitol's by the walking groups of its campus.
void DayDetailsPanel::showWalkingLabels()
{
    const bool congress = m_body->currentData().toString() == bodies::congressId();
    m_walkSideLabel->setText(congress ? tr("Same side (Senate or House buildings):")
                                      : tr("Same walking group (Legislators, Campus…):"));
    m_walkAcrossLabel->setText(congress ? tr("Across the Capitol:") : tr("Between walking groups:"));
}

void DayDetailsPanel::loadCosponsors()
{
    const QSignalBlocker blocker(m_cosponsors);
    m_cosponsors->clear();
    OrganizationRepository partners(m_database);
    QSet<QString> chosen;
    if (auto current = partners.cosponsors({}, m_day.id)) {
        for (const Organization &o : current.value())
            chosen.insert(o.id);
    }
    auto all = partners.list();
    for (const Organization &o : all ? all.value() : QList<Organization>()) {
        auto *item = new QListWidgetItem(bidi::isolate(o.name), m_cosponsors);
        item->setData(Qt::UserRole, o.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(o.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_cosponsors->count() == 0) {
        auto *item = new QListWidgetItem(tr("No partners yet: add them in the Partners workspace."), m_cosponsors);
        item->setFlags(Qt::NoItemFlags);
    }
}

void DayDetailsPanel::saveCosponsors()
{
    QStringList ids;
    for (int i = 0; i < m_cosponsors->count(); ++i) {
        if (m_cosponsors->item(i)->checkState() == Qt::Checked)
            ids << m_cosponsors->item(i)->data(Qt::UserRole).toString();
    }
    if (auto s = OrganizationRepository(m_database).setCosponsors({}, m_day.id, ids); !s)
        QMessageBox::warning(this, tr("Cannot save the co-sponsors"), s.error().message);
}

AdvocacyDay DayDetailsPanel::editedDay() const
{
    AdvocacyDay day = m_day;
    day.title = m_title->text();
    day.date = m_date->date();
    day.bodyId = m_body->currentData().toString();
    day.city = m_city->text();
    day.timeZone = m_timeZone->currentText().trimmed();
    day.theme = m_theme->text();
    day.windowStart = QTime(0, 0).secsTo(m_start->time()) / 60;
    day.windowEnd = QTime(0, 0).secsTo(m_end->time()) / 60;
    day.slotMinutes = m_slot->value();
    day.maxTeamSize = m_teamSize->value();
    day.walking.sameBuilding = m_walkSame->value();
    day.walking.sameSide = m_walkSide->value();
    day.walking.acrossCapitol = m_walkAcross->value();
    day.asks.clear();
    for (int row = 0; row < m_asks->rowCount(); ++row) {
        auto text
            = [&](int column) { return m_asks->item(row, column) ? m_asks->item(row, column)->text() : QString(); };
        if (text(0).trimmed().isEmpty() && text(1).trimmed().isEmpty())
            continue;
        day.asks.append({m_asks->item(row, 0) ? m_asks->item(row, 0)->data(Qt::UserRole).toString() : QString(),
            text(0), text(1), text(2)});
    }
    day.leaveBehinds.clear();
    for (int i = 0; i < m_leaveBehinds->count(); ++i)
        day.leaveBehinds.append(bidi::clean(m_leaveBehinds->item(i)->text()));
    day.notes = m_notes->toPlainText();
    return day;
}

bool DayDetailsPanel::hasUnsavedChanges() const
{
    return !m_day.id.isEmpty() && editedDay() != m_formAsLoaded;
}

bool DayDetailsPanel::save()
{
    auto saved = DayRepository(m_database).update(editedDay());
    if (!saved) {
        QMessageBox::warning(this, tr("Cannot save the day"), saved.error().message);
        return false;
    }
    load(saved.value());
    emit this->saved(saved.value());
    return true;
}

void DayDetailsPanel::addAsk()
{
    const int row = m_asks->rowCount();
    m_asks->insertRow(row);
    for (int column = 0; column < m_asks->columnCount(); ++column)
        m_asks->setItem(row, column, new QTableWidgetItem);
    m_asks->setCurrentCell(row, 0);
    m_asks->editItem(m_asks->item(row, 0));
}

void DayDetailsPanel::removeAsk()
{
    if (m_asks->currentRow() >= 0)
        m_asks->removeRow(m_asks->currentRow());
}

void DayDetailsPanel::addLeaveBehinds()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Leave-behind Files"), QDir::homePath(),
        tr("Documents (*.pdf *.docx *.odt *.txt);;All files (*)"));
    for (const QString &file : files)
        m_leaveBehinds->addItem(bidi::isolateLtr(QDir::toNativeSeparators(file)));
}

} // namespace majlis
