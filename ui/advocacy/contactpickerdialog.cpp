#include "advocacy/contactpickerdialog.h"

#include "advocacy/advocacyday.h"
#include "contacts/contactdirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace majlis {

namespace {

constexpr int kShown = 500; // a list longer than this is for searching, not scrolling

} // namespace

ContactPickerDialog::ContactPickerDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Register Attendees"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setPlaceholderText(tr("Search by name, email, phone or tag"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pickerList"));
    m_list->setAccessibleName(tr("Contacts"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("pickerRole"));
    for (AttendeeRole role :
        {AttendeeRole::Constituent, AttendeeRole::TeamLead, AttendeeRole::NoteTaker, AttendeeRole::FirstTimer})
        m_role->addItem(roleName(role));
    auto *form = new QFormLayout;
    form->addRow(tr("&Find:"), m_search);
    form->addRow(tr("&Role:"), m_role);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(460, 520);

    connect(m_search, &QLineEdit::textChanged, this, &ContactPickerDialog::search);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (item->checkState() == Qt::Checked)
            m_chosen.insert(id);
        else
            m_chosen.remove(id);
    });
    search();
}

void ContactPickerDialog::search()
{
    ContactQuery query;
    query.search = m_search->text();
    auto rows = ContactDirectory(m_database).page(query, 0, kShown);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!rows) {
        m_list->addItem(rows.error().message);
        return;
    }
    for (const ContactRow &row : rows.value()) {
        const QString seat = row.district ? QStringLiteral("%1-%2").arg(row.usState).arg(*row.district) : row.usState;
        auto *item
            = new QListWidgetItem(seat.isEmpty() ? row.displayName : tr("%1 (%2)").arg(row.displayName, seat), m_list);
        item->setData(Qt::UserRole, row.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_chosen.contains(row.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (rows->isEmpty())
        m_list->addItem(tr("No contacts match."));
}

QStringList ContactPickerDialog::chosenContactIds() const
{
    QStringList ids(m_chosen.cbegin(), m_chosen.cend());
    ids.sort();
    return ids;
}

int ContactPickerDialog::roleIndex() const
{
    return m_role->currentIndex();
}

} // namespace majlis
