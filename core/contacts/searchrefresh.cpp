#include "contacts/searchrefresh.h"

#include "common/clock.h"
#include "contacts/contactstore.h"
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

Status rebuildAll(const contactstore::WriteContext &ctx)
{
    QSqlQuery clear(ctx.db);
    if (!clear.exec(QStringLiteral("DELETE FROM contact_search")))
        return sqlError(clear);
    auto contacts = contactstore::loadAllContacts(ctx.db);
    if (!contacts)
        return contacts.error();
    for (const Contact &contact : contacts.value()) {
        if (auto s = contactstore::indexContact(ctx, contact); !s)
            return s;
    }
    return success();
}

Status refreshEach(const contactstore::WriteContext &ctx)
{
    QSqlQuery marked(ctx.db);
    if (!marked.exec(QStringLiteral("SELECT contact_id FROM search_stale")))
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
    // Past a quarter of the contacts, reading everyone in a few scans beats a handful of
    // queries per contact.
    if (auto s = stale.value() * 4 > all.value() ? rebuildAll(ctx) : refreshEach(ctx); !s)
        return s;
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM search_stale")))
        return sqlError(clear);
    statements.clear();
    return tx.commit();
}

} // namespace majlis::searchrefresh
