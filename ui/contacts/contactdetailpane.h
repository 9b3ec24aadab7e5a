#pragma once

#include "contacts/contact.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace majlis {

class ContactDistrictsPanel;
class ContactEditor;
class Database;

// The right-hand side of the contacts workspace: the selected contact in an editor that
// validates as you type, Save and Revert, the contact's districts and its history.
class ContactDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ContactDetailPane(Database &database, QWidget *parent = nullptr);

    // Loads the contact (empty id: shows the "nothing selected" state).
    void showContact(const QString &id);
    QString contactId() const { return m_contact.id; }
    Contact loadedContact() const { return m_contact; }
    bool hasUnsavedChanges() const;
    ContactEditor *editor() const { return m_editor; }
    ContactDistrictsPanel *districts() const { return m_districts; }
    void refreshChoices();

signals:
    // The user pressed Save with a valid form; the page saves so the change can be undone.
    void saveRequested(const Contact &before, const Contact &after);
    // The contact's districts changed (and its House district field with them).
    void districtsChanged();

public slots:
    void revert();

private:
    void updateButtons();
    void showHistory();
    void showOptOut();
    void liftOptOut();
    void setOptOut(const QString &reason);

    Database &m_database;
    Contact m_contact;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_optOut;
    QPushButton *m_optOutButton;
    ContactEditor *m_editor;
    ContactDistrictsPanel *m_districts;
    QPushButton *m_save;
    QPushButton *m_revert;
    QListWidget *m_history;
};

} // namespace majlis
