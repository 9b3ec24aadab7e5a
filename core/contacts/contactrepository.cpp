#include "contacts/contactrepository.h"

#include "contacts/phoneregion.h"

#include "common/clock.h"
#include "contacts/contactstore.h"
#include "contacts/validation.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QSet>
#include <QSqlQuery>

namespace majlis {

using namespace contactstore;

namespace {

// The names of the fields that differ, recorded in the history as "edited: emails, notes".
QStringList changedFields(const Contact &before, const Contact &after)
{
    QStringList fields;
    auto check = [&](bool differs, const char *name) {
        if (differs)
            fields.append(QLatin1String(name));
    };
    check(before.givenName != after.givenName || before.familyName != after.familyName
              || before.preferredName != after.preferredName,
          "name");
    check(before.emails != after.emails, "emails");
    check(before.phones != after.phones, "phones");
    check(before.address != after.address, "address");
    check(before.usState != after.usState || before.district != after.district, "district");
    check(before.chapterId != after.chapterId, "chapter");
    check(before.languages != after.languages, "languages");
    check(before.organization != after.organization || before.role != after.role, "organization");
    check(QSet<QString>(before.tags.begin(), before.tags.end()) != QSet<QString>(after.tags.begin(), after.tags.end()),
          "tags");
    check(before.consents != after.consents, "consent");
    check(before.skills != after.skills || before.interests != after.interests, "skills");
    check(before.notes != after.notes, "notes");
    check(before.birthday != after.birthday, "birthday");
    return fields;
}

// Runs the steps in order and stops at the first failure; the caller's transaction then rolls
// back whatever the earlier steps wrote.
template<typename... Steps>
Status inOrder(Steps &&...steps)
{
    Status status = success();
    (void)((status = steps(), status.ok()) && ...);
    return status;
}

} // namespace

Status ContactRepository::insertOne(const Contact &contact, qint64 now, StatementCache *statements, bool index)
{
    const WriteContext ctx{m_database.connection(), m_database.deviceId(), now, statements, true};
    const QString &id = contact.id;
    return inOrder([&] { return insertContactRow(ctx, contact); },
                   [&] { return syncEmails(ctx, id, contact.emails); },
                   [&] { return syncPhones(ctx, id, contact.phones); },
                   [&] { return syncTags(ctx, id, contact.tags); },
                   [&] { return syncConsents(ctx, id, contact.consents); },
                   [&] { return addActivity(ctx, id, QStringLiteral("created"), {}); },
                   [&] { return index ? indexContact(ctx, contact) : success(); });
}

Result<Contact> ContactRepository::create(const Contact &input)
{
    auto normalized = ContactValidator::normalized(input, phoneregion::forChapter(m_database.connection(), input.chapterId));
    if (!normalized)
        return normalized.error();
    Contact contact = std::move(normalized).value();
    contact.id = newId();
    contact.createdAt = contact.updatedAt = nowMs();

    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    if (auto s = insertOne(contact, contact.createdAt); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return get(contact.id);
}

Result<int> ContactRepository::createMany(const QList<Contact> &contacts, const std::function<bool(int)> &progress)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto created = createManyWithin(contacts, progress);
    if (!created)
        return created;
    if (auto s = tx.commit(); !s)
        return s.error();
    return created;
}

Result<int> ContactRepository::createManyWithin(const QList<Contact> &contacts, const std::function<bool(int)> &progress)
{
    const qint64 now = nowMs();
    auto lastBefore = lastSearchRowid(m_database.connection());
    if (!lastBefore)
        return lastBefore.error();
    int done = 0;
    // Search documents are written after every row: a write with triggers runs in a statement
    // savepoint, and each savepoint makes FTS5 flush what it has pending, so indexing between
    // the rows wrote the index in thousands of tiny pieces.
    QList<Contact> written;
    written.reserve(contacts.size());
    {
        StatementCache statements(m_database.connection());
        QHash<QString, QString> regions; // per chapter: one lookup, not one per contact
        for (const Contact &input : contacts) {
            if (!regions.contains(input.chapterId))
                regions.insert(input.chapterId, phoneregion::forChapter(m_database.connection(), input.chapterId));
            auto normalized = ContactValidator::normalized(input, regions.value(input.chapterId));
            if (!normalized)
                return Error{Error::Code::InvalidInput,
                             tr("Contact %1 (%2): %3").arg(done + 1).arg(input.displayName(), normalized.error().message)};
            Contact contact = std::move(normalized).value();
            contact.id = newId();
            if (auto s = insertOne(contact, now, &statements, false); !s)
                return s.error();
            written.append(std::move(contact));
            ++done;
            if (progress && done % 500 == 0 && !progress(done))
                return Error{Error::Code::InvalidInput, tr("Cancelled; no contacts were added.")};
        }
        // New contacts have no search document yet, and their rids grow in the order they were
        // written: each document goes straight to the end of the index.
        auto rowids = searchRowids(m_database.connection(), lastBefore.value());
        if (!rowids)
            return rowids.error();
        const WriteContext ctx{m_database.connection(), m_database.deviceId(), now, &statements};
        for (const Contact &contact : std::as_const(written)) {
            if (auto s = addSearchDocument(ctx, rowids->value(contact.id), contact); !s)
                return s.error();
        }
    }
    return done;
}

Result<Contact> ContactRepository::update(const Contact &input)
{
    auto normalized = ContactValidator::normalized(input, phoneregion::forChapter(m_database.connection(), input.chapterId));
    if (!normalized)
        return normalized.error();
    Contact contact = std::move(normalized).value();

    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    const auto before = loadContact(m_database.connection(), contact.id, false);
    if (!before)
        return before.error();
    const QStringList fields = changedFields(*before, contact);
    if (fields.isEmpty())
        return *before;

    const WriteContext ctx{m_database.connection(), m_database.deviceId(), nowMs()};
    const QString &id = contact.id;
    const Status written = inOrder([&] { return updateContactRow(ctx, contact); },
                                   [&] { return syncEmails(ctx, id, contact.emails); },
                                   [&] { return syncPhones(ctx, id, contact.phones); },
                                   [&] { return syncTags(ctx, id, contact.tags); },
                                   [&] { return syncConsents(ctx, id, contact.consents); },
                                   [&] { return addActivity(ctx, id, QStringLiteral("edited"), fields.join(QLatin1Char(','))); },
                                   [&] { return indexContact(ctx, contact); });
    if (!written)
        return written.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return get(contact.id);
}

Result<Contact> ContactRepository::get(const QString &id) const
{
    return loadContact(m_database.connection(), id, false);
}

Status ContactRepository::setDeleted(const QStringList &ids, bool deleted)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus();
    const WriteContext ctx{m_database.connection(), m_database.deviceId(), nowMs()};
    for (const QString &id : ids) {
        const auto contact = loadContact(ctx.db, id, true);
        if (!contact)
            return contact.error();
        if (auto s = setContactDeleted(ctx, id, deleted); !s)
            return s;
        if (auto s = addActivity(ctx, id, deleted ? QStringLiteral("deleted") : QStringLiteral("restored"), {}); !s)
            return s;
        if (auto s = deleted ? unindexContact(ctx, id) : indexContact(ctx, *contact); !s)
            return s;
    }
    return tx.commit();
}

Status ContactRepository::remove(const QStringList &ids)
{
    return setDeleted(ids, true);
}

Status ContactRepository::restore(const QStringList &ids)
{
    return setDeleted(ids, false);
}

Status ContactRepository::changeTags(const QStringList &ids, const QStringList &tags, bool add)
{
    QStringList cleaned;
    for (const QString &tag : tags) {
        if (!tag.trimmed().isEmpty())
            cleaned.append(tag.trimmed());
    }
    if (cleaned.isEmpty())
        return Error{Error::Code::InvalidInput, tr("Enter at least one tag.")};

    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus();
    const WriteContext ctx{m_database.connection(), m_database.deviceId(), nowMs()};
    for (const QString &id : ids) {
        auto contact = loadContact(ctx.db, id, false);
        if (!contact)
            return contact.error();
        for (const QString &tag : std::as_const(cleaned)) {
            if (auto s = setTag(ctx, id, tag, add); !s)
                return s;
        }
        if (auto s = addActivity(ctx, id, add ? QStringLiteral("tagged") : QStringLiteral("untagged"),
                                 cleaned.join(QLatin1Char(',')));
            !s)
            return s;
        auto updated = loadContact(ctx.db, id, false);
        if (!updated)
            return updated.error();
        if (auto s = indexContact(ctx, *updated); !s)
            return s;
    }
    return tx.commit();
}

Status ContactRepository::addTags(const QStringList &ids, const QStringList &tags)
{
    return changeTags(ids, tags, true);
}

Status ContactRepository::removeTags(const QStringList &ids, const QStringList &tags)
{
    return changeTags(ids, tags, false);
}

Result<QList<Activity>> ContactRepository::history(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT kind, detail, occurred_at FROM contact_activities "
                                 "WHERE contact_id = ? AND deleted = 0 ORDER BY occurred_at DESC, rowid DESC"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    QList<Activity> activities;
    while (query.next())
        activities.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    return activities;
}

Result<QList<Contact>> ContactRepository::getMany(const QStringList &ids) const
{
    if (!ids.isEmpty() && ids.size() < 200) {
        QList<Contact> contacts;
        for (const QString &id : ids) {
            auto c = get(id);
            if (!c)
                return c.error();
            contacts.append(std::move(c).value());
        }
        return contacts;
    }
    auto all = loadAllContacts(m_database.connection());
    if (!all || ids.isEmpty())
        return all;
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < all->size(); ++i)
        position.insert(all->at(i).id, i);
    QList<Contact> contacts;
    contacts.reserve(ids.size());
    for (const QString &id : ids) {
        if (const auto it = position.constFind(id); it != position.cend())
            contacts.append(all->at(*it));
    }
    return contacts;
}

} // namespace majlis
