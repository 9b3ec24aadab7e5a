#pragma once

#include "contacts/contact.h"
#include "contacts/duplicatefinder.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace majlis {

class Database;

// Edit > Find Duplicates…: searches the workspace for contacts that look like one person (with a
// progress dialog the user can cancel), lists the groups found with their score and reasons, and
// merges a pair of the selected group through MergeDialog. Each merge is a MergeContactsCommand
// on the window's undo stack, so Ctrl+Z (here or in the main window) takes it back.
//
// The search runs when the dialog is first shown, or on refresh().
//
// Object names, for tests and accessibility tools:
//   duplicatesSummary    how many groups were found, or that the search was cancelled
//   duplicateGroups      QTreeWidget: one top-level item per group (score, names, reasons)
//   groupMembers         QListWidget: the selected group's contacts; the first two selected
//                        make the pair to merge
//   mergeButton          opens MergeDialog for the selected pair
//   searchAgainButton    runs the search again
//   undoButton           the undo stack's Undo (also on Ctrl+Z while this dialog is active)
//   duplicatesProgress   the QProgressDialog while searching
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    using Refresh = std::function<void()>;
    using Report = std::function<void(const QString &message)>;

    DuplicatesDialog(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    // Called after a merge is made, undone or redone, so the opener can reload its lists. It
    // may be called after this dialog is gone (Ctrl+Z in the main window), so it must not
    // refer to the dialog.
    void setRefresh(Refresh refresh) { m_refresh = std::move(refresh); }
    // How failures are shown; by default a message box. Also may outlive the dialog.
    void setReport(Report report) { m_report = std::move(report); }

    QList<DuplicateGroup> groups() const { return m_groups; }
    void selectGroup(int index);
    // The first two selected members of the selected group; empty unless there are two.
    QStringList selectedPair() const;

    // Merges the selected pair without showing MergeDialog: the record at `keepIndex` in
    // selectedPair() stays, with the values MergeDialog would choose by default. For tests and
    // scripted use; returns whether the merge was made.
    bool mergeSelected(int keepIndex);
    // Merges and pushes the command; on failure reports it and returns false.
    bool merge(const QString &keepId, const QString &mergeId, const Contact &chosenFields);

public slots:
    // Runs the search with a progress dialog; false when cancelled or failed.
    bool refresh();
    // Asks for the fields in MergeDialog, then merges the selected pair.
    void mergeWithDialog();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showGroups(int select);
    void showMembers();
    void updateButtons();
    void report(const QString &message);

    Database &m_database;
    QUndoStack *m_undoStack;
    QList<DuplicateGroup> m_groups;
    Refresh m_refresh;
    Report m_report;
    bool m_searched = false;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QListWidget *m_members;
    QPushButton *m_mergeButton;
};

} // namespace majlis
