#include "campaigns/answerpanel.h"

#include "campaigns/scripttreemodel.h"
#include "i18n/bidi.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace majlis {

AnswerPanel::AnswerPanel(QWidget *parent)
    : QWidget(parent)
{
    m_none = new QLabel(tr("This campaign has no survey: record the result with the keys below."), this);
    m_none->setWordWrap(true);
    m_content = new QWidget(this);
    new QVBoxLayout(m_content);
    m_content->layout()->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_none);
    layout->addWidget(m_content);
    layout->addStretch();
}

QString AnswerPanel::titleOf(int index) const
{
    const ScriptQuestion &q = m_questions.at(index).question;
    return tr("%1. %2 (%3)", "question number, question, kind of answer")
        .arg(QString::number(index + 1), bidi::isolate(q.text), ScriptTreeModel::kindName(q.kind));
}

void AnswerPanel::setScript(const CampaignScript &script)
{
    for (const Question &q : std::as_const(m_questions))
        delete q.frame;
    m_questions.clear();
    m_current = 0;
    for (const ScriptQuestion &sq : script.questions) {
        Question q;
        q.question = sq;
        q.frame = new QFrame(m_content);
        q.frame->setObjectName(QStringLiteral("question_") + sq.key);
        q.frame->setAutoFillBackground(true);
        q.title = new QLabel(q.frame);
        q.title->setWordWrap(true);
        auto *frameLayout = new QVBoxLayout(q.frame);
        frameLayout->addWidget(q.title);
        if (sq.kind == ScriptQuestion::Kind::FreeText) {
            q.text = new QLineEdit(q.frame);
            q.text->setObjectName(QStringLiteral("answerText_") + sq.key);
            q.text->setAccessibleName(sq.text);
            q.text->setPlaceholderText(tr("Type what they said"));
            connect(q.text, &QLineEdit::textChanged, this, &AnswerPanel::answered);
            frameLayout->addWidget(q.text);
        } else {
            auto *row = new QHBoxLayout;
            auto *group = new QButtonGroup(q.frame);
            group->setExclusive(false); // a single choice is made exclusive by hand, so it can be taken back
            for (int i = 0; i < sq.answers.size(); ++i) {
                const QString text = tr("%1  %2", "answer key, answer")
                                         .arg(QString::number(i + 1), bidi::isolate(sq.answers.at(i).label));
                QAbstractButton *button = sq.kind == ScriptQuestion::Kind::MultipleChoice
                    ? static_cast<QAbstractButton *>(new QCheckBox(text, q.frame))
                    : static_cast<QAbstractButton *>(new QRadioButton(text, q.frame));
                // Keys answer; a focused button would swallow the arrows that move between questions.
                button->setFocusPolicy(Qt::NoFocus);
                button->setAutoExclusive(false);
                group->addButton(button, i);
                row->addWidget(button);
                q.buttons.append(button);
            }
            row->addStretch();
            frameLayout->addLayout(row);
            const int index = int(m_questions.size());
            connect(group, &QButtonGroup::idClicked, this, [this, index](int id) {
                Question &question = m_questions[index];
                if (question.question.kind != ScriptQuestion::Kind::MultipleChoice) {
                    for (QAbstractButton *other : std::as_const(question.buttons)) {
                        if (other != question.buttons.at(id))
                            other->setChecked(false);
                    }
                }
                setCurrentQuestion(index);
                emit answered();
            });
        }
        m_content->layout()->addWidget(q.frame);
        m_questions.append(q);
    }
    m_none->setVisible(m_questions.isEmpty());
    showCurrent();
}

void AnswerPanel::clear()
{
    for (Question &q : m_questions) {
        for (QAbstractButton *b : std::as_const(q.buttons))
            b->setChecked(false);
        if (q.text)
            q.text->clear();
    }
    m_current = 0;
    showCurrent();
}

QJsonObject AnswerPanel::answers() const
{
    QJsonObject result;
    for (const Question &q : m_questions) {
        if (q.text) {
            if (!q.text->text().trimmed().isEmpty())
                result.insert(q.question.key, q.text->text().trimmed());
            continue;
        }
        QJsonArray chosen;
        for (int i = 0; i < q.buttons.size(); ++i) {
            if (q.buttons.at(i)->isChecked())
                chosen.append(q.question.answers.at(i).key);
        }
        if (chosen.isEmpty())
            continue;
        if (q.question.kind == ScriptQuestion::Kind::MultipleChoice)
            result.insert(q.question.key, chosen);
        else
            result.insert(q.question.key, chosen.first());
    }
    return result;
}

void AnswerPanel::setCurrentQuestion(int index)
{
    if (m_questions.isEmpty())
        return;
    m_current = std::clamp(index, 0, int(m_questions.size()) - 1);
    showCurrent();
}

bool AnswerPanel::pressDigit(int digit)
{
    if (m_questions.isEmpty())
        return false;
    Question &q = m_questions[m_current];
    if (q.text || digit < 1 || digit > q.buttons.size())
        return false;
    QAbstractButton *button = q.buttons.at(digit - 1);
    if (q.question.kind == ScriptQuestion::Kind::MultipleChoice) {
        button->setChecked(!button->isChecked());
    } else {
        for (QAbstractButton *b : std::as_const(q.buttons))
            b->setChecked(b == button);
        // One answer given: the caller moves on to the next question.
        if (m_current + 1 < m_questions.size())
            setCurrentQuestion(m_current + 1);
    }
    emit answered();
    return true;
}

void AnswerPanel::clearCurrent()
{
    if (m_questions.isEmpty())
        return;
    Question &q = m_questions[m_current];
    for (QAbstractButton *b : std::as_const(q.buttons))
        b->setChecked(false);
    if (q.text)
        q.text->clear();
    emit answered();
}

void AnswerPanel::nextQuestion()
{
    setCurrentQuestion(m_current + 1);
}

void AnswerPanel::previousQuestion()
{
    setCurrentQuestion(m_current - 1);
}

void AnswerPanel::showCurrent()
{
    for (int i = 0; i < m_questions.size(); ++i) {
        Question &q = m_questions[i];
        const bool current = i == m_current;
        // Framed and bold, not only coloured: the current question shows without colour too.
        q.frame->setFrameShape(current ? QFrame::Box : QFrame::NoFrame);
        q.frame->setBackgroundRole(current ? QPalette::AlternateBase : QPalette::Window);
        QFont font = q.title->font();
        font.setBold(current);
        q.title->setFont(font);
        q.title->setText(titleOf(i));
        q.frame->setAccessibleDescription(current ? tr("Current question") : QString());
    }
    if (m_questions.isEmpty())
        return;
    // Typing goes to a free-text question's field; the keys of a choice go to the window.
    if (QLineEdit *text = m_questions.at(m_current).text) {
        text->setFocus();
    } else if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus)) {
        window()->setFocus();
    }
}

} // namespace majlis
