#include "shell/emptystatepage.h"

#include <QLabel>
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

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addLayout(row);
    layout->addStretch();
    setAccessibleName(title);
}

} // namespace majlis
