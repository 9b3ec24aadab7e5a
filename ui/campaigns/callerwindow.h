#pragma once

#include "campaigns/callsession.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace majlis {

class AnswerPanel;
class CallListModel;
class CallListProxy;
class Database;
class ResultBar;

// The caller's window, run by keys, offline: it only reads and writes the local workspace.
// Calling, it shows the next person for this caller (CallSession::next): name, number as dialled
// at home, languages, the last contact, the attempt, how many are left; the introduction with the
// caller's and the person's names; and the questions. Keys 1-9 answer, F1-F11 choose the result
// (answers alone mean Contacted), Enter saves the moment it is pressed and shows the next person,
// F12 skips them for later, Esc closes. A result that cannot be saved is explained and nothing on
// screen is lost.
//
// Entering results collected on paper (a door list), the same window first lists the campaign's
// people: type to find one (name or place on the list), Enter opens them, then the result and
// answers as above; Enter saves and goes back to the list, Esc goes back without saving.
//
// Object names for tests: "callerHeader", "callerRemaining", "callerStatus", "callerName",
// "callerPhone", "callerAddress", "callerLanguages", "callerLastContact", "callerAttempt",
// "callerIntroduction", "callerAnswers", "callerResults", "callerSaveButton", "callerSkipButton",
// "callerCloseButton", "entrySearch", "entryList", "entryShowDone", "callerDone".
class CallerWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Calling, DataEntry };

    CallerWindow(
        Database &database, const Campaign &campaign, const QString &caller, Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The person on screen; empty while none is (the list is done, or a person is being chosen).
    QString currentContactId() const { return m_card ? m_card->contactId : QString(); }
    QString statusText() const;
    // Saves what is on screen for the person shown; false (the reason shown, nothing cleared)
    // when it cannot be saved.
    bool save();
    void skip();
    // Data entry: opens the person for their result.
    bool openPerson(const QString &contactId);

signals:
    // A result was saved: the page brings its list up to date.
    void resultSaved();
    // The window was closed by its user (not when deleted with its parent).
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showNext();
    void showCard(const CallCard &card);
    void showDone(const QString &why);
    void backToList();
    void pickCurrent();
    void reloadList();
    void say(const QString &text, bool good);
    void updateRemaining();

    Database &m_database;
    Campaign m_campaign;
    CallSession m_session;
    Mode m_mode;
    std::optional<CallCard> m_card;
    QStringList m_skipping;
    QLabel *m_remaining;
    QLabel *m_status;
    QStackedWidget *m_pages;
    QWidget *m_cardPage;
    QLabel *m_name;
    QLabel *m_phone;
    QLabel *m_address;
    QLabel *m_languages;
    QLabel *m_lastContact;
    QLabel *m_attempt;
    QLabel *m_introduction;
    AnswerPanel *m_answers;
    ResultBar *m_results;
    QPushButton *m_skip;
    QPushButton *m_close;
    QLineEdit *m_search = nullptr;
    QTableView *m_list = nullptr;
    QCheckBox *m_showDone = nullptr;
    CallListModel *m_listModel = nullptr;
    CallListProxy *m_listProxy = nullptr;
    QLabel *m_done;
};

} // namespace majlis
