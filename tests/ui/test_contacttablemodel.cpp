#include "contacts/contactdirectory.h"
#include "contacts/contactrepository.h"
#include "contacts/contacttablemodel.h"
#include "demo/demodata.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QAbstractItemModelTester>
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
    CHECK(model.data(model.index(0, ContactTableModel::NameColumn)).toString() == QStringLiteral("Zaid Abbas"));
    CHECK(model.data(model.index(0, ContactTableModel::EmailColumn)).toString() == QStringLiteral("zaid@example.org"));
    CHECK(model.data(model.index(0, ContactTableModel::DistrictColumn)).toString() == QStringLiteral("MI-12"));
    CHECK(model.headerData(ContactTableModel::PhoneColumn, Qt::Horizontal).toString() == QStringLiteral("Phone"));

    model.sort(ContactTableModel::NameColumn, Qt::DescendingOrder);
    CHECK(model.data(model.index(0, ContactTableModel::NameColumn)).toString() == QStringLiteral("Amina Yusuf"));
    CHECK(model.data(model.index(2, ContactTableModel::NameColumn)).toString() == QStringLiteral("Zaid Abbas"));
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
