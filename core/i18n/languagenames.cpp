#include "i18n/languagenames.h"

#include "i18n/bidi.h"

#include <QCoreApplication>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace majlis::languages {

QString name(const QString &tag, const QLocale &locale)
{
    const QString trimmed = tag.trimmed();
    if (trimmed.isEmpty())
        return {};
    // ICU reads "ur-PK" as "ur_PK"; only the language part is named, the region would read
    // "Urdu (Pakistan)" where a caller only needs "Urdu".
    const QByteArray language = trimmed.section(u'-', 0, 0).section(u'_', 0, 0).toLower().toLatin1();
    const QByteArray uiLanguage = locale.language() == QLocale::C ? QByteArray("en") : locale.name().toLatin1();
    icu::UnicodeString shown;
    icu::Locale(language.constData()).getDisplayLanguage(icu::Locale(uiLanguage.constData()), shown);
    const QString fromIcu = QString(reinterpret_cast<const QChar *>(shown.getBuffer()), shown.length());
    // ICU answers a language it does not know with its code.
    if (fromIcu.isEmpty() || fromIcu == QLatin1String(language))
        return trimmed;
    return fromIcu;
}

QString names(const QStringList &tags, const QLocale &locale)
{
    QStringList shown;
    for (const QString &tag : tags) {
        const QString n = bidi::isolate(name(tag, locale));
        if (!n.isEmpty() && !shown.contains(n))
            shown.append(n);
    }
    // Arabic, Farsi and Urdu separate with their own comma.
    return shown.join(QCoreApplication::translate("majlis::languages", ", ", "between two languages in a list"));
}

} // namespace majlis::languages
