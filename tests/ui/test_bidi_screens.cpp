// Issue 15 on the partner, report and sync screens: an Arabic or mixed record is shown with
// Unicode isolates (names by their first strong letter, ids, numbers and links left to right),
// while what is edited, copied or stored stays the text as typed.

#include "i18n/bidi.h"
#include "partners/organizationrepository.h"
#include "partners/partnerbrowser.h"
#include "partners/partnerspage.h"
#include "partners/signonletters.h"
#include "partners/signonletterspanel.h"
#include "reports/reportspage.h"
#include "support/catchqt.h"
#include "support/findchild.h"
#include "support/tempworkspace.h"
#include "sync/conflictlogmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <catch2/catch.hpp>

using namespace majlis;
using test::child;

namespace {

const QChar kLri(0x2066);
const QChar kFsi(0x2068);
const QChar kPdi(0x2069);

QString fsi(const QString &text)
{
    return kFsi + text + kPdi;
}

QString lri(const QString &text)
{
    return kLri + text + kPdi;
}

const QString kMasjid = QStringLiteral("مسجد النور");
const QString kRights = QStringLiteral("حقوق مدنية");

QString addPartner(Database &db, const QString &name, const QStringList &areas)
{
    Organization o;
    o.name = name;
    o.kind = OrganizationKind::Mosque;
    o.issueAreas = areas;
    o.city = QStringLiteral("ديربورن");
    o.website = QStringLiteral("https://noor.example/ar");
    o.status = PartnerStatus::Active;
    auto created = OrganizationRepository(db).create(o);
    REQUIRE(created.ok());
    return created->id;
}

// Ctrl+C on the current cell, as a user copies into a spreadsheet.
QString copied(QAbstractItemView *view)
{
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    return QApplication::clipboard()->text();
}

} // namespace

TEST_CASE("the partner list isolates Arabic names and areas; the editor, the clipboard and the record stay clean",
    "[ui][bidi][partners]")
{
    test::TempWorkspace ws;
    const QString id = addPartner(ws.db(), kMasjid, {kRights, QStringLiteral("voting")});
    addPartner(ws.db(), QStringLiteral("CAIR Michigan (Dearborn)"), {QStringLiteral("voting")});

    PartnersPage page(ws.db());
    page.show();
    auto *table = child<QTableWidget>(&page, QStringLiteral("partnerTable"));
    REQUIRE(table->rowCount() == 2);
    int arabicRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, PartnerBrowser::NameColumn)->data(Qt::UserRole).toString() == id)
            arabicRow = row;
    }
    REQUIRE(arabicRow >= 0);
    CHECK(table->item(arabicRow, PartnerBrowser::NameColumn)->text() == fsi(kMasjid));
    CHECK(table->item(arabicRow, PartnerBrowser::CityColumn)->text() == fsi(QStringLiteral("ديربورن")));
    // Each area on its own, so the comma stays between them in a right-to-left line.
    CHECK(table->item(arabicRow, PartnerBrowser::AreasColumn)->text()
        == fsi(kRights) + QStringLiteral(", ") + fsi(QStringLiteral("voting")));
    CHECK(table->item(1 - arabicRow, PartnerBrowser::NameColumn)->text()
        == fsi(QStringLiteral("CAIR Michigan (Dearborn)")));

    table->setFocus();
    table->setCurrentCell(arabicRow, PartnerBrowser::NameColumn);
    CHECK(copied(table) == kMasjid);

    // The details are edited, and what is edited is saved: no isolates there.
    REQUIRE(page.partners()->selectPartner(id));
    CHECK(child<QLineEdit>(&page, QStringLiteral("partnerNameEdit"))->text() == kMasjid);
    CHECK(child<QLineEdit>(&page, QStringLiteral("partnerWebsiteEdit"))->text() == QStringLiteral("https://noor.example/ar"));
    auto stored = OrganizationRepository(ws.db()).get(id);
    REQUIRE(stored.ok());
    CHECK(stored->name == kMasjid);
    CHECK(stored->issueAreas == QStringList {kRights, QStringLiteral("voting")});
}

TEST_CASE("a sign-on letter's link reads left to right in its rich-text line, its title and signers by their letters",
    "[ui][bidi][partners]")
{
    test::TempWorkspace ws;
    const QString partner = addPartner(ws.db(), kMasjid, {});
    SignOnLetter letter;
    letter.title = QStringLiteral("رسالة حول حظر السفر");
    letter.link = QStringLiteral("https://letters.example/ban?lang=ar");
    auto created = SignOnLetters(ws.db()).create(letter);
    REQUIRE(created.ok());
    REQUIRE(SignOnLetters(ws.db()).ask(created->id, {partner}).ok());

    SignOnLettersPanel panel(ws.db());
    auto *list = child<QListWidget>(&panel, QStringLiteral("letterList"));
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(fsi(letter.title) + u'\n'));
    CHECK(child<QLabel>(&panel, QStringLiteral("letterTitle"))->text() == fsi(letter.title));
    const QString info = child<QLabel>(&panel, QStringLiteral("letterInfo"))->text();
    // The address stays as it is in href; only the shown text is isolated (Qt's rich text has no <bdi>).
    CHECK(info.contains(QStringLiteral("href=\"https://letters.example/ban?lang=ar\"")));
    CHECK(info.contains(lri(QStringLiteral("https://letters.example/ban?lang=ar"))));
    CHECK(child<QLabel>(&panel, QStringLiteral("letterPending"))->text().contains(fsi(kMasjid)));
}

TEST_CASE("the conflict log isolates record names and typed values, numbers and ids left to right",
    "[ui][bidi][sync]")
{
    ConflictLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    sync::ConflictEntry name;
    name.id = QStringLiteral("c1");
    name.table = QStringLiteral("contacts");
    name.rowId = QStringLiteral("7a1be3c2-0000");
    name.rowLabel = QStringLiteral("فاطمة الزهراء");
    name.field = QStringLiteral("family_name");
    name.kept = QStringLiteral("الزهراء");
    name.lost = QStringLiteral("Al-Zahra");
    name.lostDevice = QStringLiteral("0f3c9a7e-laptop-b");
    sync::ConflictEntry phone = name;
    phone.id = QStringLiteral("c2");
    phone.table = QStringLiteral("contact_phones");
    phone.rowLabel.clear();
    phone.field = QStringLiteral("e164");
    phone.kept = QStringLiteral("+13135550100");
    phone.lost = QJsonValue();
    model.setEntries({name, phone});

    auto shown = [&](int row, int column) { return model.index(row, column).data().toString(); };
    CHECK(shown(0, ConflictLogModel::RecordColumn) == fsi(name.rowLabel));
    CHECK(shown(0, ConflictLogModel::KeptColumn) == fsi(QStringLiteral("الزهراء")));
    CHECK(shown(0, ConflictLogModel::LostColumn) == fsi(QStringLiteral("Al-Zahra")));
    CHECK(shown(0, ConflictLogModel::DeviceColumn).endsWith(lri(QStringLiteral("0f3c9a7e"))));
    // A phone number is a left-to-right value whatever its neighbours.
    CHECK(shown(1, ConflictLogModel::KeptColumn) == lri(QStringLiteral("+13135550100")));
    CHECK(model.index(1, ConflictLogModel::KeptColumn).data(Qt::ToolTipRole).toString() == lri(QStringLiteral("+13135550100")));
    // The dash for "no value" is the interface's own text, not a value to isolate.
    CHECK(shown(1, ConflictLogModel::LostColumn) == QStringLiteral("—"));
    CHECK(shown(1, ConflictLogModel::RecordColumn).endsWith(lri(QStringLiteral("7a1be3c2"))));
    // The value as such (what Restore writes back) is never isolated.
    CHECK(ConflictLogModel::displayValue(phone.kept) == QStringLiteral("+13135550100"));
}

TEST_CASE("the issue-area report isolates Arabic areas and partner names in its table and chart, not its counts",
    "[ui][bidi][reports]")
{
    test::TempWorkspace ws;
    addPartner(ws.db(), kMasjid, {kRights});
    addPartner(ws.db(), QStringLiteral("CAIR Michigan"), {kRights});

    ReportsPage page(ws.db());
    page.show();
    QTableWidget *table = page.table(ReportsPage::AreaReport);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == fsi(kRights));
    CHECK(table->item(0, 1)->text() == QLocale().toString(2)); // a lone count needs no isolate
    const QString names = table->item(0, 2)->text();
    CHECK(names.contains(fsi(kMasjid)));
    CHECK(names.contains(fsi(QStringLiteral("CAIR Michigan"))));

    QChart *chart = page.chartView(ReportsPage::AreaReport)->chart();
    QBarCategoryAxis *axis = nullptr;
    for (QAbstractAxis *a : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(a))
            axis = categories;
    }
    REQUIRE(axis);
    CHECK(axis->categories() == QStringList {fsi(kRights)});

    table->setFocus();
    table->setCurrentCell(0, 2);
    CHECK(copied(table) == bidi::clean(names));
    CHECK_FALSE(copied(table).contains(kFsi));
}
