#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QComboBox;

namespace majlis {

class Database;

// Picks contacts to register for a day: search as you type, tick, register with a role.
//
// Object names for tests: "pickerSearch", "pickerList", "pickerRole".
class ContactPickerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ContactPickerDialog(Database &database, QWidget *parent = nullptr);

    QStringList chosenContactIds() const;
    int roleIndex() const; // an AttendeeRole

private:
    void search();

    Database &m_database;
    QLineEdit *m_search;
    QListWidget *m_list;
    QComboBox *m_role;
    QSet<QString> m_chosen;
};

} // namespace majlis
