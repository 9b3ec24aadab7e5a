#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace majlis {

class ConflictLogModel;
class Database;

// The conflict log of the workspace: every value that lost a race against an edit made on another
// laptop. "Restore Lost Value" writes the lost value back (an ordinary edit, which syncs);
// "Keep Current" closes the entry. Both act on every selected entry still open.
//
// Object names for tests: "conflictTable", "showResolvedCheck", "restoreLostButton",
// "keepCurrentButton", "conflictStack" (the table, or "noConflictsLabel" when there is nothing).
class ConflictLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictLogDialog(Database &database, QWidget *parent = nullptr);

    ConflictLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // True when the empty state shows instead of the table.
    bool showsEmptyState() const;

    // What the buttons do; false when one entry could not be handled (the message box said why).
    bool restoreSelected();
    bool keepSelected();

public slots:
    void reload();

signals:
    // Records or the log changed: pages showing them read them again.
    void dataChanged();

private:
    enum class Action { Restore, Keep };
    bool act(Action action);
    QStringList selectedOpenIds() const;
    void updateButtons();

    Database &m_database;
    ConflictLogModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QCheckBox *m_showResolved;
    QPushButton *m_restore;
    QPushButton *m_keep;
};

} // namespace majlis
