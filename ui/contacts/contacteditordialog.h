#pragma once

#include "contacts/contact.h"

#include <QDialog>

class QDialogButtonBox;

namespace majlis {

class ContactEditor;
class ContactRepository;
class Database;

// A new contact in a dialog: the same editor as the detail pane, saved when the user presses
// Save, which is enabled only while the form is valid.
class ContactEditorDialog : public QDialog
{
    Q_OBJECT

public:
    ContactEditorDialog(Database &database, QWidget *parent = nullptr);

    ContactEditor *editor() const { return m_editor; }
    // The saved contact, once accepted.
    Contact savedContact() const { return m_saved; }

public slots:
    void accept() override;

private:
    Database &m_database;
    ContactEditor *m_editor;
    QDialogButtonBox *m_buttons;
    Contact m_saved;
};

} // namespace majlis
