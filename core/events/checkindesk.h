#pragma once

#include "common/result.h"
#include "contacts/contact.h"

#include <QCoreApplication>
#include <QHash>

namespace majlis {

class Database;

// One line of the door's search results.
struct CheckInCandidate
{
    QString contactId;
    QString name;
    // An email or phone masked to a few characters ("am…@ex…org", "••• ••42"): enough to tell two
    // people of one name apart, while the public can see the volunteer's screen at the door.
    QString detail;
    bool registered = false;
    bool checkedIn = false;
    QString reason; // for a likely duplicate: why it matched ("same email")

    bool operator==(const CheckInCandidate &) const = default;
};

// The door of one event: finds people as the volunteer types (registrants first, then every
// contact), checks them in, and adds walk-ins without making duplicates. Every check-in is its
// own transaction, committed before the call returns: pull the power cord and it is kept.
class CheckInDesk
{
    Q_DECLARE_TR_FUNCTIONS(CheckInDesk)

public:
    CheckInDesk(Database &database, QString eventId);

    // Reads the event and its registrants; call once before searching.
    Status load();
    QString eventTitle() const { return m_title; }
    int capacity() const { return m_capacity; } // 0: no limit

    // Registrants whose name, email or phone match every word typed, then other contacts.
    // With nothing typed: the registrants still to arrive.
    QList<CheckInCandidate> search(const QString &text, int limit = 12) const;
    Status checkIn(const QString &contactId);
    Status undoCheckIn(const QString &contactId);
    // Contacts a walk-in probably already is: same email, same phone, or same name.
    QList<CheckInCandidate> likelyMatches(const Contact &walkIn) const;
    // Creates the contact and checks them in, both or neither. Returns the new contact's id.
    Result<QString> walkIn(const Contact &walkIn);

    int checkedInCount() const { return m_checkedIn; }
    int registeredCount() const { return m_registered; }

private:
    struct Registrant
    {
        QString contactId;
        QString name;
        QString detail;        // masked
        QStringList nameWords; // folded
        QString email;         // lower case
        QStringList phoneDigits;
        bool registered = false;
        bool checkedIn = false;
    };

    Status recordArrival(const QString &contactId, bool walkIn);
    CheckInCandidate candidateOf(const Registrant &r) const;
    void countArrivals();

    Database &m_database;
    QString m_eventId;
    QString m_phoneRegion; // the country of the event's chapter, else the workspace's
    QString m_title;
    int m_capacity = 0;
    QList<Registrant> m_registrants;
    QHash<QString, int> m_byContact;
    int m_checkedIn = 0;
    int m_registered = 0;
};

} // namespace majlis
