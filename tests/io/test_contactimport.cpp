#include "contacts/contactdirectory.h"
#include "contacts/contactimport.h"
#include "contacts/contactrepository.h"
#include "io/csv.h"
#include "io/textdecoding.h"
#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QSqlQuery>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

int count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

Result<ImportPlan> planFor(Database &db, const QByteArray &data, DuplicateAction onDuplicate = DuplicateAction::Merge)
{
    const DecodedText decoded = decodeText(data);
    auto table = CsvTable::parse(decoded.text, detectDelimiter(decoded.text), true);
    if (!table)
        return table.error();
    ContactImport::Options options;
    options.mapping = guessContactFields(table->header());
    options.onDuplicate = onDuplicate;
    return ContactImport::plan(db, table.value(), options);
}

const QByteArray kGoogle = "Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
                           "Address 1 - City,Address 1 - Region,Address 1 - Postal Code,Group Membership,Notes\n"
                           "Amina Rahman,Amina,Rahman,Home,amina@example.org,Mobile,(313) 555-0101,Dearborn,MI,48126,"
                           "* myContacts ::: Volunteers,\"Met at the iftar,\nwants to help\"\n"
                           "محمد علي,محمد,علي,Home,m.ali@example.org,,,Dearborn,MI,48126,* myContacts,\n";

} // namespace

TEST_CASE("text files are decoded whatever program wrote them", "[io][import]")
{
    const QString text = QStringLiteral("name\nJosé Núñez\nمحمد\n");
    CHECK(decodeText("\xEF\xBB\xBF" + text.toUtf8()).encoding == QStringLiteral("UTF-8"));
    CHECK(decodeText("\xEF\xBB\xBF" + text.toUtf8()).text == text);
    CHECK(decodeText(text.toUtf8()).text == text);
    QStringEncoder utf16le(QStringEncoder::Utf16LE);
    const QByteArray le = utf16le(text);
    CHECK(decodeText("\xFF\xFE" + le).text == text);
    CHECK(decodeText(le).encoding == QStringLiteral("UTF-16LE")); // Excel's "Unicode text" without a mark
    CHECK(decodeText(le).text == text);
    const DecodedText windows = decodeText("name\nJos\xE9 \x93quoted\x94\n");
    CHECK(windows.encoding == QStringLiteral("Windows-1252"));
    CHECK(windows.text == QStringLiteral("name\nJosé “quoted”\n"));
}

TEST_CASE("the separator is found: comma, semicolon, tab", "[io][import]")
{
    CHECK(detectDelimiter(QStringLiteral("a,b,c\n1,2,3\n")) == u',');
    CHECK(detectDelimiter(QStringLiteral("a;b;c\n1,5;2;3\n")) == u';'); // European Excel: decimal commas
    CHECK(detectDelimiter(QStringLiteral("a\tb\n\"x, y\"\tz\n")) == u'\t');
}

TEST_CASE("column names of common exports map themselves", "[io][import]")
{
    const auto google = guessContactFields({QStringLiteral("Given Name"), QStringLiteral("Family Name"),
                                            QStringLiteral("E-mail 1 - Value"), QStringLiteral("Phone 1 - Value"),
                                            QStringLiteral("Group Membership"), QStringLiteral("Birthday")});
    CHECK(google == QList<ContactField>{ContactField::GivenName, ContactField::FamilyName, ContactField::Email,
                                        ContactField::Phone, ContactField::Tags, ContactField::Birthday});
    const auto outlook = guessContactFields({QStringLiteral("First Name"), QStringLiteral("Last Name"),
                                             QStringLiteral("E-mail Address"), QStringLiteral("Mobile Phone"),
                                             QStringLiteral("Home Street"), QStringLiteral("Home Postal Code"),
                                             QStringLiteral("Company"), QStringLiteral("Job Title"), QStringLiteral("Categories")});
    CHECK(outlook == QList<ContactField>{ContactField::GivenName, ContactField::FamilyName, ContactField::Email,
                                         ContactField::MobilePhone, ContactField::Street, ContactField::PostalCode,
                                         ContactField::Organization, ContactField::Role, ContactField::Tags});
    const auto organizing = guessContactFields({QStringLiteral("first_name"), QStringLiteral("last_name"),
                                                QStringLiteral("email"), QStringLiteral("zip_code"), QStringLiteral("State"),
                                                QStringLiteral("CD"), QStringLiteral("tag_list"), QStringLiteral("favourite colour")});
    CHECK(organizing == QList<ContactField>{ContactField::GivenName, ContactField::FamilyName, ContactField::Email,
                                            ContactField::PostalCode, ContactField::UsState, ContactField::District,
                                            ContactField::Tags, ContactField::Ignore});
}

TEST_CASE("a dry run shows what would be created and merged, and the run does it in one transaction", "[io][import]")
{
    test::TempWorkspace ws;
    const QString existing = test::addConstituent(ws.db(), QStringLiteral("Amina"), QStringLiteral("R."), QStringLiteral("MI"), 12);
    {
        Contact c = ContactRepository(ws.db()).get(existing).value();
        c.emails = {{QStringLiteral("home"), QStringLiteral("AMINA@example.org")}};
        REQUIRE(ContactRepository(ws.db()).update(c).ok());
    }
    auto plan = planFor(ws.db(), kGoogle);
    REQUIRE(plan.ok());
    CHECK(plan->rowsRead == 2);
    CHECK(plan->problems.isEmpty());
    REQUIRE(plan->matches.size() == 1);
    CHECK(plan->matches.first().existingId == existing);
    CHECK(plan->matches.first().reason.contains(QStringLiteral("same email")));
    CHECK(plan->toCreate() == 1);
    CHECK(plan->toMerge() == 1);
    CHECK(plan->contacts.at(0).tags == QStringList{QStringLiteral("Volunteers")}); // not Google's "* myContacts"
    CHECK(plan->contacts.at(0).notes == QStringLiteral("Met at the iftar,\nwants to help"));
    CHECK(plan->contacts.at(1).givenName == QStringLiteral("محمد"));
    CHECK(count(ws.db(), QStringLiteral("SELECT count(*) FROM contacts")) == 1); // a dry run writes nothing

    auto result = ContactImport::run(ws.db(), plan.value());
    REQUIRE(result.ok());
    CHECK(result->created == 1);
    CHECK(result->merged == 1);
    CHECK(count(ws.db(), QStringLiteral("SELECT count(*) FROM contacts")) == 2);
    const Contact merged = ContactRepository(ws.db()).get(existing).value();
    CHECK(merged.familyName == QStringLiteral("R.")); // kept, not overwritten
    CHECK(merged.phones.size() == 1);                  // added from the file
    CHECK(merged.phones.first().value == QStringLiteral("+13135550101"));
    CHECK(merged.tags.contains(QStringLiteral("Volunteers")));
    CHECK(merged.address.postalCode == QStringLiteral("48126"));

    SECTION("importing the same file again with skip adds nobody")
    {
        auto again = planFor(ws.db(), kGoogle, DuplicateAction::Skip);
        REQUIRE(again.ok());
        CHECK(again->matches.size() == 2);
        auto skipped = ContactImport::run(ws.db(), again.value());
        REQUIRE(skipped.ok());
        CHECK(skipped->skipped == 2);
        CHECK(count(ws.db(), QStringLiteral("SELECT count(*) FROM contacts")) == 2);
    }
}

TEST_CASE("bad rows are reported with line, column and reason, and a cancelled import changes nothing", "[io][import]")
{
    test::TempWorkspace ws;
    const QByteArray data = "first_name;last_name;email;state;birthday\n"
                            "Amina;Rahman;amina@example.org;MI;1990-04-01\n"
                            "Bilal;Haddad;not-an-email;MI;\n"
                            ";;;;\n"
                            "Chen;Li;chen@example.org;ZZ;31/31/2000\n"
                            "Dina;Saleh;dina@example.org;MI;;extra;fields\n";
    auto plan = planFor(ws.db(), data);
    REQUIRE(plan.ok());
    CHECK(plan->contacts.size() == 2); // Amina and Dina; the blank row is nobody
    QStringList seen;
    for (const ImportProblem &p : plan->problems)
        seen << QStringLiteral("%1:%2").arg(p.line).arg(p.column);
    CHECK(seen.contains(QStringLiteral("3:email")));
    CHECK(seen.contains(QStringLiteral("5:state")));
    CHECK(seen.contains(QStringLiteral("6:"))); // the ragged line
    auto report = CsvTable::parse(ContactImport::problemsCsv(plan.value()));
    REQUIRE(report.ok());
    CHECK(report->rowCount() == plan->problems.size());

    const int changesBefore = count(ws.db(), QStringLiteral("SELECT count(*) FROM change_log"));
    auto cancelled = ContactImport::run(ws.db(), plan.value(), [](int done, int) { return done < 1; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message.contains(QStringLiteral("cancelled")));
    CHECK(count(ws.db(), QStringLiteral("SELECT count(*) FROM contacts")) == 0);
    CHECK(count(ws.db(), QStringLiteral("SELECT count(*) FROM change_log")) == changesBefore);
}

TEST_CASE("files that are not contact lists are refused with a reason", "[io][import]")
{
    test::TempWorkspace ws;
    CHECK_FALSE(planFor(ws.db(), QByteArray()).ok());
    auto binary = planFor(ws.db(), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    REQUIRE_FALSE(binary.ok());
    CHECK(binary.error().message.contains(QStringLiteral("name")));
    CHECK_FALSE(planFor(ws.db(), "name,email\n\"Amina,amina@example.org\n").ok()); // cut short inside quotes
}

TEST_CASE("a 50 MB file parses without trouble", "[io][import][large]")
{
    QByteArray data = "first_name,last_name,email,phone,city,notes\n";
    data.reserve(52 * 1024 * 1024);
    int rows = 0;
    while (data.size() < 50 * 1024 * 1024) {
        data += "Amina,Rahman " + QByteArray::number(rows) + ",amina" + QByteArray::number(rows)
                + "@example.org,+1 313 555 0101,Dearborn,\"A note, with a comma and a \"\"quote\"\"\"\n";
        ++rows;
    }
    const DecodedText decoded = decodeText(data);
    auto table = CsvTable::parse(decoded.text, detectDelimiter(decoded.text), true);
    REQUIRE(table.ok());
    CHECK(table->rowCount() == rows);
    CHECK(table->value(rows - 1, QStringLiteral("notes")) == QStringLiteral("A note, with a comma and a \"quote\""));
}
