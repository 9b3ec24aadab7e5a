#pragma once

#include "partners/signonletters.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace majlis {

// Asks for a new sign-on letter: its title, where to read it, the deadline if any, and its text.
//
// Object names for tests: "letterTitleEdit", "letterLinkEdit", "letterDeadlineEdit",
// "letterNoDeadlineCheck", "letterBodyEdit".
class LetterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LetterDialog(QWidget *parent = nullptr);

    SignOnLetter letter() const;

private:
    QLineEdit *m_title;
    QLineEdit *m_link;
    QDateEdit *m_deadline;
    QCheckBox *m_noDeadline;
    QPlainTextEdit *m_body;
};

} // namespace majlis
