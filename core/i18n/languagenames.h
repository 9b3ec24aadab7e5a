#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace majlis::languages {

// A language's name (a BCP 47 code as contacts store it: "ar", "ur-PK") in the language of
// `locale`: "Arabic", "arabe", "العربية". QLocale names languages only in English or in their
// own words (and "en" in its own words is "American English"), so the name comes from ICU's
// CLDR data. A language that was typed rather than coded ("Pashto") is returned as typed.
QString name(const QString &code, const QLocale &locale = QLocale());

// Each language's name, in order.
QStringList names(const QStringList &codes, const QLocale &locale = QLocale());

// "Arabic, English" ("العربية، الإنجليزية") for a line of text in either direction: each name
// isolated, each once ("ar" and "ar-EG" are one), with the interface language's comma.
QString joinedNames(const QStringList &codes, const QLocale &locale = QLocale());

} // namespace majlis::languages
