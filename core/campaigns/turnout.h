#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace majlis {

class Database;

// A person in an election's get-out-the-vote work.
struct TurnoutRow
{
    QString contactId;
    QString name;
    QString district; // what the chase list is grouped by: "MI-12", "us-mi house 3"; '' when unknown
    QString phone;    // stored form of the first number that is not marked bad
    bool pledged = false;
    bool voted = false;
    qint64 votedAt = 0;
};

struct DistrictTurnout
{
    QString district;
    int pledged = 0;
    int voted = 0; // of the pledged
};

struct TurnoutSummary
{
    int pledged = 0;
    int voted = 0;         // everyone marked voted
    int pledgedVoted = 0;  // of those who pledged
    QList<DistrictTurnout> districts; // by district, '' last
};

// Pledges to vote and votes cast for one election: who pledged, who has voted, and on election
// day the chase list of pledged people who have not, district by district.
class Turnout
{
    Q_DECLARE_TR_FUNCTIONS(Turnout)

public:
    explicit Turnout(Database &database) : m_database(database) {}

    Result<QList<TurnoutRow>> pledged(const QString &electionId) const;
    // Pledged, not yet voted, and not opted out; by district, then name.
    Result<QList<TurnoutRow>> chaseList(const QString &electionId) const;
    Result<TurnoutSummary> summary(const QString &electionId) const;
    // Any people, pledged or not, as the chase list shows them (district, number, marks), in the
    // order given: what a search on election day finds. Ids of nobody in the workspace are left out.
    Result<QList<TurnoutRow>> people(const QString &electionId, const QStringList &contactIds) const;
    // Marks people as having voted (or takes the mark back); they need not have pledged.
    Status markVoted(const QString &electionId, const QStringList &contactIds, bool voted = true);
    Status setPledged(const QString &electionId, const QStringList &contactIds, bool pledged = true);

private:
    Result<QList<TurnoutRow>> read(const QString &electionId, const QString &where) const;
    Status setFlag(const QString &electionId, const QStringList &contactIds, const QString &column, bool value);

    Database &m_database;
};

} // namespace majlis
