#include "advocacy/officetimespanel.h"

#include "advocacy/dayrepository.h"
#include "i18n/bidi.h"
#include "shell/plaincopy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace majlis {

namespace {

int minutesOf(const QTime &time)
{
    return QTime(0, 0).secsTo(time) / 60;
}

} // namespace

OfficeTimesPanel::OfficeTimesPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_list = new QListWidget(this);
    copyWithoutIsolates(m_list);
    m_list->setObjectName(QStringLiteral("officeTimeList"));
    m_list->setAccessibleName(tr("Office times"));
    auto *add = new QPushButton(tr("Add…"), this);
    add->setToolTip(tr("A time an office confirmed for your meeting, or a time it cannot meet."));
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, &OfficeTimesPanel::askToAdd);
    connect(remove, &QPushButton::clicked, this, &OfficeTimesPanel::removeSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

void OfficeTimesPanel::setSnapshot(const DaySnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_list->clear();
    for (const OfficeTime &t : snapshot.officeTimes) {
        const Legislator *l = snapshot.legislator(t.legislatorId);
        const QString office = l ? bidi::isolate(l->title()) : tr("an office no longer listed");
        const QString start = bidi::isolateLtr(formatMinutes(t.start));
        const QString end = bidi::isolateLtr(formatMinutes(t.end));
        const QString text = t.kind == OfficeTime::Kind::Confirmed ? tr("%1: confirmed %2–%3").arg(office, start, end)
                                                                   : tr("%1: cannot meet %2–%3").arg(office, start, end);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, t.id);
    }
    if (snapshot.officeTimes.isEmpty())
        m_list->addItem(tr("No confirmed times or blackouts: every office can meet all day."));
}

bool OfficeTimesPanel::add(const OfficeTime &time)
{
    auto added = DayRepository(m_database).addOfficeTime(m_snapshot.day.id, time);
    if (!added) {
        QMessageBox::warning(this, tr("Cannot add the office time"), added.error().message);
        return false;
    }
    emit officeTimesChanged();
    return true;
}

void OfficeTimesPanel::removeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    const QString id = item ? item->data(Qt::UserRole).toString() : QString();
    if (id.isEmpty())
        return;
    if (auto s = DayRepository(m_database).removeOfficeTime(id); !s)
        QMessageBox::warning(this, tr("Cannot remove the office time"), s.error().message);
    emit officeTimesChanged();
}

void OfficeTimesPanel::askToAdd()
{
    OfficeTimeDialog dialog(m_snapshot, this);
    if (dialog.exec() == QDialog::Accepted)
        add(dialog.officeTime());
}

OfficeTimeDialog::OfficeTimeDialog(const DaySnapshot &snapshot, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Office Time"));
    // The offices this day's attendees will meet come first; every other office after them.
    QSet<QString> states;
    for (const Attendee &a : snapshot.attendees)
        states.insert(a.state);
    m_office = new QComboBox(this);
    for (bool ours : {true, false}) {
        for (const Legislator &l : snapshot.legislators) {
            if (l.inOffice && states.contains(l.state) == ours)
                m_office->addItem(l.title(), l.id);
        }
    }
    m_office->setEditable(true); // type to find among 535 offices
    m_office->setInsertPolicy(QComboBox::NoInsert);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Confirmed meeting time"));
    m_kind->addItem(tr("Cannot meet (blackout)"));
    m_from = new QTimeEdit(QTime(0, 0).addSecs(snapshot.day.windowStart * 60), this);
    m_from->setDisplayFormat(QStringLiteral("HH:mm"));
    m_to = new QTimeEdit(QTime(0, 0).addSecs((snapshot.day.windowStart + snapshot.day.slotMinutes) * 60), this);
    m_to->setDisplayFormat(QStringLiteral("HH:mm"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Office:"), m_office);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

OfficeTime OfficeTimeDialog::officeTime() const
{
    OfficeTime time;
    time.legislatorId = m_office->currentData().toString();
    time.kind = m_kind->currentIndex() == 0 ? OfficeTime::Kind::Confirmed : OfficeTime::Kind::Blackout;
    time.start = minutesOf(m_from->time());
    time.end = minutesOf(m_to->time());
    return time;
}

} // namespace majlis
