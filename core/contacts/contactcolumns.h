#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace majlis {

// What a column of an imported spreadsheet holds.
enum class ContactField {
    Ignore,
    GivenName,
    FamilyName,
    FullName,
    PreferredName,
    Email,
    HomeEmail,
    WorkEmail,
    Phone,
    MobilePhone,
    HomePhone,
    WorkPhone,
    Street,
    Locality,
    Region,
    PostalCode,
    Country,
    UsState,
    District,
    Organization,
    Role,
    Tags,
    Notes,
    Birthday,
    Languages,
    // Appended, so the fields above keep their numbers.
    Department, // joined to the role: Contact has no department of its own
    FormattedAddress, // a whole address block; only its first line, and only when no street column has one
    StreetLine2, // apartment, suite, PO box or neighbourhood: appended to the street
    EmailLabel, // the label ("Home", "Work") of the email in the column right after it
    PhoneLabel, // the label of the phone in the column right after it
    BirthYear, // Thunderbird writes the birthday as three columns
    BirthMonth,
    BirthDay,
    DoNotContact, // an opt-out: a reason key, or any yes-like mark
};

QList<ContactField> allContactFields();
QString contactFieldKey(ContactField field); // "given_name", for the CLI's --map
std::optional<ContactField> contactFieldFromKey(const QString &key);
QString contactFieldName(ContactField field); // translated, for the mapping page

// The field each header most likely holds, from the column names of Google Contacts (current and
// legacy exports), Outlook (outlook.com and desktop), Thunderbird, Apple Contacts exporters,
// common organizing tools (NationBuilder, Action Network, EveryAction/VAN) and plain English.
// A field already taken by an earlier column is not guessed twice, except the repeatable
// ones (emails, phones, tags, labels, second street lines). A vague name ("Title",
// "Occupation") yields to a precise one ("Job Title") wherever the precise one stands.
QList<ContactField> guessContactFields(const QStringList &header);

} // namespace majlis
