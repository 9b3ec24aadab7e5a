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
};

QList<ContactField> allContactFields();
QString contactFieldKey(ContactField field); // "given_name", for the CLI's --map
std::optional<ContactField> contactFieldFromKey(const QString &key);
QString contactFieldName(ContactField field); // translated, for the mapping page

// The field each header most likely holds, from the column names of Google Contacts, Outlook,
// common organizing tools (NationBuilder, Action Network, EveryAction/VAN) and plain English.
// A field already taken by an earlier column is not guessed twice, except the repeatable
// ones (emails, phones, tags).
QList<ContactField> guessContactFields(const QStringList &header);

} // namespace majlis
