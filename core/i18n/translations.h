#pragma once

#include <QLocale>
#include <QString>

namespace majlis {

// Loads Majlis's and Qt's translations for `language` ("ar", "fr"; empty: the system locale)
// into the running application. Returns the locale that was applied, so the GUI can mirror
// its layout for right-to-left languages.
QLocale installTranslations(const QString &language);

// The languages with a translation built into this copy of Majlis, as codes ("ar", "en").
QStringList availableLanguages();

} // namespace majlis
