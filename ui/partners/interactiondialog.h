#pragma once

#include "partners/organization.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace majlis {

class Database;

// Asks what happened with a partner: the kind, the date, a summary, notes and who took part.
//
// Object names for tests: "interactionKindCombo", "interactionDateEdit", "interactionSummaryEdit",
// "interactionNotesEdit", "interactionParticipantList", "addParticipantsButton".
class InteractionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InteractionDialog(Database &database, QWidget *parent = nullptr);

    // Without the partner: the caller knows which one.
    Interaction interaction() const;
    // Adds contacts to the participants, as the picker does.
    void addParticipants(const QStringList &contactIds);

private:
    void pickParticipants();

    Database &m_database;
    QComboBox *m_kind;
    QDateEdit *m_date;
    QLineEdit *m_summary;
    QPlainTextEdit *m_notes;
    QListWidget *m_participants;
};

} // namespace majlis
