#pragma once

#include "campaigns/campaignscript.h"

#include <QJsonObject>
#include <QWidget>

class QAbstractButton;
class QFrame;
class QLabel;
class QLineEdit;

namespace majlis {

// The survey on the caller's screen: every question at once, one of them current. The number
// keys answer the current question (a choice moves on to the next question; a multiple-choice
// answer is ticked or unticked), free text is typed in its field, Up and Down move between
// questions. The mouse works too. The buttons take no focus, so keys always reach the window.
//
// Object names for tests: "question_<key>" for each question's frame, "answerText_<key>" for a
// free-text field.
class AnswerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnswerPanel(QWidget *parent = nullptr);

    void setScript(const CampaignScript &script);
    // Every answer taken back, the first question current.
    void clear();
    // Answers given, as CallSession::record takes them: {key: answer, key: [answers], key: text}.
    QJsonObject answers() const;
    bool hasAnswers() const { return !answers().isEmpty(); }
    int currentQuestion() const { return m_current; }
    void setCurrentQuestion(int index);
    // The key numbered `digit` (1-9) for the current question; false when it has no such answer.
    bool pressDigit(int digit);
    // Takes back the current question's answer.
    void clearCurrent();
    void nextQuestion();
    void previousQuestion();

signals:
    // An answer was given or taken back, by key or by mouse.
    void answered();

private:
    struct Question
    {
        ScriptQuestion question;
        QFrame *frame = nullptr;
        QLabel *title = nullptr;
        QList<QAbstractButton *> buttons;
        QLineEdit *text = nullptr;
    };

    void showCurrent();
    QString titleOf(int index) const;

    QList<Question> m_questions;
    int m_current = 0;
    QWidget *m_content;
    QLabel *m_none;
};

} // namespace majlis
