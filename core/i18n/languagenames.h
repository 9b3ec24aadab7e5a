#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace majlis::languages {

// A language's name (a BCP 47 tag such as "ar", "ur-PK", "fa") in the language of `locale`:
// "Arabic", "arabe", "العربية". From ICU's CLDR data, like countries::name; the tag itself when
// nothing knows it, so an unusual tag a contact was given still shows.
QString name(const QString &tag, const QLocale &locale = QLocale());

// "Arabic, English" ("العربية، الإنجليزية"): each name isolated, for lists of languages inside a line of
// either direction, with the interface language's comma.
QString names(const QStringList &tags, const QLocale &locale = QLocale());

} // namespace majlis::languages
