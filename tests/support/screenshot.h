#pragma once

#include <QDir>
#include <QWidget>

namespace majlis::test {

// Saves a picture of a widget when MAJLIS_SCREENSHOT_DIR is set, to look at what was built
// (and for the README); tests never depend on it.
inline void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MAJLIS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(QDir(dir).filePath(name));
}

} // namespace majlis::test
