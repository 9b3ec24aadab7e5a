#include "contacts/contactcolumns.h"

#include "common/enumkeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace majlis {

namespace {

const char *const kKeys[] = {"ignore",      "given_name", "family_name", "full_name", "preferred_name", "email",
                             "home_email",  "work_email", "phone",       "mobile",    "home_phone",     "work_phone",
                             "street",      "city",       "region",      "postal_code", "country",      "us_state",
                             "district",    "organization", "role",      "tags",      "notes",          "birthday",
                             "languages"};
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
};

// Header names, lower case with everything but letters and digits removed.
const QHash<QString, ContactField> &synonyms()
{
    static const QHash<QString, ContactField> table = [] {
        QHash<QString, ContactField> t;
        auto add = [&](ContactField field, std::initializer_list<const char *> names) {
            for (const char *name : names)
                t.insert(QString::fromLatin1(name), field);
        };
        add(ContactField::GivenName, {"givenname", "firstname", "first", "fname", "forename"});
        add(ContactField::FamilyName, {"familyname", "lastname", "last", "lname", "surname"});
        add(ContactField::FullName, {"name", "fullname", "displayname", "contactname"});
        add(ContactField::PreferredName, {"nickname", "preferredname", "goesby"});
        add(ContactField::Email, {"email", "emailaddress", "email1value", "email1", "primaryemail", "emailaddress1", "e1value"});
        add(ContactField::HomeEmail, {"homeemail", "personalemail"});
        add(ContactField::WorkEmail, {"workemail", "businessemail", "email2address", "email2value", "email2"});
        add(ContactField::Phone, {"phone", "phonenumber", "phone1value", "telephone", "primaryphone", "canphone", "can2phone"});
        add(ContactField::MobilePhone, {"mobile", "mobilephone", "mobilenumber", "cellphone", "cell", "phone2value"});
        add(ContactField::HomePhone, {"homephone"});
        add(ContactField::WorkPhone, {"workphone", "businessphone"});
        add(ContactField::Street, {"street", "address", "address1", "homestreet", "address1street", "primaryaddress1",
                                   "streetaddress", "addressline1", "address1formatted"});
        add(ContactField::Locality, {"city", "town", "homecity", "address1city", "primarycity", "locality"});
        add(ContactField::Region, {"region", "province", "county", "address1region", "homestate"});
        add(ContactField::PostalCode, {"zip", "zipcode", "zip5", "postalcode", "postcode", "homepostalcode",
                                       "address1postalcode", "primaryzip"});
        add(ContactField::Country, {"country", "countryregion", "homecountryregion", "address1country", "primarycountry",
                                    "countrycode"});
        add(ContactField::UsState, {"state", "stateabbreviation", "primarystate", "canstateabbreviated", "usstate"});
        add(ContactField::District, {"district", "cd", "congressionaldistrict", "usdistrict"});
        add(ContactField::Organization, {"organization", "organisation", "company", "employer", "organization1name"});
        add(ContactField::Role, {"title", "jobtitle", "role", "occupation", "organization1title", "position"});
        add(ContactField::Tags, {"tags", "taglist", "categories", "groupmembership", "labels", "groups"});
        add(ContactField::Notes, {"notes", "note", "comments", "comment"});
        add(ContactField::Birthday, {"birthday", "birthdate", "dateofbirth", "dob"});
        add(ContactField::Languages, {"languages", "language", "spokenlanguages"});
        return t;
    }();
    return table;
}

bool repeatable(ContactField field)
{
    return field == ContactField::Email || field == ContactField::Phone || field == ContactField::Tags;
}

} // namespace

QList<ContactField> allContactFields()
{
    QList<ContactField> fields;
    for (int i = 0; i <= int(ContactField::Languages); ++i)
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
    QList<ContactField> fields;
    QList<ContactField> taken;
    for (const QString &column : header) {
        const QString key = column.toLower().remove(notAlphanumeric);
        ContactField field = synonyms().value(key, ContactField::Ignore);
        if (field != ContactField::Ignore && !repeatable(field) && taken.contains(field))
            field = ContactField::Ignore;
        taken.append(field);
        fields.append(field);
    }
    return fields;
}

} // namespace majlis
