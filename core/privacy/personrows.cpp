#include "privacy/personrows.h"

#include "storage/sqlerror.h"
#include "sync/rowjson.h"
#include "sync/syncschema.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace majlis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonRows)
};

using ForeignKey = PersonRows::ForeignKey;

Result<QList<ForeignKey>> foreignKeys(const QSqlDatabase &db)
{
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")))
        return sqlError(tables);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    QList<ForeignKey> keys;
    for (const QString &table : std::as_const(names)) {
        QSqlQuery notNull(db);
        QSet<QString> required;
        if (!notNull.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            return sqlError(notNull);
        while (notNull.next()) {
            if (notNull.value(3).toInt() != 0)
                required.insert(notNull.value(1).toString());
        }
        QSqlQuery fk(db);
        if (!fk.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table)))
            return sqlError(fk);
        while (fk.next()) {
            const QString column = fk.value(3).toString();
            keys.append({table, column, fk.value(2).toString(), required.contains(column)});
        }
    }
    return keys;
}

} // namespace

Result<QList<QJsonObject>> PersonRows::select(const QSqlDatabase &db, const QString &table, const QString &column, const QStringList &values)
{
    QList<QJsonObject> rows;
    const QStringList columns = sync::rowjson::syncedColumns(db, table);
    for (const QString &value : values) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(columns.join(u','), table, column));
        query.addBindValue(value);
        if (!query.exec())
            return sqlError(query);
        while (query.next()) {
            QJsonObject row;
            for (int i = 0; i < columns.size(); ++i)
                row.insert(columns.at(i), sync::rowjson::fromSql(query.value(i)));
            rows.append(row);
        }
    }
    return rows;
}

Result<PersonRows> PersonRows::collect(const QSqlDatabase &db, const QString &contactId)
{
    auto contact = select(db, QStringLiteral("contacts"), QStringLiteral("id"), {contactId});
    if (!contact)
        return contact.error();
    if (contact->isEmpty())
        return Error{Error::Code::NotFound, Tr::tr("There is no contact with the id %1.").arg(contactId)};
    auto keys = foreignKeys(db);
    if (!keys)
        return keys.error();

    PersonRows found;
    found.keys = keys.value();
    found.owned[QStringLiteral("contacts")] = contact.value();
    found.order.append(QStringLiteral("contacts"));
    // Two steps out from the person: rows about them, then rows hanging on those that exist only
    // because of them. Nothing is followed from a row that merely mentions them.
    QMap<QString, QStringList> ownedIds{{QStringLiteral("contacts"), {contactId}}};
    for (int depth = 0; depth < 2; ++depth) {
        QMap<QString, QStringList> nextOwned;
        for (const ForeignKey &key : keys.value()) {
            if (!ownedIds.contains(key.parent) || key.table == key.parent || !sync::ruleFor(key.table))
                continue;
            auto rows = select(db, key.table, key.column, ownedIds.value(key.parent));
            if (!rows)
                return rows.error();
            QList<QJsonObject> &list = key.required ? found.owned[key.table] : found.mentioning[key.table];
            for (const QJsonObject &row : rows.value()) {
                if (!list.contains(row))
                    list.append(row);
                const QString id = row.value(QStringLiteral("id")).toString();
                if (key.required)
                    nextOwned[key.table].append(id);
                else
                    found.mentions.append({key.table, key.column, id});
            }
            if (key.required && !rows->isEmpty() && !found.order.contains(key.table))
                found.order.append(key.table);
        }
        ownedIds = nextOwned;
    }
    for (auto it = found.mentioning.begin(); it != found.mentioning.end();) {
        it = it->isEmpty() ? found.mentioning.erase(it) : std::next(it);
    }

    for (auto it = found.owned.cbegin(); it != found.owned.cend(); ++it) {
        QStringList ids;
        for (const QJsonObject &row : it.value())
            ids.append(row.value(QStringLiteral("id")).toString());
        auto rows = select(db, QStringLiteral("sync_conflicts"), QStringLiteral("row_id"), ids);
        if (!rows)
            return rows.error();
        for (const QJsonObject &row : rows.value()) {
            if (row.value(QStringLiteral("table_name")).toString() == it.key())
                found.conflicts.append(row);
        }
    }
    return found;
}

} // namespace majlis
