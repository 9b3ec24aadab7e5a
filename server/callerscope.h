#pragma once

#include "accounts.h"
#include "common/result.h"
#include "serverstore.h"
#include "targetindex.h"

#include <QHash>
#include <QSet>

namespace majlis::server {

// What a caller works with at one moment: the open campaigns of their chapters (and the
// organization's), the targets assigned to them there, and the tags their scripts put on people.
// Read through the request's scope; the caller's pull and push both start from it.
struct CallerScope
{
    static Result<CallerScope> load(ServerStore &store, const Account &account);

    // Every campaign and election of the caller's chapters and the organization's, open or not.
    QHash<QString, StoredRecord> campaigns;
    QHash<QString, StoredRecord> elections;
    // contact id -> campaign id -> target: the people assigned to the caller in open campaigns,
    // leases run out or not (a caller offline past the lease may still report the calls made).
    QHash<QString, QHash<QString, TargetAssignment>> assigned;
    // The tag names (nocaseKey) the scripts of those campaigns act with.
    QSet<QString> tagKeys;

    // The caller's people whose lease, if any, is still running: what their pull shows.
    QHash<QString, QHash<QString, TargetAssignment>> visible(qint64 now) const;
    // The election a campaign mobilizes for, '' for none or an unknown campaign.
    QString electionOf(const QString &campaignId) const;
};

// The tag names a campaign's script puts on people (folded as tags are compared).
QSet<QString> scriptTagKeys(const StoredRecord &campaign);

} // namespace majlis::server
