#pragma once

#include "partners/signonletters.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace majlis {

// Records a partner's answer to a sign-on letter: signed or declined, when, and who signed.
//
// Object names for tests: "letterAnswerCombo", "letterAnswerDate", "letterSignedByEdit".
class LetterAnswerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LetterAnswerDialog(const QString &partnerName, QWidget *parent = nullptr);

    LetterAnswer::Answer answer() const;
    QDate answeredOn() const;
    QString signedBy() const;

private:
    QComboBox *m_answer;
    QDateEdit *m_date;
    QLineEdit *m_signedBy;
};

} // namespace majlis
