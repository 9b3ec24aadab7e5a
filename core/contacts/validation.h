#pragma once

#include "common/result.h"
#include "contacts/contact.h"

#include <QCoreApplication>

namespace majlis {

// A problem with one field of a contact. `field` names it the way the editor does:
// "givenName", "emails/2", "phones/0", "usState", "district".
struct FieldError
{
    QString field;
    QString message;
};

class ContactValidator
{
    Q_DECLARE_TR_FUNCTIONS(ContactValidator)

public:
    // Lower-cases the domain and trims; the message says what is wrong when it cannot.
    static Result<QString> normalizeEmail(const QString &input);
    // E.164 ("+13135550100") when the number is written with + or 00, or is a whole number of
    // `country` (ISO 3166-1 alpha-2, through libphonenumber); kept exactly as typed when the
    // country is empty or unknown; an error that says what to check otherwise.
    static Result<QString> normalizePhone(const QString &input, const QString &country);
    static bool isUsState(const QString &code);

    // The country its phone numbers are read in: its own, the United States when only a U.S.
    // state is given, else `fallbackRegion` (its chapter's or the workspace's: phoneregion.h).
    static QString phoneRegion(const Contact &contact, const QString &fallbackRegion);
    // Every problem with the contact, in the order of the editor's fields.
    static QList<FieldError> validate(const Contact &contact, const QString &fallbackRegion = {});
    // The contact with trimmed names, normalized emails and phones, upper-case state; or the
    // first problem found.
    static Result<Contact> normalized(const Contact &contact, const QString &fallbackRegion = {});
};

} // namespace majlis
