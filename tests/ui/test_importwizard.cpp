#include "contacts/contactdirectory.h"
#include "contacts/contactrepository.h"
#include "contacts/importwizard.h"
#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/encodedtext.h"
#include "support/screenshot.h"
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

TEST_CASE("the import wizard shows the detected encoding, previews it, and imports in the one chosen",
          "[ui][import][encoding]")
{
    test::TempWorkspace ws;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("arabic.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(test::encodedAs(QStringLiteral("First Name,Last Name,E-mail Address\r\n"
                                                  "محمد,علي,m.ali@example.org\r\n"
                                                  "فاطمة,الزهراء,fatima@example.org\r\n"),
                                   "windows-1256"));
    }
    ImportWizard wizard(ws.db());
    wizard.show(); // on its first page, for the pictures
    REQUIRE(wizard.loadFile(path));
    auto *encoding = wizard.findChild<QComboBox *>(QStringLiteral("importEncoding"));
    auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("importPreview"));
    REQUIRE(encoding);
    REQUIRE(preview);
    CHECK(wizard.encoding() == TextEncoding::Windows1256);
    CHECK(encoding->currentData().toInt() == int(TextEncoding::Windows1256));
    CHECK(encoding->currentText().contains(QStringLiteral("Windows-1256")));
    REQUIRE(preview->rowCount() == 2);
    CHECK(preview->horizontalHeaderItem(0)->text() == QStringLiteral("First Name"));
    CHECK(preview->item(0, 0)->text() == QStringLiteral("محمد"));
    CHECK(preview->item(1, 1)->text() == QStringLiteral("الزهراء"));
    test::saveScreenshot(wizard, QStringLiteral("import-encoding-arabic.png"));

    // Choosing another encoding in the list reads the file again: the preview and the mapping
    // page's samples change with it, and so would the import.
    const int western = encoding->findData(int(TextEncoding::Windows1252));
    encoding->setCurrentIndex(western);
    emit encoding->activated(western);
    CHECK(wizard.encoding() == TextEncoding::Windows1252);
    CHECK(preview->item(0, 0)->text() == QStringLiteral("ãÍãÏ"));
    auto *mapping = wizard.findChild<QTableWidget *>(QStringLiteral("importMapping"));
    CHECK(mapping->item(0, 1)->text().contains(QStringLiteral("ãÍãÏ")));
    test::saveScreenshot(wizard, QStringLiteral("import-encoding-western.png"));

    // An encoding that cannot read the bytes says where, and the wizard will not go on.
    REQUIRE_FALSE(wizard.setEncoding(TextEncoding::Utf8));
    CHECK(wizard.findChild<QLabel *>(QStringLiteral("importFileInfo"))->text().contains(QStringLiteral("Line 2")));
    CHECK(preview->rowCount() == 0);
    CHECK_FALSE(wizard.preparePlan());

    REQUIRE(wizard.setEncoding(TextEncoding::Windows1256));
    REQUIRE(wizard.preparePlan());
    REQUIRE(wizard.runImport());
    CHECK(wizard.result()->created == 2);
    auto contacts = ContactRepository(ws.db()).getMany({});
    REQUIRE(contacts);
    QStringList given;
    for (const Contact &c : contacts.value())
        given << c.givenName;
    given.sort();
    CHECK(given == QStringList{QStringLiteral("فاطمة"), QStringLiteral("محمد")});
}
