#include "shell/emptystatepage.h"

#include <QLabel>
#include <QPushButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace majlis {

EmptyStatePage::EmptyStatePage(const QString &title, const QString &explanation, QWidget *parent) : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(explanation, this);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setMinimumWidth(320);
    text->setMaximumWidth(520);
    // Centred by stretches, not by an alignment flag: an aligned label gets its narrow size hint
    // and its wrapped lines are cut off.
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(text, 1);
    row->addStretch();

    m_layout = new QVBoxLayout(this);
    m_layout->addStretch();
    m_layout->addWidget(heading);
    m_layout->addLayout(row);
    m_layout->addStretch();
    setAccessibleName(title);
}

QPushButton *EmptyStatePage::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    // Before the last stretch, so it stays right under the explanation.
    m_layout->insertWidget(m_layout->count() - 1, button, 0, Qt::AlignHCenter);
    return button;
}

} // namespace majlis
