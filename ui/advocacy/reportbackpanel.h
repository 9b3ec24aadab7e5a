#pragma once

#include "advocacy/dayplanner.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace majlis {

class Database;

// The Report-back tab: after the day, each team says whether its meeting happened, whom they
// met, how the office answered each ask and what they promised to follow up on.
//
// Object names for tests: "reportMeetingList" (item data: meeting id), "reportEmptyLabel",
// "reportStatusCombo" (item data: int(Meeting::Status)), "reportMetWithEdit",
// "reportMetRoleCombo" (item data: int(Meeting::MetRole)), "reportOutcome_<askId>" (one per ask;
// item data: int(Outcome), or -1 for not recorded; also carries the property "askId"),
// "reportFollowUpTable" (columns Done, Description, Due as yyyy-MM-dd; column 0 holds the
// follow-up id in Qt::UserRole), "reportAddFollowUpButton", "reportRemoveFollowUpButton",
// "reportNotesEdit", "reportSaveButton", "reportRevertButton".
class ReportBackPanel : public QWidget
{
    Q_OBJECT

public:
    enum FollowUpColumn { DoneColumn, DescriptionColumn, DueColumn, FollowUpColumnCount };

    explicit ReportBackPanel(Database &database, QWidget *parent = nullptr);

    // Loads the day's meetings. Unsaved edits are dropped: ask confirmLeavingEdits() first.
    void setDay(const QString &dayId);
    QString dayId() const { return m_dayId; }
    // The meeting whose report is in the form; empty when there is none.
    QString currentMeetingId() const { return m_loaded.id; }
    bool hasUnsavedChanges() const;
    // Asks about unsaved edits to the report; false if the user cancelled.
    bool confirmLeavingEdits();

signals:
    void reportSaved();

public slots:
    // Reads the day again, keeping the selected meeting and any unsaved edits to its report.
    void refresh();
    // Saves the report in the form; refuses, saying why, when a due date is not a date.
    void save();
    void revert();

private:
    void reload(const QString &selectMeetingId, bool keepEdits);
    void rebuildAskCombos();
    void fillList(const QString &selectMeetingId);
    void selectInList(const QString &meetingId);
    const Meeting *meetingById(const QString &meetingId) const;
    void onCurrentRowChanged();
    void loadForm(const Meeting &meeting);
    // The meeting as the form has it; problems (one per bad row) say what keeps it from being
    // saved, and badRow/badColumn point at the first offending cell.
    Meeting formMeeting(QStringList *problems, int *badRow = nullptr, int *badColumn = nullptr) const;
    void addFollowUp();
    void removeFollowUp();
    void onFollowUpChanged(int row, int column);
    void markDueCell(int row);
    void updateButtons();
    QString meetingLabel(const Meeting &meeting) const;

    Database &m_database;
    QString m_dayId;
    DaySnapshot m_snapshot;
    Meeting m_loaded;
    QList<Ask> m_askCombosFor; // the asks the outcome combos were built for
    QList<QComboBox *> m_outcomeCombos;
    bool m_loading = false;

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QListWidget *m_list;
    QStackedWidget *m_formStack;
    QLabel *m_noSelection;
    QLabel *m_heading;
    QLabel *m_team;
    QComboBox *m_status;
    QLineEdit *m_metWith;
    QComboBox *m_metRole;
    QFormLayout *m_outcomeForm;
    QLabel *m_noAsks;
    QTableWidget *m_followUps;
    QPushButton *m_addFollowUp;
    QPushButton *m_removeFollowUp;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace majlis
