#include "demo/democampaigns.h"

#include "campaigns/calllist.h"
#include "campaigns/callsession.h"
#include "campaigns/campaignrepository.h"

namespace majlis {

namespace {

// Demo text, like the demo's names and partners: English, whatever the interface's language.
const char kScript[]
    = R"(introduction: "Hello {name}, this is {caller}, a volunteer with the Dearborn chapter. We're calling our members about the coming election."
questions:
  - key: plan
    text: Do you plan to vote in the general election?
    kind: yes_no
    answers:
      - {key: "yes", label: "Yes", action: pledge}
      - {key: "no", label: "No"}
      - {key: unsure, label: "Not sure yet"}
  - key: registered
    text: Are you registered at your current address?
    kind: single
    answers:
      - {key: "yes", label: "Yes"}
      - {key: not_sure, label: "Not sure", action: follow_up}
  - key: ride
    text: Would a ride to the polls help?
    kind: yes_no
    answers:
      - {key: "yes", label: "Yes", action: "tag:needs-ride"}
      - {key: "no", label: "No"}
)";

} // namespace

Status DemoCampaigns::populate(Database &database, const QDate &today)
{
    CampaignRepository repository(database);
    auto existing = repository.list();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return success();
    Election election;
    election.name = QStringLiteral("General election");
    election.date = today.addMonths(2);
    election.jurisdiction = QStringLiteral("Michigan");
    auto savedElection = repository.createElection(election);
    if (!savedElection)
        return savedElection.error();
    auto script = CampaignScriptFormat::fromYaml(kScript);
    if (!script)
        return script.error();
    Campaign campaign;
    campaign.name = QStringLiteral("Volunteer phone bank");
    campaign.electionId = savedElection->id;
    campaign.startsOn = today;
    campaign.endsOn = election.date.addDays(-1);
    campaign.script = script.value();
    auto saved = repository.create(campaign);
    if (!saved)
        return saved.error();

    CallList list(database);
    ListFilter volunteers;
    volunteers.tags = {QStringLiteral("volunteer")};
    if (auto built = list.build(saved->id, volunteers); !built)
        return built.error();
    if (auto given = list.assignByCount(saved->id, {QStringLiteral("amina"), QStringLiteral("yusuf")}); !given)
        return given.error();

    // A first evening's calls by one volunteer: some reached, some not.
    CallSession session(database, saved->id, QStringLiteral("amina"));
    const QList<std::pair<ResultCode, QJsonObject>> calls {
        {ResultCode::Contacted,
            {{QStringLiteral("plan"), QStringLiteral("yes")}, {QStringLiteral("registered"), QStringLiteral("yes")}}},
        {ResultCode::NotHome, {}},
        {ResultCode::Contacted,
            {{QStringLiteral("plan"), QStringLiteral("unsure")},
                {QStringLiteral("registered"), QStringLiteral("not_sure")},
                {QStringLiteral("ride"), QStringLiteral("yes")}}},
        {ResultCode::LeftMessage, {}},
        {ResultCode::Contacted, {{QStringLiteral("plan"), QStringLiteral("yes")}}},
    };
    for (const auto &[code, answers] : calls) {
        auto next = session.next();
        if (!next)
            return next.error();
        if (!next->has_value())
            break;
        if (auto s = session.record(next->value().contactId, code, answers); !s)
            return s;
    }
    return success();
}

} // namespace majlis
