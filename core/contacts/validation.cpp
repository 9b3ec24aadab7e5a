#include "contacts/validation.h"

#include "contacts/phonenumber.h"

#include <QRegularExpression>
#include <QSet>

namespace majlis {

namespace {

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
    // Arabic-Indic and Persian digits are digits too.
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9} ()./\\-]+$"));
    if (!allowed.match(trimmed).hasMatch())
        return Error{Error::Code::InvalidInput,
                     tr("The phone number \"%1\" may contain only digits, spaces, + ( ) - . and /.").arg(trimmed)};
    if (const auto e164 = phone::toE164(trimmed, country))
        return *e164;
    const bool international = trimmed.startsWith(QLatin1Char('+')) || trimmed.startsWith(QLatin1String("00"));
    if (international)
        return Error{Error::Code::InvalidInput,
                     tr("\"%1\" is not a phone number: check the country code and the number of digits after it.").arg(trimmed)};
    if (!phone::isKnownRegion(country)) {
        qsizetype digits = 0;
        for (QChar c : trimmed)
            digits += c.isDigit() ? 1 : 0;
        if (digits < 5)
            return Error{Error::Code::InvalidInput, tr("The phone number \"%1\" is too short.").arg(trimmed)};
        return trimmed; // the country is not known: kept exactly as the person wrote it
    }
    return Error{Error::Code::InvalidInput,
                 tr("The phone number \"%1\" does not look like a whole number in %2: check the digits and the area code, "
                    "or write it with + and the country code.")
                     .arg(trimmed, country.toUpper())};
}

bool ContactValidator::isUsState(const QString &code)
{
    return usStates().contains(code.trimmed().toUpper());
}

QList<FieldError> ContactValidator::validate(const Contact &contact, const QString &fallbackRegion)
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
    const QString country = phoneRegion(contact, fallbackRegion);
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

QString ContactValidator::phoneRegion(const Contact &contact, const QString &fallbackRegion)
{
    if (!contact.address.country.trimmed().isEmpty())
        return contact.address.country.trimmed().toUpper();
    return contact.usState.trimmed().isEmpty() ? fallbackRegion : QStringLiteral("US");
}

Result<Contact> ContactValidator::normalized(const Contact &contact, const QString &fallbackRegion)
{
    if (const auto errors = validate(contact, fallbackRegion); !errors.isEmpty())
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
    const QString region = phoneRegion(contact, fallbackRegion);
    for (LabeledValue &phone : out.phones)
        phone.value = normalizePhone(phone.value, region).value();
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
