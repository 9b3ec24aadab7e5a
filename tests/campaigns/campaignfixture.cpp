#include "campaignfixture.h"

#include "campaigns/campaignrepository.h"
#include "contacts/contactrepository.h"

#include <catch2/catch.hpp>

namespace majlis::test {

Contact callableContact(const QString &given, const QString &family, int number, const QStringList &tags,
                        const QStringList &languages)
{
    Contact c;
    c.givenName = given;
    c.familyName = family;
    c.address.country = QStringLiteral("US");
    c.usState = QStringLiteral("MI");
    c.phones = {{QStringLiteral("mobile"), QStringLiteral("+1 313 555 %1").arg(number, 4, 10, QLatin1Char('0'))}};
    c.consents = {{ConsentChannel::Phone, true, QDate(2026, 1, 10), QStringLiteral("sign-up form")}};
    c.tags = tags;
    c.languages = languages;
    return c;
}

Contact doorContact(const QString &given, const QString &family, const QString &street, const QStringList &tags,
                    const QStringList &languages)
{
    Contact c;
    c.givenName = given;
    c.familyName = family;
    c.address.street = street;
    c.address.locality = QStringLiteral("Dearborn");
    c.address.postalCode = QStringLiteral("48126");
    c.address.country = QStringLiteral("US");
    c.usState = QStringLiteral("MI");
    c.tags = tags;
    c.languages = languages;
    return c;
}

QStringList addContacts(Database &db, const QList<Contact> &contacts)
{
    QStringList ids;
    ContactRepository repository(db);
    for (const Contact &c : contacts) {
        auto saved = repository.create(c);
        REQUIRE(saved.ok());
        ids.append(saved->id);
    }
    return ids;
}

ListFilter tagged(const QString &tag)
{
    ListFilter filter;
    filter.tags = {tag};
    return filter;
}

QByteArray sampleScriptYaml()
{
    return R"(introduction: "Hello, this is {caller} with the Dearborn chapter."
questions:
  - key: plan
    text: Do you plan to vote on 3 November?
    kind: yes_no
    answers:
      - {key: "yes", label: "Yes", action: pledge}
      - {key: "no", label: "No"}
  - key: issues
    text: Which issues matter most to you?
    kind: multiple
    answers:
      - {key: civil_rights, label: Civil rights, action: "tag:Civil rights"}
      - {key: economy, label: Economy}
  - key: registered
    text: Are you registered to vote at your current address?
    kind: single
    answers:
      - {key: "yes", label: "Yes"}
      - {key: not_sure, label: Not sure, action: follow_up}
      - {key: stop, label: Please stop calling, action: do_not_contact}
  - key: comment
    text: Anything you want us to know?
    kind: text
)";
}

Campaign createPhoneBank(Database &db, const QString &name, CampaignKind kind)
{
    CampaignRepository repository(db);
    Election election;
    election.name = QStringLiteral("General election 2026");
    election.date = QDate(2026, 11, 3);
    election.jurisdiction = QStringLiteral("Michigan");
    auto savedElection = repository.createElection(election);
    REQUIRE(savedElection.ok());
    auto script = CampaignScriptFormat::fromYaml(sampleScriptYaml());
    REQUIRE(script.ok());
    Campaign campaign;
    campaign.name = name;
    campaign.kind = kind;
    campaign.electionId = savedElection->id;
    campaign.script = script.value();
    auto saved = repository.create(campaign);
    REQUIRE(saved.ok());
    return saved.value();
}

} // namespace majlis::test
