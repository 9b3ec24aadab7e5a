#pragma once

#include "accounts.h"
#include "callerscope.h"
#include "refusal.h"
#include "serverstore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace majlis::server {

// What a caller may push (server/PROTOCOL.md, "The caller role"): what their calls found, about
// the people assigned to them, and nothing else. A result in their own name, the attempts and
// done mark of their own targets, an opt-out, a number found bad, an entry in the person's
// history, a tag a script's answer puts on them, a pledge to vote. Checked before the ordinary
// checks, which every change must pass as well.
class CallerWrites
{
    Q_DECLARE_TR_FUNCTIONS(CallerWrites)

public:
    CallerWrites(ServerStore &store, const Account &account) : m_store(store), m_account(account) {}

    // A refusal, or nothing when the change may go on. `fields` are the pushed fields as
    // PushedFields::read returns them ({name: {"v", "c", "b"}}).
    std::optional<Refusal> check(const QString &table, const std::optional<StoredRecord> &stored, const QJsonObject &pushedFields);

private:
    std::optional<Refusal> checkTag(const QString &tagId);
    bool assigned(const QString &contactId, const QString &campaignId = {}) const;
    bool assignedForElection(const QString &contactId, const QString &electionId) const;

    ServerStore &m_store;
    const Account &m_account;
    // Loaded at the first change of a push; a caller's push cannot change whom they are assigned.
    std::optional<CallerScope> m_scope;
};

} // namespace majlis::server
