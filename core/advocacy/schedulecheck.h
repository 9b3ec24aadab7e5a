#pragma once

#include "advocacy/advocacyday.h"
#include "advocacy/legislator.h"

#include <QCoreApplication>
#include <QList>

namespace majlis {

// A rule a planned meeting breaks; the grid shows them as the organizer drags meetings about.
struct Conflict
{
    enum class Kind {
        AttendeeDoubleBooked,
        WalkTooShort,
        OfficeDoubleBooked,
        OfficeBlackout,
        NotAtConfirmedTime,
        OutsideWindow,
        TeamTooLarge,
    };

    Kind kind;
    QString meetingId;
    QString attendeeId; // for the kinds about one person
    QString message;    // translated
};

class ScheduleCheck
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCheck)

public:
    ScheduleCheck(const AdvocacyDay &day, const QList<Legislator> &legislators, const QList<Attendee> &attendees,
                  const QList<OfficeTime> &officeTimes);

    // Every conflict among the meetings (cancelled ones excepted), each reported once per
    // meeting it touches.
    QList<Conflict> conflicts(const QList<Meeting> &meetings) const;
    // What moving one meeting to a new start would break, before it is moved.
    QList<Conflict> conflictsIfMoved(const QList<Meeting> &meetings, const QString &meetingId, int newStart) const;

private:
    QString buildingOf(const QString &legislatorId) const;
    QString officeName(const QString &legislatorId) const;
    QString personName(const QString &attendeeId) const;

    AdvocacyDay m_day;
    QHash<QString, Legislator> m_legislators;
    QHash<QString, QString> m_names;
    QList<OfficeTime> m_officeTimes;
};

} // namespace majlis
