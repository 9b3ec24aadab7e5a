#pragma once

#include "campaigns/campaign.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>

namespace majlis {

class Database;

// Which contacts a list is built from. Every set field narrows it; an empty filter is everyone.
struct ListFilter
{
    QString chapterId;
    QStringList tags;         // any of them
    QString language;         // BCP 47 ("ar" also matches "ar-EG")
    QString usState;          // two letters
    QString bodyCode;         // with district: a district of that legislature, any chamber
    QString district;
    QString attendedEventId;  // checked in at that event
    QString voterStatus;      // a voter_records status key at any drive
    QString answeredCampaignId; // with question and answer: said that in that campaign
    QString question;
    QString answer;
    QString electionId;       // with pledgedOnly / notVotedOnly
    bool pledgedOnly = false;
    bool notVotedOnly = false;
};

// One person on a campaign's list, as the organizer's table shows them.
struct ListEntry
{
    QString contactId;
    QString name;
    int position = 0;
    QString assignee;
    int attempts = 0;
    bool done = false;
    QString lastResult; // result code key, '' before the first attempt
    QStringList languages;
};

// How far a campaign's list has come.
struct ListSize
{
    int listed = 0;
    int done = 0; // a final result, or tried as often as a person is tried
};

// What one volunteer holds of a list.
struct Share
{
    QString assignee; // '' for the people nobody has yet
    int open = 0;
    int done = 0;
};

// A volunteer to split a list among, with the languages they can call in.
struct Volunteer
{
    QString name; // their sync user name
    QStringList languages;
};

// Builds a campaign's list once, as a snapshot the callers then work through, and splits it
// among volunteers. People who asked not to be contacted, and people without consent for the
// campaign's channel (a phone bank's needs phone consent and a number that is not marked bad;
// a door list needs a street address), are never on it.
class CallList
{
    Q_DECLARE_TR_FUNCTIONS(CallList)

public:
    explicit CallList(Database &database) : m_database(database) {}

    // How many people the filter would add to the campaign's list now.
    Result<int> preview(const QString &campaignId, const ListFilter &filter) const;
    // Adds to the end of the list everyone the filter finds who is not on it yet; the number added.
    Result<int> build(const QString &campaignId, const ListFilter &filter);
    Result<QList<ListEntry>> entries(const QString &campaignId) const;
    // Every campaign's list at once, by campaign id (a campaign without a list is absent).
    Result<QHash<QString, ListSize>> sizes() const;
    // Who holds how much of the list: volunteers by name, then the people nobody has.
    Result<QList<Share>> shares(const QString &campaignId) const;

    // Splits the people nobody has yet, and nobody finished, into consecutive runs of about
    // equal size, one per volunteer (neighbours stay together on a door list).
    Result<int> assignByCount(const QString &campaignId, const QStringList &volunteers);
    // Gives each person to a volunteer who speaks one of their languages, the least loaded
    // first; people whose languages nobody speaks go to the least loaded volunteer.
    Result<int> assignByLanguage(const QString &campaignId, const QList<Volunteer> &volunteers);
    // Takes the people back from a volunteer who is no longer calling (every volunteer: empty).
    Result<int> unassign(const QString &campaignId, const QString &volunteer = {});

private:
    Result<QStringList> matching(const QString &campaignId, const ListFilter &filter) const;
    Result<int> assign(const QString &campaignId, const std::function<QString(const ListEntry &)> &choose);

    Database &m_database;
};

} // namespace majlis
