#include "advocacy/attendeespanel.h"

#include "i18n/bidi.h"
#include "shell/plaincopy.h"

#include "advocacy/contactpickerdialog.h"
#include "advocacy/dayrepository.h"
#include "contacts/districtfilldialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace majlis {

namespace {

const QList<AttendeeRole> kRoles {
    AttendeeRole::Constituent, AttendeeRole::TeamLead, AttendeeRole::NoteTaker, AttendeeRole::FirstTimer};

} // namespace

AttendeesPanel::AttendeesPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    auto *add = new QPushButton(tr("&Register Contacts…"), this);
    add->setObjectName(QStringLiteral("addAttendeesButton"));
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(QStringLiteral("removeAttendeeButton"));
    connect(add, &QPushButton::clicked, this, &AttendeesPanel::pickContacts);
    connect(remove, &QPushButton::clicked, this, &AttendeesPanel::removeSelected);
    auto *fill = new QPushButton(tr("Fill &Districts from ZIP Codes…"), this);
    fill->setObjectName(QStringLiteral("fillAttendeeDistrictsButton"));
    // Alt+D, its mnemonic: Ctrl+Shift+D belongs to the Contacts page's fill in the Edit menu.
    fill->setToolTip(tr("Find the attendees' districts in the day's legislature from their ZIP codes"));
    connect(fill, &QPushButton::clicked, this, &AttendeesPanel::fillDistricts);
    m_summary = new QLabel(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addWidget(remove);
    bar->addWidget(fill);
    bar->addWidget(m_summary, 1);

    m_table = new QTableWidget(0, 4, this);
    copyWithoutIsolates(m_table);
    m_table->setObjectName(QStringLiteral("attendeeTable"));
    m_table->setAccessibleName(tr("Attendees"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("State and district"), tr("Role"), tr("Earlier days")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
}

void AttendeesPanel::setDay(const QString &dayId)
{
    m_dayId = dayId;
    refresh();
}

void AttendeesPanel::refresh()
{
    m_table->setRowCount(0);
    auto attendees = DayRepository(m_database).attendees(m_dayId);
    if (!attendees) {
        m_summary->setText(attendees.error().message);
        return;
    }
    int withoutSeat = 0;
    for (const Attendee &a : attendees.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(bidi::isolate(a.name));
        name->setData(Qt::UserRole, a.id);
        m_table->setItem(row, 0, name);
        QString seat = a.state;
        if (a.state.isEmpty()) {
            seat = tr("No state: cannot be matched");
            ++withoutSeat;
        } else {
            seat = a.seat();
        }
        if (!a.state.isEmpty())
            seat = bidi::isolateLtr(seat); // "WA-7", not "7-WA", in a right-to-left table
        m_table->setItem(row, 1, new QTableWidgetItem(seat));
        m_table->setItem(row, 3, new QTableWidgetItem(QString::number(a.earlierDays)));

        auto *role = new QComboBox(m_table);
        for (AttendeeRole r : kRoles)
            role->addItem(roleName(r));
        role->setCurrentIndex(int(kRoles.indexOf(a.role)));
        role->setAccessibleName(tr("Role of %1").arg(a.name));
        connect(role, &QComboBox::currentIndexChanged, this, [this, id = a.id](int index) {
            if (auto s = DayRepository(m_database).setRole(id, kRoles.at(index)); !s)
                QMessageBox::warning(this, tr("Cannot change the role"), s.error().message);
            emit attendeesChanged();
        });
        m_table->setCellWidget(row, 2, role);
    }
    QString summary = tr("%n attendee(s)", nullptr, int(attendees->size()));
    if (withoutSeat > 0)
        summary += tr("; %n without a state on their contact", nullptr, withoutSeat);
    if (attendees->isEmpty())
        summary = tr("Nobody is registered yet: register contacts to plan their meetings.");
    m_summary->setText(summary);
}

bool AttendeesPanel::registerContacts(const QStringList &contactIds, int roleIndex)
{
    auto added = DayRepository(m_database).addAttendees(m_dayId, contactIds, kRoles.value(roleIndex));
    if (!added) {
        QMessageBox::warning(this, tr("Cannot register attendees"), added.error().message);
        return false;
    }
    refresh();
    emit attendeesChanged();
    return true;
}

void AttendeesPanel::pickContacts()
{
    ContactPickerDialog picker(m_database, this);
    if (picker.exec() == QDialog::Accepted && !picker.chosenContactIds().isEmpty())
        registerContacts(picker.chosenContactIds(), picker.roleIndex());
}

void AttendeesPanel::fillDistricts()
{
    auto day = DayRepository(m_database).get(m_dayId);
    if (!day) {
        QMessageBox::warning(this, tr("Cannot fill districts"), day.error().message);
        return;
    }
    // A day is planned at one legislature: its attendees' districts there are the ones wanted,
    // as "majlis-cli contacts districts --fill --day" takes them.
    DistrictFillDialog dialog(m_database, {{}, {}, day->id}, day->bodyId,
                              tr("the attendees of %1").arg(bidi::isolate(day->title)), this);
    dialog.exec();
    if (dialog.changedWorkspace()) {
        refresh();
        emit attendeesChanged();
    }
}

void AttendeesPanel::removeSelected()
{
    QStringList ids;
    QStringList names;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        ids << m_table->item(index.row(), 0)->data(Qt::UserRole).toString();
        names << m_table->item(index.row(), 0)->text();
    }
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Remove Attendees"),
        tr("Remove %1 from this day? They are also taken out of their meetings.").arg(names.join(QStringLiteral(", "))),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    for (const QString &id : std::as_const(ids)) {
        if (auto s = DayRepository(m_database).removeAttendee(id); !s) {
            QMessageBox::warning(this, tr("Cannot remove the attendee"), s.error().message);
            break;
        }
    }
    refresh();
    emit attendeesChanged();
}

} // namespace majlis
