#include "sync/outbox.h"

#include "storage/sqlerror.h"
#include "sync/clockset.h"
#include "sync/hybridclock.h"
#include "sync/rowjson.h"
#include "sync/syncschema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace majlis::sync {

Outbox::Outbox(QSqlDatabase db, QString deviceId) : m_db(db), m_deviceId(std::move(deviceId)), m_columns(db) {}

Result<qint64> Outbox::pendingCount(qint64 afterSeq) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM change_log WHERE seq > ?"));
    query.addBindValue(afterSeq);
    if (!query.exec() || !query.next())
        return sqlError(query);
    return query.value(0).toLongLong();
}

Result<OutboxBatch> Outbox::next(qint64 afterSeq, int maxMutations, qsizetype maxBytes)
{
    OutboxBatch batch;
    batch.lastSeq = afterSeq;
    QSqlQuery entries(m_db);
    entries.prepare(QStringLiteral("SELECT seq, table_name, row_id, changed_at, fields FROM change_log "
                                   "WHERE seq > ? ORDER BY seq LIMIT ?"));
    entries.addBindValue(afterSeq);
    entries.addBindValue(maxMutations);
    if (!entries.exec())
        return sqlError(entries);

    qsizetype bytes = 0;
    while (entries.next()) {
        const qint64 seq = entries.value(0).toLongLong();
        const QString table = entries.value(1).toString();
        const QString rowId = entries.value(2).toString();
        const qint64 changedAt = entries.value(3).toLongLong();
        const QString fieldList = entries.value(4).toString();
        if (!ruleFor(table)) { // a table that stays on this laptop
            batch.lastSeq = seq;
            continue;
        }
        if (fieldList == kErasureMark) { // the rows are gone from here; the server erases its copy
            const QJsonObject mutation{{QStringLiteral("seq"), seq},
                                       {QStringLiteral("table"), table},
                                       {QStringLiteral("id"), rowId},
                                       {QStringLiteral("erase"), true}};
            batch.mutations.append(mutation);
            batch.lastSeq = seq;
            bytes += 200;
            continue;
        }
        const QStringList &all = m_columns.of(table);
        QSqlQuery row(m_db);
        row.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(all.join(QStringLiteral(", ")), table));
        row.addBindValue(rowId);
        if (!row.exec())
            return sqlError(row);
        if (!row.next()) { // removed from this laptop since (its chapter was purged)
            batch.lastSeq = seq;
            continue;
        }
        QSqlQuery shadow(m_db);
        shadow.prepare(QStringLiteral("SELECT clocks FROM sync_rows WHERE table_name = ? AND row_id = ?"));
        shadow.addBindValue(table);
        shadow.addBindValue(rowId);
        if (!shadow.exec())
            return sqlError(shadow);
        const QJsonObject bases = shadow.next() ? QJsonDocument::fromJson(shadow.value(0).toByteArray()).object() : QJsonObject();

        QStringList changed = fieldList == u"*" ? all : fieldList.split(u',', Qt::SkipEmptyParts);
        if (fieldList != u"*") {
            // A field changed again later goes with that later change: sent here too, the one
            // value would travel under two clocks and a lost race would be logged twice.
            QSqlQuery later(m_db);
            later.prepare(QStringLiteral("SELECT fields FROM change_log WHERE table_name = ? AND row_id = ? AND seq > ?"));
            later.addBindValue(table);
            later.addBindValue(rowId);
            later.addBindValue(seq);
            if (!later.exec())
                return sqlError(later);
            while (later.next()) {
                for (const QString &field : later.value(0).toString().split(u',', Qt::SkipEmptyParts))
                    changed.removeAll(field);
            }
        }
        for (const char *always : {"updated_at", "device_id"}) {
            if (!changed.isEmpty() && !changed.contains(QLatin1String(always)))
                changed.append(QLatin1String(always));
        }
        QJsonObject fields;
        for (const QString &field : std::as_const(changed)) {
            const qsizetype index = all.indexOf(field);
            if (index < 0)
                continue;
            const QString base = clockset::clockOf(bases, field).toString();
            fields.insert(field, QJsonObject{{QStringLiteral("v"), rowjson::fromSql(row.value(int(index)))},
                                             {QStringLiteral("c"), hybridclock::forEdit(changedAt, seq, m_deviceId, base)},
                                             {QStringLiteral("b"), base}});
        }
        const QJsonObject mutation{{QStringLiteral("seq"), seq},
                                   {QStringLiteral("table"), table},
                                   {QStringLiteral("id"), rowId},
                                   {QStringLiteral("fields"), fields}};
        const qsizetype size = QJsonDocument(mutation).toJson(QJsonDocument::Compact).size();
        if (!batch.mutations.isEmpty() && bytes + size > maxBytes)
            break;
        bytes += size;
        batch.mutations.append(mutation);
        batch.lastSeq = seq;
    }
    return batch;
}

} // namespace majlis::sync
