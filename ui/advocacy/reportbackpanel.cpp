#include "advocacy/reportbackpanel.h"

#include "advocacy/meetingrepository.h"
#include "i18n/bidi.h"
#include "shell/plaincopy.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace majlis {

namespace {

const char kAskIdProperty[] = "askId";
constexpr int kNotRecorded = -1;

// Strict on purpose: the column says yyyy-MM-dd, and "3/11" means different days in different places.
QDate parseDue(const QString &text)
{
    return QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
}

QString dueExample()
{
    return QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
}

QString statusMarker(Meeting::Status status)
{
    switch (status) {
    case Meeting::Status::Planned:
        return ReportBackPanel::tr("planned");
    case Meeting::Status::Held:
        return ReportBackPanel::tr("held");
    case Meeting::Status::Cancelled:
        return ReportBackPanel::tr("cancelled");
    }
    return {};
}

QString askLabel(const Ask &ask)
{
    if (ask.bill.trimmed().isEmpty())
        return bidi::isolate(ask.title);
    if (ask.title.trimmed().isEmpty())
        return bidi::isolateLtr(ask.bill);
    return ReportBackPanel::tr("%1 %2", "ask: bill number, then its title")
        .arg(bidi::isolateLtr(ask.bill), bidi::isolate(ask.title));
}

} // namespace

ReportBackPanel::ReportBackPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("reportEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_list = new QListWidget(this);
    copyWithoutIsolates(m_list);
    m_list->setObjectName(QStringLiteral("reportMeetingList"));
    m_list->setAccessibleName(tr("Meetings"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_noSelection = new QLabel(tr("Select a meeting to report on it."), this);
    m_noSelection->setAlignment(Qt::AlignCenter);
    m_noSelection->setEnabled(false);

    auto *content = new QWidget(this);
    m_heading = new QLabel(content);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_team = new QLabel(content);
    m_team->setWordWrap(true);

    m_status = new QComboBox(content);
    m_status->setObjectName(QStringLiteral("reportStatusCombo"));
    m_status->addItem(tr("Planned"), int(Meeting::Status::Planned));
    m_status->addItem(tr("Held"), int(Meeting::Status::Held));
    m_status->addItem(tr("Cancelled"), int(Meeting::Status::Cancelled));
    m_metWith = new QLineEdit(content);
    m_metWith->setObjectName(QStringLiteral("reportMetWithEdit"));
    m_metWith->setPlaceholderText(tr("Name and title, e.g. Jordan Lee, legislative director"));
    m_metRole = new QComboBox(content);
    m_metRole->setObjectName(QStringLiteral("reportMetRoleCombo"));
    m_metRole->addItem(tr("Not recorded"), int(Meeting::MetRole::Unknown));
    m_metRole->addItem(tr("Member"), int(Meeting::MetRole::Member));
    m_metRole->addItem(tr("Staffer"), int(Meeting::MetRole::Staffer));
    auto *meetingForm = new QFormLayout;
    meetingForm->addRow(tr("&Status:"), m_status);
    meetingForm->addRow(tr("Met &with:"), m_metWith);
    meetingForm->addRow(tr("&Role:"), m_metRole);

    auto *outcomesBox = new QGroupBox(tr("Outcomes"), content);
    m_noAsks = new QLabel(tr("The day has no asks yet. Add them on the Details tab."), outcomesBox);
    m_noAsks->setWordWrap(true);
    m_outcomeForm = new QFormLayout;
    auto *outcomesLayout = new QVBoxLayout(outcomesBox);
    outcomesLayout->addWidget(m_noAsks);
    outcomesLayout->addLayout(m_outcomeForm);

    auto *followUpsBox = new QGroupBox(tr("Follow-ups"), content);
    m_followUps = new QTableWidget(0, FollowUpColumnCount, followUpsBox);
    m_followUps->setObjectName(QStringLiteral("reportFollowUpTable"));
    m_followUps->setAccessibleName(tr("Follow-ups"));
    m_followUps->setHorizontalHeaderLabels({tr("Done"), tr("Description"), tr("Due")});
    m_followUps->horizontalHeaderItem(DueColumn)->setToolTip(
        tr("Due date as year-month-day, for example %1").arg(dueExample()));
    m_followUps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_followUps->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_followUps->horizontalHeader()->setSectionResizeMode(DoneColumn, QHeaderView::ResizeToContents);
    m_followUps->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_followUps->horizontalHeader()->resizeSection(
        DueColumn, m_followUps->fontMetrics().horizontalAdvance(dueExample()) + 24);
    m_followUps->setMinimumHeight(120);
    m_addFollowUp = new QPushButton(tr("&Add Follow-up"), followUpsBox);
    m_addFollowUp->setObjectName(QStringLiteral("reportAddFollowUpButton"));
    m_removeFollowUp = new QPushButton(tr("Remo&ve"), followUpsBox);
    m_removeFollowUp->setObjectName(QStringLiteral("reportRemoveFollowUpButton"));
    auto *followUpButtons = new QHBoxLayout;
    followUpButtons->addWidget(m_addFollowUp);
    followUpButtons->addWidget(m_removeFollowUp);
    followUpButtons->addStretch();
    auto *followUpsLayout = new QVBoxLayout(followUpsBox);
    followUpsLayout->addWidget(m_followUps);
    followUpsLayout->addLayout(followUpButtons);

    m_notes = new QPlainTextEdit(content);
    m_notes->setObjectName(QStringLiteral("reportNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(80);
    auto *notesLabel = new QLabel(tr("&Notes:"), content);
    notesLabel->setBuddy(m_notes);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_heading);
    contentLayout->addWidget(m_team);
    contentLayout->addLayout(meetingForm);
    contentLayout->addWidget(outcomesBox);
    contentLayout->addWidget(followUpsBox);
    contentLayout->addWidget(notesLabel);
    contentLayout->addWidget(m_notes, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields inside take the focus, one by one
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    const QString saveKeys = QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText);
    m_save = new QPushButton(tr("&Save Report"), this);
    m_save->setObjectName(QStringLiteral("reportSaveButton"));
    m_save->setToolTip(tr("Save the report (%1)").arg(saveKeys));
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("reportRevertButton"));
    m_revert->setToolTip(tr("Go back to the report as last saved"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(scroll, 1);
    detailLayout->addLayout(buttons);

    m_formStack = new QStackedWidget(this);
    m_formStack->addWidget(m_noSelection);
    m_formStack->addWidget(detail);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_formStack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // Only while focus is inside the panel, so Ctrl+S elsewhere in the window saves what is there.
    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ReportBackPanel::save);

    connect(m_list, &QListWidget::currentRowChanged, this, &ReportBackPanel::onCurrentRowChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ReportBackPanel::updateButtons);
    connect(m_metRole, &QComboBox::currentIndexChanged, this, &ReportBackPanel::updateButtons);
    connect(m_metWith, &QLineEdit::textChanged, this, &ReportBackPanel::updateButtons);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ReportBackPanel::updateButtons);
    connect(m_followUps, &QTableWidget::cellChanged, this, &ReportBackPanel::onFollowUpChanged);
    connect(m_followUps, &QTableWidget::itemSelectionChanged, this, &ReportBackPanel::updateButtons);
    connect(m_addFollowUp, &QPushButton::clicked, this, &ReportBackPanel::addFollowUp);
    connect(m_removeFollowUp, &QPushButton::clicked, this, &ReportBackPanel::removeFollowUp);
    connect(m_save, &QPushButton::clicked, this, &ReportBackPanel::save);
    connect(m_revert, &QPushButton::clicked, this, &ReportBackPanel::revert);

    reload({}, false);
}

void ReportBackPanel::setDay(const QString &dayId)
{
    m_dayId = dayId;
    m_loaded = {};
    reload({}, false);
}

void ReportBackPanel::refresh()
{
    reload(m_loaded.id, true);
}

void ReportBackPanel::reload(const QString &selectMeetingId, bool keepEdits)
{
    // Decided before anything is reloaded: the comparison is against the meeting as it was loaded.
    const bool keep = keepEdits && hasUnsavedChanges();
    m_snapshot = {};
    if (m_dayId.isEmpty()) {
        m_empty->setText(tr("No advocacy day selected."));
    } else if (auto snapshot = DayPlanner(m_database).snapshot(m_dayId); !snapshot) {
        m_empty->setText(snapshot.error().message);
    } else {
        m_snapshot = std::move(snapshot).value();
        m_empty->setText(tr("No meetings yet: schedule the day first on the Schedule tab."));
    }
    if (m_snapshot.meetings.isEmpty()) {
        m_stack->setCurrentWidget(m_empty);
        {
            const QSignalBlocker blocker(m_list);
            m_list->clear();
        }
        loadForm({});
        return;
    }
    m_stack->setCurrentIndex(0);

    rebuildAskCombos();
    fillList(selectMeetingId);
    const QListWidgetItem *current = m_list->currentItem();
    const Meeting *meeting = current ? meetingById(current->data(Qt::UserRole).toString()) : nullptr;
    if (keep && meeting && meeting->id == m_loaded.id) {
        m_loaded = *meeting; // Revert now goes back to what is saved, the form keeps the edits
        updateButtons();
    } else {
        loadForm(meeting ? *meeting : Meeting {});
    }
}

void ReportBackPanel::rebuildAskCombos()
{
    if (m_askCombosFor == m_snapshot.day.asks && !m_outcomeCombos.isEmpty())
        return;
    // What the user had picked survives a change to the day's asks, for the asks that remain.
    QHash<QString, int> picked;
    for (const QComboBox *combo : std::as_const(m_outcomeCombos))
        picked.insert(combo->property(kAskIdProperty).toString(), combo->currentData().toInt());

    while (m_outcomeForm->rowCount() > 0)
        m_outcomeForm->removeRow(0);
    m_outcomeCombos.clear();
    m_askCombosFor = m_snapshot.day.asks;

    QWidget *box = m_noAsks->parentWidget();
    for (const Ask &ask : std::as_const(m_askCombosFor)) {
        auto *combo = new QComboBox(box);
        combo->setObjectName(QStringLiteral("reportOutcome_") + ask.id);
        combo->setProperty(kAskIdProperty, ask.id);
        combo->addItem(tr("Not recorded"), kNotRecorded);
        for (Outcome o : {Outcome::Supportive, Outcome::Undecided, Outcome::Opposed, Outcome::NoAnswer})
            combo->addItem(outcomeName(o), int(o));
        const QString label = askLabel(ask);
        combo->setAccessibleName(label);
        if (!ask.talkingPoints.trimmed().isEmpty())
            combo->setToolTip(ask.talkingPoints.trimmed());
        combo->setCurrentIndex(std::max(0, combo->findData(picked.value(ask.id, kNotRecorded))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportBackPanel::updateButtons);
        // A bill title with "&" must not turn into a keyboard mnemonic.
        QString labelText = label;
        labelText.replace(QLatin1Char('&'), QStringLiteral("&&"));
        m_outcomeForm->addRow(tr("%1:", "form label").arg(labelText), combo);
        m_outcomeCombos.append(combo);
    }
    m_noAsks->setVisible(m_askCombosFor.isEmpty());
}

QString ReportBackPanel::meetingLabel(const Meeting &meeting) const
{
    const Legislator *legislator = m_snapshot.legislator(meeting.legislatorId);
    return legislator ? legislator->title() : tr("Unknown office");
}

void ReportBackPanel::fillList(const QString &selectMeetingId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Meeting &m : std::as_const(m_snapshot.meetings)) {
        auto *item = new QListWidgetItem(tr("%1  %2 — %3", "meeting list: start time, office, report status")
                                             .arg(bidi::isolateLtr(formatMinutes(m.start)), bidi::isolate(meetingLabel(m)), statusMarker(m.status)),
            m_list);
        item->setData(Qt::UserRole, m.id);
        if (m.status == Meeting::Status::Cancelled) {
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
        }
    }
    selectInList(selectMeetingId);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ReportBackPanel::selectInList(const QString &meetingId)
{
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == meetingId) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

const Meeting *ReportBackPanel::meetingById(const QString &meetingId) const
{
    for (const Meeting &m : m_snapshot.meetings) {
        if (m.id == meetingId)
            return &m;
    }
    return nullptr;
}

void ReportBackPanel::onCurrentRowChanged()
{
    const QListWidgetItem *item = m_list->currentItem();
    const QString id = item ? item->data(Qt::UserRole).toString() : QString();
    if (id == m_loaded.id)
        return;
    if (!confirmLeavingEdits()) {
        selectInList(m_loaded.id);
        return;
    }
    selectInList(id); // saving the edits reloads the list, which selects the meeting just saved
    const Meeting *meeting = meetingById(id);
    loadForm(meeting ? *meeting : Meeting {});
}

bool ReportBackPanel::confirmLeavingEdits()
{
    if (!hasUnsavedChanges())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved report"),
        tr("Save the report of the meeting with %1?").arg(bidi::isolate(meetingLabel(m_loaded))),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        save();
        return !hasUnsavedChanges(); // a refused save keeps the user here to fix it
    }
    revert();
    return true;
}

void ReportBackPanel::loadForm(const Meeting &meeting)
{
    m_loading = true;
    m_loaded = meeting;
    m_formStack->setCurrentIndex(meeting.id.isEmpty() ? 0 : 1);

    m_heading->setText(meeting.id.isEmpty()
            ? QString()
            : tr("%1–%2  %3", "meeting heading: start, end, office")
                  .arg(bidi::isolateLtr(formatMinutes(meeting.start)), bidi::isolateLtr(formatMinutes(meeting.end)),
                      bidi::isolate(meetingLabel(meeting))));
    QStringList team;
    for (const QString &attendeeId : meeting.attendeeIds) {
        const Attendee *a = m_snapshot.attendee(attendeeId);
        if (!a)
            continue;
        if (attendeeId == meeting.leadAttendeeId)
            team.prepend(tr("%1 (lead)").arg(bidi::isolate(a->name)));
        else
            team.append(bidi::isolate(a->name));
    }
    m_team->setText(team.isEmpty() ? tr("No team assigned.") : tr("Team: %1").arg(QLocale().createSeparatedList(team)));

    m_status->setCurrentIndex(std::max(0, m_status->findData(int(meeting.status))));
    m_metWith->setText(meeting.metWith);
    m_metRole->setCurrentIndex(std::max(0, m_metRole->findData(int(meeting.metRole))));
    for (QComboBox *combo : std::as_const(m_outcomeCombos)) {
        const auto outcome = meeting.outcomes.constFind(combo->property(kAskIdProperty).toString());
        const int value = outcome == meeting.outcomes.cend() ? kNotRecorded : int(*outcome);
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    }
    {
        const QSignalBlocker blocker(m_followUps);
        m_followUps->setRowCount(0);
    }
    for (const FollowUp &f : meeting.followUps) {
        const int row = m_followUps->rowCount();
        const QSignalBlocker blocker(m_followUps);
        m_followUps->insertRow(row);
        auto *done = new QTableWidgetItem;
        done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        done->setCheckState(f.done ? Qt::Checked : Qt::Unchecked);
        done->setData(Qt::UserRole, f.id);
        done->setData(Qt::AccessibleTextRole, tr("Done"));
        m_followUps->setItem(row, DoneColumn, done);
        m_followUps->setItem(row, DescriptionColumn, new QTableWidgetItem(f.description));
        m_followUps->setItem(row, DueColumn,
            new QTableWidgetItem(f.due.isValid() ? f.due.toString(QStringLiteral("yyyy-MM-dd")) : QString()));
        markDueCell(row);
    }
    m_notes->setPlainText(meeting.reportNotes);
    m_loading = false;
    updateButtons();
}

Meeting ReportBackPanel::formMeeting(QStringList *problems, int *badRow, int *badColumn) const
{
    Meeting meeting = m_loaded; // keeps the id, the team and the outcomes of asks since removed
    meeting.status = Meeting::Status(m_status->currentData().toInt());
    meeting.metWith = m_metWith->text().trimmed();
    meeting.metRole = Meeting::MetRole(m_metRole->currentData().toInt());
    for (const QComboBox *combo : m_outcomeCombos) {
        const QString askId = combo->property(kAskIdProperty).toString();
        const int value = combo->currentData().toInt();
        if (value == kNotRecorded)
            meeting.outcomes.remove(askId);
        else
            meeting.outcomes.insert(askId, Outcome(value));
    }
    meeting.reportNotes = m_notes->toPlainText();

    auto problem = [&](int row, int column, const QString &message) {
        if (problems)
            problems->append(message);
        if (badRow && *badRow < 0) {
            *badRow = row;
            if (badColumn)
                *badColumn = column;
        }
    };
    if (badRow)
        *badRow = -1;
    meeting.followUps.clear();
    for (int row = 0; row < m_followUps->rowCount(); ++row) {
        const QTableWidgetItem *doneItem = m_followUps->item(row, DoneColumn);
        const QTableWidgetItem *descriptionItem = m_followUps->item(row, DescriptionColumn);
        const QTableWidgetItem *dueItem = m_followUps->item(row, DueColumn);
        const QString description = descriptionItem ? descriptionItem->text().trimmed() : QString();
        const QString dueText = dueItem ? dueItem->text().trimmed() : QString();
        if (description.isEmpty() && dueText.isEmpty())
            continue; // a row added and left blank; the repository would drop it too
        FollowUp f;
        f.id = doneItem ? doneItem->data(Qt::UserRole).toString() : QString();
        f.done = doneItem && doneItem->checkState() == Qt::Checked;
        f.description = description;
        if (!dueText.isEmpty()) {
            f.due = parseDue(dueText);
            if (!f.due.isValid()) {
                problem(row, DueColumn,
                    tr("Follow-up row %1: “%2” is not a date. Write due dates as year-month-day, for example %3.")
                        .arg(row + 1)
                        .arg(dueText, dueExample()));
                continue;
            }
        }
        if (description.isEmpty()) {
            problem(row, DescriptionColumn,
                tr("Follow-up row %1 has a due date but no description. Say what is to be done, or remove the row.")
                    .arg(row + 1));
            continue;
        }
        meeting.followUps.append(f);
    }
    return meeting;
}

bool ReportBackPanel::hasUnsavedChanges() const
{
    if (m_loaded.id.isEmpty())
        return false;
    QStringList problems;
    const Meeting meeting = formMeeting(&problems);
    return !problems.isEmpty() || meeting != m_loaded;
}

void ReportBackPanel::save()
{
    if (m_loaded.id.isEmpty() || !hasUnsavedChanges())
        return;
    QStringList problems;
    int badRow = -1;
    int badColumn = -1;
    const Meeting meeting = formMeeting(&problems, &badRow, &badColumn);
    if (!problems.isEmpty()) {
        if (badRow >= 0)
            m_followUps->setCurrentCell(badRow, badColumn);
        QMessageBox::warning(this, tr("Report not saved"), problems.join(QLatin1Char('\n')));
        m_followUps->setFocus();
        return;
    }
    if (const Status saved = MeetingRepository(m_database).saveReport(meeting); !saved) {
        QMessageBox::warning(this, tr("Report not saved"), saved.error().message);
        return;
    }
    reload(meeting.id, false);
    emit reportSaved();
}

void ReportBackPanel::revert()
{
    loadForm(m_loaded);
}

void ReportBackPanel::addFollowUp()
{
    if (m_loaded.id.isEmpty())
        return;
    const int row = m_followUps->rowCount();
    {
        const QSignalBlocker blocker(m_followUps);
        m_followUps->insertRow(row);
        auto *done = new QTableWidgetItem;
        done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        done->setCheckState(Qt::Unchecked);
        done->setData(Qt::AccessibleTextRole, tr("Done"));
        m_followUps->setItem(row, DoneColumn, done);
        m_followUps->setItem(row, DescriptionColumn, new QTableWidgetItem);
        m_followUps->setItem(row, DueColumn, new QTableWidgetItem);
        markDueCell(row);
    }
    m_followUps->setCurrentCell(row, DescriptionColumn);
    if (m_followUps->isVisible())
        m_followUps->editItem(m_followUps->item(row, DescriptionColumn));
    updateButtons();
}

void ReportBackPanel::removeFollowUp()
{
    QList<int> rows;
    for (const QModelIndex &index : m_followUps->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_followUps->currentRow() >= 0)
        rows.append(m_followUps->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_followUps->removeRow(row);
    updateButtons();
}

void ReportBackPanel::onFollowUpChanged(int row, int column)
{
    if (column == DueColumn)
        markDueCell(row);
    updateButtons();
}

void ReportBackPanel::markDueCell(int row)
{
    QTableWidgetItem *item = m_followUps->item(row, DueColumn);
    if (!item)
        return;
    const QString text = item->text().trimmed();
    const bool valid = text.isEmpty() || parseDue(text).isValid();
    // Said while typing, so the refusal at Save comes as no surprise.
    const QSignalBlocker blocker(m_followUps);
    item->setForeground(valid ? QBrush() : QBrush(QColor(0xc6, 0x28, 0x28)));
    item->setToolTip(valid ? tr("Due date as year-month-day, for example %1").arg(dueExample())
                           : tr("Not a date. Write it as year-month-day, for example %1.").arg(dueExample()));
}

void ReportBackPanel::updateButtons()
{
    if (m_loading)
        return;
    const bool modified = hasUnsavedChanges();
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    m_addFollowUp->setEnabled(!m_loaded.id.isEmpty());
    m_removeFollowUp->setEnabled(m_followUps->currentRow() >= 0 && m_followUps->rowCount() > 0);
}

} // namespace majlis
