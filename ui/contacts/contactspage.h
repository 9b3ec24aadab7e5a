#pragma once

#include "common/result.h"

#include <QWidget>

class QComboBox;
class QSettings;
class QSplitter;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace majlis {

class ContactDetailPane;
class ContactRepository;
class ContactTableModel;
class Database;
struct Contact;

// The Contacts workspace: search and filters above the list, the selected contact beside it.
// Every change goes through the undo stack the window gives it.
class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    ContactsPage(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ContactsPage() override;

    ContactTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    ContactDetailPane *detailPane() const { return m_detail; }
    QStringList selectedIds() const;
    // The ids of every contact the current search and filters list.
    QStringList listedIds() const;
    // Writes contacts (those ids, or all when empty) to a file in the format chosen.
    Status exportContacts(const QStringList &ids, int format, const QString &path);
    // Asks about unsaved edits in the detail pane; false if the user cancelled.
    bool confirmLeavingEdits();
    // The splitter and column widths, remembered between sessions.
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

signals:
    // For the status bar: how many are listed, and how many the workspace holds.
    void countsChanged(int listed, int total);
    void selectionChanged(int selected);
    // Something done that the status bar should say for a while.
    void statusMessage(const QString &message);

public slots:
    void newContact();
    void deleteSelected();
    // For a person's request to see their data: everything the workspace holds about the one
    // selected contact, to a JSON file the user chooses.
    void exportPersonData();
    // Erases the selected person on request, after a confirmation; clears the undo history,
    // which may hold their data.
    void erasePerson();
    void tagSelected();
    // Fills the districts of the selected contacts (or of every one listed, when none is
    // selected) from their ZIP codes, after showing what a fill would do.
    void fillDistricts();
    void focusSearch();
    // Asks which contacts, which format and where, then exports.
    void exportDialog();
    void refresh();
    // After the workspace changed underneath (a sync): like refresh(), but what is being typed in
    // the detail pane stays as typed.
    void reloadKeepingEdits();

private:
    void applyFilters();
    void reloadFilters();
    void onCurrentChanged();
    void saveEdits(const Contact &before, const Contact &after);
    void select(const QString &id);
    void reportError(const QString &message);
    void updateEmptyState();

    Database &m_database;
    QUndoStack *m_undoStack;
    std::unique_ptr<ContactRepository> m_repository;
    ContactTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_chapterFilter;
    QComboBox *m_tagFilter;
    QTimer *m_searchTimer;
    QStackedWidget *m_listStack;
    QTableView *m_view;
    QLabel *m_emptyList;
    ContactDetailPane *m_detail;
    QSplitter *m_splitter;
    int m_workspaceTotal = 0;
};

} // namespace majlis
