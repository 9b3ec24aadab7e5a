#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace majlis::test {

// Runs `act` on the first visible T once a modal exec() has shown it: a test answers the
// dialogs a user would.
template<typename T>
void whenShown(const std::function<void(T *)> &act, int triesLeft = 300)
{
    QTimer::singleShot(10, [act, triesLeft] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<T *>(w); dialog && dialog->isVisible()) {
                act(dialog);
                return;
            }
        }
        if (triesLeft > 0)
            whenShown<T>(act, triesLeft - 1);
    });
}

} // namespace majlis::test
