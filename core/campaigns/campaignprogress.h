#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <limits>

namespace majlis {

class Database;

// One volunteer's work on a campaign, and whether it looks like work really done.
struct CallerProgress
{
    QString caller;
    int attempts = 0;
    int contacts = 0; // attempts that reached the person
    int pledges = 0;
    int busiestMinute = 0; // the most results entered within any sixty seconds
    qint64 firstAt = 0;
    qint64 lastAt = 0;
    QString flag; // why an organizer should look (translated); empty when nothing stands out

    double contactRate() const { return attempts == 0 ? 0.0 : double(contacts) / attempts; }
};

struct AnswerCount
{
    QString question; // keys, as in the script
    QString answer;
    int count = 0;
};

struct DayProgress
{
    QDate day; // this computer's local date
    int attempts = 0;
    int contacts = 0;
    int pledges = 0;
};

struct CampaignTotals
{
    int listed = 0;
    int finished = 0;   // a final result, or three tries
    int attempts = 0;
    int contacts = 0;
    int pledges = 0;
    int followUps = 0;
    int optOuts = 0;
    QMap<QString, int> byCode; // result code key -> attempts
    QList<CallerProgress> callers; // by name
    QList<AnswerCount> answers;    // in script order of questions, then answer order
    QList<DayProgress> days;       // oldest first

    double contactRate() const { return attempts == 0 ? 0.0 : double(contacts) / attempts; }
};

// Progress and quality of a campaign from its results, and the organizer's roll-back of work
// that was not really done.
class CampaignProgress
{
    Q_DECLARE_TR_FUNCTIONS(CampaignProgress)

public:
    // Thresholds of the quality flag: more results than this in one minute, or a contact rate
    // above kSuspiciousRate over at least kRateMinimumAttempts attempts.
    static constexpr int kMaxResultsPerMinute = 12;
    static constexpr double kSuspiciousRate = 0.95;
    static constexpr int kRateMinimumAttempts = 30;

    explicit CampaignProgress(Database &database) : m_database(database) {}

    Result<CampaignTotals> totals(const QString &campaignId) const;

    // Withdraws a volunteer's results between two moments (UTC ms, inclusive): they no longer
    // count, the people are open to be called again, and the pledges and opt-outs only those
    // results made are lifted. Returns how many results were withdrawn.
    Result<int> rollBack(const QString &campaignId, const QString &caller, qint64 from = 0,
                         qint64 to = std::numeric_limits<qint64>::max());

private:
    Database &m_database;
};

} // namespace majlis
