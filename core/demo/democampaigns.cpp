#include "demo/democampaigns.h"

#include "campaigns/calllist.h"
#include "campaigns/callsession.h"
#include "campaigns/campaignrepository.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace majlis {

namespace {

// U.S. elections fall on the Tuesday after the first Monday of November (federal ones in even
// years, many state and local ones in odd years): the next one to come.
QDate nextElectionDay(const QDate &today)
{
    for (int year = today.year();; ++year) {
        QDate day(year, 11, 2);
        while (day.dayOfWeek() != Qt::Tuesday)
            day = day.addDays(1);
        if (day >= today)
            return day;
    }
}

const char kScript[] = R"(introduction: "Hello {name}, this is {caller}, a volunteer with your local chapter. We are calling neighbours about the election on {date}."
questions:
  - key: plan
    text: "Do you plan to vote in this election?"
    kind: yes_no
    answers:
      - {key: "yes", label: "Yes, I will vote", action: pledge}
      - {key: "no", label: "No"}
  - key: registered
    text: "Are you registered at your current address?"
    kind: single
    answers:
      - {key: "yes", label: "Yes"}
      - {key: not_sure, label: "Not sure", action: follow_up}
      - {key: "no", label: "No", action: follow_up}
  - key: issues
    text: "Which issues matter most to you this year?"
    kind: multiple
    answers:
      - {key: civil_rights, label: "Civil rights", action: "tag:civil rights"}
      - {key: health, label: "Health care"}
      - {key: education, label: "Education"}
      - {key: immigration, label: "Immigration"}
  - key: ride
    text: "Would you like a ride to the polls, or help with anything else?"
    kind: text
)";

} // namespace

Status DemoCampaigns::populate(Database &database, const QDate &today, quint32 seed)
{
    CampaignRepository campaigns(database);
    auto existing = campaigns.list();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return success();

    Election election;
    election.name = QStringLiteral("Election day %1").arg(nextElectionDay(today).year());
    election.date = nextElectionDay(today);
    election.jurisdiction = QStringLiteral("United States");
    auto savedElection = campaigns.createElection(election);
    if (!savedElection)
        return savedElection.error();

    // QDate::toString with a format writes English month names, as the rest of the demo is English.
    auto script = CampaignScriptFormat::fromYaml(
        QString::fromUtf8(kScript).replace(QStringLiteral("{date}"), election.date.toString(QStringLiteral("MMMM d"))).toUtf8());
    if (!script)
        return script.error();
    Campaign phoneBank;
    phoneBank.name = QStringLiteral("Pledge to vote phone bank");
    phoneBank.kind = CampaignKind::Phone;
    phoneBank.electionId = savedElection->id;
    phoneBank.startsOn = today.addDays(-7);
    phoneBank.endsOn = election.date;
    phoneBank.script = script.value();
    auto savedPhoneBank = campaigns.create(phoneBank);
    if (!savedPhoneBank)
        return savedPhoneBank.error();

    CallList list(database);
    ListFilter voters;
    voters.tags = {QStringLiteral("voter-registration"), QStringLiteral("volunteer")};
    if (auto built = list.build(savedPhoneBank->id, voters); !built)
        return built.error();
    if (auto assigned = list.assignByLanguage(savedPhoneBank->id, {{QStringLiteral("amina"), {QStringLiteral("ar"), QStringLiteral("en")}},
                                                                   {QStringLiteral("bilal"), {QStringLiteral("ur"), QStringLiteral("en")}}});
        !assigned)
        return assigned.error();

    // About a third of each volunteer's share worked, with the mix of results a real evening has.
    QRandomGenerator rng(seed);
    for (const QString &caller : {QStringLiteral("amina"), QStringLiteral("bilal")}) {
        CallSession session(database, savedPhoneBank->id, caller);
        auto first = session.next();
        if (!first)
            return first.error();
        const int toWork = first->has_value() ? (*first)->remaining / 3 : 0;
        for (int i = 0; i < toWork; ++i) {
            auto card = session.next();
            if (!card)
                return card.error();
            if (!card->has_value())
                break;
            const QString contactId = (*card)->contactId;
            const quint32 roll = rng.bounded(100);
            Status recorded = success();
            if (roll < 45) {
                QJsonObject answers{{QStringLiteral("plan"), roll < 35 ? QStringLiteral("yes") : QStringLiteral("no")},
                                    {QStringLiteral("registered"), roll % 4 == 0 ? QStringLiteral("not_sure") : QStringLiteral("yes")}};
                if (roll % 3 == 0)
                    answers.insert(QStringLiteral("issues"), QJsonArray{QStringLiteral("civil_rights"), QStringLiteral("health")});
                recorded = session.record(contactId, ResultCode::Contacted, answers);
            } else if (roll < 75) {
                recorded = session.record(contactId, ResultCode::NotHome);
            } else if (roll < 85) {
                recorded = session.record(contactId, ResultCode::LeftMessage);
            } else if (roll < 92) {
                recorded = session.record(contactId, ResultCode::WrongNumber);
            } else if (roll < 97) {
                recorded = session.record(contactId, ResultCode::Refused);
            } else {
                recorded = session.record(contactId, ResultCode::Refused, {}, {QStringLiteral("refused"), {}});
            }
            if (!recorded)
                return recorded;
        }
    }

    Campaign doors;
    doors.name = QStringLiteral("Neighbourhood door knocking");
    doors.kind = CampaignKind::Door;
    doors.electionId = savedElection->id;
    doors.startsOn = today;
    doors.endsOn = election.date;
    doors.script = script.value();
    auto savedDoors = campaigns.create(doors);
    if (!savedDoors)
        return savedDoors.error();
    ListFilter neighbours;
    neighbours.tags = {QStringLiteral("youth"), QStringLiteral("student")};
    if (auto built = list.build(savedDoors->id, neighbours); !built)
        return built.error();
    return success();
}

} // namespace majlis
