#include "events/checkindesk.h"

#include "contacts/phoneregion.h"

#include "common/clock.h"
#include "common/naturalid.h"
#include "contacts/contactdirectory.h"
#include "contacts/contactrepository.h"
#include "contacts/contactstore.h"
#include "contacts/searchtext.h"
#include "contacts/validation.h"
#include "events/eventrepository.h"
#include "privacy/maskedcontact.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace majlis {

namespace {

// What the door shows beside a contact's name: their first email, else their first phone, masked.
QString maskedDetail(const Contact &contact)
{
    return maskedcontact::either(contact.emails.isEmpty() ? QString() : contact.emails.first().value,
        contact.phones.isEmpty() ? QString() : contact.phones.first().value);
}

} // namespace

CheckInDesk::CheckInDesk(Database &database, QString eventId)
    : m_database(database)
    , m_eventId(std::move(eventId))
{ }

Status CheckInDesk::load()
{
    auto event = EventRepository(m_database).get(m_eventId);
    if (!event)
        return event.error();
    m_title = event->title;
    m_capacity = event->capacity;
    // A walk-in's number is read as one of the country the event's chapter is in.
    m_phoneRegion = phoneregion::forChapter(m_database.connection(), event->chapterId);
    auto attendance = EventRepository(m_database).attendance(m_eventId);
    if (!attendance)
        return attendance.error();
    m_registrants.clear();
    m_byContact.clear();
    for (const Attendance &a : attendance.value()) {
        Registrant r;
        r.contactId = a.contactId;
        r.name = a.name;
        r.detail = maskedcontact::either(a.email, a.phone);
        r.nameWords = searchtext::fold(a.name).split(u' ', Qt::SkipEmptyParts);
        r.email = a.email.toLower();
        r.phoneDigits = searchtext::phoneTokens(a.phone);
        r.registered = a.registered;
        r.checkedIn = a.checkedInAt.has_value();
        m_byContact.insert(r.contactId, int(m_registrants.size()));
        m_registrants.append(r);
    }
    countArrivals();
    return success();
}

void CheckInDesk::countArrivals()
{
    m_checkedIn = int(
        std::count_if(m_registrants.cbegin(), m_registrants.cend(), [](const Registrant &r) { return r.checkedIn; }));
    m_registered = int(
        std::count_if(m_registrants.cbegin(), m_registrants.cend(), [](const Registrant &r) { return r.registered; }));
}

CheckInCandidate CheckInDesk::candidateOf(const Registrant &r) const
{
    return {r.contactId, r.name, r.detail, r.registered, r.checkedIn, {}};
}

QList<CheckInCandidate> CheckInDesk::search(const QString &text, int limit) const
{
    QList<CheckInCandidate> found;
    const QStringList words = searchtext::fold(text).split(u' ', Qt::SkipEmptyParts);
    const QString digits = QString(text).remove(QRegularExpression(QStringLiteral("[^0-9]")));

    // Registrants: a few thousand at most, matched in memory on every keystroke.
    auto matches = [&](const Registrant &r) {
        for (const QString &word : words) {
            const bool inName = std::any_of(
                r.nameWords.cbegin(), r.nameWords.cend(), [&](const QString &w) { return w.startsWith(word); });
            const bool inEmail = r.email.startsWith(word);
            const bool inPhone = digits.size() >= 3
                && std::any_of(
                    r.phoneDigits.cbegin(), r.phoneDigits.cend(), [&](const QString &p) { return p.contains(digits); });
            if (!inName && !inEmail && !inPhone)
                return false;
        }
        return true;
    };
    for (const Registrant &r : m_registrants) {
        if (found.size() >= limit)
            break;
        if (words.isEmpty() ? (!r.checkedIn && r.registered) : matches(r))
            found.append(candidateOf(r));
    }
    if (words.isEmpty() || found.size() >= limit)
        return found;

    // Then everyone else in the workspace, through the search index.
    ContactQuery query;
    query.search = text;
    auto rows = ContactDirectory(m_database).page(query, 0, limit);
    if (!rows)
        return found;
    for (const ContactRow &row : rows.value()) {
        if (found.size() >= limit)
            break;
        if (m_byContact.contains(row.id))
            continue; // already listed among the registrants, or matched another way
        found.append({row.id, row.displayName, maskedcontact::either(row.email, row.phone), false, false, {}});
    }
    return found;
}

Status CheckInDesk::recordArrival(const QString &contactId, bool walkIn)
{
    const qint64 now = nowMs();
    QSqlQuery upsert(m_database.connection());
    upsert.prepare(QStringLiteral(
        "INSERT INTO event_registrations (id, event_id, contact_id, registered, walk_in, checked_in_at, created_at, "
        "updated_at, device_id) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?) "
        "ON CONFLICT (event_id, contact_id) DO UPDATE SET checked_in_at = coalesce(checked_in_at, "
        "excluded.checked_in_at), "
        "deleted = 0, updated_at = excluded.updated_at, device_id = excluded.device_id"));
    for (const QVariant &v : {QVariant(naturalId(QStringLiteral("event_registrations"), {m_eventId, contactId})),
             QVariant(m_eventId), QVariant(contactId), QVariant(walkIn ? 1 : 0),
             QVariant(now), QVariant(now), QVariant(now), QVariant(m_database.deviceId())})
        upsert.addBindValue(v);
    if (!upsert.exec())
        return sqlError(upsert);
    // The contact's history shows the events they came to.
    return contactstore::addActivity(
        {m_database.connection(), m_database.deviceId(), now}, contactId, QStringLiteral("checked_in"), m_title);
}

Status CheckInDesk::checkIn(const QString &contactId)
{
    const auto it = m_byContact.constFind(contactId);
    if (it != m_byContact.cend() && m_registrants.at(*it).checkedIn)
        return success(); // twice at the door is once
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus();
    if (auto s = recordArrival(contactId, false); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    if (it != m_byContact.cend()) {
        m_registrants[*it].checkedIn = true;
    } else {
        // Someone from the whole workspace: from now on among the registrants, at the top.
        auto contact = ContactRepository(m_database).get(contactId);
        Registrant r;
        r.contactId = contactId;
        r.checkedIn = true;
        if (contact) {
            r.name = contact->displayName();
            r.nameWords = searchtext::fold(r.name).split(u' ', Qt::SkipEmptyParts);
            r.email = contact->emails.isEmpty() ? QString() : contact->emails.first().value.toLower();
            r.phoneDigits
                = contact->phones.isEmpty() ? QStringList() : searchtext::phoneTokens(contact->phones.first().value);
            r.detail = maskedDetail(contact.value());
        }
        m_byContact.insert(contactId, int(m_registrants.size()));
        m_registrants.append(r);
    }
    countArrivals();
    return success();
}

Status CheckInDesk::undoCheckIn(const QString &contactId)
{
    const auto it = m_byContact.constFind(contactId);
    if (it == m_byContact.cend())
        return success();
    if (auto s = writeInTransaction(m_database,
            [&](const RowWriter &writer) -> Status {
                QSqlQuery query(m_database.connection());
                query.prepare(QStringLiteral(
                    "UPDATE event_registrations SET checked_in_at = NULL, updated_at = ?, device_id = ?, "
                    "deleted = CASE WHEN registered = 0 THEN 1 ELSE 0 END "
                    "WHERE event_id = ? AND contact_id = ?"));
                for (const QVariant &v :
                    {QVariant(writer.now()), QVariant(m_database.deviceId()), QVariant(m_eventId), QVariant(contactId)})
                    query.addBindValue(v);
                if (!query.exec())
                    return sqlError(query);
                return success();
            });
        !s)
        return s;
    m_registrants[*it].checkedIn = false;
    countArrivals();
    return success();
}

QList<CheckInCandidate> CheckInDesk::likelyMatches(const Contact &walkIn) const
{
    QList<CheckInCandidate> matches;
    QSet<QString> seen;
    auto add = [&](const QString &contactId, const QString &reason) {
        if (contactId.isEmpty() || seen.contains(contactId))
            return;
        seen.insert(contactId);
        auto contact = ContactRepository(m_database).get(contactId);
        if (!contact)
            return;
        const auto it = m_byContact.constFind(contactId);
        matches.append({contactId, contact->displayName(), maskedDetail(contact.value()),
            it != m_byContact.cend() && m_registrants.at(*it).registered,
            it != m_byContact.cend() && m_registrants.at(*it).checkedIn, reason});
    };
    auto lookUp = [&](const QString &sql, const QString &value, const QString &reason) {
        QSqlQuery query(m_database.connection());
        query.prepare(sql);
        query.addBindValue(value);
        if (query.exec()) {
            while (query.next())
                add(query.value(0).toString(), reason);
        }
    };
    for (const LabeledValue &email : walkIn.emails) {
        if (auto normalized = ContactValidator::normalizeEmail(email.value))
            lookUp(QStringLiteral("SELECT e.contact_id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id "
                                  "WHERE e.address = ? COLLATE NOCASE AND e.deleted = 0 AND c.deleted = 0 LIMIT 5"),
                normalized.value(), tr("same email"));
    }
    for (const LabeledValue &phone : walkIn.phones) {
        if (auto normalized = ContactValidator::normalizePhone(phone.value, ContactValidator::phoneRegion(walkIn, m_phoneRegion)))
            lookUp(QStringLiteral("SELECT p.contact_id FROM contact_phones p JOIN contacts c ON c.id = p.contact_id "
                                  "WHERE p.number = ? AND p.deleted = 0 AND c.deleted = 0 LIMIT 5"),
                normalized.value(), tr("same phone"));
    }
    const QString name = (walkIn.givenName + u' ' + walkIn.familyName).simplified();
    if (name.contains(u' ')) {
        const QStringList wanted = searchtext::fold(name).split(u' ', Qt::SkipEmptyParts);
        ContactQuery query;
        query.search = name;
        if (auto rows = ContactDirectory(m_database).page(query, 0, 5)) {
            for (const ContactRow &row : rows.value()) {
                // Whole words, not prefixes: "Ali Khan" is not "Alia Khanum".
                const QStringList words = searchtext::fold(row.displayName).split(u' ', Qt::SkipEmptyParts);
                if (std::all_of(wanted.cbegin(), wanted.cend(), [&](const QString &w) { return words.contains(w); }))
                    add(row.id, tr("same name"));
            }
        }
    }
    return matches;
}

Result<QString> CheckInDesk::walkIn(const Contact &input)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    Contact person = input;
    if (person.chapterId.isEmpty()) {
        // Numbers typed at this door are the door's country's unless the person said otherwise.
        for (LabeledValue &phone : person.phones) {
            if (auto e164 = ContactValidator::normalizePhone(phone.value, ContactValidator::phoneRegion(person, m_phoneRegion)))
                phone.value = e164.value();
        }
    }
    auto created = ContactRepository(m_database).create(person);
    if (!created)
        return created.error();
    if (auto s = recordArrival(created->id, true); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();

    Registrant r;
    r.contactId = created->id;
    r.name = created->displayName();
    r.nameWords = searchtext::fold(r.name).split(u' ', Qt::SkipEmptyParts);
    r.email = created->emails.isEmpty() ? QString() : created->emails.first().value.toLower();
    r.phoneDigits = created->phones.isEmpty() ? QStringList() : searchtext::phoneTokens(created->phones.first().value);
    r.detail = maskedDetail(created.value());
    r.checkedIn = true;
    m_byContact.insert(r.contactId, int(m_registrants.size()));
    m_registrants.append(r);
    countArrivals();
    return created->id;
}

} // namespace majlis
