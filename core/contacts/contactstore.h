#pragma once

// Row-level helpers shared by the contact repository's writes. Not a public API: every function
// expects to run inside the caller's transaction.

#include "common/result.h"
#include "contacts/contact.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <unordered_map>

namespace majlis::contactstore {

// Prepared statements kept for the length of a bulk write (an import, a search rebuild):
// preparing each statement again for every contact was half of an import's time. Cleared
// before the caller commits.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db) : m_db(std::move(db)) {}
    ~StatementCache() { clear(); }
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    QSqlQuery &prepared(const QString &sql);
    void clear();

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

struct WriteContext
{
    QSqlDatabase db;
    QString deviceId;
    qint64 now = 0;
    StatementCache *statements = nullptr; // none: each statement is prepared for its call
    // The contact was inserted just now, in this transaction: it has no emails, phones, tags or
    // consents yet, so the sync* functions write without first reading what is there.
    bool newContact = false;
};

Status insertContactRow(const WriteContext &ctx, const Contact &contact);
Status updateContactRow(const WriteContext &ctx, const Contact &contact);
Status syncEmails(const WriteContext &ctx, const QString &contactId, const QList<LabeledValue> &emails);
Status syncPhones(const WriteContext &ctx, const QString &contactId, const QList<LabeledValue> &phones);
Status syncTags(const WriteContext &ctx, const QString &contactId, const QStringList &tags);
Status setTag(const WriteContext &ctx, const QString &contactId, const QString &tag, bool present);
Status syncConsents(const WriteContext &ctx, const QString &contactId, const QList<Consent> &consents);
Status addActivity(const WriteContext &ctx, const QString &contactId, const QString &kind, const QString &detail);
Status setContactDeleted(const WriteContext &ctx, const QString &contactId, bool deleted);

// Rewrites the contact's search document, or removes it when `contact` is deleted or absent.
Status indexContact(const WriteContext &ctx, const Contact &contact);
Status unindexContact(const WriteContext &ctx, const QString &contactId);
// Writes the search document of a contact that has none, at `rowid` (its contacts.rid): for
// rebuilding the whole index after emptying it, without a lookup and a delete per contact.
Status addSearchDocument(const WriteContext &ctx, qint64 rowid, const Contact &contact);
// Contacts' ids and their rows in the search index: every contact's, or those written after
// the row `after` (a contact's rid is larger than any before it).
Result<QHash<QString, qint64>> searchRowids(const QSqlDatabase &db, qint64 after = 0);
Result<qint64> lastSearchRowid(const QSqlDatabase &db);

Result<Contact> loadContact(const QSqlDatabase &db, const QString &id, bool includeDeleted);
enum class ContactOrder {
    List,    // by name, and each contact's emails and phones in their order: what people see
    Storage, // by contacts.rid, and each contact's emails and phones in no set order: faster
};
struct ContactReading
{
    ContactOrder order = ContactOrder::List;
    bool consents = true; // the search index has no use for them, and they are the most rows
};
// Every live contact: a few table scans instead of queries per contact, for exports of the
// whole workspace and for rebuilding the search index.
Result<QList<Contact>> loadAllContacts(const QSqlDatabase &db, ContactReading reading = {});

QString sortKeyFor(const Contact &contact);

} // namespace majlis::contactstore
