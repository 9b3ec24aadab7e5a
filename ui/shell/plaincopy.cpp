#include "shell/plaincopy.h"

#include "i18n/bidi.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>

namespace majlis {

namespace {

class PlainCopyFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *view = qobject_cast<QAbstractItemView *>(watched);
        if (!view || event->type() != QEvent::KeyPress || !static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy))
            return false;
        const QModelIndex index = view->currentIndex();
        if (index.isValid())
            QGuiApplication::clipboard()->setText(bidi::clean(index.data(Qt::DisplayRole).toString()));
        return true;
    }
};

} // namespace

void copyWithoutIsolates(QAbstractItemView *view)
{
    view->installEventFilter(new PlainCopyFilter(view));
}

} // namespace majlis
