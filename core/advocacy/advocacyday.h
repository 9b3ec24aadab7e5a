#pragma once

#include "advocacy/capitolcampus.h"
#include "legislatures/legislativebody.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace majlis {

// One thing the day asks every office for: a bill to cosponsor, a vote, a letter to sign.
struct Ask
{
    QString id;
    QString bill;  // "H.R. 1234"
    QString title;
    QString talkingPoints;

    bool operator==(const Ask &) const = default;
};

// An advocacy day at one legislature's capitol. Times are minutes after midnight in the day's
// own time zone.
struct AdvocacyDay
{
    QString id;
    QString bodyId = bodies::congressId();
    QString title;
    QDate date;
    QString city = QStringLiteral("Washington, DC");
    QString theme;
    QString timeZone = QStringLiteral("America/New_York");
    int windowStart = 9 * 60;
    int windowEnd = 17 * 60;
    int slotMinutes = 30;
    int maxTeamSize = 8;
    WalkingTimes walking;
    QStringList leaveBehinds; // paths of the files each team hands over
    QString notes;
    QList<Ask> asks;

    bool operator==(const AdvocacyDay &) const = default;
};

enum class AttendeeRole { Constituent, TeamLead, NoteTaker, FirstTimer };

// A contact registered for a day. State and districts come from the contact: their district in
// each chamber of the day's body (contactdistricts.h).
struct Attendee
{
    QString id;
    QString contactId;
    AttendeeRole role = AttendeeRole::Constituent;
    QString name;
    QString state;
    QMap<Chamber, QString> districts;
    int earlierDays = 0; // advocacy days attended before this one: experience for leading a team

    // "MI-12", "MI" without a district; with both chambers' districts when they differ
    // ("MI-12/31"): the lower chamber's (or the only one's) first.
    QString seat() const;

    bool operator==(const Attendee &) const = default;
};

// A time an office confirmed for a meeting, or a time it cannot meet.
struct OfficeTime
{
    enum class Kind { Confirmed, Blackout };

    QString id;
    QString legislatorId;
    Kind kind = Kind::Confirmed;
    int start = 0;
    int end = 0;

    bool operator==(const OfficeTime &) const = default;
};

enum class Outcome { Supportive, Undecided, Opposed, NoAnswer };

struct FollowUp
{
    QString id;
    QString description;
    QDate due;
    bool done = false;

    bool operator==(const FollowUp &) const = default;
};

// A team's meeting with one office, and afterwards what came of it.
struct Meeting
{
    enum class Status { Planned, Held, Cancelled };
    enum class MetRole { Unknown, Member, Staffer };

    QString id;
    QString legislatorId;
    int start = 0;
    int end = 0;
    bool pinned = false; // placed by hand; the scheduler leaves it where it is
    QString leadAttendeeId;
    QStringList attendeeIds; // sorted

    Status status = Status::Planned;
    QString metWith;
    MetRole metRole = MetRole::Unknown;
    QString reportNotes;
    QMap<QString, Outcome> outcomes; // by ask id
    QList<FollowUp> followUps;

    // A pinned meeting, or one that already has a report, is fixed: scheduling again keeps it.
    bool isFixed() const { return pinned || status != Status::Planned; }
    bool operator==(const Meeting &) const = default;
};

QString roleKey(AttendeeRole role);
std::optional<AttendeeRole> roleFromKey(const QString &key);
QString roleName(AttendeeRole role); // translated
QString outcomeKey(Outcome outcome);
std::optional<Outcome> outcomeFromKey(const QString &key);
QString outcomeName(Outcome outcome); // translated
QString formatMinutes(int minutes);   // "09:30"
// "9:30", "09:30", "930" or "9" → minutes after midnight
std::optional<int> parseMinutes(const QString &text);

} // namespace majlis
