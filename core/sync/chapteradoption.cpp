#include "sync/chapteradoption.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "sync/syncschema.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace majlis::sync {

Status adoptServerChapters(Database &database, const QJsonArray &serverChapters)
{
    const QSqlDatabase db = database.connection();
    const qint64 now = nowMs();
    const QString device = database.deviceId();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    for (const QJsonValue &value : serverChapters) {
        const QString id = value.toObject().value(QStringLiteral("id")).toString();
        const QString name = value.toObject().value(QStringLiteral("name")).toString();
        if (id.isEmpty())
            continue;
        QSqlQuery known(db);
        known.prepare(QStringLiteral("SELECT 1 FROM chapters WHERE id = ?"));
        known.addBindValue(id);
        if (!known.exec())
            return sqlError(known);
        if (known.next())
            continue;

        QSqlQuery local(db);
        local.prepare(QStringLiteral("SELECT id FROM chapters WHERE lower(name) = lower(?) AND deleted = 0 AND id NOT IN "
                                     "(SELECT row_id FROM sync_rows WHERE table_name = 'chapters') LIMIT 1"));
        local.addBindValue(name);
        if (!local.exec())
            return sqlError(local);
        const QString oldId = local.next() ? local.value(0).toString() : QString();
        if (oldId.isEmpty()) {
            if (auto s = execute(db, QStringLiteral("INSERT INTO chapters (id, name, created_at, updated_at, device_id) VALUES (?, ?, ?, ?, ?)"),
                             {id, name, now, now, device});
                !s)
                return s;
            // A stand-in until the pull brings the server's row: it must not be pushed, or its
            // default fields would overwrite the chapter's real ones as a conflict.
            if (auto s = execute(db, QStringLiteral("DELETE FROM change_log WHERE table_name = 'chapters' AND row_id = ?"), {id}); !s)
                return s;
            continue;
        }
        if (auto s = execute(db, QStringLiteral("INSERT INTO chapters (id, name, city, region, country, created_at, updated_at, deleted, device_id) "
                                            "SELECT ?, name, city, region, country, created_at, ?, 0, ? FROM chapters WHERE id = ?"),
                         {id, now, device, oldId});
            !s)
            return s;
        for (const TableRule &rule : tableRules()) {
            if (rule.scope != Scope::ChapterColumn && rule.scope != Scope::PrivateChapterColumn)
                continue;
            if (auto s = execute(db, QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ?, device_id = ? WHERE %2 = ?").arg(rule.table, rule.column),
                             {id, now, device, oldId});
                !s)
                return s;
        }
        // Never synced, so nobody else knows the old id: it can go without a tombstone.
        if (auto s = execute(db, QStringLiteral("DELETE FROM change_log WHERE table_name = 'chapters' AND row_id = ?"), {oldId}); !s)
            return s;
        if (auto s = execute(db, QStringLiteral("DELETE FROM chapters WHERE id = ?"), {oldId}); !s)
            return s;
    }
    return tx.commit();
}

} // namespace majlis::sync
