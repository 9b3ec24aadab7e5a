#include "campaigns/resultbar.h"

#include "i18n/bidi.h"

#include <QButtonGroup>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace majlis {

ResultBar::ResultBar(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<ResultCode> codes = allResultCodes();
    // Two rows: the results of a call that went through, then the ones that did not.
    constexpr int kPerRow = 6;
    for (int i = 0; i < codes.size(); ++i) {
        const ResultCode code = codes.at(i);
        const QKeySequence key = keyFor(code);
        auto *button
            = new QPushButton(tr("%1  %2", "function key, result")
                                  .arg(bidi::isolateLtr(key.toString(QKeySequence::NativeText)), resultCodeName(code)),
                this);
        button->setObjectName(QStringLiteral("result_") + resultCodeKey(code));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus); // keys choose; the focus stays where the typing is
        m_group->addButton(button, int(code));
        // A shortcut of the button itself would click it a moment later, after an Enter typed
        // right behind it: the key chooses the result at once.
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, [this, code] {
            select(code);
            emit resultChosen(code);
        });
        grid->addWidget(button, i / kPerRow, i % kPerRow);
    }
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        updateOptOut();
        emit resultChosen(ResultCode(id));
    });

    m_optOut = new QFrame(this);
    m_optOut->setFrameShape(QFrame::StyledPanel);
    auto *optOutLayout = new QHBoxLayout(m_optOut);
    optOutLayout->addWidget(new QLabel(tr("Also opt them out?"), m_optOut));
    const QList<std::pair<QString, QString>> choices {{QStringLiteral("optOutKeep"), tr("Keep them on future lists")},
        {QStringLiteral("optOutRefused"), tr("Opt out: refused")},
        {QStringLiteral("optOutHostile"), tr("Opt out: hostile")}};
    auto *optOutGroup = new QButtonGroup(m_optOut);
    for (int i = 0; i < choices.size(); ++i) {
        auto *radio = new QRadioButton(
            tr("%1  %2", "answer key, answer").arg(QString::number(i + 1), choices.at(i).second), m_optOut);
        radio->setObjectName(choices.at(i).first);
        radio->setFocusPolicy(Qt::NoFocus);
        optOutGroup->addButton(radio, i);
        optOutLayout->addWidget(radio);
        m_optOutChoices.append(radio);
    }
    optOutLayout->addStretch();
    m_optOutChoices.first()->setChecked(true);

    // The choice in words too: a pressed button alone is easy to miss.
    m_chosen = new QLabel(this);
    m_chosen->setObjectName(QStringLiteral("resultChosen"));
    QFont bold = m_chosen->font();
    bold.setBold(true);
    m_chosen->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chosen);
    layout->addLayout(grid);
    layout->addWidget(m_optOut);
    updateOptOut();
}

QKeySequence ResultBar::keyFor(ResultCode code)
{
    return QKeySequence(Qt::Key_F1 + int(allResultCodes().indexOf(code)));
}

std::optional<ResultCode> ResultBar::selected() const
{
    const int id = m_group->checkedId();
    if (id < 0)
        return std::nullopt;
    return ResultCode(id);
}

void ResultBar::select(ResultCode code)
{
    if (QAbstractButton *button = m_group->button(int(code)))
        button->setChecked(true);
    updateOptOut();
}

void ResultBar::clear()
{
    // An exclusive group keeps one button checked; it lets go only while not exclusive.
    m_group->setExclusive(false);
    for (QAbstractButton *button : m_group->buttons())
        button->setChecked(false);
    m_group->setExclusive(true);
    m_optOutChoices.first()->setChecked(true);
    updateOptOut();
}

QString ResultBar::optOut() const
{
    if (selected() != ResultCode::Refused)
        return {};
    if (m_optOutChoices.at(1)->isChecked())
        return QStringLiteral("refused");
    if (m_optOutChoices.at(2)->isChecked())
        return QStringLiteral("hostile");
    return {};
}

bool ResultBar::takesDigits() const
{
    return selected() == ResultCode::Refused;
}

bool ResultBar::pressDigit(int digit)
{
    if (!takesDigits() || digit < 1 || digit > m_optOutChoices.size())
        return false;
    m_optOutChoices.at(digit - 1)->setChecked(true);
    return true;
}

void ResultBar::updateOptOut()
{
    m_optOut->setVisible(selected() == ResultCode::Refused);
    updateChosen();
}

void ResultBar::updateChosen()
{
    const auto code = selected();
    m_chosen->setText(code ? tr("Result: %1").arg(resultCodeName(*code)) : tr("Result: none chosen yet"));
}

} // namespace majlis
