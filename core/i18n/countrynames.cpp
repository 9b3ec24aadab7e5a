#include "i18n/countrynames.h"

#include "i18n/bidi.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace majlis::countries {

QString name(const QString &code, const QLocale &locale)
{
    const QByteArray upper = code.trimmed().toUpper().toLatin1();
    if (upper.isEmpty())
        return {};
    // "C" has no language of its own: its names are the English ones.
    const QByteArray language = locale.language() == QLocale::C ? QByteArray("en") : locale.name().toLatin1();
    icu::UnicodeString shown;
    icu::Locale(nullptr, upper.constData()).getDisplayCountry(icu::Locale(language.constData()), shown);
    const QString fromIcu = QString(reinterpret_cast<const QChar *>(shown.getBuffer()), shown.length());
    // ICU answers an unknown region with its code.
    if (!fromIcu.isEmpty() && fromIcu != QLatin1String(upper))
        return fromIcu;
    const QLocale::Territory territory = QLocale::codeToTerritory(QString::fromLatin1(upper));
    return territory == QLocale::AnyTerritory ? QString::fromLatin1(upper) : QLocale::territoryToString(territory);
}

QString nameWithCode(const QString &code, const QLocale &locale)
{
    const QString upper = code.trimmed().toUpper();
    return QStringLiteral("%1 (%2)").arg(bidi::isolate(name(upper, locale)), bidi::isolateLtr(upper));
}

} // namespace majlis::countries
