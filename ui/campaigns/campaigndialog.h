#pragma once

#include "campaigns/campaign.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace majlis {

class Database;

// Creates or edits a campaign: its name and kind, the election it is for (chosen, or created
// here with its name, date and jurisdiction), the chapter, the dates and the caller's script,
// written as YAML here or loaded from a file. OK saves; a script that does not read, or a
// campaign the workspace refuses, keeps the dialog open with the reason shown.
//
// Object names for tests: "campaignNameEdit", "campaignKindCombo", "campaignElectionCombo",
// "electionNameEdit", "electionDateEdit", "electionJurisdictionEdit", "campaignChapterCombo",
// "campaignStartEdit", "campaignEndEdit", "campaignNoDatesCheck", "campaignScriptEdit",
// "loadScriptButton", "campaignScriptStatus", "campaignDialogError".
class CampaignDialog : public QDialog
{
    Q_OBJECT

public:
    // A new campaign when `campaign` has no id.
    CampaignDialog(Database &database, const Campaign &campaign = {}, QWidget *parent = nullptr);

    // Reads a script file into the editor and checks it; false (the reason shown) when it
    // cannot be read.
    bool loadScriptFile(const QString &path);
    // Checks and saves what the dialog holds; false with the reason shown.
    bool save();
    // What save() wrote, with its id.
    const Campaign &saved() const { return m_saved; }

    void accept() override;

private:
    void fillChoices();
    void updateElectionFields();
    // The script in the editor, or the reason it does not read (also shown under the editor).
    Result<CampaignScript> checkedScript();
    void showError(const QString &message);

    Database &m_database;
    Campaign m_campaign;
    Campaign m_saved;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_election;
    QWidget *m_newElection;
    QLineEdit *m_electionName;
    QDateEdit *m_electionDate;
    QLineEdit *m_jurisdiction;
    QComboBox *m_chapter;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QCheckBox *m_noDates;
    QPlainTextEdit *m_script;
    QLabel *m_scriptStatus;
    QLabel *m_error;
};

} // namespace majlis
