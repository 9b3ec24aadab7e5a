#include "contacts/contactdirectory.h"
#include "contacts/contactrepository.h"
#include "contacts/contacttablemodel.h"
#include "contacts/optouts.h"
#include "contacts/phoneregion.h"
#include "demo/demodata.h"
#include "i18n/bidi.h"
#include "shell/plaincopy.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QTableView>
#include <QTest>
#include <QSet>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

Contact named(const QString &given, const QString &family)
{
    Contact c;
    c.givenName = given;
    c.familyName = family;
    return c;
}

} // namespace

TEST_CASE("the contact table model fetches pages lazily and passes the model tester")
{
    test::TempWorkspace ws;
    REQUIRE(DemoData::populate(ws.db(), 650, 7));

    ContactTableModel model(ws.db());
    model.setQuery({});
    CHECK(model.totalCount() == 650);
    CHECK(model.rowCount() == ContactTableModel::kPageSize);
    CHECK(model.columnCount() == ContactTableModel::ColumnCount);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * ContactTableModel::kPageSize);

    // The tester fetches pages itself as it checks the model.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 650);

    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.data(model.index(row, 0), ContactTableModel::ContactIdRole).toString());
    CHECK(ids.size() == 650); // every contact once, none twice across pages
}

TEST_CASE("the contact table model shows and sorts by the chosen column")
{
    test::TempWorkspace ws;
    ContactRepository contacts(ws.db());
    Contact zaid = named(QStringLiteral("Zaid"), QStringLiteral("Abbas"));
    zaid.emails = {{{}, QStringLiteral("zaid@example.org")}};
    zaid.usState = QStringLiteral("MI");
    zaid.district = 12;
    REQUIRE(contacts.create(zaid));
    REQUIRE(contacts.create(named(QStringLiteral("Amina"), QStringLiteral("Yusuf"))));
    REQUIRE(contacts.create(named(QStringLiteral("Bilal"), QStringLiteral("Mirza"))));

    ContactTableModel model(ws.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery({});
    REQUIRE(model.rowCount() == 3);
    CHECK(model.data(model.index(0, ContactTableModel::NameColumn), Qt::EditRole).toString() == QStringLiteral("Zaid Abbas"));
    CHECK(model.data(model.index(0, ContactTableModel::EmailColumn), Qt::EditRole).toString() == QStringLiteral("zaid@example.org"));
    CHECK(model.data(model.index(0, ContactTableModel::DistrictColumn), Qt::EditRole).toString() == QStringLiteral("MI-12"));
    CHECK(model.headerData(ContactTableModel::PhoneColumn, Qt::Horizontal).toString() == QStringLiteral("Phone"));

    model.sort(ContactTableModel::NameColumn, Qt::DescendingOrder);
    CHECK(model.data(model.index(0, ContactTableModel::NameColumn), Qt::EditRole).toString() == QStringLiteral("Amina Yusuf"));
    CHECK(model.data(model.index(2, ContactTableModel::NameColumn), Qt::EditRole).toString() == QStringLiteral("Zaid Abbas"));
}

TEST_CASE("the contact table model filters by search text and reloads after changes")
{
    test::TempWorkspace ws;
    ContactRepository contacts(ws.db());
    const auto jose = contacts.create(named(QStringLiteral("José"), QStringLiteral("Núñez")));
    REQUIRE(jose);
    REQUIRE(contacts.create(named(QStringLiteral("Mariam"), QStringLiteral("Haddad"))));

    ContactTableModel model(ws.db());
    int signalled = -1;
    QObject::connect(&model, &ContactTableModel::totalCountChanged, [&](int total) { signalled = total; });
    ContactQuery query;
    query.search = QStringLiteral("jose");
    model.setQuery(query);
    CHECK(model.rowCount() == 1);
    CHECK(signalled == 1);
    CHECK(model.contactId(0) == jose->id);
    CHECK(model.rowOf(jose->id) == 0);

    REQUIRE(contacts.remove({jose->id}));
    model.reload();
    CHECK(model.rowCount() == 0);
    CHECK(model.totalCount() == 0);
    CHECK(signalled == 0);
}

TEST_CASE("the contact list isolates what it shows and keeps the stored values clean", "[bidi][phone][display]")
{
    test::TempWorkspace ws;
    REQUIRE(phoneregion::setWorkspaceRegion(ws.db(), QStringLiteral("US")));
    ContactRepository contacts(ws.db());
    Contact fatima = named(QStringLiteral("فاطمة"), QStringLiteral("الزهراء"));
    fatima.emails = {{{}, QStringLiteral("fatima@example.org")}};
    fatima.phones = {{{}, QStringLiteral("+1 313 555 0100")}};
    fatima.usState = QStringLiteral("MI");
    fatima.district = 12;
    REQUIRE(contacts.create(fatima));
    Contact omar = named(QStringLiteral("عمر"), QStringLiteral("خان"));
    omar.phones = {{{}, QStringLiteral("+44 20 7946 0958")}};
    REQUIRE(contacts.create(omar));
    Contact kept = named(QStringLiteral("Yusuf"), QStringLiteral("Ali"));
    kept.phones = {{{}, QStringLiteral("+1 313 555 0101")}};
    const auto keptId = contacts.create(kept);
    REQUIRE(keptId);
    test::storePhoneAsTyped(ws.db(), keptId->id, QStringLiteral("ask Omar for it"));

    ContactTableModel model(ws.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery({});
    REQUIRE(model.rowCount() == 3);
    const auto rowOf = [&](const QString &given) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.data(model.index(row, ContactTableModel::NameColumn), Qt::EditRole).toString().startsWith(given))
                return row;
        }
        FAIL("no row for " << given.toStdString());
        return -1;
    };
    const auto shown = [&](int row, int column, int role = Qt::DisplayRole) { return model.data(model.index(row, column), role); };
    const QString lri(QChar(0x2066)), fsi(QChar(0x2068)), pdi(QChar(0x2069));

    // A U.S. contact's U.S. number reads the national way, left to right in an Arabic list.
    const int f = rowOf(QStringLiteral("فاطمة"));
    CHECK(shown(f, ContactTableModel::PhoneColumn).toString() == lri + QStringLiteral("(313) 555-0100") + pdi);
    CHECK(shown(f, ContactTableModel::EmailColumn).toString() == lri + QStringLiteral("fatima@example.org") + pdi);
    CHECK(shown(f, ContactTableModel::DistrictColumn).toString() == lri + QStringLiteral("MI-12") + pdi);
    CHECK(shown(f, ContactTableModel::NameColumn).toString() == fsi + QStringLiteral("فاطمة الزهراء") + pdi);
    CHECK_FALSE(shown(f, ContactTableModel::PhoneColumn, Qt::DecorationRole).isValid());
    // What is stored, sorted and exported stays clean.
    CHECK(shown(f, ContactTableModel::PhoneColumn, Qt::EditRole).toString() == QStringLiteral("+13135550100"));
    CHECK(shown(f, ContactTableModel::EmailColumn, Qt::EditRole).toString() == QStringLiteral("fatima@example.org"));

    // A London number in a U.S. workspace: the international form.
    const int o = rowOf(QStringLiteral("عمر"));
    CHECK(shown(o, ContactTableModel::PhoneColumn).toString() == lri + QStringLiteral("+44 20 7946 0958") + pdi);

    // A number that cannot be read is shown exactly as typed, with a warning sign that says why.
    const int y = rowOf(QStringLiteral("Yusuf"));
    CHECK(shown(y, ContactTableModel::PhoneColumn).toString() == lri + QStringLiteral("ask Omar for it") + pdi);
    CHECK(shown(y, ContactTableModel::PhoneColumn, Qt::EditRole).toString() == QStringLiteral("ask Omar for it"));
    CHECK(shown(y, ContactTableModel::PhoneColumn, Qt::DecorationRole).canConvert<QIcon>());
    CHECK(shown(y, ContactTableModel::PhoneColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("United States")));
    CHECK(shown(y, ContactTableModel::PhoneColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("kept as typed")));

    // Ctrl+C in the list copies the number without the invisible isolates.
    QTableView view;
    view.setModel(&model);
    copyWithoutIsolates(&view);
    view.setCurrentIndex(model.index(f, ContactTableModel::PhoneColumn));
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(&view, QKeySequence::Copy);
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("(313) 555-0100"));
}

TEST_CASE("the contact list marks people who must not be contacted", "[contacts][optout]")
{
    test::TempWorkspace ws;
    ContactRepository contacts(ws.db());
    const QString amina = contacts.create(named(QStringLiteral("Amina"), QStringLiteral("Yusuf")))->id;
    REQUIRE(contacts.create(named(QStringLiteral("Bilal"), QStringLiteral("Mirza"))));
    REQUIRE(OptOuts(ws.db()).set(amina, QStringLiteral("requested")).ok());

    ContactTableModel model(ws.db());
    model.setQuery({});
    REQUIRE(model.rowCount() == 2);
    const QModelIndex marked = model.index(1, ContactTableModel::NameColumn); // Yusuf after Mirza
    const QModelIndex clear = model.index(0, ContactTableModel::NameColumn);
    REQUIRE(model.data(marked, Qt::EditRole).toString() == QStringLiteral("Amina Yusuf"));
    CHECK_FALSE(model.data(marked, Qt::DecorationRole).isNull());
    CHECK(model.data(marked, Qt::ToolTipRole).toString().contains(QStringLiteral("do not contact")));
    CHECK(model.data(clear, Qt::DecorationRole).isNull());
    CHECK_FALSE(model.data(clear, Qt::ToolTipRole).toString().contains(QStringLiteral("do not contact")));
}
