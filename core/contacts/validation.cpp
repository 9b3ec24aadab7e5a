#include "contacts/validation.h"

#include <QRegularExpression>
#include <QSet>

namespace majlis {

namespace {

// Calling code, trunk prefix and the length of the national number after the trunk prefix,
// for the countries Majlis's chapters are in. Other countries still work with a "+" number.
struct CountryPlan
{
    const char *country;
    const char *callingCode;
    const char *trunkPrefix;
    int minDigits;
    int maxDigits;
};

constexpr CountryPlan kPlans[] = {
    {"US", "1", "1", 10, 10}, {"CA", "1", "1", 10, 10}, {"GB", "44", "0", 9, 10},
    {"IE", "353", "0", 7, 9}, {"FR", "33", "0", 9, 9},  {"DE", "49", "0", 6, 11},
    {"NL", "31", "0", 9, 9},  {"BE", "32", "0", 8, 9},  {"SE", "46", "0", 7, 9},
    {"NO", "47", "", 8, 8},   {"DK", "45", "", 8, 8},   {"ES", "34", "", 9, 9},
    {"IT", "39", "", 6, 11},  {"AU", "61", "0", 9, 9},  {"NZ", "64", "0", 8, 10},
    {"TR", "90", "0", 10, 10}, {"AT", "43", "0", 6, 13}, {"CH", "41", "0", 9, 9},
};

const CountryPlan *planFor(const QString &country)
{
    for (const CountryPlan &plan : kPlans) {
        if (country.compare(QLatin1String(plan.country), Qt::CaseInsensitive) == 0)
            return &plan;
    }
    return nullptr;
}

const QSet<QString> &usStates()
{
    static const QSet<QString> states = [] {
        QSet<QString> set;
        const char *codes[] = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL",
                               "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT",
                               "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
                               "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR",
                               "GU", "VI", "AS", "MP"};
        for (const char *code : codes)
            set.insert(QLatin1String(code));
        return set;
    }();
    return states;
}

constexpr int kMaxDistrict = 53; // California has the most districts

} // namespace

Result<QString> ContactValidator::normalizeEmail(const QString &input)
{
    const QString email = input.trimmed();
    if (email.isEmpty())
        return Error{Error::Code::InvalidInput, tr("The email address is empty.")};
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    if (email.contains(whitespace))
        return Error{Error::Code::InvalidInput, tr("The email address \"%1\" contains a space.").arg(email)};
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return Error{Error::Code::InvalidInput,
                     tr("The email address \"%1\" has no @ sign; it should look like name@example.org.").arg(email)};
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1).toLower();
    if (local.isEmpty())
        return Error{Error::Code::InvalidInput, tr("The email address \"%1\" has nothing before the @ sign.").arg(email)};
    if (local.contains(QLatin1Char('@')) && !local.startsWith(QLatin1Char('"')))
        return Error{Error::Code::InvalidInput, tr("The email address \"%1\" has more than one @ sign.").arg(email)};
    static const QRegularExpression label(QStringLiteral("^[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?$"));
    const QStringList labels = domain.split(QLatin1Char('.'));
    bool domainOk = labels.size() >= 2 && labels.last().size() >= 2;
    for (const QString &part : labels)
        domainOk = domainOk && label.match(part).hasMatch();
    if (!domainOk)
        return Error{Error::Code::InvalidInput,
                     tr("The part after @ in \"%1\" is not a valid domain such as example.org.").arg(email)};
    return local + QLatin1Char('@') + domain;
}

Result<QString> ContactValidator::normalizePhone(const QString &input, const QString &country)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return Error{Error::Code::InvalidInput, tr("The phone number is empty.")};
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()./\\-]+$"));
    if (!allowed.match(trimmed).hasMatch())
        return Error{Error::Code::InvalidInput,
                     tr("The phone number \"%1\" may contain only digits, spaces, + ( ) - . and /.").arg(trimmed)};
    QString digits;
    for (QChar c : trimmed) {
        if (c.isDigit())
            digits.append(c);
    }
    const bool international = trimmed.startsWith(QLatin1Char('+')) || digits.startsWith(QLatin1String("00"));
    if (international) {
        if (!trimmed.startsWith(QLatin1Char('+')))
            digits.remove(0, 2);
        if (digits.size() < 8 || digits.size() > 15)
            return Error{Error::Code::InvalidInput,
                         tr("The international number \"%1\" should have 8 to 15 digits after the +.").arg(trimmed)};
        return QLatin1Char('+') + digits;
    }

    const CountryPlan *plan = planFor(country);
    if (!plan) {
        if (digits.size() < 5)
            return Error{Error::Code::InvalidInput, tr("The phone number \"%1\" is too short.").arg(trimmed)};
        return trimmed; // country unknown: keep it as the person wrote it
    }
    const QLatin1String trunk(plan->trunkPrefix);
    if (!trunk.isEmpty() && digits.startsWith(trunk) && digits.size() > plan->maxDigits)
        digits.remove(0, trunk.size());
    if (digits.size() < plan->minDigits || digits.size() > plan->maxDigits) {
        const QString expected = plan->minDigits == plan->maxDigits
            ? tr("%1 digits").arg(plan->minDigits)
            : tr("%1 to %2 digits").arg(plan->minDigits).arg(plan->maxDigits);
        return Error{Error::Code::InvalidInput,
                     tr("The phone number \"%1\" does not look like a number in %2: expected %3, or write it with + and the country code.")
                         .arg(trimmed, QString::fromLatin1(plan->country), expected)};
    }
    return QLatin1Char('+') + QLatin1String(plan->callingCode) + digits;
}

bool ContactValidator::isUsState(const QString &code)
{
    return usStates().contains(code.trimmed().toUpper());
}

QList<FieldError> ContactValidator::validate(const Contact &contact)
{
    QList<FieldError> errors;
    if (contact.givenName.trimmed().isEmpty() && contact.familyName.trimmed().isEmpty()
        && contact.preferredName.trimmed().isEmpty()) {
        errors.append({QStringLiteral("givenName"), tr("Enter a given name, a family name or a preferred name.")});
    }
    for (qsizetype i = 0; i < contact.emails.size(); ++i) {
        if (auto email = normalizeEmail(contact.emails[i].value); !email)
            errors.append({QStringLiteral("emails/%1").arg(i), email.error().message});
    }
    const QString country = contact.address.country.isEmpty() && !contact.usState.isEmpty()
        ? QStringLiteral("US")
        : contact.address.country;
    for (qsizetype i = 0; i < contact.phones.size(); ++i) {
        if (auto phone = normalizePhone(contact.phones[i].value, country); !phone)
            errors.append({QStringLiteral("phones/%1").arg(i), phone.error().message});
    }
    if (!contact.usState.trimmed().isEmpty() && !isUsState(contact.usState))
        errors.append({QStringLiteral("usState"),
                       tr("\"%1\" is not a U.S. state code; use two letters such as MI or CA.").arg(contact.usState)});
    if (contact.district) {
        if (contact.usState.trimmed().isEmpty())
            errors.append({QStringLiteral("district"), tr("A congressional district needs a state.")});
        else if (*contact.district < 0 || *contact.district > kMaxDistrict)
            errors.append({QStringLiteral("district"),
                           tr("District %1 does not exist; use 0 for an at-large seat or 1 to %2.")
                               .arg(*contact.district)
                               .arg(kMaxDistrict)});
    }
    return errors;
}

Result<Contact> ContactValidator::normalized(const Contact &contact)
{
    if (const auto errors = validate(contact); !errors.isEmpty())
        return Error{Error::Code::InvalidInput, errors.first().message};
    Contact out = contact;
    out.givenName = contact.givenName.trimmed();
    out.familyName = contact.familyName.trimmed();
    out.preferredName = contact.preferredName.trimmed();
    out.usState = contact.usState.trimmed().toUpper();
    out.address.country = contact.address.country.trimmed().toUpper();
    if (out.address.country.isEmpty() && !out.usState.isEmpty())
        out.address.country = QStringLiteral("US");
    for (LabeledValue &email : out.emails)
        email.value = normalizeEmail(email.value).value();
    for (LabeledValue &phone : out.phones)
        phone.value = normalizePhone(phone.value, out.address.country).value();
    QStringList tags;
    for (const QString &tag : contact.tags) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && !tags.contains(t, Qt::CaseInsensitive))
            tags.append(t);
    }
    out.tags = tags;
    return out;
}

} // namespace majlis
