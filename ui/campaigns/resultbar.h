#pragma once

#include "campaigns/campaign.h"

#include <QWidget>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QFrame;
class QLabel;
class QRadioButton;

namespace majlis {

// The result codes as a row of buttons, each with its function key (F1 Contacted, F2 Not home,
// … F11 Do not contact, in the order of allResultCodes()). A refusal offers to opt the person
// out as well, chosen with the keys 1 to 3 while Refused is selected.
//
// Object names for tests: "result_<code key>" for each button, "resultChosen", "optOutKeep",
// "optOutRefused", "optOutHostile".
class ResultBar : public QWidget
{
    Q_OBJECT

public:
    explicit ResultBar(QWidget *parent = nullptr);

    static QKeySequence keyFor(ResultCode code);

    std::optional<ResultCode> selected() const;
    void select(ResultCode code);
    void clear();
    // 'refused' or 'hostile' when a refusal should opt the person out; '' otherwise.
    QString optOut() const;
    // Whether the keys 1-9 choose an opt-out now (Refused is selected).
    bool takesDigits() const;
    // Chooses opt-out option `digit`; false when it has none.
    bool pressDigit(int digit);

signals:
    void resultChosen(ResultCode code);

private:
    void updateOptOut();
    void updateChosen();

    QButtonGroup *m_group;
    QLabel *m_chosen;
    QFrame *m_optOut;
    QList<QRadioButton *> m_optOutChoices;
};

} // namespace majlis
