#include "partners/letterdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace majlis {

LetterDialog::LetterDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New Sign-on Letter"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("letterTitleEdit"));
    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("letterLinkEdit"));
    m_link->setPlaceholderText(tr("https://"));
    // Coalition letters usually circulate for a week or two.
    m_deadline = new QDateEdit(QDate::currentDate().addDays(14), this);
    m_deadline->setObjectName(QStringLiteral("letterDeadlineEdit"));
    m_deadline->setCalendarPopup(true);
    m_noDeadline = new QCheckBox(tr("No deadline"), this);
    m_noDeadline->setObjectName(QStringLiteral("letterNoDeadlineCheck"));
    connect(m_noDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setDisabled);
    auto *deadline = new QHBoxLayout;
    deadline->addWidget(m_deadline);
    deadline->addWidget(m_noDeadline);
    deadline->addStretch();
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("letterBodyEdit"));
    m_body->setPlaceholderText(tr("The text of the letter, or the part partners need to read"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Link:"), m_link);
    // The row holds a layout: the label gets its buddy by hand, for its shortcut and for screen readers.
    auto *deadlineLabel = new QLabel(tr("&Deadline:"), this);
    deadlineLabel->setBuddy(m_deadline);
    form->addRow(deadlineLabel, deadline);
    form->addRow(tr("Te&xt:"), m_body);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(520, 440);
}

SignOnLetter LetterDialog::letter() const
{
    SignOnLetter letter;
    letter.title = m_title->text();
    letter.link = m_link->text();
    letter.deadline = m_noDeadline->isChecked() ? QDate() : m_deadline->date();
    letter.body = m_body->toPlainText();
    return letter;
}

} // namespace majlis
