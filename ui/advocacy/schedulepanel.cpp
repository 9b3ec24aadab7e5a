#include "advocacy/schedulepanel.h"

#include "i18n/bidi.h"
#include "shell/plaincopy.h"

#include "advocacy/meetingrepository.h"
#include "advocacy/officetimespanel.h"
#include "advocacy/schedulecheck.h"
#include "advocacy/schedulegridmodel.h"
#include "advocacy/scheduler.h"

#include <QApplication>
#include <QComboBox>
#include <QDragMoveEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolTip>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace majlis {

namespace {

// Moving a meeting by hand pins it; undo puts back both the time and the pin.
class MoveMeetingCommand : public QUndoCommand
{
public:
    MoveMeetingCommand(SchedulePanel *panel, Database &database, const Meeting &before, int newStart)
        : m_panel(panel)
        , m_database(database)
        , m_before(before)
        , m_newStart(newStart)
    {
        setText(
            QCoreApplication::translate("majlis::SchedulePanel", "Move meeting to %1").arg(formatMinutes(newStart)));
    }

    void redo() override
    {
        apply(
            MeetingRepository(m_database).move(m_before.id, m_newStart, m_newStart + (m_before.end - m_before.start)));
    }
    void undo() override
    {
        MeetingRepository meetings(m_database);
        if (auto s = meetings.move(m_before.id, m_before.start, m_before.end); !s)
            return apply(s);
        apply(meetings.setPinned(m_before.id, m_before.pinned));
    }

private:
    void apply(const Status &status)
    {
        if (!status)
            QMessageBox::warning(m_panel,
                QCoreApplication::translate("majlis::SchedulePanel", "Cannot move the meeting"),
                status.error().message);
        m_panel->refresh();
        emit m_panel->scheduleChanged();
    }

    SchedulePanel *m_panel;
    Database &m_database;
    Meeting m_before;
    int m_newStart;
};

// Says, while a meeting is dragged over a time, what dropping it there would break.
class ScheduleGridView : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        QTableView::dragMoveEvent(event);
        auto *grid = qobject_cast<ScheduleGridModel *>(model());
        const QModelIndex index = indexAt(event->position().toPoint());
        if (!grid || !index.isValid())
            return;
        const QStringList conflicts = grid->conflictsIfDropped(event->mimeData(), index.row());
        const QString time = formatMinutes(grid->startOfRow(index.row()));
        const QString text = conflicts.isEmpty()
            ? QCoreApplication::translate("majlis::SchedulePanel", "%1: no conflicts").arg(time)
            : time + u'\n' + conflicts.join(u'\n');
        QToolTip::showText(viewport()->mapToGlobal(event->position().toPoint()), text, viewport());
    }
};

} // namespace

SchedulePanel::SchedulePanel(Database &database, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack)
    , m_model(new ScheduleGridModel(this))
{
    auto *build = new QPushButton(tr("&Build Schedule"), this);
    build->setObjectName(QStringLiteral("scheduleButton"));
    build->setToolTip(tr("Place every constituent with their senators and representative. Pinned and reported "
                         "meetings stay where they are. (Ctrl+R)"));
    build->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(build, &QPushButton::clicked, this, &SchedulePanel::buildSchedule);

    m_axis = new QComboBox(this);
    m_axis->setObjectName(QStringLiteral("axisCombo"));
    m_axis->addItems({tr("By office"), tr("By attendee"), tr("By team")});
    m_axis->setAccessibleName(tr("Show the schedule"));
    auto *pin = new QPushButton(tr("&Pin / Unpin"), this);
    pin->setToolTip(tr("A pinned meeting keeps its time when the schedule is built again."));
    connect(pin, &QPushButton::clicked, this, &SchedulePanel::togglePin);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(build);
    bar->addWidget(m_axis);
    bar->addWidget(pin);
    bar->addWidget(m_summary, 1);

    m_grid = new ScheduleGridView(this);
    copyWithoutIsolates(m_grid);
    m_grid->setObjectName(QStringLiteral("scheduleGrid"));
    m_grid->setModel(m_model);
    m_grid->setDragDropMode(QAbstractItemView::DragDrop);
    m_grid->setDefaultDropAction(Qt::MoveAction);
    m_grid->setDragDropOverwriteMode(true);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setWordWrap(true);
    m_grid->horizontalHeader()->setDefaultSectionSize(150);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->setAccessibleName(tr("Schedule grid: drag a meeting to another time to move it"));
    connect(m_model, &ScheduleGridModel::moveRequested, this, &SchedulePanel::moveMeeting);

    m_teams = new QTreeWidget(this);
    m_teams->setObjectName(QStringLiteral("teamTree"));
    m_teams->setHeaderLabels({tr("Time and office"), tr("Where"), tr("Role")});

    m_views = new QStackedWidget(this);
    m_views->addWidget(m_grid);
    m_views->addWidget(m_teams);
    connect(m_axis, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_views->setCurrentIndex(index == 2 ? 1 : 0);
        if (index < 2)
            m_model->setAxis(index == 0 ? ScheduleGridModel::Axis::Offices : ScheduleGridModel::Axis::Attendees);
    });

    m_conflicts = new QListWidget(this);
    m_conflicts->setObjectName(QStringLiteral("conflictList"));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_unscheduled = new QListWidget(this);
    m_unscheduled->setObjectName(QStringLiteral("unscheduledList"));
    m_unscheduled->setAccessibleName(tr("Not scheduled"));
    auto *lists = new QSplitter(Qt::Horizontal, this);
    auto titled = [this](const QString &title, QWidget *list) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(title, box);
        label->setBuddy(list);
        layout->addWidget(label);
        layout->addWidget(list);
        return box;
    };
    lists->addWidget(titled(tr("&Conflicts"), m_conflicts));
    lists->addWidget(titled(tr("&Not scheduled"), m_unscheduled));
    m_officeTimes = new OfficeTimesPanel(m_database, this);
    connect(m_officeTimes, &OfficeTimesPanel::officeTimesChanged, this, &SchedulePanel::refresh);
    lists->addWidget(titled(tr("&Office times"), m_officeTimes));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_views);
    split->addWidget(lists);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
}

void SchedulePanel::setDay(const QString &dayId)
{
    m_dayId = dayId;
    refresh();
}

void SchedulePanel::refresh()
{
    if (m_dayId.isEmpty())
        return;
    auto snapshot = DayPlanner(m_database).snapshot(m_dayId);
    if (!snapshot) {
        m_summary->setText(snapshot.error().message);
        return;
    }
    const DaySnapshot &s = snapshot.value();
    const ScheduleCheck check(s.day, s.legislators, s.attendees, s.officeTimes);
    const QList<Conflict> conflicts = check.conflicts(s.meetings);
    m_model->setSnapshot(s, conflicts);
    m_officeTimes->setSnapshot(s);

    m_conflicts->clear();
    for (const Conflict &c : conflicts) {
        auto *item = new QListWidgetItem(c.message, m_conflicts);
        item->setData(Qt::UserRole, c.meetingId);
    }
    if (conflicts.isEmpty())
        m_conflicts->addItem(tr("No conflicts."));

    m_teams->clear();
    for (const Meeting &m : s.meetings) {
        const Legislator *l = s.legislator(m.legislatorId);
        auto *top = new QTreeWidgetItem(m_teams,
            {QStringLiteral("%1  %2").arg(bidi::isolateLtr(formatMinutes(m.start)), bidi::isolate(l ? l->shownTitle() : QString())),
                l ? tr("%1 %2").arg(bidi::isolate(l->office.building), bidi::isolateLtr(l->office.room)) : QString(),
                m.pinned ? tr("Pinned") : QString()});
        for (const QString &id : m.attendeeIds) {
            const Attendee *a = s.attendee(id);
            new QTreeWidgetItem(top,
                {bidi::isolate(a ? a->name : id),
                    bidi::isolateLtr(a ? a->seat() : QString()),
                    id == m.leadAttendeeId ? tr("Lead") : (a ? roleName(a->role) : QString())});
        }
    }
    m_teams->expandAll();
    showUnscheduled(s);
}

// What is still missing, and why: the scheduler asked, with every current meeting held fixed.
void SchedulePanel::showUnscheduled(const DaySnapshot &s)
{
    m_unscheduled->clear();
    ScheduleInput input {s.day, s.legislators, s.attendees, s.officeTimes, s.meetings};
    const ScheduleResult pending = Scheduler::schedule(input);
    int missing = 0;
    for (const UnscheduledRequest &u : pending.unscheduled) {
        const Attendee *a = s.attendee(u.attendeeId);
        const Legislator *l = s.legislator(u.legislatorId);
        m_unscheduled->addItem(
            QStringLiteral("%1 — %2: %3")
                .arg(a ? a->name : u.attendeeId, l ? l->title() : tr("no office"), describe(u.reason)));
        ++missing;
    }
    for (const Meeting &m : pending.meetings) {
        const Legislator *l = s.legislator(m.legislatorId);
        for (const QString &id : m.attendeeIds) {
            const Attendee *a = s.attendee(id);
            m_unscheduled->addItem(tr("%1 — %2: not scheduled yet; build the schedule to place this meeting.")
                                       .arg(a ? a->name : id, l ? l->title() : QString()));
            ++missing;
        }
    }
    if (s.attendees.isEmpty())
        m_summary->setText(tr("Register attendees on the Attendees tab, then build the schedule."));
    else
        m_summary->setText(tr("%n meeting(s); ", nullptr, int(s.meetings.size()))
            + tr("%n request(s) not scheduled.", nullptr, missing));
    if (missing == 0)
        m_unscheduled->addItem(tr("Everyone has every meeting they can have."));
}

void SchedulePanel::buildSchedule()
{
    if (m_dayId.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = DayPlanner(m_database).schedule(m_dayId);
    QApplication::restoreOverrideCursor();
    if (!result) {
        QMessageBox::warning(this, tr("Cannot build the schedule"), result.error().message);
        return;
    }
    // Rebuilding replaces the meetings the undo stack's moves refer to.
    if (m_undoStack)
        m_undoStack->clear();
    refresh();
    emit scheduleChanged();
}

void SchedulePanel::moveMeeting(const QString &meetingId, int newStart)
{
    const DaySnapshot &s = m_model->snapshot();
    for (const Meeting &m : s.meetings) {
        if (m.id != meetingId)
            continue;
        if (m.start == newStart)
            return;
        auto *command = new MoveMeetingCommand(this, m_database, m, newStart);
        if (m_undoStack) {
            m_undoStack->push(command);
        } else {
            command->redo();
            delete command;
        }
        return;
    }
}

void SchedulePanel::togglePin()
{
    const QString id = m_grid->currentIndex().data(ScheduleGridModel::MeetingIdRole).toString();
    if (id.isEmpty())
        return;
    for (const Meeting &m : m_model->snapshot().meetings) {
        if (m.id != id)
            continue;
        if (auto s = MeetingRepository(m_database).setPinned(id, !m.pinned); !s)
            QMessageBox::warning(this, tr("Cannot pin the meeting"), s.error().message);
        refresh();
        return;
    }
}

} // namespace majlis
