#include "partners/letteranswerdialog.h"
#include "i18n/bidi.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace majlis {

LetterAnswerDialog::LetterAnswerDialog(const QString &partnerName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Answer of %1").arg(bidi::isolate(partnerName)));
    m_answer = new QComboBox(this);
    m_answer->setObjectName(QStringLiteral("letterAnswerCombo"));
    for (LetterAnswer::Answer answer : {LetterAnswer::Answer::Signed, LetterAnswer::Answer::Declined})
        m_answer->addItem(answerName(answer), int(answer));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("letterAnswerDate"));
    m_date->setCalendarPopup(true);
    m_signedBy = new QLineEdit(this);
    m_signedBy->setObjectName(QStringLiteral("letterSignedByEdit"));
    m_signedBy->setPlaceholderText(tr("Name and title as it appears on the letter"));
    // Only a signature has a signer.
    connect(m_answer, &QComboBox::currentIndexChanged, this,
        [this] { m_signedBy->setEnabled(answer() == LetterAnswer::Answer::Signed); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Answer:"), m_answer);
    form->addRow(tr("&On:"), m_date);
    form->addRow(tr("&Signed by:"), m_signedBy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

LetterAnswer::Answer LetterAnswerDialog::answer() const
{
    return LetterAnswer::Answer(m_answer->currentData().toInt());
}

QDate LetterAnswerDialog::answeredOn() const
{
    return m_date->date();
}

QString LetterAnswerDialog::signedBy() const
{
    return answer() == LetterAnswer::Answer::Signed ? m_signedBy->text() : QString();
}

} // namespace majlis
