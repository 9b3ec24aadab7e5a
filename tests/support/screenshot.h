#pragma once

#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace majlis::test {

// Saves a picture of a widget when MAJLIS_SCREENSHOT_DIR is set, to look at what was built
// (and for the README); tests never depend on it. A picture wider than `maxWidth` pixels (when
// given) is scaled down to it.
inline void saveScreenshot(QWidget &widget, const QString &name, int maxWidth = 0)
{
    const QString dir = qEnvironmentVariable("MAJLIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QPixmap picture = widget.grab();
    if (maxWidth > 0 && picture.width() > maxWidth)
        picture = picture.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    picture.save(QDir(dir).filePath(name));
}

} // namespace majlis::test
