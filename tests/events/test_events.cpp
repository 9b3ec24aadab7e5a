#include "contacts/contactdirectory.h"
#include "contacts/contactrepository.h"
#include "events/checkindesk.h"
#include "events/eventrepository.h"
#include "events/voterrecords.h"
#include "io/csv.h"
#include "reports/organizingreports.h"
#include "support/advocacyfixture.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

QString addPerson(
    Database &db, const QString &given, const QString &family, const QString &email = {}, const QString &phone = {})
{
    const QString id = test::addConstituent(db, given, family, QStringLiteral("MI"), 12);
    if (email.isEmpty() && phone.isEmpty())
        return id;
    Contact c = ContactRepository(db).get(id).value();
    if (!email.isEmpty())
        c.emails = {{QStringLiteral("home"), email}};
    if (!phone.isEmpty())
        c.phones = {{QStringLiteral("mobile"), phone}};
    REQUIRE(ContactRepository(db).update(c).ok());
    return id;
}

QString createEvent(Database &db, const QString &title, EventKind kind = EventKind::Community)
{
    Event e;
    e.title = title;
    e.kind = kind;
    e.startsAt = QDateTime(QDate(2027, 5, 1), QTime(18, 30));
    e.endsAt = QDateTime(QDate(2027, 5, 1), QTime(21, 0));
    e.place = QStringLiteral("Islamic Center hall");
    auto created = EventRepository(db).create(e);
    REQUIRE(created.ok());
    return created->id;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("events are saved with their time and place, and refuse what makes no sense", "[events]")
{
    test::TempWorkspace ws;
    EventRepository events(ws.db());
    const QString id = createEvent(ws.db(), QStringLiteral("Interfaith iftar"), EventKind::Interfaith);
    auto loaded = events.get(id);
    REQUIRE(loaded.ok());
    CHECK(loaded->startsAt == QDateTime(QDate(2027, 5, 1), QTime(18, 30)));
    CHECK(loaded->kind == EventKind::Interfaith);
    CHECK(events.find(QStringLiteral("interfaith IFTAR"))->id == id);

    Event bad = loaded.value();
    bad.endsAt = bad.startsAt.addSecs(-60);
    CHECK_FALSE(events.update(bad).ok());
    bad.title.clear();
    auto refused = events.create(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("title")));
}

TEST_CASE("the door finds registrants first, checks them in once and counts them", "[events][checkin]")
{
    test::TempWorkspace ws;
    const QString eventId = createEvent(ws.db(), QStringLiteral("Town hall"));
    const QString amina = addPerson(ws.db(), QStringLiteral("Amina"), QStringLiteral("Rahman"),
        QStringLiteral("amina@example.org"), QStringLiteral("+1 313 555 0101"));
    const QString other = addPerson(ws.db(), QStringLiteral("Amina"), QStringLiteral("Khan"));
    const QString bilal = addPerson(ws.db(), QStringLiteral("Bilal"), QStringLiteral("Haddad"));
    REQUIRE(EventRepository(ws.db()).registerContacts(eventId, {amina, bilal}).value() == 2);

    CheckInDesk desk(ws.db(), eventId);
    REQUIRE(desk.load().ok());
    CHECK(desk.registeredCount() == 2);
    CHECK(desk.checkedInCount() == 0);
    CHECK(desk.search({}).size() == 2); // nothing typed: who is still expected

    auto found = desk.search(QStringLiteral("ami"));
    REQUIRE(found.size() == 2);
    CHECK(found.at(0).contactId == amina); // the registrant first
    CHECK(found.at(0).registered);
    CHECK(found.at(1).contactId == other);
    CHECK_FALSE(found.at(1).registered);
    CHECK(desk.search(QStringLiteral("5550101")).first().contactId == amina); // by phone digits
    CHECK(desk.search(QStringLiteral("amina@ex")).first().contactId == amina);
    CHECK(desk.search(QStringLiteral("bilal had")).first().contactId == bilal);

    REQUIRE(desk.checkIn(amina).ok());
    REQUIRE(desk.checkIn(amina).ok()); // twice at the door is once
    CHECK(desk.checkedInCount() == 1);
    CHECK(count(ws.db(), QStringLiteral("SELECT count(*) FROM event_registrations WHERE checked_in_at IS NOT NULL"))
        == 1);
    CHECK(desk.search(QStringLiteral("amina")).first().checkedIn);

    // Someone who did not register is checked in too, and joins the list.
    REQUIRE(desk.checkIn(other).ok());
    CHECK(desk.checkedInCount() == 2);
    auto attendance = EventRepository(ws.db()).attendance(eventId);
    REQUIRE(attendance->size() == 3);

    // A fresh desk (another laptop, or after a restart) sees the same.
    CheckInDesk again(ws.db(), eventId);
    REQUIRE(again.load().ok());
    CHECK(again.checkedInCount() == 2);

    // The contact's history and page show the event.
    auto history = ContactRepository(ws.db()).history(amina);
    CHECK(history->first().kind == QStringLiteral("checked_in"));
    CHECK(history->first().detail == QStringLiteral("Town hall"));
    CHECK(EventRepository(ws.db()).attendedBy(amina)->size() == 1);
    CHECK(EventRepository(ws.db()).attendedBy(bilal)->isEmpty());

    SECTION("a check-in made by mistake can be taken back")
    {
        REQUIRE(desk.undoCheckIn(other).ok());
        CHECK(desk.checkedInCount() == 1);
        CHECK(EventRepository(ws.db()).attendance(eventId)->size() == 2); // they had not registered
    }
    SECTION("attendance exports as CSV")
    {
        auto csv = CsvTable::parse(EventRepository(ws.db()).attendanceCsv(eventId).value());
        REQUIRE(csv.ok());
        REQUIRE(csv->rowCount() == 3);
        int checkedIn = 0;
        for (int row = 0; row < csv->rowCount(); ++row)
            checkedIn += csv->value(row, QStringLiteral("Checked in")).isEmpty() ? 0 : 1;
        CHECK(checkedIn == 2);
    }
}

TEST_CASE("the door shows emails and phones only masked, and finds people by the whole of them", "[events][checkin]")
{
    test::TempWorkspace ws;
    const QString eventId = createEvent(ws.db(), QStringLiteral("Town hall"));
    const QString amina = addPerson(ws.db(), QStringLiteral("Amina"), QStringLiteral("Rahman"),
        QStringLiteral("amina.rahman@example.org"), QStringLiteral("+1 313 555 0101"));
    const QString other
        = addPerson(ws.db(), QStringLiteral("Amina"), QStringLiteral("Khan"), {}, QStringLiteral("+1 313 555 0177"));
    REQUIRE(EventRepository(ws.db()).registerContacts(eventId, {amina}).value() == 1);
    CheckInDesk desk(ws.db(), eventId);
    REQUIRE(desk.load().ok());

    // The whole address or number typed at the desk finds the person; only a few characters show.
    auto byEmail = desk.search(QStringLiteral("amina.rahman@example.org"));
    REQUIRE(byEmail.size() == 1);
    CHECK(byEmail.first().contactId == amina);
    CHECK(byEmail.first().detail == QStringLiteral("am…@ex…org"));
    auto byPhone = desk.search(QStringLiteral("3135550177")); // not registered: found through the index
    REQUIRE(byPhone.size() == 1);
    CHECK(byPhone.first().contactId == other);
    CHECK(byPhone.first().detail == QStringLiteral("••• ••77"));

    // Checked in from the whole workspace, a walk-in by phone alone: still masked.
    REQUIRE(desk.checkIn(other).ok());
    Contact walkIn;
    walkIn.givenName = QStringLiteral("Zainab");
    walkIn.familyName = QStringLiteral("Osman");
    walkIn.phones = {{{}, QStringLiteral("(313) 555-0142")}};
    REQUIRE(desk.walkIn(walkIn).ok());
    for (const CheckInCandidate &c : desk.search(QStringLiteral("amina")) + desk.search(QStringLiteral("zainab"))) {
        INFO(c.name.toStdString() << ": " << c.detail.toStdString());
        CHECK_FALSE(c.detail.isEmpty());
        CHECK_FALSE(c.detail.contains(QStringLiteral("amina")));
        CHECK(QString(c.detail).remove(QRegularExpression(QStringLiteral("[^0-9]"))).size() <= 2);
    }
    CHECK(desk.search(QStringLiteral("zainab")).first().detail == QStringLiteral("••• ••42"));

    // A likely duplicate says why, without saying the address.
    Contact again;
    again.givenName = QStringLiteral("A.");
    again.emails = {{{}, QStringLiteral("Amina.Rahman@example.org")}};
    auto matches = desk.likelyMatches(again);
    REQUIRE(matches.size() == 1);
    CHECK(matches.first().reason == QStringLiteral("same email"));
    CHECK(matches.first().detail == QStringLiteral("am…@ex…org"));
}

TEST_CASE("a walk-in is offered the likely existing contact first, so no duplicate is made", "[events][checkin]")
{
    test::TempWorkspace ws;
    const QString eventId = createEvent(ws.db(), QStringLiteral("Voter drive"), EventKind::VoterRegistration);
    const QString ali = addPerson(ws.db(), QStringLiteral("Ali"), QStringLiteral("Khan"),
        QStringLiteral("ali.khan@example.org"), QStringLiteral("+1 313 555 0199"));
    addPerson(ws.db(), QStringLiteral("Alia"), QStringLiteral("Khanum"));
    CheckInDesk desk(ws.db(), eventId);
    REQUIRE(desk.load().ok());

    Contact walkIn;
    walkIn.givenName = QStringLiteral("Ali");
    walkIn.familyName = QStringLiteral("Khan");
    auto byName = desk.likelyMatches(walkIn);
    REQUIRE(byName.size() == 1); // not Alia Khanum
    CHECK(byName.first().contactId == ali);
    CHECK(byName.first().reason == QStringLiteral("same name"));

    Contact byEmailOnly;
    byEmailOnly.givenName = QStringLiteral("A.");
    byEmailOnly.emails = {{{}, QStringLiteral("  ALI.KHAN@example.org ")}};
    REQUIRE(desk.likelyMatches(byEmailOnly).size() == 1);
    CHECK(desk.likelyMatches(byEmailOnly).first().reason == QStringLiteral("same email"));
    Contact byPhoneOnly;
    byPhoneOnly.givenName = QStringLiteral("Someone");
    byPhoneOnly.phones = {{{}, QStringLiteral("(313) 555-0199")}};
    byPhoneOnly.address.country = QStringLiteral("US");
    REQUIRE(desk.likelyMatches(byPhoneOnly).size() == 1);
    CHECK(desk.likelyMatches(byPhoneOnly).first().contactId == ali);

    Contact stranger;
    stranger.givenName = QStringLiteral("Zainab");
    stranger.familyName = QStringLiteral("Osman");
    stranger.emails = {{{}, QStringLiteral("zainab@example.org")}};
    stranger.consents = {{ConsentChannel::Email, true, QDate(2027, 5, 1), QStringLiteral("event check-in")}};
    CHECK(desk.likelyMatches(stranger).isEmpty());
    auto created = desk.walkIn(stranger);
    REQUIRE(created.ok());
    CHECK(desk.checkedInCount() == 1);
    auto attendance = EventRepository(ws.db()).attendance(eventId);
    REQUIRE(attendance->size() == 1);
    CHECK(attendance->first().walkIn);
    CHECK_FALSE(attendance->first().registered);
    CHECK(ContactRepository(ws.db()).get(created.value())->consents.size() == 1);
    CHECK(desk.search(QStringLiteral("zain")).first().checkedIn);

    SECTION("an invalid walk-in is refused and nothing is saved")
    {
        Contact bad;
        bad.givenName = QStringLiteral("Bad");
        bad.emails = {{{}, QStringLiteral("not an email")}};
        const int contactsBefore = count(ws.db(), QStringLiteral("SELECT count(*) FROM contacts"));
        CHECK_FALSE(desk.walkIn(bad).ok());
        CHECK(count(ws.db(), QStringLiteral("SELECT count(*) FROM contacts")) == contactsBefore);
    }
    SECTION("when the check-in cannot be saved, the new contact is not kept either")
    {
        REQUIRE(QSqlQuery(ws.db().connection())
                    .exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON event_registrations "
                                         "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        const int contactsBefore = count(ws.db(), QStringLiteral("SELECT count(*) FROM contacts"));
        const int indexedBefore = count(ws.db(), QStringLiteral("SELECT count(*) FROM contact_search"));
        Contact late;
        late.givenName = QStringLiteral("Late");
        late.familyName = QStringLiteral("Comer");
        CHECK_FALSE(desk.walkIn(late).ok());
        CHECK(count(ws.db(), QStringLiteral("SELECT count(*) FROM contacts")) == contactsBefore);
        CHECK(count(ws.db(), QStringLiteral("SELECT count(*) FROM contact_search")) == indexedBefore);
        CHECK(desk.checkedInCount() == 1);
        // The workspace is still writable afterwards: no transaction was left open.
        REQUIRE(QSqlQuery(ws.db().connection()).exec(QStringLiteral("DROP TRIGGER refuse")));
        CHECK(desk.walkIn(late).ok());
    }
}

TEST_CASE("voter-registration drives record each person and list the follow-ups", "[events][voters]")
{
    test::TempWorkspace ws;
    const QString drive = createEvent(ws.db(), QStringLiteral("Campus drive"), EventKind::VoterRegistration);
    const QString a = addPerson(ws.db(), QStringLiteral("Amina"), QStringLiteral("Rahman"));
    const QString b = addPerson(ws.db(), QStringLiteral("Bilal"), QStringLiteral("Haddad"));
    const QString c = addPerson(ws.db(), QStringLiteral("Chen"), QStringLiteral("Li"));
    VoterRecords voters(ws.db());
    REQUIRE(voters.record(drive, {a, {}, true, VoterRecord::Status::RegisteredHere, true, false, {}}).ok());
    REQUIRE(
        voters
            .record(drive, {b, {}, true, VoterRecord::Status::NeedsFollowUp, false, false, QStringLiteral("needs ID")})
            .ok());
    REQUIRE(voters.record(drive, {c, {}, false, VoterRecord::Status::NotEligible, false, false, {}}).ok());
    REQUIRE(
        voters.record(drive, {a, {}, true, VoterRecord::Status::RegisteredHere, true, false, QStringLiteral("again")})
            .ok());

    auto records = voters.forDrive(drive);
    REQUIRE(records->size() == 3);
    auto followUps = voters.openFollowUps();
    REQUIRE(followUps->size() == 1);
    CHECK(followUps->first().name == QStringLiteral("Bilal Haddad"));
    CHECK(followUps->first().notes == QStringLiteral("needs ID"));
    VoterRecord done = followUps->first();
    done.followUpDone = true;
    REQUIRE(voters.record(drive, done).ok());
    CHECK(voters.openFollowUps(drive)->isEmpty());

    auto results = OrganizingReports(ws.db()).voterRegistration();
    REQUIRE(results->size() == 1);
    CHECK(results->first().byStatus.value(VoterRecord::Status::RegisteredHere) == 1);
    CHECK(results->first().byStatus.value(VoterRecord::Status::NotEligible) == 1);
    CHECK(results->first().pledged == 1);
}

TEST_CASE("reports count attendance per event and per chapter by month", "[events][reports]")
{
    test::TempWorkspace ws;
    const QString first = createEvent(ws.db(), QStringLiteral("First"));
    const QString second = createEvent(ws.db(), QStringLiteral("Second"));
    const QString a = addPerson(ws.db(), QStringLiteral("Amina"), QStringLiteral("Rahman"));
    const QString b = addPerson(ws.db(), QStringLiteral("Bilal"), QStringLiteral("Haddad"));
    REQUIRE(EventRepository(ws.db()).registerContacts(first, {a, b}).ok());
    CheckInDesk desk(ws.db(), first);
    REQUIRE(desk.load().ok());
    REQUIRE(desk.checkIn(a).ok());
    Contact walkIn;
    walkIn.givenName = QStringLiteral("New");
    walkIn.familyName = QStringLiteral("Face");
    REQUIRE(desk.walkIn(walkIn).ok());

    auto perEvent = OrganizingReports(ws.db()).attendancePerEvent();
    REQUIRE(perEvent->size() == 2);
    const auto &row = perEvent->at(0).event.id == first ? perEvent->at(0) : perEvent->at(1);
    CHECK(row.registered == 2);
    CHECK(row.checkedIn == 2);
    CHECK(row.walkIns == 1);
    auto perChapter = OrganizingReports(ws.db()).attendancePerChapter();
    REQUIRE(perChapter->size() == 1);
    CHECK(perChapter->first().month == QStringLiteral("2027-05"));
    CHECK(perChapter->first().checkedIn == 2);
    (void)second;
}
