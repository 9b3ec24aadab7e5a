#pragma once

#include "campaigns/calllist.h"
#include "campaigns/campaign.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace majlis {

class Database;

// Adds people to a campaign's list from a filter (CallList's ListFilter): chapter, tags,
// language, state, a district of a legislature, an event attended, a voter-registration status,
// an answer given in an earlier campaign, and for an election the pledged or the not yet voted.
// While the filter is changed it says how many people would be added; it says too who is never
// added (people who opted out, and those a phone bank may not call or a door list cannot find).
//
// Object names for tests: "listChapterCombo", "listTagsEdit", "listLanguageEdit", "listStateEdit",
// "listBodyCombo", "listDistrictEdit", "listEventCombo", "listVoterStatusCombo",
// "listAnsweredCampaignCombo", "listQuestionCombo", "listAnswerCombo", "listPledgedCheck",
// "listNotVotedCheck", "listPreview", "listExclusions".
class BuildListDialog : public QDialog
{
    Q_OBJECT

public:
    BuildListDialog(Database &database, const Campaign &campaign, QWidget *parent = nullptr);

    ListFilter filter() const;
    // Counts at once what the filter would add, as the dialog shows it after a pause in typing.
    void updatePreview();
    QString previewText() const;
    // Adds the people to the list; false with the reason shown.
    bool build();
    int added() const { return m_added; }

    void accept() override;

private:
    void fillChoices();
    void fillQuestions();
    void fillAnswers();

    Database &m_database;
    Campaign m_campaign;
    int m_added = 0;
    QComboBox *m_chapter;
    QLineEdit *m_tags;
    QLineEdit *m_language;
    QLineEdit *m_state;
    QComboBox *m_body;
    QLineEdit *m_district;
    QComboBox *m_event;
    QComboBox *m_voterStatus;
    QComboBox *m_answeredCampaign;
    QComboBox *m_question;
    QComboBox *m_answer;
    QCheckBox *m_pledged;
    QCheckBox *m_notVoted;
    QLabel *m_preview;
    QTimer *m_previewTimer;
    QList<Campaign> m_campaigns;
};

} // namespace majlis
