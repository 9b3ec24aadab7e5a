#include "partners/interactiondialog.h"

#include "contacts/contactrepository.h"
#include "i18n/bidi.h"
#include "partners/contactchoice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace majlis {

InteractionDialog::InteractionDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Add Interaction"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("interactionKindCombo"));
    for (InteractionKind kind : {InteractionKind::Meeting, InteractionKind::Call, InteractionKind::Email,
             InteractionKind::JointEvent, InteractionKind::SignOn, InteractionKind::Other})
        m_kind->addItem(interactionName(kind), int(kind));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("interactionDateEdit"));
    m_date->setCalendarPopup(true);
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("interactionSummaryEdit"));
    m_summary->setPlaceholderText(tr("In a few words, what happened"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("interactionNotesEdit"));
    m_notes->setMaximumHeight(100);
    m_participants = new QListWidget(this);
    m_participants->setObjectName(QStringLiteral("interactionParticipantList"));
    m_participants->setAccessibleName(tr("People who took part"));
    m_participants->setMaximumHeight(100);
    auto *addPeople = new QPushButton(tr("Add &People…"), this);
    addPeople->setObjectName(QStringLiteral("addParticipantsButton"));
    auto *removePerson = new QPushButton(tr("Re&move"), this);
    connect(addPeople, &QPushButton::clicked, this, &InteractionDialog::pickParticipants);
    connect(removePerson, &QPushButton::clicked, this, [this] { delete m_participants->currentItem(); });
    auto *peopleButtons = new QHBoxLayout;
    peopleButtons->addWidget(addPeople);
    peopleButtons->addWidget(removePerson);
    peopleButtons->addStretch();
    auto *people = new QVBoxLayout;
    people->addWidget(m_participants);
    people->addLayout(peopleButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("Who took part:"), people);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(480, 420);
}

Interaction InteractionDialog::interaction() const
{
    Interaction interaction;
    interaction.kind = InteractionKind(m_kind->currentData().toInt());
    interaction.date = m_date->date();
    interaction.summary = m_summary->text();
    interaction.notes = m_notes->toPlainText();
    for (int row = 0; row < m_participants->count(); ++row)
        interaction.participantIds.append(m_participants->item(row)->data(Qt::UserRole).toString());
    return interaction;
}

void InteractionDialog::addParticipants(const QStringList &contactIds)
{
    const QStringList already = interaction().participantIds;
    ContactRepository contacts(m_database);
    for (const QString &contactId : contactIds) {
        if (already.contains(contactId))
            continue;
        auto contact = contacts.get(contactId);
        auto *item = new QListWidgetItem(
            contact ? bidi::isolate(contact->displayName()) : bidi::isolateLtr(contactId), m_participants);
        item->setData(Qt::UserRole, contactId);
    }
}

void InteractionDialog::pickParticipants()
{
    addParticipants(chooseContacts(m_database, this, tr("Who Took Part"), tr("&Add")));
}

} // namespace majlis
