#pragma once

#include "campaigns/campaignscript.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace majlis {

// An election a chapter mobilizes its community for.
struct Election
{
    QString id;
    QString name;
    QDate date;
    QString jurisdiction;
    QString chapterId;
};

enum class CampaignKind { Phone, Door, Gotv };
QString campaignKindKey(CampaignKind kind);
std::optional<CampaignKind> campaignKindFromKey(const QString &key);
QString campaignKindName(CampaignKind kind); // translated

// A phone bank, a door-knocking effort or a get-out-the-vote drive: its list, script and results.
struct Campaign
{
    QString id;
    QString name;
    CampaignKind kind = CampaignKind::Phone;
    QString chapterId;  // empty: the whole organization
    QString electionId; // empty: not tied to an election
    QDate startsOn;
    QDate endsOn;
    bool closed = false;
    CampaignScript script;
};

// What came of one attempt, as organizers record it.
enum class ResultCode {
    Contacted,
    NotHome,
    LeftMessage,
    Busy,
    Refused,
    Moved,
    WrongNumber,
    Disconnected,
    LanguageBarrier,
    Deceased,
    DoNotContact,
};
QString resultCodeKey(ResultCode code);
std::optional<ResultCode> resultCodeFromKey(const QString &key);
QString resultCodeName(ResultCode code); // translated
QList<ResultCode> allResultCodes();
// The results a campaign of this kind can have, in allResultCodes() order: at a door nobody
// leaves a message, hears a busy tone or dials a wrong or disconnected number.
QList<ResultCode> resultCodesFor(CampaignKind kind);

// Whether a result ends the work on this person for the campaign (a busy line is tried again).
bool isFinal(ResultCode code);
// Whether the number dialled must not be dialled again.
bool marksNumberBad(ResultCode code);
// The reason a result alone puts on the person's do-not-contact mark; empty when it does not.
// A refusal opts out only when the caller says so (recordOptions::optOut).
QString impliedOptOut(ResultCode code);

// Why a person must not be contacted: stored keys of contacts.do_not_contact.
QString optOutReasonName(const QString &key); // translated

} // namespace majlis
