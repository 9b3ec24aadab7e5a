#include "legislatures/openstates.h"

#include "legislatures/legislatureimport.h"
#include "legislatures/openstatesfixture.h"
#include "support/archivewriter.h"
#include "support/tempworkspace.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

const QDate kAsOf(2026, 8, 5);

// A person file shaped as Open States writes them (a fictional member), with a role that ended
// and a district office.
const QByteArray kHaddad = R"(id: ocd-person/00000000-0000-4000-8000-000000000001
name: Amal Haddad
given_name: Amal
family_name: Haddad
email: amal.haddad@example.org
party:
- name: Independent
  end_date: 2022-01-01
- name: Democratic
roles:
- start_date: 2023-01-01
  type: lower
  jurisdiction: ocd-jurisdiction/country:us/state:mi/government
  district: '3'
- end_date: 2022-12-31
  type: upper
  jurisdiction: ocd-jurisdiction/country:us/state:mi/government
  district: '9'
offices:
- classification: capitol
  address: Room S-587, House Office Building 124 N. Capitol Ave., Lansing,
    MI 48933
  voice: 517-555-0144
- classification: district
  address: 1 Main St, Dearborn, MI 48126
  voice: 313-555-0101
  name: Dearborn Office
links:
- url: https://example.org/amal-haddad
)";

MemberSource readOk(const QList<SourceFile> &files)
{
    auto source = OpenStates::fromFiles(files, kAsOf);
    INFO((source ? QString() : source.error().message).toStdString());
    REQUIRE(source.ok());
    return source.value();
}

} // namespace

TEST_CASE("an Open States person reads as a member of their state's legislature", "[legislatures][openstates]")
{
    auto person = OpenStates::parsePerson(kHaddad, QStringLiteral("haddad.yml"), kAsOf);
    REQUIRE(person.ok());
    REQUIRE(person->member.has_value());
    const Legislator &m = *person->member;
    CHECK(m.sourceId == QStringLiteral("ocd-person/00000000-0000-4000-8000-000000000001"));
    CHECK(m.fullName == QStringLiteral("Amal Haddad"));
    CHECK(m.firstName == QStringLiteral("Amal"));
    CHECK(m.lastName == QStringLiteral("Haddad"));
    CHECK(m.chamber == Chamber::House); // the ended Senate role is not their seat
    CHECK(m.state == QStringLiteral("MI"));
    CHECK(m.district == QStringLiteral("3"));
    CHECK(m.party == QStringLiteral("Democratic"));
    CHECK(m.email == QStringLiteral("amal.haddad@example.org"));
    CHECK(m.phone == QStringLiteral("517-555-0144"));
    CHECK(m.address.startsWith(QStringLiteral("Room S-587, House Office Building")));
    CHECK(m.office == OfficeLocation {QStringLiteral("Capitol"), QStringLiteral("S-587")});
    CHECK(m.termStart == QDate(2023, 1, 1));
    REQUIRE(m.offices.size() == 1);
    CHECK(m.offices.first().kind == LegislatorOffice::Kind::District);
    CHECK(m.offices.first().name == QStringLiteral("Dearborn Office"));
    CHECK(m.offices.first().phone == QStringLiteral("313-555-0101"));
    CHECK(m.url == QStringLiteral("https://example.org/amal-haddad"));

    // Once the House role ends too, they are no member, and said so.
    QByteArray ended = kHaddad;
    ended.replace("- start_date: 2023-01-01\n", "- start_date: 2023-01-01\n  end_date: 2024-12-31\n");
    auto former = OpenStates::parsePerson(ended, QStringLiteral("haddad.yml"), kAsOf);
    REQUIRE(former.ok());
    CHECK_FALSE(former->member.has_value());
    CHECK(former->skipped.contains(QStringLiteral("Amal Haddad")));
    CHECK(former->skipped.contains(QStringLiteral("haddad.yml")));
}

TEST_CASE("malformed YAML and files of another schema are refused naming the file", "[legislatures][openstates]")
{
    auto malformed = OpenStates::parsePerson(
        "id: ocd-person/x\nname: Ann\nroles: [ {type: lower\n", QStringLiteral("data/mi/legislature/ann.yml"), kAsOf);
    REQUIRE_FALSE(malformed.ok());
    CHECK(malformed.error().code == Error::Code::InvalidInput);
    CHECK(malformed.error().message.contains(QStringLiteral("data/mi/legislature/ann.yml")));
    CHECK(malformed.error().message.contains(QStringLiteral("line 4")));

    // A committee file: an id and a name, but no roles.
    auto committee = OpenStates::parsePerson("id: ocd-organization/1\nname: Appropriations\nchamber: upper\n"
                                             "classification: committee\nmembers:\n- name: Ann\n",
        QStringLiteral("committee.yml"), kAsOf);
    REQUIRE_FALSE(committee.ok());
    CHECK(committee.error().message.contains(QStringLiteral("committee.yml")));
    CHECK(committee.error().message.contains(QStringLiteral("\"roles\"")));

    for (const QByteArray &other : {QByteArray("just a line\n"), QByteArray(), QByteArray("- 1\n- 2\n"),
             QByteArray("id: [1]\nname: {a: b}\nroles: 3\n")}) {
        auto refused = OpenStates::parsePerson(other, QStringLiteral("other.yml"), kAsOf);
        CHECK_FALSE(refused.ok());
    }
}

TEST_CASE("an Open States folder gives one body per state and skips Congress", "[legislatures][openstates]")
{
    QTemporaryDir dir;
    test::writeFolder(dir.path(),
        {test::openStatesFile(QStringLiteral("MI"), QStringLiteral("a1"), QStringLiteral("Ann One")),
            test::openStatesFile(QStringLiteral("MI"), QStringLiteral("a2"), QStringLiteral("Bo Two"),
                QStringLiteral("upper"), QStringLiteral("7")),
            test::openStatesFile(QStringLiteral("NE"), QStringLiteral("n1"), QStringLiteral("Cy Three"),
                QStringLiteral("legislature"), QStringLiteral("13")),
            {QStringLiteral("data/us/legislature/congress.yml"), "id: ocd-person/c\n"},
            {QStringLiteral("data/mi/retired/gone.yml"), "not: a legislator\n"},
            {QStringLiteral("data/mi/committees/c.yml"), "id: ocd-organization/1\n"}});

    // The project's root, its data/ folder and one state's folder all read.
    for (const QString &folder :
        {dir.path(), dir.filePath(QStringLiteral("data")), dir.filePath(QStringLiteral("data/mi"))}) {
        auto source = OpenStates::read(folder, kAsOf);
        INFO(folder.toStdString());
        REQUIRE(source.ok());
        REQUIRE_FALSE(source->bodies.isEmpty());
        CHECK(source->bodies.constFirst().body.code == QStringLiteral("us-mi"));
        CHECK(source->bodies.constFirst().body.name == QStringLiteral("Michigan Legislature"));
        CHECK(source->bodies.constFirst().members.size() == 2);
    }
    auto all = OpenStates::read(dir.path(), kAsOf);
    REQUIRE(all->bodies.size() == 2);
    const BodyMembers &nebraska = all->bodies.at(1);
    CHECK(nebraska.body.code == QStringLiteral("us-ne"));
    CHECK(nebraska.members.first().chamber == Chamber::Unicameral);
    REQUIRE(all->warnings.size() == 1);
    CHECK(all->warnings.first().contains(QStringLiteral("data/us")));

    // The same as a .tar.gz and as a .zip.
    for (const QString &name : {QStringLiteral("people.tar.gz"), QStringLiteral("people.zip")}) {
        const QString archive = dir.filePath(name);
        test::writeArchive(archive,
            {test::openStatesFile(QStringLiteral("MI"), QStringLiteral("a1"), QStringLiteral("Ann One")),
                test::openStatesFile(QStringLiteral("NE"), QStringLiteral("n1"), QStringLiteral("Cy Three"),
                    QStringLiteral("legislature"), QStringLiteral("13"))});
        auto packed = OpenStates::read(archive, kAsOf);
        REQUIRE(packed.ok());
        CHECK(packed->bodies.size() == 2);
    }
}

TEST_CASE("a refused Open States source writes nothing", "[legislatures][openstates]")
{
    test::TempWorkspace ws;
    QTemporaryDir dir;
    const SourceFile ann = test::openStatesFile(QStringLiteral("MI"), QStringLiteral("a1"), QStringLiteral("Ann One"));
    auto refusedWith = [&](const QString &name, const QList<SourceFile> &files, bool asArchive) {
        const QString path = dir.filePath(name);
        if (asArchive)
            test::writeArchive(path, files);
        else
            test::writeFolder(path, files);
        auto source = OpenStates::read(path, kAsOf);
        REQUIRE_FALSE(source.ok());
        CHECK(source.error().code == Error::Code::InvalidInput);
        return source.error().message;
    };

    const QString broken = refusedWith(QStringLiteral("broken"),
        {ann, {QStringLiteral("data/mi/legislature/bad.yml"), "id: x\nname: 'open\n"}}, false);
    CHECK(broken.contains(QStringLiteral("bad.yml")));

    // The same person in two files: both named.
    SourceFile twin = ann;
    twin.path = QStringLiteral("data/mi/legislature/a1-copy.yml");
    const QString twice = refusedWith(QStringLiteral("twice.tar.gz"), {ann, twin}, true);
    CHECK(twice.contains(QStringLiteral("data/mi/legislature/a1.yml")));
    CHECK(twice.contains(QStringLiteral("a1-copy.yml")));

    // An entry meant to land outside the folder refuses the whole archive, whatever it is.
    for (const QString &escape : {QStringLiteral("../data/mi/legislature/evil.yml"), QStringLiteral("/etc/evil.yml"),
             QStringLiteral("data/../../evil.txt")}) {
        const QString message = refusedWith(QStringLiteral("escape.tar.gz"), {ann, {escape, "x"}}, true);
        CHECK(message.contains(escape));
    }
    CHECK(ArchiveReader::isSafePath(QStringLiteral("data/mi/legislature/a..b.yml")));
    CHECK_FALSE(ArchiveReader::isSafePath(QStringLiteral("C:\\evil.yml")));

    CHECK(test::rowCount(ws.db(), QStringLiteral("legislators")) == 0);
    CHECK(test::rowCount(ws.db(), QStringLiteral("legislative_bodies")) == 1); // Congress alone
}

TEST_CASE("an import of several bodies is one transaction", "[legislatures][openstates]")
{
    test::TempWorkspace ws;
    MemberSource source
        = readOk({test::openStatesFile(QStringLiteral("MI"), QStringLiteral("a1"), QStringLiteral("Ann One")),
            test::openStatesFile(QStringLiteral("OH"), QStringLiteral("o1"), QStringLiteral("Ola One"))});
    // The second body's list names one member twice: the first body is not kept either.
    source.bodies[1].members.append(source.bodies[1].members.first());
    auto refused = LegislatureImport::run(ws.db(), source, LegislatureImport::Mode::Write);
    REQUIRE_FALSE(refused.ok());
    CHECK(test::rowCount(ws.db(), QStringLiteral("legislators")) == 0);
    CHECK(test::rowCount(ws.db(), QStringLiteral("legislative_bodies")) == 1);
}

TEST_CASE("people without a current seat are told with their state, and a state of only such people is left alone",
    "[legislatures][openstates]")
{
    SourceFile former = test::openStatesFile(QStringLiteral("MI"), QStringLiteral("f1"), QStringLiteral("Fay Former"));
    former.data.replace("- start_date: 2023-01-01\n", "- start_date: 2019-01-01\n  end_date: 2022-12-31\n");
    SourceFile ohio = test::openStatesFile(QStringLiteral("OH"), QStringLiteral("o1"), QStringLiteral("Ola Gone"));
    ohio.data.replace("- start_date: 2023-01-01\n", "- start_date: 2019-01-01\n  end_date: 2022-12-31\n");
    const MemberSource source = readOk(
        {test::openStatesFile(QStringLiteral("MI"), QStringLiteral("a1"), QStringLiteral("Ann One")), former, ohio});
    // No Ohio body: an empty list would mark every Ohio member in the workspace departed.
    REQUIRE(source.bodies.size() == 1);
    CHECK(source.bodies.first().members.size() == 1);
    REQUIRE(source.bodies.first().warnings.size() == 1);
    CHECK(source.bodies.first().warnings.first().contains(QStringLiteral("Fay Former")));
    REQUIRE(source.warnings.size() == 1);
    CHECK(source.warnings.first().contains(QStringLiteral("Ola Gone")));
}
