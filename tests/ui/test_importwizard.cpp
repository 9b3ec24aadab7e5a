#include "contacts/contactdirectory.h"
#include "contacts/importwizard.h"
#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace majlis;

TEST_CASE("the import wizard reads, maps, reviews and imports a spreadsheet", "[ui][import]")
{
    test::TempWorkspace ws;
    const QString existing = test::addConstituent(ws.db(), QStringLiteral("Amina"), QStringLiteral("Rahman"), QStringLiteral("MI"), 12);
    Q_UNUSED(existing);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("members.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("First Name\tLast Name\tE-mail Address\tHome Postal Code\tShoe size\n"
                   "Amina\tRahman\tamina@example.org\t\t38\n"
                   "Bilal\tHaddad\tbilal@example.org\t48126\t44\n"
                   "Chen\tLi\tnot an email\t\t40\n");
    }
    ImportWizard wizard(ws.db());
    REQUIRE(wizard.loadFile(path));
    CHECK(wizard.findChild<QLabel *>(QStringLiteral("importFileInfo"))->text().contains(QStringLiteral("tab")));
    auto *mapping = wizard.findChild<QTableWidget *>(QStringLiteral("importMapping"));
    REQUIRE(mapping->rowCount() == 5);
    auto fieldOf = [&](int row) { return qobject_cast<QComboBox *>(mapping->cellWidget(row, 2))->currentData().toInt(); };
    CHECK(fieldOf(0) == int(ContactField::GivenName));
    CHECK(fieldOf(2) == int(ContactField::Email));
    CHECK(fieldOf(4) == int(ContactField::Ignore)); // a column nobody can guess
    CHECK(mapping->item(1, 1)->text().contains(QStringLiteral("Haddad")));

    REQUIRE(wizard.preparePlan());
    CHECK(wizard.plan().toCreate() == 2);
    CHECK(wizard.plan().problems.size() == 1);
    CHECK(wizard.findChild<QTableWidget *>(QStringLiteral("importProblems"))->rowCount() == 1);
    CHECK(wizard.findChild<QTableWidget *>(QStringLiteral("importMatches"))->rowCount() == 0);
    CHECK(ContactDirectory(ws.db()).count({}).value() == 1); // nothing written before the last step

    REQUIRE(wizard.runImport());
    REQUIRE(wizard.result());
    CHECK(wizard.result()->created == 2);
    CHECK(ContactDirectory(ws.db()).count({}).value() == 3);
}
