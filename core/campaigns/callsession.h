#pragma once

#include "campaigns/campaign.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace majlis {

class Database;

// The person a caller (or canvasser) works next, with what the script and the call need.
struct CallCard
{
    QString contactId;
    QString name;
    QString phone;        // stored form (E.164 when known); empty on a door list without one
    QString phoneDisplay; // as dialled from the contact's country
    bool phoneReadable = true;
    QString phoneRegion;
    QStringList languages;
    QString street;
    QString locality;
    QString postalCode;
    int attempts = 0;     // earlier attempts in this campaign
    // The last time anyone from the organization reached out, in any campaign.
    QString lastResult;   // result code key; '' when never
    qint64 lastResultAt = 0;
    QString lastCampaign;
    int remaining = 0;    // people still open for this caller, this one included
};

struct RecordOptions
{
    // A refusal that should also opt the person out: 'refused' or 'hostile' ('' to keep them).
    QString optOut;
    // The number that was dialled, marked bad by a wrong-number or disconnected result; the
    // card's number when empty.
    QString phone;
};

// One volunteer working a campaign's list: next() hands out the next person who is theirs (or
// nobody's yet), record() saves a result in one transaction the moment it is entered, with
// what its answers and code imply (a tag, a pledge, a follow-up, an opt-out, a bad number)
// and an entry in the person's history.
class CallSession
{
    Q_DECLARE_TR_FUNCTIONS(CallSession)

public:
    // After three attempts without a final result a person is not tried again.
    static constexpr int kMaxAttempts = 3;

    CallSession(Database &database, QString campaignId, QString caller);

    // Nobody (an empty optional) when the caller's list is done. `skipping` holds people the
    // caller passed over in this sitting.
    Result<std::optional<CallCard>> next(const QStringList &skipping = {}) const;
    // One person on the campaign's list, whoever has them: results collected on paper are
    // entered person by person. `remaining` counts this caller's open people as next() does.
    Result<CallCard> card(const QString &contactId) const;
    Status record(const QString &contactId, ResultCode code, const QJsonObject &answers = {},
                  const RecordOptions &options = {});

    const QString &caller() const { return m_caller; }

private:
    Database &m_database;
    QString m_campaignId;
    QString m_caller;
};

} // namespace majlis
