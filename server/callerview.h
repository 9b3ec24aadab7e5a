#pragma once

#include "accounts.h"
#include "callerscope.h"
#include "pullcursor.h"
#include "pullpage.h"
#include "serverstore.h"

#include <QJsonArray>
#include <QSet>

#include <map>

namespace majlis::server {

// The contact columns a caller receives: what tells them who they are calling and in which
// language, where the door is, and whether the person opted out. Never notes, organization,
// role, skills, interests or birthday.
const QStringList &callerContactFields();

// A caller's pull (server/PROTOCOL.md, "The caller role"). A caller sees no chapter feed: each
// pull works out again who is theirs now (assignments change, and leases run out with nobody
// writing anything) and sends what changed since the last pull, everything about a person who
// became theirs, and the removal of a person who no longer is. The people a laptop holds travel
// in the cursor, so the server keeps no state per laptop.
//
// A pass goes through units in key order: each row of the chapters' campaigns, elections and
// the tags the scripts use, then each person with their rows. A page ends between two units,
// and the cursor then holds the last one sent and the positions the pass started from.
class CallerView
{
public:
    CallerView(ServerStore &store, const Account &account, qint64 now) : m_store(store), m_account(account), m_now(now) {}

    // The answer's body. The caller sets the transaction and its read scope (the user's chapters
    // and the organization's).
    Result<QByteArray> page(const pullcursor::Decoded &cursor, int limit, qsizetype maxPageBytes);

private:
    struct Unit
    {
        enum class Kind { Row, Tag, Person } kind = Kind::Row;
        StoredRecord record; // for Row and for a Tag still needed
        QString id;          // the tag or the contact
    };
    Status addUnits(std::map<QString, Unit> &units, const QHash<QString, QSet<QString>> &held, const QSet<QString> &heldTags);
    Status process(const Unit &unit, const QHash<QString, QSet<QString>> &held, const QSet<QString> &heldTags);
    Status person(const QString &contactId, const QSet<QString> &heldCampaigns);
    Status dropPerson(const QString &contactId);

    bool fresh(const StoredRecord &record) const;
    void send(const StoredRecord &record, bool asCaller = false);
    // Takes a row off the laptop: as erased when it was, else as an eviction.
    void remove(const StoredRecord &record);
    int sent() const { return m_rows + int(m_evictions.size()); }

    ServerStore &m_store;
    const Account &m_account;
    qint64 m_now;
    CallerScope m_scope;
    QHash<QString, QHash<QString, TargetAssignment>> m_visible;
    QSet<QString> m_neededTags;
    QJsonObject m_positions; // chapter -> the feed position everything up to which the laptop has
    PullPage m_page;
    int m_rows = 0;
    QJsonArray m_evictions;
};

} // namespace majlis::server
