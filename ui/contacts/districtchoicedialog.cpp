#include "contacts/districtchoicedialog.h"

#include "i18n/bidi.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace majlis {

DistrictChoiceDialog::DistrictChoiceDialog(const QString &who, const QString &where, const QString &postcode,
                                           const QStringList &candidates, QWidget *parent)
    : QDialog(parent), m_candidates(candidates)
{
    setWindowTitle(tr("Choose the District"));
    auto *text = new QLabel(tr("%1's postcode %2 spans several districts of %3. Which one does the address lie in?")
                                .arg(bidi::isolate(who), bidi::isolateLtr(postcode), bidi::isolate(where)),
                            this);
    text->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("candidateList"));
    m_list->setAccessibleName(tr("Candidate districts"));
    for (const QString &c : candidates)
        m_list->addItem(bidi::isolateLtr(c));
    text->setBuddy(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

QString DistrictChoiceDialog::chosen() const
{
    return m_candidates.value(m_list->currentRow());
}

void DistrictChoiceDialog::choose(int row)
{
    m_list->setCurrentRow(row);
}

} // namespace majlis
