#include "shell/emptystatepage.h"

#include <QLabel>
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
    text->setMaximumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch();
    setAccessibleName(title);
}

} // namespace majlis
