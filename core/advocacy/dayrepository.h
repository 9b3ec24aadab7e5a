#pragma once

#include "advocacy/advocacyday.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace majlis {

class Database;

// Advocacy days, their asks, who is coming and the offices' confirmed times and blackouts.
class DayRepository
{
    Q_DECLARE_TR_FUNCTIONS(DayRepository)

public:
    explicit DayRepository(Database &database) : m_database(database) {}

    static QList<QString> validate(const AdvocacyDay &day); // messages; empty when the day is fine

    Result<AdvocacyDay> create(const AdvocacyDay &day);
    // Saves the day and its asks: asks without an id are added, those missing are removed.
    Result<AdvocacyDay> update(const AdvocacyDay &day);
    Status remove(const QString &dayId);
    Result<AdvocacyDay> get(const QString &dayId) const;
    // Newest date first.
    Result<QList<AdvocacyDay>> list() const;
    // By id, id prefix (as the CLI shows them) or exact title.
    Result<AdvocacyDay> find(const QString &idOrTitle) const;

    // Registers contacts; those already registered keep their role. Returns how many were new.
    Result<int> addAttendees(const QString &dayId, const QStringList &contactIds, AttendeeRole role);
    Status setRole(const QString &attendeeId, AttendeeRole role);
    // Also takes the attendee out of the day's meetings.
    Status removeAttendee(const QString &attendeeId);
    // Sorted by name; with each contact's state, district and earlier advocacy days.
    Result<QList<Attendee>> attendees(const QString &dayId) const;

    Result<OfficeTime> addOfficeTime(const QString &dayId, const OfficeTime &time);
    Status removeOfficeTime(const QString &officeTimeId);
    Result<QList<OfficeTime>> officeTimes(const QString &dayId) const;

private:
    Status attachDistricts(const QString &dayId, QList<Attendee> &attendees) const;

    Status saveAsks(const QString &dayId, QList<Ask> &asks, bool isNew);

    Database &m_database;
};

} // namespace majlis
