#include "campaigns/leadinglabel.h"

#include <QEvent>
#include <QStyle>

namespace majlis {

LeadingLabel::LeadingLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    align();
}

void LeadingLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        align();
    QLabel::changeEvent(event);
}

void LeadingLabel::align()
{
    setAlignment(QStyle::visualAlignment(layoutDirection(), Qt::AlignLeft | Qt::AlignVCenter));
}

} // namespace majlis
