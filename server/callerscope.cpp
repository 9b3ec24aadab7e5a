#include "callerscope.h"

#include "username.h"

#include "campaigns/campaignscript.h"
#include "common/naturalid.h"

#include <QJsonDocument>

namespace majlis::server {

QSet<QString> scriptTagKeys(const StoredRecord &campaign)
{
    QSet<QString> keys;
    const QJsonObject json = QJsonDocument::fromJson(campaign.data.value(QStringLiteral("script")).toString().toUtf8()).object();
    const auto script = CampaignScriptFormat::fromJson(json);
    if (!script)
        return keys; // a script the server cannot read acts with no tag
    for (const ScriptQuestion &question : script->questions) {
        for (const ScriptAnswer &answer : question.answers) {
            if (answer.action.kind == AnswerAction::Kind::Tag)
                keys.insert(nocaseKey(answer.action.tag.trimmed()));
        }
    }
    return keys;
}

Result<CallerScope> CallerScope::load(ServerStore &store, const Account &account)
{
    CallerScope scope;
    QStringList chapters{QString()};
    chapters += account.chapterIds;
    for (const QString &chapter : std::as_const(chapters)) {
        for (const auto &[table, into] : {std::pair{QStringLiteral("campaigns"), &scope.campaigns},
                                          std::pair{QStringLiteral("elections"), &scope.elections}}) {
            auto rows = store.tableRows(chapter, table);
            if (!rows)
                return rows.error();
            for (StoredRecord &row : rows.value()) {
                const QString id = row.id;
                into->insert(id, std::move(row));
            }
        }
    }
    auto targets = TargetIndex(store.connection()).assignedTo(UserName::key(account.name));
    if (!targets)
        return targets.error();
    QSet<QString> working;
    for (const TargetAssignment &target : targets.value()) {
        const auto campaign = scope.campaigns.constFind(target.campaignId);
        if (!account.chapterIds.contains(target.chapterKey) || campaign == scope.campaigns.cend() || !isOpenCampaign(*campaign))
            continue;
        scope.assigned[target.contactId].insert(target.campaignId, target);
        working.insert(target.campaignId);
    }
    for (const QString &campaign : std::as_const(working))
        scope.tagKeys.unite(scriptTagKeys(scope.campaigns.value(campaign)));
    return scope;
}

QHash<QString, QHash<QString, TargetAssignment>> CallerScope::visible(qint64 now) const
{
    QHash<QString, QHash<QString, TargetAssignment>> shown;
    for (auto person = assigned.begin(); person != assigned.end(); ++person) {
        for (const TargetAssignment &target : person.value()) {
            if (target.leaseUntil == 0 || target.leaseRunning(now))
                shown[person.key()].insert(target.campaignId, target);
        }
    }
    return shown;
}

QString CallerScope::electionOf(const QString &campaignId) const
{
    return campaigns.value(campaignId).data.value(QStringLiteral("election_id")).toString();
}

} // namespace majlis::server
