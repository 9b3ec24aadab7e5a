#pragma once

#include "common/result.h"
#include "contacts/contact.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace majlis {

namespace contactstore {
class StatementCache;
}

class Database;

// Reads and writes whole contacts. Every write is one transaction that also keeps the search
// index, the activity history and (through triggers) the change log in step. Deleting sets a
// tombstone, so restore() undoes it and the delete can sync to other laptops.
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    explicit ContactRepository(Database &database) : m_database(database) {}

    // Validates and normalizes, gives the contact an id, and saves it.
    Result<Contact> create(const Contact &contact);
    // Saves many in one transaction; the progress callback may return false to cancel, and then
    // nothing is saved.
    Result<int> createMany(const QList<Contact> &contacts,
                           const std::function<bool(int done)> &progress = {});
    // The same inside the caller's transaction, which must roll back when this fails: for a
    // larger write kept or dropped whole (an import). A transaction of its own would be a
    // savepoint there, and SQLite copies every page a savepoint changes into its journal.
    Result<int> createManyWithin(const QList<Contact> &contacts,
                                 const std::function<bool(int done)> &progress = {});
    Result<Contact> update(const Contact &contact);
    Result<Contact> get(const QString &id) const;
    // Whole contacts for an export: those ids in that order, or everyone (in list order) when
    // no ids are given.
    Result<QList<Contact>> getMany(const QStringList &ids = {}) const;

    Status remove(const QStringList &ids);
    Status restore(const QStringList &ids);
    Status addTags(const QStringList &ids, const QStringList &tags);
    Status removeTags(const QStringList &ids, const QStringList &tags);

    // Newest first.
    Result<QList<Activity>> history(const QString &id) const;

private:
    // Without `statements`, each statement is prepared for this contact alone; with `index`
    // false the caller writes the search document later (a bulk insert does, all at once).
    Status insertOne(const Contact &contact, qint64 now, contactstore::StatementCache *statements = nullptr, bool index = true);
    Status setDeleted(const QStringList &ids, bool deleted);
    Status changeTags(const QStringList &ids, const QStringList &tags, bool add);

    Database &m_database;
};

} // namespace majlis
