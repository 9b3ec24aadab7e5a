// The CSV exports of Google Contacts, Outlook, Apple Contacts exporters and Thunderbird keep what
// a user expects: organization, title, department, the street (not the formatted block), city,
// postal code, birthday, notes and labels. Self-made rows in the exporters' own header layouts,
// then the real headers and samples in ../shared/data/csv/more when they are beside the checkout.

#include "contacts/contactcolumns.h"
#include "contacts/contactimport.h"
#include "io/csv.h"
#include "io/textdecoding.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>

#include <utility>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

const QString kSharedCsv = QStringLiteral(MAJLIS_SHARED_DATA "/csv/more");

Result<CsvTable> tableOf(const QByteArray &data)
{
    const DecodedText decoded = decodeText(data);
    return CsvTable::parse(decoded.text, detectDelimiter(decoded.text), true);
}

// The plan of an import with the guessed mapping; `ignore` lists columns a test sets to
// "Do not import" by hand, as a user would on the mapping page.
ImportPlan planOf(Database &db, const CsvTable &table, const QStringList &ignore = {})
{
    ContactImport::Options options;
    options.mapping = guessContactFields(table.header());
    options.defaultCountry = QStringLiteral("US");
    for (int column = 0; column < table.header().size(); ++column) {
        if (ignore.contains(table.header().at(column)))
            options.mapping[column] = ContactField::Ignore;
    }
    auto plan = ContactImport::plan(db, table, options);
    REQUIRE(plan.ok());
    return plan.value();
}

ImportPlan planOf(Database &db, const QByteArray &csv)
{
    auto table = tableOf(csv);
    REQUIRE(table.ok());
    return planOf(db, table.value());
}

QString problemsOf(const ImportPlan &plan)
{
    QStringList lines;
    for (const ImportProblem &p : plan.problems)
        lines << QStringLiteral("line %1, %2: %3").arg(p.line).arg(p.column, p.message);
    return lines.join(u'\n');
}

QStringList labelsOf(const QList<LabeledValue> &values)
{
    QStringList labels;
    for (const LabeledValue &v : values)
        labels << v.label;
    return labels;
}

ContactField fieldOf(const QStringList &header, const QString &column)
{
    const QList<ContactField> fields = guessContactFields(header);
    const qsizetype at = header.indexOf(column);
    return at >= 0 && at < fields.size() ? fields.at(at) : ContactField::Ignore;
}

// The header row of one of the reference files; empty when ../shared/data is not here.
QStringList referenceHeader(const QString &file)
{
    QFile f(kSharedCsv + QStringLiteral("/headers/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    auto table = tableOf(f.readAll());
    REQUIRE(table.ok());
    return table->header();
}

QByteArray referenceSample(const QString &file)
{
    QFile f(kSharedCsv + u'/' + file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The header of the current Google Contacts export (headers/google-csv-current.header.csv),
// written out so this test runs without ../shared/data.
const QByteArray kGoogleCurrentHeader
    = "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,"
      "Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,"
      "Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,"
      "Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,"
      "Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Website 1 - Label,Website 1 - Value\r\n";

} // namespace

TEST_CASE("a Google Contacts CSV keeps organization, title and street", "[io][import][exportcolumns]")
{
    test::TempWorkspace ws;
    const QByteArray csv = kGoogleCurrentHeader
        + "Amina,,Rahman,,,,,,Mina,,Michigan Muslim Council,Policy Director,Government Affairs,1985-03-14,"
          "\"Met at the iftar,\nwants to help\",,Volunteers ::: * myContacts ::: Dearborn ::: * starred,"
          "* Home,amina@example.org,Work,amina@mmc.example.org,Mobile,(313) 555-0101,"
          "Home,\"12 Maple St\nApt 4\nDearborn, MI 48126\nUS\",12 Maple St,Dearborn,,MI,48126,US,Apt 4,,\r\n"
          // A street typed as one block: Google fills only the formatted column.
          "Omar,,Saleh,,,,,,,,,,,,,,,,,,,,,Home,\"7 Oak Ave\nDetroit, MI 48201\",,Detroit,,MI,48201,US,,,\r\n";
    const ImportPlan plan = planOf(ws.db(), csv);
    INFO(problemsOf(plan).toStdString());
    CHECK(plan.problems.isEmpty());
    REQUIRE(plan.contacts.size() == 2);

    const Contact &amina = plan.contacts.at(0);
    CHECK(amina.givenName == QStringLiteral("Amina"));
    CHECK(amina.preferredName == QStringLiteral("Mina"));
    CHECK(amina.organization == QStringLiteral("Michigan Muslim Council"));
    CHECK(amina.role == QStringLiteral("Policy Director, Government Affairs"));
    CHECK(amina.address.street == QStringLiteral("12 Maple St, Apt 4")); // not the formatted block
    CHECK(amina.address.locality == QStringLiteral("Dearborn"));
    CHECK(amina.address.region == QStringLiteral("MI"));
    CHECK(amina.address.postalCode == QStringLiteral("48126"));
    CHECK(amina.birthday == QDate(1985, 3, 14));
    CHECK(amina.notes == QStringLiteral("Met at the iftar,\nwants to help"));
    CHECK(amina.tags == QStringList{QStringLiteral("Volunteers"), QStringLiteral("Dearborn")}); // no system groups
    CHECK(labelsOf(amina.emails) == QStringList{QStringLiteral("home"), QStringLiteral("work")});
    CHECK(amina.emails.at(1).value == QStringLiteral("amina@mmc.example.org"));
    REQUIRE(amina.phones.size() == 1);
    CHECK(amina.phones.first().label == QStringLiteral("mobile"));

    const Contact &omar = plan.contacts.at(1);
    CHECK(omar.address.street == QStringLiteral("7 Oak Ave")); // the block's street line only
    CHECK(omar.address.locality == QStringLiteral("Detroit"));
    CHECK(omar.address.postalCode == QStringLiteral("48201"));
    CHECK(omar.organization.isEmpty());
    CHECK(omar.role.isEmpty());
}

TEST_CASE("a legacy Google CSV keeps organization, title and street, not occupation or the block",
          "[io][import][exportcolumns]")
{
    test::TempWorkspace ws;
    const QByteArray csv
        = "Name,Given Name,Family Name,Birthday,Occupation,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
          "Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Address 1 - Type,Address 1 - Formatted,"
          "Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,"
          "Address 1 - Country,Address 1 - Extended Address,Organization 1 - Type,Organization 1 - Name,"
          "Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department\r\n"
          "Fatima Noor,Fatima,Noor,1979-11-02,,Chairs the food drive,* My Contacts ::: Donors,* Work,fatima@example.org,"
          "Work,(313) 555-0170,Home,(313) 555-0171,Work,\"500 Main St\nSuite 9\nHamtramck, MI 48212\",500 Main St,"
          "Hamtramck,,MI,48212,US,Suite 9,,Bangladeshi American Society,,Treasurer,\r\n";
    const ImportPlan plan = planOf(ws.db(), csv);
    INFO(problemsOf(plan).toStdString());
    CHECK(plan.problems.isEmpty());
    REQUIRE(plan.contacts.size() == 1);
    const Contact &c = plan.contacts.first();
    CHECK(c.organization == QStringLiteral("Bangladeshi American Society"));
    CHECK(c.role == QStringLiteral("Treasurer"));
    CHECK(c.address.street == QStringLiteral("500 Main St, Suite 9"));
    CHECK(c.address.locality == QStringLiteral("Hamtramck"));
    CHECK(c.address.postalCode == QStringLiteral("48212"));
    CHECK(c.birthday == QDate(1979, 11, 2));
    CHECK(c.notes == QStringLiteral("Chairs the food drive"));
    CHECK(c.tags == QStringList{QStringLiteral("Donors")});
    CHECK(labelsOf(c.emails) == QStringList{QStringLiteral("work")});
    CHECK(labelsOf(c.phones) == QStringList{QStringLiteral("work"), QStringLiteral("home")});
}

TEST_CASE("an Outlook CSV keeps company, job title, department and the home street", "[io][import][exportcolumns]")
{
    test::TempWorkspace ws;
    // Outlook desktop's order: the honorific "Title" first, Company, Department and Job Title
    // before the addresses, the business address before the home one.
    const QByteArray csv
        = "\"Title\",\"First Name\",\"Middle Name\",\"Last Name\",\"Suffix\",\"Company\",\"Department\",\"Job Title\","
          "\"Business Street\",\"Business City\",\"Business State\",\"Business Postal Code\",\"Business Country/Region\","
          "\"Home Street\",\"Home Street 2\",\"Home City\",\"Home State\",\"Home Postal Code\",\"Home Country/Region\","
          "\"Mobile Phone\",\"E-mail Address\",\"E-mail Type\",\"Birthday\",\"Categories\",\"Notes\"\r\n"
          "\"Dr.\",\"Yusuf\",\"\",\"Haddad\",\"\",\"Arab American Civil Rights League\",\"Outreach\",\"Organizer\","
          "\"1 Business Way\",\"Detroit\",\"MI\",\"48226\",\"United States\","
          "\"45 Elm St\",\"Unit 2\",\"Dearborn\",\"MI\",\"48124\",\"United States\","
          "\"(313) 555-0150\",\"yusuf@example.org\",\"SMTP\",\"6/1/1979\",\"Volunteers;Board\",\"Prefers text\"\r\n"
          "\"\",\"Layla\",\"\",\"Aziz\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\","
          "\"\",\"layla@example.org\",\"SMTP\",\"0/0/00\",\"\",\"\"\r\n";
    const ImportPlan plan = planOf(ws.db(), csv);
    INFO(problemsOf(plan).toStdString());
    CHECK(plan.problems.isEmpty()); // Outlook's 0/0/00 is no birthday, not a bad one
    REQUIRE(plan.contacts.size() == 2);
    const Contact &c = plan.contacts.first();
    CHECK(c.organization == QStringLiteral("Arab American Civil Rights League"));
    CHECK(c.role == QStringLiteral("Organizer, Outreach")); // not "Dr."
    CHECK(c.address.street == QStringLiteral("45 Elm St, Unit 2"));
    CHECK(c.address.locality == QStringLiteral("Dearborn"));
    CHECK(c.address.postalCode == QStringLiteral("48124"));
    CHECK(c.address.country == QStringLiteral("US"));
    CHECK(c.birthday == QDate(1979, 6, 1));
    CHECK(c.notes == QStringLiteral("Prefers text"));
    CHECK(c.tags == QStringList{QStringLiteral("Volunteers"), QStringLiteral("Board")});
    CHECK_FALSE(plan.contacts.at(1).birthday.isValid());
}

TEST_CASE("an Apple Contacts CSV from an exporter keeps company, job title and street", "[io][import][exportcolumns]")
{
    test::TempWorkspace ws;
    // Apple Contacts itself writes vCard; exporters and Numbers write headers like these.
    const QByteArray csv = "First name,Last name,Company,Job title,Department,Email,Mobile Phone,Home Street,Home City,"
                           "Home State,Home ZIP,Country,Birthday,Note,Groups\n"
                           "Hassan,Khalil,Yemeni American Merchants Association,Director,Programs,hassan@example.org,"
                           "(313) 555-0190,88 Warren Ave,Dearborn,MI,48126,US,1990-07-04,Speaks at events,Speakers\n";
    const ImportPlan plan = planOf(ws.db(), csv);
    INFO(problemsOf(plan).toStdString());
    CHECK(plan.problems.isEmpty());
    REQUIRE(plan.contacts.size() == 1);
    const Contact &c = plan.contacts.first();
    CHECK(c.organization == QStringLiteral("Yemeni American Merchants Association"));
    CHECK(c.role == QStringLiteral("Director, Programs"));
    CHECK(c.address.street == QStringLiteral("88 Warren Ave"));
    CHECK(c.address.locality == QStringLiteral("Dearborn"));
    CHECK(c.address.region == QStringLiteral("MI"));
    CHECK(c.address.postalCode == QStringLiteral("48126"));
    CHECK(c.birthday == QDate(1990, 7, 4));
    CHECK(c.notes == QStringLiteral("Speaks at events"));
    CHECK(c.tags == QStringList{QStringLiteral("Speakers")});
    CHECK(labelsOf(c.phones) == QStringList{QStringLiteral("mobile")});
}

TEST_CASE("a Thunderbird CSV keeps organization, job title, home address and the three-column birthday",
          "[io][import][exportcolumns]")
{
    test::TempWorkspace ws;
    const QByteArray csv
        = "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,Home Phone,"
          "Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,Home City,Home State,Home ZipCode,"
          "Home Country,Work Address,Work Address 2,Work City,Work State,Work ZipCode,Work Country,Job Title,Department,"
          "Organization,Web Page 1,Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes\r\n"
          "Zainab,Ali,Zainab Ali,Zee,zainab@example.org,z.ali@example.net,,(313) 555-0111,(313) 555-0112,,,"
          "(313) 555-0113,9 Cedar Ct,Apt 3B,Dearborn Heights,MI,48127,USA,200 Work Rd,,Detroit,MI,48201,USA,"
          "Coordinator,Youth Programs,Islamic Center of Detroit,,,1992,5,14,,,,,\"Drives, has a van\"\r\n"
          "Bilal,Musa,,,bilal@example.org,,,,,,,,,,,,,,,,,,,,,,,,,,5,14,,,,,\r\n";
    const ImportPlan plan = planOf(ws.db(), csv);
    REQUIRE(plan.contacts.size() == 2);
    const Contact &c = plan.contacts.first();
    CHECK(c.preferredName == QStringLiteral("Zee"));
    CHECK(c.organization == QStringLiteral("Islamic Center of Detroit"));
    CHECK(c.role == QStringLiteral("Coordinator, Youth Programs"));
    CHECK(c.address.street == QStringLiteral("9 Cedar Ct, Apt 3B")); // home, not work
    CHECK(c.address.locality == QStringLiteral("Dearborn Heights"));
    CHECK(c.address.region == QStringLiteral("MI"));
    CHECK(c.address.postalCode == QStringLiteral("48127"));
    CHECK(c.address.country == QStringLiteral("US"));
    CHECK(c.birthday == QDate(1992, 5, 14));
    CHECK(c.notes == QStringLiteral("Drives, has a van"));
    CHECK(c.emails.size() == 2);
    CHECK(labelsOf(c.phones) == QStringList{QStringLiteral("work"), QStringLiteral("home"), QStringLiteral("mobile")});
    // A birthday without its year is reported, and the rest of the row imported.
    CHECK_FALSE(plan.contacts.at(1).birthday.isValid());
    REQUIRE(plan.problems.size() == 1);
    CHECK(plan.problems.first().line == 3);
    CHECK(plan.problems.first().column == QStringLiteral("Birth Month"));
}

TEST_CASE("label and birthday columns that are not where the import expects them are harmless",
          "[io][import][exportcolumns]")
{
    test::TempWorkspace ws;
    // A label column last, with no value after it; a label before a column that is not an email;
    // a short row; absurd birthday parts.
    const QByteArray csv = "Given Name,E-mail 1 - Label,Notes,Birth Year,Birth Month,Birth Day,Phone 1 - Label\n"
                           "Sara,Work,hello,99999999999,13,40,Mobile\n"
                           "Nadia\n"
                           "Huda,,,,2,30,\n";
    const ImportPlan plan = planOf(ws.db(), csv);
    REQUIRE(plan.contacts.size() == 3);
    CHECK(plan.contacts.at(0).notes == QStringLiteral("hello"));
    for (const Contact &c : plan.contacts)
        CHECK_FALSE(c.birthday.isValid());
    CHECK(plan.problems.size() == 2); // Sara's and Huda's birthdays
}

TEST_CASE("every column of the reference export headers a user would keep is mapped", "[io][import][exportcolumns][shared]")
{
    using F = ContactField;
    struct Expectation
    {
        const char *file;
        QList<std::pair<const char *, ContactField>> columns; // a QList, not an initializer_list, to own its items
    };
    const Expectation expectations[] = {
        {"google-csv-current.header.csv",
         {{"First Name", F::GivenName},
          {"Last Name", F::FamilyName},
          {"Nickname", F::PreferredName},
          {"Organization Name", F::Organization},
          {"Organization Title", F::Role},
          {"Organization Department", F::Department},
          {"Birthday", F::Birthday},
          {"Notes", F::Notes},
          {"Labels", F::Tags},
          {"E-mail 1 - Label", F::EmailLabel},
          {"E-mail 1 - Value", F::Email},
          {"E-mail 2 - Label", F::EmailLabel},
          {"E-mail 2 - Value", F::Email},
          {"Phone 1 - Label", F::PhoneLabel},
          {"Phone 1 - Value", F::Phone},
          {"Address 1 - Formatted", F::FormattedAddress},
          {"Address 1 - Street", F::Street},
          {"Address 1 - City", F::Locality},
          {"Address 1 - PO Box", F::StreetLine2},
          {"Address 1 - Region", F::Region},
          {"Address 1 - Postal Code", F::PostalCode},
          {"Address 1 - Country", F::Country},
          {"Address 1 - Extended Address", F::StreetLine2}}},
        {"google-csv-legacy-2014.header.csv",
         {{"Name", F::FullName},
          {"Given Name", F::GivenName},
          {"Family Name", F::FamilyName},
          {"Nickname", F::PreferredName},
          {"Birthday", F::Birthday},
          {"Occupation", F::Ignore}, // yields to Organization 1 - Title
          {"Notes", F::Notes},
          {"Group Membership", F::Tags},
          {"E-mail 1 - Type", F::EmailLabel},
          {"E-mail 1 - Value", F::Email},
          {"E-mail 3 - Value", F::Email},
          {"Phone 1 - Type", F::PhoneLabel},
          {"Phone 1 - Value", F::Phone},
          {"Phone 3 - Value", F::Phone},
          {"Address 1 - Formatted", F::FormattedAddress},
          {"Address 1 - Street", F::Street},
          {"Address 1 - City", F::Locality},
          {"Address 1 - Region", F::Region},
          {"Address 1 - Postal Code", F::PostalCode},
          {"Address 1 - Country", F::Country},
          {"Organization 1 - Name", F::Organization},
          {"Organization 1 - Title", F::Role},
          {"Organization 1 - Department", F::Department}}},
        {"google-csv-legacy-with-language-photo.header.csv",
         {{"Given Name", F::GivenName},
          {"Family Name", F::FamilyName},
          {"Birthday", F::Birthday},
          {"Notes", F::Notes},
          {"Language", F::Languages},
          {"Group Membership", F::Tags},
          {"E-mail 1 - Value", F::Email},
          {"Phone 1 - Value", F::Phone},
          {"Address 1 - Street", F::Street},
          {"Address 1 - City", F::Locality},
          {"Address 1 - Postal Code", F::PostalCode},
          {"Organization 1 - Name", F::Organization},
          {"Organization 1 - Title", F::Role},
          {"Organization 1 - Department", F::Department}}},
        {"outlook-com-and-google-outlook-csv.header.csv",
         {{"First Name", F::GivenName},
          {"Last Name", F::FamilyName},
          {"Title", F::Ignore}, // the honorific; Job Title is the role
          {"Nickname", F::PreferredName},
          {"E-mail Address", F::Email},
          {"E-mail 2 Address", F::WorkEmail},
          {"Home Phone", F::HomePhone},
          {"Business Phone", F::WorkPhone},
          {"Mobile Phone", F::MobilePhone},
          {"Job Title", F::Role},
          {"Department", F::Department},
          {"Company", F::Organization},
          {"Home Street", F::Street},
          {"Home City", F::Locality},
          {"Home State", F::Region},
          {"Home Postal Code", F::PostalCode},
          {"Home Country/Region", F::Country},
          {"Birthday", F::Birthday},
          {"Notes", F::Notes}}},
        {"outlook-com-2014.header.csv",
         {{"First Name", F::GivenName},
          {"Last Name", F::FamilyName},
          {"Title", F::Ignore},
          {"Home Street", F::Street},
          {"Home City", F::Locality},
          {"Home State", F::Region},
          {"Home Postal Code", F::PostalCode},
          {"Home Country", F::Country},
          {"Company", F::Organization},
          {"Department", F::Department},
          {"Job Title", F::Role},
          {"Home Phone", F::HomePhone},
          {"Mobile Phone", F::MobilePhone},
          {"Birthday", F::Birthday},
          {"E-mail Address", F::Email},
          {"E-mail Type", F::Ignore}, // "SMTP", not a label
          {"Notes", F::Notes}}},
        {"outlook-desktop-classic.header.csv",
         {{"Title", F::Ignore},
          {"First Name", F::GivenName},
          {"Last Name", F::FamilyName},
          {"Company", F::Organization},
          {"Department", F::Department},
          {"Job Title", F::Role},
          {"Business Street", F::Ignore}, // one address: the home one
          {"Home Street", F::Street},
          {"Home Street 2", F::StreetLine2},
          {"Home Street 3", F::StreetLine2},
          {"Home City", F::Locality},
          {"Home State", F::Region},
          {"Home Postal Code", F::PostalCode},
          {"Home Country", F::Country},
          {"Home Address PO Box", F::StreetLine2},
          {"Home Phone", F::HomePhone},
          {"Mobile Phone", F::MobilePhone},
          {"Birthday", F::Birthday},
          {"Categories", F::Tags},
          {"E-mail Address", F::Email},
          {"Language", F::Languages},
          {"Notes", F::Notes}}},
        {"thunderbird.header.csv",
         {{"First Name", F::GivenName},
          {"Last Name", F::FamilyName},
          {"Display Name", F::FullName},
          {"Nickname", F::PreferredName},
          {"Primary Email", F::Email},
          {"Secondary Email", F::Email},
          {"Work Phone", F::WorkPhone},
          {"Home Phone", F::HomePhone},
          {"Mobile Number", F::MobilePhone},
          {"Home Address", F::Street},
          {"Home Address 2", F::StreetLine2},
          {"Home City", F::Locality},
          {"Home State", F::Region},
          {"Home ZipCode", F::PostalCode},
          {"Home Country", F::Country},
          {"Work Address", F::Ignore},
          {"Job Title", F::Role},
          {"Department", F::Department},
          {"Organization", F::Organization},
          {"Birth Year", F::BirthYear},
          {"Birth Month", F::BirthMonth},
          {"Birth Day", F::BirthDay},
          {"Notes", F::Notes}}},
    };
    if (!QDir(kSharedCsv + QStringLiteral("/headers")).exists())
        return; // ../shared/data is not beside this checkout
    for (const Expectation &e : expectations) {
        const QStringList header = referenceHeader(QString::fromLatin1(e.file));
        INFO(e.file);
        REQUIRE_FALSE(header.isEmpty());
        for (const auto &[column, field] : e.columns) {
            INFO(column);
            CHECK(header.contains(QString::fromLatin1(column)));
            CHECK(contactFieldKey(fieldOf(header, QString::fromLatin1(column))) == contactFieldKey(field));
        }
    }
}

TEST_CASE("the reference export samples import without losing organization, title or street",
          "[io][import][exportcolumns][shared]")
{
    if (!QDir(kSharedCsv).exists())
        return; // ../shared/data is not beside this checkout
    test::TempWorkspace ws;

    SECTION("a real legacy Google export")
    {
        auto table = tableOf(referenceSample(QStringLiteral("GPL3-bbdb-google-csv-legacy-export.csv")));
        REQUIRE(table.ok());
        // Its phone values are placeholders ("customphone 123-1234-1234"), which would refuse the row.
        const ImportPlan plan = planOf(ws.db(), table.value(),
                                       {QStringLiteral("Phone 1 - Value"), QStringLiteral("Phone 2 - Value"),
                                        QStringLiteral("Phone 3 - Value")});
        REQUIRE(plan.contacts.size() == 1);
        const Contact &c = plan.contacts.first();
        CHECK(c.givenName == QStringLiteral("test"));
        CHECK(c.organization == QStringLiteral("company-name"));
        CHECK(c.role == QStringLiteral("titledata"));
        CHECK(c.address.street == QStringLiteral("address main field"));
        CHECK(c.notes == QStringLiteral("notes data"));
        CHECK(c.tags.isEmpty()); // only "* My Contacts"
        CHECK(labelsOf(c.emails)
              == QStringList{QStringLiteral("home"), QStringLiteral("work"), QStringLiteral("Custom email")});
        // Its year-less birthday "   1-01-01" is reported, not guessed.
        REQUIRE(plan.problems.size() == 1);
        CHECK(plan.problems.first().column == QStringLiteral("Birthday"));
    }
    SECTION("Thunderbird's own export, with quotes and a line break inside a field")
    {
        auto table = tableOf(referenceSample(QStringLiteral("thunderbird-export-quoted-multiline.csv")));
        REQUIRE(table.ok());
        // Its addresses ("contact1@invalid") have no dot in the domain, which the validator refuses.
        const ImportPlan plan = planOf(ws.db(), table.value(), {QStringLiteral("Primary Email")});
        INFO(problemsOf(plan).toStdString());
        REQUIRE(plan.contacts.size() == 2);
        CHECK(plan.contacts.at(1).role == QStringLiteral("\"worker\""));
        CHECK(plan.contacts.at(1).notes == QStringLiteral("here's some unicode text…"));
    }
    SECTION("generated contacts keep each row's organization and street")
    {
        auto table = tableOf(referenceSample(QStringLiteral("fake-contacts-200.csv")));
        REQUIRE(table.ok());
        const ImportPlan plan = planOf(ws.db(), table.value());
        QHash<int, int> rowOfLine;
        for (int row = 0; row < table->rowCount(); ++row)
            rowOfLine.insert(table->lineOf(row), row);
        CHECK(plan.contacts.size() > table->rowCount() / 2);
        for (qsizetype i = 0; i < plan.contacts.size(); ++i) {
            const int row = rowOfLine.value(plan.lines.at(i), -1);
            REQUIRE(row >= 0);
            CHECK(plan.contacts.at(i).organization == table->value(row, QStringLiteral("Organization")).trimmed());
            CHECK(plan.contacts.at(i).address.street == table->value(row, QStringLiteral("Street")).trimmed());
            CHECK(plan.contacts.at(i).address.locality == table->value(row, QStringLiteral("City")).trimmed());
        }
    }
}

TEST_CASE("any mix of export columns and cell values imports without reading past a row",
          "[io][import][exportcolumns]")
{
    // Every header name the guesser knows from the exports, in a shuffled order, with short,
    // long and odd rows: label columns last or doubled, birthday parts out of range, blocks
    // of line breaks. The debug build asserts on any index out of range.
    const QStringList names{
        QStringLiteral("Given Name"),           QStringLiteral("E-mail 1 - Label"),   QStringLiteral("E-mail 1 - Value"),
        QStringLiteral("Phone 1 - Type"),       QStringLiteral("Phone 1 - Value"),    QStringLiteral("Address 1 - Formatted"),
        QStringLiteral("Address 1 - Street"),   QStringLiteral("Address 1 - PO Box"), QStringLiteral("Home Address 2"),
        QStringLiteral("Organization Name"),    QStringLiteral("Organization Title"), QStringLiteral("Department"),
        QStringLiteral("Birth Year"),           QStringLiteral("Birth Month"),        QStringLiteral("Birth Day"),
        QStringLiteral("Birthday"),             QStringLiteral("Labels"),             QStringLiteral("Title"),
        QStringLiteral("Occupation"),           QStringLiteral("Notes"),              QStringLiteral("Phone 2 - Label")};
    const QStringList values{QString(),
                             QStringLiteral("* Home"),
                             QStringLiteral(" ::: "),
                             QStringLiteral("*"),
                             QStringLiteral("\n\r\n"),
                             QStringLiteral("0/0/00"),
                             QStringLiteral("-1"),
                             QStringLiteral("2147483648"),
                             QStringLiteral("12"),
                             QStringLiteral("x@example.org"),
                             QStringLiteral("313 555 0101"),
                             QStringLiteral("\"quoted, \"\"text\"\"\"")};
    QRandomGenerator random(15);
    test::TempWorkspace ws;
    for (int round = 0; round < 20; ++round) {
        QStringList header = names;
        for (qsizetype i = header.size() - 1; i > 0; --i)
            header.swapItemsAt(i, random.bounded(int(i) + 1));
        header = header.mid(0, 1 + random.bounded(int(header.size())));
        if (!header.contains(QStringLiteral("Given Name")))
            header.prepend(QStringLiteral("Given Name"));
        QByteArray csv = header.join(u',').toUtf8() + '\n';
        for (int row = 0; row < 30; ++row) {
            QStringList cells{QStringLiteral("Name%1").arg(row)};
            const int width = random.bounded(int(header.size()) + 2); // short rows and ragged ones
            for (int i = 1; i < width; ++i) {
                const QString v = values.at(random.bounded(int(values.size())));
                cells << (v.contains(u'\n') ? u'"' + v + u'"' : v);
            }
            csv += cells.join(u',').toUtf8() + '\n';
        }
        auto table = tableOf(csv);
        REQUIRE(table.ok());
        ContactImport::Options options;
        options.mapping = guessContactFields(table->header());
        REQUIRE(options.mapping.size() == table->header().size());
        CHECK(ContactImport::plan(ws.db(), table.value(), options).ok());
    }
}
