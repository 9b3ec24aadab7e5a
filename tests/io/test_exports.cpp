#include "contacts/chapter.h"
#include "contacts/contactdirectory.h"
#include "contacts/contactexport.h"
#include "contacts/contactimport.h"
#include "contacts/contactjson.h"
#include "contacts/contactrepository.h"
#include "demo/demodata.h"
#include "demo/demoorganizing.h"
#include "events/eventcalendar.h"
#include "events/eventrepository.h"
#include "io/csv.h"
#include "io/icalendar.h"
#include "io/textdecoding.h"
#include "io/vcard.h"
#include "partners/organizationrepository.h"
#include "storage/workspacearchive.h"
#include "support/catchqt.h"
#include "support/tempworkspace.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

// A contact without its identity and bookkeeping: what an export and re-import must keep.
Contact content(Contact c)
{
    c.id.clear();
    c.createdAt = c.updatedAt = 0;
    c.chapterId.clear();
    c.consents.clear(); // a spreadsheet has no column for consent
    c.skills.clear();
    c.interests.clear();
    std::sort(c.tags.begin(), c.tags.end());
    return c;
}

QStringList counts(Database &db)
{
    QStringList out;
    for (const char *table : {"contacts", "contact_emails", "contact_phones", "contact_tags", "contact_consents",
                              "contact_activities", "organizations", "events", "event_registrations", "voter_records",
                              "sign_on_letters", "letter_partners", "chapters", "contact_search"}) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        REQUIRE(q.next());
        out << QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(q.value(0).toInt());
    }
    return out;
}

} // namespace

TEST_CASE("contacts exported as CSV import back into another workspace as the same people", "[io][export]")
{
    test::TempWorkspace from;
    REQUIRE(DemoData::populate(from.db(), 150, 9).ok());
    Contact special;
    special.givenName = QStringLiteral("فاطمة");
    special.familyName = QStringLiteral("Núñez, \"Jr.\"");
    special.emails = {{QStringLiteral("home"), QStringLiteral("f@example.org")}, {QStringLiteral("work"), QStringLiteral("f@work.example.com")}};
    special.phones = {{QStringLiteral("mobile"), QStringLiteral("+13135550123")}, {QStringLiteral("home"), QStringLiteral("+13135550124")}};
    special.tags = {QStringLiteral("board"), QStringLiteral("=not a formula")};
    special.birthday = QDate(1990, 4, 1);
    special.notes = QStringLiteral("Line one\nline two, with a comma");
    special.usState = QStringLiteral("MI");
    special.district = 12;
    special.address = {QStringLiteral("1 Warren Ave"), QStringLiteral("Dearborn"), QStringLiteral("MI"), QStringLiteral("48126"),
                       QStringLiteral("US")};
    REQUIRE(ContactRepository(from.db()).create(special).ok());
    auto all = ContactRepository(from.db()).getMany();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 151);

    const QByteArray csv = ContactExport::csv(all.value());
    test::TempWorkspace to;
    const DecodedText decoded = decodeText(csv);
    auto table = CsvTable::parse(decoded.text, detectDelimiter(decoded.text), false);
    REQUIRE(table.ok());
    ContactImport::Options options;
    options.mapping = guessContactFields(table->header());
    options.onDuplicate = DuplicateAction::Create; // the demo has people sharing an email, as families do
    auto plan = ContactImport::plan(to.db(), table.value(), options);
    REQUIRE(plan.ok());
    INFO((plan->problems.isEmpty() ? QString() : plan->problems.first().message).toStdString());
    CHECK(plan->problems.isEmpty());
    REQUIRE(ContactImport::run(to.db(), plan.value()).ok());
    auto back = ContactRepository(to.db()).getMany();
    REQUIRE(back->size() == all->size());
    // People with the same name can come back in another order: compare them as sets.
    auto serialized = [](const QList<Contact> &contacts) {
        QStringList out;
        for (const Contact &c : contacts)
            out << QString::fromUtf8(QJsonDocument(toJson(content(c))).toJson(QJsonDocument::Compact));
        out.sort();
        return out;
    };
    const QStringList expected = serialized(all.value());
    const QStringList actual = serialized(back.value());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO(expected.at(i).toStdString());
        CHECK(actual.at(i) == expected.at(i));
    }
}

TEST_CASE("a workspace archive imports back into an empty workspace to the same content", "[io][export][archive]")
{
    test::TempWorkspace from;
    REQUIRE(DemoData::populate(from.db(), 120, 5).ok());
    REQUIRE(DemoOrganizing::populate(from.db()).ok());
    const QString archive = from.dir() + QStringLiteral("/backup.majlis");
    REQUIRE(WorkspaceArchive::exportTo(from.db(), archive).ok());
    CHECK_FALSE(WorkspaceArchive::exportTo(from.db(), archive).ok()); // never overwrites

    test::TempWorkspace to;
    REQUIRE(WorkspaceArchive::importInto(to.db(), archive).ok());
    CHECK(counts(to.db()) == counts(from.db()));
    const QList<Contact> a = ContactRepository(from.db()).getMany().value();
    const QList<Contact> b = ContactRepository(to.db()).getMany().value();
    CHECK(a == b);
    // The search index came along: a search finds the same people.
    ContactQuery query;
    query.search = a.first().givenName.left(3);
    CHECK(ContactDirectory(to.db()).count(query).value() == ContactDirectory(from.db()).count(query).value());

    SECTION("a workspace with records is not mixed with an archive")
    {
        auto refused = WorkspaceArchive::importInto(from.db(), archive);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("empty")));
    }
    SECTION("a file that is not a workspace is refused and left alone")
    {
        const QString bogus = to.dir() + QStringLiteral("/bogus.majlis");
        QFile file(bogus);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a database at all");
        file.close();
        test::TempWorkspace empty;
        CHECK_FALSE(WorkspaceArchive::importInto(empty.db(), bogus).ok());
        CHECK(test::fileHash(bogus) == test::fileHash(bogus));
        QFile again(bogus);
        REQUIRE(again.open(QIODevice::ReadOnly));
        CHECK(again.readAll() == QByteArray("not a database at all"));
    }
}

TEST_CASE("events export as an iCalendar file other programs read", "[io][export][ical]")
{
    test::TempWorkspace ws;
    Event e;
    e.title = QStringLiteral("Interfaith iftar; all welcome, bring a dish");
    e.kind = EventKind::Interfaith;
    e.startsAt = QDateTime(QDate(2027, 3, 20), QTime(19, 0));
    e.endsAt = QDateTime(QDate(2027, 3, 20), QTime(21, 30));
    e.place = QStringLiteral("Community hall, 1 Warren Ave");
    e.notes = QStringLiteral("Halal dinner\nشكرًا");
    e.timeZone = QStringLiteral("America/New_York");
    REQUIRE(EventRepository(ws.db()).create(e).ok());
    const QByteArray ics = EventCalendar::write(EventRepository(ws.db()).list().value(),
                                                QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()));
    auto parsed = ICalendar::parse(ics);
    REQUIRE(parsed.ok());
    // The zone's definition, then the event.
    REQUIRE(parsed->first().children.size() == 2);
    CHECK(parsed->first().children.first().name == QStringLiteral("VTIMEZONE"));
    const ICalComponent &event = parsed->first().children.last();
    CHECK(event.text(QStringLiteral("SUMMARY")) == e.title);
    CHECK(event.text(QStringLiteral("LOCATION")) == e.place);
    // 19:00 New York time, daylight saving time since 14 March 2027: 23:00 UTC.
    CHECK(ICalendar::parseDateTime(*event.property(QStringLiteral("DTSTART"))).toUTC()
          == QDateTime(QDate(2027, 3, 20), QTime(23, 0), QTimeZone::utc()));
    CHECK(event.text(QStringLiteral("DESCRIPTION")).contains(QStringLiteral("شكرًا")));

    // A second, independent reader: Python's icalendar, where Debian's python3-icalendar is installed.
    // Debian's python3, where python3-icalendar installs, before any other on the PATH.
    QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QProcess check;
    if (!python.isEmpty()) {
        check.start(python, {QStringLiteral("-c"), QStringLiteral("import icalendar")});
        check.waitForFinished(20000);
    }
    if (python.isEmpty() || check.exitCode() != 0) {
        WARN("python3-icalendar is not installed; the second reader is skipped");
        return;
    }
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("events.ics")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(ics);
    file.close();
    QProcess reader;
    reader.start(python, {QStringLiteral("-c"),
                          QStringLiteral("import sys, icalendar\n"
                                         "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                                         "for ev in cal.walk('VEVENT'):\n"
                                         "    print(ev.get('summary'))\n"
                                         "    print(ev.decoded('dtstart').isoformat())\n"),
                          file.fileName()});
    REQUIRE(reader.waitForFinished(20000));
    const QStringList lines = QString::fromUtf8(reader.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    INFO(QString::fromUtf8(reader.readAllStandardError()).toStdString());
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0) == e.title);
    CHECK(lines.at(1) == QStringLiteral("2027-03-20T19:00:00-04:00"));
}

TEST_CASE("calendar files written by other programs parse, and broken ones are refused with a reason", "[io][ical][shared]")
{
    const QString folder = QStringLiteral(MAJLIS_SHARED_DATA "/ical");
    if (!QFileInfo::exists(folder))
        return;
    int files = 0;
    int parsed = 0;
    QDirIterator it(folder, {QStringLiteral("*.ics")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        ++files;
        auto calendar = ICalendar::parse(file.readAll());
        if (calendar)
            ++parsed;
        else
            CHECK_FALSE(calendar.error().message.isEmpty());
    }
    CHECK(files > 100);
    CHECK(parsed * 10 >= files * 8); // a few are broken on purpose
}

TEST_CASE("vCard 2.1 export reads back, quoted-printable and all", "[io][export][vcard]")
{
    Contact c;
    c.id = QStringLiteral("6b1f3c2e-0000-4000-8000-000000000001");
    c.givenName = QStringLiteral("فاطمة");
    c.familyName = QStringLiteral("Núñez; Jr.");
    c.emails = {{QStringLiteral("home"), QStringLiteral("f@example.org")}, {QStringLiteral("work"), QStringLiteral("f@work.example.com")}};
    c.phones = {{QStringLiteral("mobile"), QStringLiteral("+13135550123")}, {QStringLiteral("home"), QStringLiteral("+13135550124")}};
    c.address = {QStringLiteral("1 Warren Ave"), QStringLiteral("Dearborn"), QStringLiteral("MI"), QStringLiteral("48126"), QStringLiteral("US")};
    c.organization = QStringLiteral("Al-Amal Clinic");
    c.role = QStringLiteral("Physician");
    c.tags = {QStringLiteral("board"), QStringLiteral("volunteer")};
    c.notes = QStringLiteral("Prefers Arabic.\nمرحبا = hello, and a long line to make the quoted-printable encoding break softly at least once");
    c.birthday = QDate(1990, 4, 1);

    const QByteArray card = VCard::write({c}, VCard::Version::V21);
    CHECK(card.contains("VERSION:2.1"));
    CHECK(card.contains("ENCODING=QUOTED-PRINTABLE"));
    for (const QByteArray &line : card.split('\n'))
        CHECK(line.size() <= 77);
    auto parsed = VCard::parse(card);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->contacts.size() == 1);
    const Contact &back = parsed->contacts.first();
    CHECK(back.givenName == c.givenName);
    CHECK(back.familyName == c.familyName);
    CHECK(back.emails == c.emails);
    CHECK(back.phones == c.phones);
    CHECK(back.address == c.address);
    CHECK(back.organization == c.organization);
    CHECK(back.role == c.role);
    CHECK(back.tags == c.tags);
    CHECK(back.notes == c.notes);
    CHECK(back.birthday == c.birthday);
}
