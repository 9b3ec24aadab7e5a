#pragma once

#include "partners/signonletters.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace majlis {

class Database;

// The Sign-on letters view: the letters, nearest deadline first; for the chosen one, which
// partners were asked, who signed or declined, and who has not answered yet.
//
// Object names for tests: "letterList", "newLetterButton", "letterStack", "letterTitle",
// "letterInfo", "letterBody", "letterSummary", "letterPending", "letterAnswerTable",
// "askPartnersButton", "recordAnswerButton".
class SignOnLettersPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { PartnerColumn, AnswerColumn, AnsweredOnColumn, SignedByColumn };

    explicit SignOnLettersPanel(Database &database, QWidget *parent = nullptr);

    void refresh();
    QString currentLetterId() const;
    void selectLetter(const QString &letterId);
    // What the New Letter dialog does once filled in: creates, selects and returns the id;
    // empty (with the reason shown) when the core refuses it.
    QString createLetter(const SignOnLetter &letter);
    // What the Ask Partners checklist does for the chosen letter.
    bool askPartners(const QStringList &organizationIds);
    // What Record Answer does for the chosen letter.
    bool recordAnswer(const QString &organizationId, LetterAnswer::Answer answer, const QDate &on,
                      const QString &signedBy = {});

private:
    void showLetter();
    void loadAnswers();
    void newLetter();
    void chooseAskedPartners();
    void recordSelectedAnswer();
    void updateButtons();

    Database &m_database;
    QList<SignOnLetter> m_letters;
    QList<LetterAnswer> m_answers;
    QListWidget *m_list;
    QStackedWidget *m_right;
    QLabel *m_title;
    QLabel *m_info;
    QPlainTextEdit *m_body;
    QLabel *m_summary;
    QLabel *m_pending;
    QTableWidget *m_table;
    QPushButton *m_record;
};

} // namespace majlis
