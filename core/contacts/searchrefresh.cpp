#include "contacts/searchrefresh.h"

#include "common/clock.h"
#include "contacts/contactstore.h"
#include "contacts/searchtext.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace majlis::searchrefresh {

namespace {

Result<qint64> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return sqlError(query);
    return query.value(0).toLongLong();
}

// In search_stale, instead of a contact id: every document is to be rewritten.
const QString kEveryone = QStringLiteral("*");

Status rebuildAll(const contactstore::WriteContext &ctx)
{
    QSqlQuery clear(ctx.db);
    if (!clear.exec(QStringLiteral("DELETE FROM contact_search")))
        return sqlError(clear);
    // In rowid order, so the full-text index grows at its end.
    auto contacts = contactstore::loadAllContacts(ctx.db, {contactstore::ContactOrder::Storage, false});
    if (!contacts)
        return contacts.error();
    auto rowids = contactstore::searchRowids(ctx.db);
    if (!rowids)
        return rowids.error();
    for (const Contact &contact : contacts.value()) {
        if (auto s = contactstore::addSearchDocument(ctx, rowids->value(contact.id), contact); !s)
            return s;
    }
    return success();
}

Status refreshEach(const contactstore::WriteContext &ctx)
{
    QSqlQuery marked(ctx.db);
    marked.prepare(QStringLiteral("SELECT contact_id FROM search_stale WHERE contact_id <> ?"));
    marked.addBindValue(kEveryone);
    if (!marked.exec())
        return sqlError(marked);
    QStringList ids;
    while (marked.next())
        ids.append(marked.value(0).toString());
    for (const QString &id : std::as_const(ids)) {
        auto contact = contactstore::loadContact(ctx.db, id, false);
        const Status written = contact ? contactstore::indexContact(ctx, contact.value()) : contactstore::unindexContact(ctx, id);
        if (!written)
            return written;
    }
    return success();
}

} // namespace

Status refreshStale(const QSqlDatabase &db, const QString &deviceId)
{
    auto stale = scalar(db, QStringLiteral("SELECT count(*) FROM search_stale"));
    if (!stale)
        return stale.error();
    if (stale.value() == 0)
        return success();
    auto all = scalar(db, QStringLiteral("SELECT count(*) FROM contacts"));
    if (!all)
        return all.error();

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    contactstore::StatementCache statements(db);
    const contactstore::WriteContext ctx{db, deviceId, nowMs(), &statements};
    auto everyone = isEveryoneStale(db);
    if (!everyone)
        return everyone.error();
    // Past a quarter of the contacts, reading everyone in a few scans beats a handful of
    // queries per contact.
    if (auto s = everyone.value() || stale.value() * 4 > all.value() ? rebuildAll(ctx) : refreshEach(ctx); !s)
        return s;
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM search_stale")))
        return sqlError(clear);
    statements.clear();
    return tx.commit();
}

Status upgradeFolding(const QSqlDatabase &db, const QString &deviceId)
{
    const QString key = QStringLiteral("search/fold_version");
    QSqlQuery version(db);
    version.prepare(QStringLiteral("SELECT value FROM local_settings WHERE key = ?"));
    version.addBindValue(key);
    if (!version.exec())
        return sqlError(version);
    if (version.next() && version.value(0).toInt() >= searchtext::kFoldVersion)
        return success();
    version.finish();
    {
        Transaction tx(db);
        if (!tx.isActive())
            return tx.beginStatus();
        auto contacts = contactstore::loadAllContacts(db, {contactstore::ContactOrder::Storage, false});
        if (!contacts)
            return contacts.error();
        QSqlQuery stored(db);
        if (!stored.exec(QStringLiteral("SELECT id, sort_key FROM contacts")))
            return sqlError(stored);
        QHash<QString, QString> keys;
        while (stored.next())
            keys.insert(stored.value(0).toString(), stored.value(1).toString());
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE contacts SET sort_key = ?, device_id = ? WHERE id = ?"));
        for (const Contact &contact : contacts.value()) {
            const QString sortKey = contactstore::sortKeyFor(contact);
            if (keys.value(contact.id) == sortKey)
                continue;
            update.addBindValue(sortKey);
            update.addBindValue(deviceId);
            update.addBindValue(contact.id);
            if (!update.exec())
                return sqlError(update);
        }
        if (auto s = markEveryoneStale(db); !s)
            return s;
        QSqlQuery done(db);
        done.prepare(QStringLiteral("INSERT INTO local_settings (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        done.addBindValue(key);
        done.addBindValue(QString::number(searchtext::kFoldVersion));
        if (!done.exec())
            return sqlError(done);
        if (auto s = tx.commit(); !s)
            return s;
    }
    return refreshStale(db, deviceId);
}

Status upgradeFolding(Database &workspace)
{
    return upgradeFolding(workspace.connection(), workspace.deviceId());
}

Status markEveryoneStale(const QSqlDatabase &db)
{
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT OR IGNORE INTO search_stale (contact_id) VALUES (?)"));
    mark.addBindValue(kEveryone);
    return mark.exec() ? success() : Status(sqlError(mark));
}

Result<bool> isEveryoneStale(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM search_stale WHERE contact_id = ?"));
    query.addBindValue(kEveryone);
    if (!query.exec())
        return sqlError(query);
    return query.next();
}

} // namespace majlis::searchrefresh
