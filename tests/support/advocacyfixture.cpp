#include "support/advocacyfixture.h"

#include "advocacy/dayrepository.h"
#include "advocacy/legislatorfile.h"
#include "advocacy/legislatorrepository.h"
#include "contacts/chapter.h"
#include "contacts/contactrepository.h"

#include <catch2/catch.hpp>

namespace majlis::test {

const QByteArray kWashingtonCongress
    = "bioguide_id,type,state,district,full_name,last_name,address,phone\n"
      "S1,sen,WA,,Ann Senator,Senator,511 Hart Senate Office Building Washington DC 20510,202-224-0001\n"
      "S2,sen,WA,,Bo Senator,Senator,479A Russell Senate Office Building Washington DC 20510,202-224-0002\n"
      "H1,rep,WA,1,Cy Rep,Rep,2107 Rayburn House Office Building Washington DC 20515,202-225-0001\n"
      "H2,rep,WA,2,Di Rep,Rep,1 Cannon House Office Building Washington DC 20515,202-225-0002\n";

void importLegislators(Database &database, const QByteArray &csv)
{
    auto parsed = LegislatorFile::parse(csv);
    REQUIRE(parsed.ok());
    REQUIRE(LegislatorRepository(database).importCurrent(parsed->legislators).ok());
}

QString addContactAt(Database &database, const QString &given, const QString &postcode)
{
    Contact c;
    c.givenName = given;
    c.familyName = QStringLiteral("Test");
    c.address.postalCode = postcode;
    auto created = ContactRepository(database).create(c);
    REQUIRE(created.ok());
    return created->id;
}

QString addConstituent(
    Database &database, const QString &given, const QString &family, const QString &state, std::optional<int> district)
{
    ChapterRepository chapters(database);
    auto chapter = chapters.findByName(QStringLiteral("Seattle"));
    if (!chapter)
        chapter = chapters.create({{}, QStringLiteral("Seattle"), {}, {}, QStringLiteral("US")});
    REQUIRE(chapter.ok());
    Contact c;
    c.givenName = given;
    c.familyName = family;
    c.usState = state;
    c.district = district;
    c.chapterId = chapter->id;
    auto created = ContactRepository(database).create(c);
    REQUIRE(created.ok());
    return created->id;
}

AdvocacyDay createDay(Database &database, const QString &title, const QList<std::pair<QString, QString>> &asks)
{
    AdvocacyDay day;
    day.title = title;
    day.date = QDate(2027, 3, 4);
    for (const auto &[bill, askTitle] : asks)
        day.asks.append({{}, bill, askTitle, {}});
    auto created = DayRepository(database).create(day);
    REQUIRE(created.ok());
    return created.value();
}

} // namespace majlis::test
