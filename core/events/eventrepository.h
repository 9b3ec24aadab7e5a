#pragma once

#include "common/result.h"
#include "events/event.h"

#include <QCoreApplication>

namespace majlis {

class Database;

// Events, their registrations and attendance.
class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(Database &database) : m_database(database) {}

    Result<Event> create(const Event &event);
    Result<Event> update(const Event &event);
    Status remove(const QString &eventId);
    Result<Event> get(const QString &eventId) const;
    Result<QList<Event>> list() const; // newest first
    // By id, id prefix (4+ characters) or exact title.
    Result<Event> find(const QString &idOrTitle) const;

    // Registers contacts; those already registered stay as they are. Returns how many were new.
    Result<int> registerContacts(const QString &eventId, const QStringList &contactIds);
    // Everyone registered or checked in, in name order.
    Result<QList<Attendance>> attendance(const QString &eventId) const;
    // The events a contact came to, newest first: for the contact's page.
    Result<QList<Event>> attendedBy(const QString &contactId) const;
    // Attendance as CSV for a spreadsheet.
    Result<QByteArray> attendanceCsv(const QString &eventId) const;

private:
    Database &m_database;
};

} // namespace majlis
