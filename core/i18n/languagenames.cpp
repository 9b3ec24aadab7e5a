#include "i18n/languagenames.h"

#include "i18n/bidi.h"

#include <QCoreApplication>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace majlis::languages {

QString name(const QString &code, const QLocale &locale)
{
    const QString trimmed = code.trimmed();
    const QByteArray tag = trimmed.toLatin1();
    // Only a short code is a tag; a longer word is a language someone typed out.
    if (trimmed.isEmpty() || trimmed.size() > 12 || trimmed.toLatin1() != trimmed.toUtf8())
        return trimmed;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale language = icu::Locale::forLanguageTag(tag.constData(), status);
    if (U_FAILURE(status) || language.isBogus() || *language.getLanguage() == '\0')
        return trimmed;
    // "C" has no language of its own: its names are the English ones.
    const QByteArray display = locale.language() == QLocale::C ? QByteArray("en") : locale.name().toLatin1();
    icu::UnicodeString shown;
    language.getDisplayLanguage(icu::Locale(display.constData()), shown);
    const QString fromIcu = QString(reinterpret_cast<const QChar *>(shown.getBuffer()), shown.length());
    // ICU answers a language it does not know with its code.
    if (fromIcu.isEmpty() || fromIcu.compare(QLatin1String(language.getLanguage()), Qt::CaseInsensitive) == 0)
        return trimmed;
    return fromIcu;
}

QStringList names(const QStringList &codes, const QLocale &locale)
{
    QStringList result;
    for (const QString &code : codes)
        result.append(name(code, locale));
    return result;
}

QString joinedNames(const QStringList &codes, const QLocale &locale)
{
    QStringList shown;
    for (const QString &code : codes) {
        const QString n = bidi::isolate(name(code, locale));
        if (!n.isEmpty() && !shown.contains(n))
            shown.append(n);
    }
    // Arabic, Farsi and Urdu separate with their own comma.
    return shown.join(QCoreApplication::translate("majlis::languages", ", ", "between two languages in a list"));
}

} // namespace majlis::languages
