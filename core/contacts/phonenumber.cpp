#include "contacts/phonenumber.h"

#include "i18n/bidi.h"
#include "i18n/countrynames.h"

#include <QCoreApplication>
#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace majlis::phone {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

QString asciiDigits(const QString &text)
{
    QString out = text;
    for (QChar &ch : out) {
        const char16_t c = ch.unicode();
        if (c >= 0x0660 && c <= 0x0669)
            ch = QChar(u'0' + (c - 0x0660));
        else if (c >= 0x06F0 && c <= 0x06F9)
            ch = QChar(u'0' + (c - 0x06F0));
    }
    return out;
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : asciiDigits(text)) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    }
    return digits;
}

std::optional<PhoneNumber> parsed(const QString &text, const QString &region)
{
    PhoneNumber number;
    const std::string input = asciiDigits(text).toStdString();
    // "ZZ" is libphonenumber's unknown region: only numbers written with + parse.
    const std::string where = region.isEmpty() ? std::string("ZZ") : region.toUpper().toStdString();
    if (util().Parse(input, where, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    return number;
}

QString formatted(const QString &stored, PhoneNumberUtil::PhoneNumberFormat format)
{
    if (!stored.startsWith(u'+'))
        return stored;
    const auto number = parsed(stored, {});
    if (!number)
        return stored;
    std::string out;
    util().Format(*number, format, &out);
    return QString::fromStdString(out);
}

} // namespace

std::optional<QString> toE164(const QString &typed, const QString &region)
{
    QString text = asciiDigits(typed).trimmed();
    if (text.startsWith(QLatin1String("00")))
        text = u'+' + text.mid(2); // the international prefix of most countries
    if (!text.startsWith(u'+') && !isKnownRegion(region))
        return std::nullopt;
    const auto number = parsed(text, region);
    // Possible rather than valid: a number just assigned, or one the metadata has not caught up
    // with, is still stored in the form every laptop and phone understands. A number that is
    // only dialable locally (555-0100 without its area code) is not a whole number.
    if (!number || util().IsPossibleNumberWithReason(*number) != PhoneNumberUtil::IS_POSSIBLE)
        return std::nullopt;
    std::string out;
    util().Format(*number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

namespace {

const std::set<std::string> &supportedRegions()
{
    static const std::set<std::string> regions = [] {
        std::set<std::string> all;
        util().GetSupportedRegions(&all);
        return all;
    }();
    return regions;
}

} // namespace

bool isKnownRegion(const QString &region)
{
    return region.size() == 2 && supportedRegions().count(region.toUpper().toStdString()) > 0;
}

QStringList knownRegions()
{
    QStringList codes;
    for (const std::string &code : supportedRegions())
        codes.append(QString::fromStdString(code));
    return codes;
}

QString national(const QString &stored)
{
    return formatted(stored, PhoneNumberUtil::NATIONAL);
}

QString international(const QString &stored)
{
    return formatted(stored, PhoneNumberUtil::INTERNATIONAL);
}

Display display(const QString &stored, const QString &homeRegion)
{
    if (stored.isEmpty())
        return {};
    const auto number = stored.startsWith(u'+') ? parsed(stored, {}) : std::nullopt;
    if (!number)
        return {stored, false};
    std::string region;
    util().GetRegionCodeForNumber(*number, &region);
    const bool home = !homeRegion.isEmpty() && QString::fromStdString(region) == homeRegion.trimmed().toUpper();
    std::string out;
    util().Format(*number, home ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &out);
    return {QString::fromStdString(out), true};
}

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
};
} // namespace

QString unreadableMessage(const QString &homeRegion)
{
    // The country in the interface's language ("ألمانيا" in Arabic), not QLocale's English name.
    if (QLocale::codeToTerritory(homeRegion) == QLocale::AnyTerritory)
        return Tr::tr("This number could not be read as a phone number; it is kept as typed.");
    return Tr::tr("This number could not be read as a phone number of %1; it is kept as typed.")
        .arg(bidi::isolate(countries::name(homeRegion)));
}

QStringList searchTokens(const QString &stored)
{
    const QString digits = digitsOf(stored);
    if (digits.isEmpty())
        return {};
    QStringList tokens{digits};
    const auto add = [&](const QString &token) {
        if (token.size() >= 4 && !tokens.contains(token))
            tokens.append(token);
    };
    const auto number = stored.startsWith(u'+') ? parsed(stored, {}) : std::nullopt;
    if (!number) {
        if (digits.startsWith(u'0') && digits.size() > 1)
            add(digits.mid(1)); // a national number kept as typed, also without its trunk 0
        return tokens;
    }
    std::string significant;
    util().GetNationalSignificantNumber(*number, &significant);
    add(QString::fromStdString(significant));
    // The number as dialled at home, trunk prefix included: "020 7946 0958" is 02079460958.
    add(digitsOf(national(stored)));
    if (number->country_code() == 1 && significant.size() == 10)
        add(QString::fromStdString(significant.substr(3))); // the local number without the area code
    return tokens;
}

} // namespace majlis::phone
