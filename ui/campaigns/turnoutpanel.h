#pragma once

#include "campaigns/turnout.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace majlis {

class Database;
class DistrictTurnoutModel;
class TurnoutRowModel;

// Get out the vote for one election, on election day: how many who pledged have voted, district
// by district; the chase list of those who pledged and have not voted yet, by district, with Mark
// Voted for the selected people; and a search to find anyone by name or phone and mark them,
// pledged or not. Every mark can be undone (Ctrl+Z, or the Undo button): marks are easy to
// mis-click in a rush.
//
// Object names for tests: "turnoutHeadline", "turnoutSummary", "districtTable", "chaseTable",
// "chaseEmptyLabel", "districtFilter", "markVotedButton", "undoButton", "turnoutSearch",
// "searchTable", "searchEmptyLabel", "markFoundVotedButton", "markFoundNotVotedButton",
// "turnoutStatus".
class TurnoutPanel : public QWidget
{
    Q_OBJECT

public:
    // The most people a search lists: more is for typing more, not scrolling.
    static constexpr int kMaxFound = 50;

    explicit TurnoutPanel(Database &database, QWidget *parent = nullptr);
    ~TurnoutPanel() override;

    void setElection(const QString &electionId);
    QString electionId() const { return m_electionId; }

    // Marks go on the panel's own undo stack, with its own Ctrl+Z, unless it is given one: hand
    // it the main window's, whose Edit menu then owns Ctrl+Z (two would make the key ambiguous).
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const { return m_undo; }

    const TurnoutSummary &summary() const { return m_summary; }
    DistrictTurnoutModel *districtModel() const { return m_districts; }
    TurnoutRowModel *chaseModel() const { return m_chase; }
    QTableView *chaseView() const { return m_chaseView; }
    TurnoutRowModel *searchModel() const { return m_found; }
    QTableView *searchView() const { return m_foundView; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *districtFilter() const { return m_districtFilter; }

signals:
    // Someone was marked voted or not (or a mark undone): other views of the election read again.
    void turnoutChanged();

public slots:
    void refresh();
    // The people selected on the chase list.
    void markSelectedVoted();
    // The people selected among those the search found.
    void markFoundVoted(bool voted = true);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildChaseList();
    QWidget *buildSearch();
    void search();
    void filterDistrict();
    void updateButtons();
    // Saves the marks of the people selected in `view`, then puts the change on the undo stack.
    void mark(QTableView *view, bool voted);
    void report(const QString &message);
    void setEmpty(const QString &message);

    Database &m_database;
    QString m_electionId;
    TurnoutSummary m_summary;
    QUndoStack *m_ownUndo = nullptr;
    QUndoStack *m_undo = nullptr;
    QList<QAction *> m_undoActions;

    QLabel *m_headline = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_status = nullptr;
    DistrictTurnoutModel *m_districts = nullptr;
    QTableView *m_districtView = nullptr;

    TurnoutRowModel *m_chase = nullptr;
    QSortFilterProxyModel *m_chaseFilter = nullptr;
    QTableView *m_chaseView = nullptr;
    QLabel *m_chaseEmpty = nullptr;
    QComboBox *m_districtFilter = nullptr;
    QPushButton *m_markVoted = nullptr;
    QPushButton *m_undoButton = nullptr;

    QLineEdit *m_search = nullptr;
    TurnoutRowModel *m_found = nullptr;
    QTableView *m_foundView = nullptr;
    QLabel *m_foundEmpty = nullptr;
    QPushButton *m_markFoundVoted = nullptr;
    QPushButton *m_markFoundNotVoted = nullptr;
};

} // namespace majlis
