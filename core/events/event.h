#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace majlis {

enum class EventKind { VoterRegistration, Interfaith, TownHall, Training, Cultural, Community, Other };

// A community event. Times are the wall-clock times of the place, as people write them on a
// flyer; timeZone names that place's zone (eventtimezone.h resolves an empty one).
struct Event
{
    QString id;
    QString title;
    EventKind kind = EventKind::Community;
    QString chapterId;
    QDateTime startsAt; // wall-clock time in timeZone, held without a zone
    QDateTime endsAt;
    QString timeZone; // IANA id ("Europe/London"); empty: the chapter's, workspace's or system's
    QString place;
    int capacity = 0; // 0: no limit
    QString notes;

    bool operator==(const Event &) const = default;
};

// Someone registered for an event, or who came: checkedInAt is set at the door.
struct Attendance
{
    QString contactId;
    QString name;
    QString email;
    QString phone;
    bool registered = true;
    bool walkIn = false;
    std::optional<qint64> checkedInAt; // UTC ms

    bool operator==(const Attendance &) const = default;
};

// What a voter-registration drive learned about one person.
struct VoterRecord
{
    enum class Status { Unknown, RegisteredHere, AlreadyRegistered, NeedsFollowUp, NotEligible };

    QString contactId;
    QString name; // filled in when read
    std::optional<bool> eligible;
    Status status = Status::Unknown;
    bool pledged = false;
    bool followUpDone = false;
    QString notes;

    bool operator==(const VoterRecord &) const = default;
};

QString eventKindKey(EventKind kind);
std::optional<EventKind> eventKindFromKey(const QString &key);
QString eventKindName(EventKind kind); // translated
QList<EventKind> allEventKinds();
QString voterStatusKey(VoterRecord::Status status);
std::optional<VoterRecord::Status> voterStatusFromKey(const QString &key);
QString voterStatusName(VoterRecord::Status status); // translated

} // namespace majlis
