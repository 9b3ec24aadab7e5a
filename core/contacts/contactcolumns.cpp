#include "contacts/contactcolumns.h"

#include "common/enumkeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace majlis {

namespace {

const char *const kKeys[]
    = {"ignore", "given_name", "family_name", "full_name", "preferred_name", "email", "home_email", "work_email",
        "phone", "mobile", "home_phone", "work_phone", "street", "city", "region", "postal_code", "country", "us_state",
        "district", "organization", "role", "tags", "notes", "birthday", "languages", "department", "formatted_address",
        "street2", "email_label", "phone_label", "birth_year", "birth_month", "birth_day", "do_not_contact"};
const char *const kNames[] = {
    QT_TRANSLATE_NOOP("majlis::ContactField", "Do not import"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Given name"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Family name"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Full name"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Preferred name"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Email"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Home email"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Work email"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Phone"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Mobile phone"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Home phone"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Work phone"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Street"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "City"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "State or region"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Postal code"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Country"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "U.S. state"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Congressional district"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Organization"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Role or title"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Tags"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Notes"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Birthday"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Languages"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Department (added to the role)"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Whole address (used when there is no street)"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Street, second line"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Label of the next email"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Label of the next phone"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Birth year"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Birth month"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Birth day"),
    QT_TRANSLATE_NOOP("majlis::ContactField", "Do not contact"),
};
static_assert(std::size(kKeys) == std::size(kNames));
static_assert(std::size(kKeys) == std::size_t(ContactField::DoNotContact) + 1, "one key and one name per field");

struct Synonym
{
    ContactField field = ContactField::Ignore;
    bool vague = false; // yields to a precise name for the same field anywhere in the header
};

// Header names, lower case with everything but letters and digits removed.
const QHash<QString, Synonym> &synonyms()
{
    static const QHash<QString, Synonym> table = [] {
        QHash<QString, Synonym> t;
        auto add = [&](ContactField field, std::initializer_list<const char *> names) {
            for (const char *name : names)
                t.insert(QString::fromLatin1(name), {field, false});
        };
        auto addVague = [&](ContactField field, std::initializer_list<const char *> names) {
            for (const char *name : names)
                t.insert(QString::fromLatin1(name), {field, true});
        };
        add(ContactField::GivenName, {"givenname", "firstname", "first", "fname", "forename"});
        add(ContactField::FamilyName, {"familyname", "lastname", "last", "lname", "surname"});
        add(ContactField::FullName, {"name", "fullname", "displayname", "contactname"});
        add(ContactField::PreferredName, {"nickname", "preferredname", "goesby"});
        add(ContactField::Email,
            {"email", "emailaddress", "email1value", "email1", "primaryemail", "emailaddress1", "e1value",
                "secondaryemail", "email2value"});
        add(ContactField::HomeEmail, {"homeemail", "personalemail"});
        add(ContactField::WorkEmail, {"workemail", "businessemail", "email2address", "email2"});
        add(ContactField::Phone,
            {"phone", "phonenumber", "phone1value", "telephone", "primaryphone", "canphone", "can2phone",
                "phone2value"});
        add(ContactField::MobilePhone, {"mobile", "mobilephone", "mobilenumber", "cellphone", "cell"});
        add(ContactField::HomePhone, {"homephone"});
        add(ContactField::WorkPhone, {"workphone", "businessphone"});
        // One address per contact: the home one, which places a person in a district. Business
        // and "Address 2" columns are left for the user to map by hand.
        add(ContactField::Street,
            {"street", "address1", "homestreet", "address1street", "primaryaddress1", "streetaddress", "addressline1",
                "homeaddress", "homeaddress1", "homestreet1"});
        addVague(ContactField::Street, {"address"});
        add(ContactField::StreetLine2,
            {"address2", "addressline2", "primaryaddress2", "homeaddress2", "homestreet2", "homestreet3",
                "address1extendedaddress", "address1pobox", "homeaddresspobox"});
        add(ContactField::FormattedAddress, {"address1formatted"});
        add(ContactField::Locality, {"city", "town", "homecity", "address1city", "primarycity", "locality"});
        add(ContactField::Region, {"region", "province", "county", "address1region", "homestate"});
        add(ContactField::PostalCode,
            {"zip", "zipcode", "zip5", "postalcode", "postcode", "homepostalcode", "address1postalcode", "primaryzip",
                "homezipcode", "homezip"});
        add(ContactField::Country,
            {"country", "countryregion", "homecountryregion", "address1country", "primarycountry", "countrycode",
                "homecountry"});
        add(ContactField::UsState, {"state", "stateabbreviation", "primarystate", "canstateabbreviated", "usstate"});
        add(ContactField::District, {"district", "cd", "congressionaldistrict", "usdistrict"});
        add(ContactField::Organization,
            {"organization", "organisation", "company", "employer", "organization1name", "organizationname",
                "companyname"});
        // Outlook's "Title" is the honorific ("Dr."), and Google's legacy "Occupation" stands
        // before its "Organization 1 - Title": both only when no column names the job itself.
        add(ContactField::Role, {"jobtitle", "role", "organization1title", "organizationtitle", "position"});
        addVague(ContactField::Role, {"title", "occupation"});
        add(ContactField::Department, {"department", "organization1department", "organizationdepartment"});
        add(ContactField::Tags, {"tags", "taglist", "categories", "groupmembership", "labels", "groups", "group"});
        add(ContactField::Notes, {"notes", "note", "comments", "comment"});
        add(ContactField::Birthday, {"birthday", "birthdate", "dateofbirth", "dob"});
        add(ContactField::BirthYear, {"birthyear"});
        add(ContactField::BirthMonth, {"birthmonth"});
        add(ContactField::Languages, {"languages", "language", "spokenlanguages"});
        add(ContactField::DoNotContact, {"donotcontact", "donotcall", "dnc", "optout", "optedout", "donotcontactreason"});
        return t;
    }();
    return table;
}

// Google numbers its repeating groups: "E-mail 3 - Value", "Phone 2 - Label" (legacy: "- Type").
Synonym numberedSynonym(const QString &key)
{
    static const QRegularExpression numbered(QStringLiteral("^(email|phone)[0-9]{1,3}(value|label|type)$"));
    const QRegularExpressionMatch m = numbered.match(key);
    if (!m.hasMatch())
        return {};
    const bool email = m.capturedView(1) == u"email";
    if (m.capturedView(2) == u"value")
        return {email ? ContactField::Email : ContactField::Phone, false};
    return {email ? ContactField::EmailLabel : ContactField::PhoneLabel, false};
}

bool repeatable(ContactField field)
{
    return field == ContactField::Email || field == ContactField::Phone || field == ContactField::Tags
        || field == ContactField::EmailLabel || field == ContactField::PhoneLabel || field == ContactField::StreetLine2;
}

} // namespace

QList<ContactField> allContactFields()
{
    QList<ContactField> fields;
    for (int i = 0; i < int(std::size(kKeys)); ++i)
        fields.append(ContactField(i));
    return fields;
}

QString contactFieldKey(ContactField field)
{
    return enumKey(kKeys, field);
}

std::optional<ContactField> contactFieldFromKey(const QString &key)
{
    return enumFromKey<ContactField>(kKeys, key);
}

QString contactFieldName(ContactField field)
{
    return QCoreApplication::translate("majlis::ContactField", kNames[int(field)]);
}

QList<ContactField> guessContactFields(const QStringList &header)
{
    static const QRegularExpression notAlphanumeric(QStringLiteral("[^a-z0-9]"));
    // Thunderbird's "Birth Day" (of the month) would read as "birthday" once the space is gone.
    static const QRegularExpression birthDayOfMonth(
        QStringLiteral("^\\s*birth[\\s_-]+day\\s*$"), QRegularExpression::CaseInsensitiveOption);
    QList<Synonym> candidates;
    for (const QString &column : header) {
        if (birthDayOfMonth.match(column).hasMatch()) {
            candidates.append({ContactField::BirthDay, false});
            continue;
        }
        const QString key = column.toLower().remove(notAlphanumeric);
        const auto it = synonyms().constFind(key);
        candidates.append(it != synonyms().cend() ? *it : numberedSynonym(key));
    }
    const bool splitBirthday = std::any_of(
        candidates.cbegin(), candidates.cend(), [](const Synonym &s) { return s.field == ContactField::BirthMonth; });
    for (Synonym &candidate : candidates) {
        if (candidate.field == ContactField::BirthDay && !splitBirthday)
            candidate.field = ContactField::Birthday; // a lone "Birth day" is the whole date
    }
    // Precise names first, then vague ones for the fields still free; each pass left to right.
    QList<ContactField> fields(header.size(), ContactField::Ignore);
    QList<ContactField> taken;
    for (const bool vague : {false, true}) {
        for (qsizetype column = 0; column < candidates.size(); ++column) {
            const Synonym &candidate = candidates.at(column);
            if (candidate.field == ContactField::Ignore || candidate.vague != vague)
                continue;
            if (!repeatable(candidate.field) && taken.contains(candidate.field))
                continue;
            taken.append(candidate.field);
            fields[column] = candidate.field;
        }
    }
    return fields;
}

} // namespace majlis
