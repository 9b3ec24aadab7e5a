#include "campaignfixture.h"

#include "campaigns/callsession.h"
#include "campaigns/campaignexport.h"
#include "campaigns/campaignrepository.h"
#include "io/csv.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace majlis;
using namespace majlis::test;

namespace {

CsvTable readBack(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    // Excel reads a UTF-8 file as the ANSI code page unless it starts with the byte-order mark.
    REQUIRE(data.startsWith("\xEF\xBB\xBF"));
    auto table = CsvTable::parse(data);
    REQUIRE(table.ok());
    return table.value();
}

int rowOf(const CsvTable &table, const QString &name)
{
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.value(row, QStringLiteral("Name")) == name)
            return row;
    }
    FAIL("no row for " << name.toStdString());
    return -1;
}

} // namespace

TEST_CASE("a campaign's results export as one row per result, with each question's answers and what it made",
    "[campaigns][export]")
{
    TempWorkspace ws;
    const QStringList ids = addContacts(ws.db(),
        {callableContact(QStringLiteral("Amina"), QStringLiteral("Ahmed"), 1, {QStringLiteral("List")}),
            callableContact(QStringLiteral("Bilal"), QStringLiteral("Baig"), 2, {QStringLiteral("List")}),
            callableContact(QStringLiteral("فاطمة"), QStringLiteral("الزهراء"), 3, {QStringLiteral("List")}),
            callableContact(QStringLiteral("Dina"), QStringLiteral("Darwish"), 4, {QStringLiteral("List")})});
    const Campaign campaign = createPhoneBank(ws.db());
    REQUIRE(CallList(ws.db()).build(campaign.id, tagged(QStringLiteral("List"))).value() == 4);
    CallSession amina(ws.db(), campaign.id, QStringLiteral("amina"));
    CallSession bilal(ws.db(), campaign.id, QStringLiteral("bilal"));

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(
        amina
            .record(ids.at(0), ResultCode::Contacted,
                {{QStringLiteral("plan"), QStringLiteral("yes")},
                    {QStringLiteral("issues"), QJsonArray {QStringLiteral("civil_rights"), QStringLiteral("economy")}},
                    {QStringLiteral("registered"), QStringLiteral("not_sure")},
                    {QStringLiteral("comment"), QStringLiteral("=needs a ride, Tuesday")}})
            .ok());
    REQUIRE(amina.record(ids.at(1), ResultCode::NotHome).ok());
    REQUIRE(bilal.record(ids.at(1), ResultCode::Contacted, {{QStringLiteral("plan"), QStringLiteral("no")}}).ok());
    RecordOptions optOut;
    optOut.optOut = QStringLiteral("refused");
    REQUIRE(bilal.record(ids.at(2), ResultCode::Refused, {}, optOut).ok());
    REQUIRE(bilal.record(ids.at(3), ResultCode::Disconnected).ok());
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    const QString path = ws.dir() + QStringLiteral("/results.csv");
    auto written = CampaignExport(ws.db()).writeResults(campaign.id, path);
    REQUIRE(written.ok());
    CHECK(written.value() == 5);
    const CsvTable table = readBack(path);
    REQUIRE(table.rowCount() == 5);
    CHECK(table.header()
        == QStringList {QStringLiteral("Name"), QStringLiteral("Phone"), QStringLiteral("Caller"),
            QStringLiteral("Result"), QStringLiteral("Result Name"), QStringLiteral("Recorded (UTC)"),
            QStringLiteral("plan"), QStringLiteral("issues"), QStringLiteral("registered"), QStringLiteral("comment"),
            QStringLiteral("Follow-up"), QStringLiteral("Opt-out")});

    // Oldest first: Amina's call is the first row.
    CHECK(table.value(0, QStringLiteral("Name")) == QStringLiteral("Amina Ahmed"));
    CHECK(table.value(0, QStringLiteral("Phone"))
        == QStringLiteral("'+13135550001")); // defused like every CSV cell starting with +
    CHECK(table.value(0, QStringLiteral("Caller")) == QStringLiteral("amina"));
    CHECK(table.value(0, QStringLiteral("Result")) == QStringLiteral("contacted"));
    CHECK(table.value(0, QStringLiteral("Result Name")) == QStringLiteral("Contacted"));
    CHECK(table.value(0, QStringLiteral("plan")) == QStringLiteral("yes"));
    CHECK(table.value(0, QStringLiteral("issues")) == QStringLiteral("civil_rights;economy"));
    CHECK(table.value(0, QStringLiteral("registered")) == QStringLiteral("not_sure"));
    // Free text as typed, except that a spreadsheet must not run it as a formula.
    CHECK(table.value(0, QStringLiteral("comment")) == QStringLiteral("'=needs a ride, Tuesday"));
    CHECK(table.value(0, QStringLiteral("Follow-up")) == QStringLiteral("Yes"));
    const QDateTime recorded = QDateTime::fromString(table.value(0, QStringLiteral("Recorded (UTC)")), Qt::ISODate);
    REQUIRE(recorded.isValid());
    CHECK(recorded.timeSpec() == Qt::UTC);
    CHECK(table.value(0, QStringLiteral("Recorded (UTC)")).endsWith(u'Z'));
    // ISO 8601 keeps whole seconds.
    CHECK(recorded.toMSecsSinceEpoch() >= before / 1000 * 1000);
    CHECK(recorded.toMSecsSinceEpoch() <= after);

    // Bilal was tried twice, by two callers: both attempts are rows.
    QStringList bilalResults;
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.value(row, QStringLiteral("Name")) == QStringLiteral("Bilal Baig"))
            bilalResults << table.value(row, QStringLiteral("Caller")) + u':'
                    + table.value(row, QStringLiteral("Result"));
    }
    CHECK(bilalResults == QStringList {QStringLiteral("amina:not_home"), QStringLiteral("bilal:contacted")});

    const int fatima = rowOf(table, QStringLiteral("فاطمة الزهراء"));
    CHECK(table.value(fatima, QStringLiteral("Opt-out")) == QStringLiteral("refused"));
    // She asked not to be called: the report keeps her result but not her number.
    CHECK(table.value(fatima, QStringLiteral("Phone")).isEmpty());
    const int dina = rowOf(table, QStringLiteral("Dina Darwish"));
    CHECK(table.value(dina, QStringLiteral("Result")) == QStringLiteral("disconnected"));
    CHECK(table.value(dina, QStringLiteral("plan")).isEmpty());
}

TEST_CASE("a calling list export leaves out whoever opted out and every number marked bad", "[campaigns][export]")
{
    TempWorkspace ws;
    Contact twoNumbers
        = callableContact(QStringLiteral("Chen"), QStringLiteral("Chowdhury"), 3, {QStringLiteral("List")});
    twoNumbers.phones.append({QStringLiteral("home"), QStringLiteral("+1 313 555 0103")});
    QList<Contact> people = {callableContact(QStringLiteral("Amina"), QStringLiteral("Ahmed"), 1,
                                 {QStringLiteral("List")}, {QStringLiteral("ar")}),
        callableContact(QStringLiteral("Bilal"), QStringLiteral("Baig"), 2, {QStringLiteral("List")}), twoNumbers,
        callableContact(QStringLiteral("Dina"), QStringLiteral("Darwish"), 4, {QStringLiteral("List")})};
    const int houses[] = {1, 2, 9, 10};
    for (int i = 0; i < people.size(); ++i)
        people[i].address.street = QStringLiteral("%1 Warren Ave").arg(houses[i]);
    const QStringList ids = addContacts(ws.db(), people);
    const Campaign campaign = createPhoneBank(ws.db());
    CallList list(ws.db());
    REQUIRE(list.build(campaign.id, tagged(QStringLiteral("List"))).value() == 4);
    REQUIRE(list.assignByCount(campaign.id, {QStringLiteral("amina"), QStringLiteral("bilal")}).ok());

    CallSession caller(ws.db(), campaign.id, QStringLiteral("organizer"));
    RecordOptions hostile;
    hostile.optOut = QStringLiteral("hostile");
    REQUIRE(caller.record(ids.at(1), ResultCode::Refused, {}, hostile).ok());
    // Chen's first number is wrong; the second may still be dialled.
    REQUIRE(caller.record(ids.at(2), ResultCode::WrongNumber).ok());
    // Dina's only number is disconnected: nothing left to call her on.
    REQUIRE(caller.record(ids.at(3), ResultCode::Disconnected).ok());

    const QString path = ws.dir() + QStringLiteral("/list.csv");
    auto written = CampaignExport(ws.db()).writeList(campaign.id, path);
    REQUIRE(written.ok());
    CHECK(written.value() == 2);
    const CsvTable table = readBack(path);
    REQUIRE(table.rowCount() == 2);
    CHECK(table.value(0, QStringLiteral("Name")) == QStringLiteral("Amina Ahmed"));
    CHECK(table.value(0, QStringLiteral("Phone")) == QStringLiteral("'+13135550001"));
    CHECK(table.value(0, QStringLiteral("Languages")) == QStringLiteral("ar"));
    CHECK(table.value(0, QStringLiteral("Volunteer")) == QStringLiteral("amina"));
    CHECK(table.value(1, QStringLiteral("Name")) == QStringLiteral("Chen Chowdhury"));
    CHECK(table.value(1, QStringLiteral("Phone")) == QStringLiteral("'+13135550103"));
    CHECK(table.value(1, QStringLiteral("Last Result")) == QStringLiteral("Wrong number"));
    const QByteArray whole = CampaignExport(ws.db()).listCsv(campaign.id).value();
    CHECK_FALSE(whole.contains("5550003"));
    CHECK_FALSE(whole.contains("5550004"));
    CHECK_FALSE(whole.contains("5550002"));

    SECTION("one volunteer's share")
    {
        auto share = CampaignExport(ws.db()).listCsv(campaign.id, QStringLiteral("bilal"));
        REQUIRE(share.ok());
        auto table = CsvTable::parse(share.value());
        REQUIRE(table.ok());
        REQUIRE(table->rowCount() == 1);
        CHECK(table->value(0, QStringLiteral("Name")) == QStringLiteral("Chen Chowdhury"));
    }
    SECTION("a door list keeps people whose numbers are all bad: the door is still there")
    {
        Campaign door = campaign;
        door.id.clear();
        door.name = QStringLiteral("Door list");
        door.kind = CampaignKind::Door;
        auto saved = CampaignRepository(ws.db()).create(door);
        REQUIRE(saved.ok());
        // Bilal opted out, so only the three others are listed, in the order they are walked.
        REQUIRE(CallList(ws.db()).build(saved->id, tagged(QStringLiteral("List"))).value() == 3);
        auto walk = CampaignExport(ws.db()).listCsv(saved->id);
        REQUIRE(walk.ok());
        auto table = CsvTable::parse(walk.value());
        REQUIRE(table.ok());
        REQUIRE(table->rowCount() == 3);
        CHECK(table->value(0, QStringLiteral("Street")) == QStringLiteral("1 Warren Ave"));
        CHECK(table->value(2, QStringLiteral("Name")) == QStringLiteral("Dina Darwish"));
        CHECK(table->value(2, QStringLiteral("Street")) == QStringLiteral("10 Warren Ave"));
        CHECK(table->value(2, QStringLiteral("Phone")).isEmpty());
    }
}
