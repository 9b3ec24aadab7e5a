#include "campaignuifixture.h"

#include "campaigns/calllist.h"
#include "campaigns/campaignfixture.h"
#include "contacts/phoneregion.h"

#include <catch2/catch.hpp>

namespace majlis::test {

PhoneBank::PhoneBank(CampaignKind kind)
{
    REQUIRE(phoneregion::setWorkspaceRegion(ws.db(), QStringLiteral("US")));
    QList<Contact> people {callableContact(QStringLiteral("Amina"), QStringLiteral("Ahmed"), 1,
                               {QStringLiteral("Callers")}, {QStringLiteral("ar")}),
        callableContact(
            QStringLiteral("Bilal"), QStringLiteral("Baker"), 2, {QStringLiteral("Callers")}, {QStringLiteral("en")}),
        callableContact(
            QStringLiteral("Camila"), QStringLiteral("Castro"), 3, {QStringLiteral("Callers")}, {QStringLiteral("es")}),
        callableContact(QStringLiteral("Dawud"), QStringLiteral("Daniels"), 4, {QStringLiteral("Callers")},
            {QStringLiteral("ur"), QStringLiteral("en")})};
    // A door list walks houses: the same street, numbers in the order of the people.
    for (int i = 0; i < people.size(); ++i) {
        people[i].address.street = QStringLiteral("%1 Warren Ave").arg(100 + i * 2);
        people[i].address.locality = QStringLiteral("Dearborn");
        people[i].address.postalCode = QStringLiteral("48126");
    }
    ids = addContacts(ws.db(), people);
    campaign = createPhoneBank(ws.db(), QStringLiteral("November phone bank"), kind);
    REQUIRE(CallList(ws.db()).build(campaign.id, tagged(QStringLiteral("Callers"))).value() == 4);
}

} // namespace majlis::test
