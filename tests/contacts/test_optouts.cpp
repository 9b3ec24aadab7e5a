#include "contacts/contactexport.h"
#include "contacts/contactimport.h"
#include "contacts/contactmerger.h"
#include "contacts/contactrepository.h"
#include "contacts/optouts.h"
#include "io/csv.h"
#include "io/textdecoding.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <catch2/catch.hpp>

using namespace majlis;
using namespace majlis::test;

namespace {

Contact person(const QString &given, const QString &email)
{
    Contact c;
    c.givenName = given;
    c.familyName = QStringLiteral("Rahman");
    c.emails = {{QStringLiteral("home"), email}};
    return c;
}

Result<ImportResult> importCsv(Database &db, const QByteArray &data)
{
    const DecodedText decoded = decodeText(data);
    auto table = CsvTable::parse(decoded.text, detectDelimiter(decoded.text), true);
    REQUIRE(table.ok());
    ContactImport::Options options;
    options.mapping = guessContactFields(table->header());
    options.onDuplicate = DuplicateAction::Merge;
    auto plan = ContactImport::plan(db, table.value(), options);
    REQUIRE(plan.ok());
    return ContactImport::run(db, plan.value());
}

} // namespace

TEST_CASE("an opt-out is set and lifted only on purpose, and each change is in the person's history",
          "[contacts][optout]")
{
    TempWorkspace ws;
    ContactRepository contacts(ws.db());
    auto saved = contacts.create(person(QStringLiteral("Yusuf"), QStringLiteral("yusuf@example.org")));
    REQUIRE(saved.ok());
    OptOuts optOuts(ws.db());
    REQUIRE(optOuts.set(saved->id, QStringLiteral("requested")).ok());
    CHECK(contacts.get(saved->id)->doNotContact == QStringLiteral("requested"));
    CHECK_FALSE(optOuts.set(saved->id, QStringLiteral("annoyed")).ok());

    // An editor that loaded the contact before the opt-out saves it afterwards: the opt-out stays.
    Contact stale = saved.value();
    stale.notes = QStringLiteral("Prefers evenings");
    REQUIRE(contacts.update(stale).ok());
    CHECK(contacts.get(saved->id)->doNotContact == QStringLiteral("requested"));

    REQUIRE(optOuts.lift(saved->id).ok());
    CHECK(contacts.get(saved->id)->doNotContact.isEmpty());
    QStringList kinds;
    for (const Activity &a : contacts.history(saved->id).value())
        kinds.append(a.kind);
    CHECK(kinds.contains(QStringLiteral("opted_out")));
    CHECK(kinds.contains(QStringLiteral("opted_in")));
    CHECK(optOuts.lift(QStringLiteral("nobody")).error().code == Error::Code::NotFound);
}

TEST_CASE("opt-outs travel through a spreadsheet: exported, imported as new people and onto people already here",
          "[contacts][optout][io]")
{
    TempWorkspace source;
    ContactRepository contacts(source.db());
    const QString id = contacts.create(person(QStringLiteral("Aisha"), QStringLiteral("aisha@example.org")))->id;
    REQUIRE(contacts.create(person(QStringLiteral("Bashir"), QStringLiteral("bashir@example.org"))).ok());
    REQUIRE(OptOuts(source.db()).set(id, QStringLiteral("hostile")).ok());
    const QByteArray csv = ContactExport::csv(contacts.getMany().value());
    CHECK(csv.contains("Do Not Contact"));

    SECTION("into an empty workspace")
    {
        TempWorkspace target;
        REQUIRE(importCsv(target.db(), csv).ok());
        for (const Contact &c : ContactRepository(target.db()).getMany().value())
            CHECK(c.doNotContact == (c.givenName == QStringLiteral("Aisha") ? QStringLiteral("hostile") : QString()));
    }
    SECTION("onto the same people, matched by email")
    {
        TempWorkspace target;
        ContactRepository here(target.db());
        REQUIRE(here.create(person(QStringLiteral("Aisha"), QStringLiteral("aisha@example.org"))).ok());
        REQUIRE(importCsv(target.db(), csv).ok());
        const auto all = here.getMany().value();
        REQUIRE(all.size() == 2);
        for (const Contact &c : all)
            CHECK(c.doNotContact == (c.givenName == QStringLiteral("Aisha") ? QStringLiteral("hostile") : QString()));
    }
    SECTION("a yes or a note in another program's column is an opt-out, a no is not")
    {
        TempWorkspace target;
        REQUIRE(importCsv(target.db(), "First Name,Last Name,Email,Do Not Call\r\n"
                                       "Omar,Said,omar@example.org,Yes\r\n"
                                       "Rania,Said,rania@example.org,asked in 2024\r\n"
                                       "Sami,Said,sami@example.org,No\r\n")
                    .ok());
        for (const Contact &c : ContactRepository(target.db()).getMany().value())
            CHECK(c.doNotContact == (c.givenName == QStringLiteral("Sami") ? QString() : QStringLiteral("requested")));
    }
}

TEST_CASE("merging two records of one person keeps either's opt-out, and undo puts it back", "[contacts][optout][merge]")
{
    TempWorkspace ws;
    ContactRepository contacts(ws.db());
    const QString keep = contacts.create(person(QStringLiteral("Huda"), QStringLiteral("huda@example.org")))->id;
    const QString gone = contacts.create(person(QStringLiteral("Huda"), QStringLiteral("huda.r@example.org")))->id;
    REQUIRE(OptOuts(ws.db()).set(gone, QStringLiteral("requested")).ok());
    ContactMerger merger(ws.db());
    auto record = merger.merge(keep, gone, contacts.get(keep).value());
    REQUIRE(record.ok());
    CHECK(contacts.get(keep)->doNotContact == QStringLiteral("requested"));
    REQUIRE(merger.undo(record.value()).ok());
    CHECK(contacts.get(keep)->doNotContact.isEmpty());
    CHECK(contacts.get(gone)->doNotContact == QStringLiteral("requested"));
}
