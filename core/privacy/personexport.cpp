#include "privacy/personexport.h"

#include "io/savefile.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/rowjson.h"
#include "sync/syncschema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace majlis {

namespace {

struct ForeignKey
{
    QString table;  // the referencing table
    QString column; // its column
    QString parent; // the table it points at
    bool required = false; // NOT NULL: the row exists only because of its parent
};

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

Result<QList<QJsonObject>> rowsWhere(const QSqlDatabase &db, const QString &table, const QString &column, const QStringList &values)
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

} // namespace

Result<QJsonObject> PersonExport::collect(Database &database, const QString &contactId)
{
    const QSqlDatabase db = database.connection();
    auto contact = rowsWhere(db, QStringLiteral("contacts"), QStringLiteral("id"), {contactId});
    if (!contact)
        return contact.error();
    if (contact->isEmpty())
        return Error{Error::Code::NotFound, tr("There is no contact with the id %1.").arg(contactId)};
    auto keys = foreignKeys(db);
    if (!keys)
        return keys.error();

    QMap<QString, QList<QJsonObject>> collected;
    collected[QStringLiteral("contacts")] = contact.value();
    // Two steps out from the person: rows about them, then rows hanging on those that exist only
    // because of them. Nothing is followed from a row that merely mentions them.
    QMap<QString, QStringList> ownedIds{{QStringLiteral("contacts"), {contactId}}};
    for (int depth = 0; depth < 2; ++depth) {
        QMap<QString, QStringList> nextOwned;
        for (const ForeignKey &key : keys.value()) {
            if (!ownedIds.contains(key.parent) || key.table == key.parent || !sync::ruleFor(key.table))
                continue;
            auto rows = rowsWhere(db, key.table, key.column, ownedIds.value(key.parent));
            if (!rows)
                return rows.error();
            QList<QJsonObject> &list = collected[key.table];
            for (const QJsonObject &row : rows.value()) {
                if (!list.contains(row))
                    list.append(row);
                if (key.required)
                    nextOwned[key.table].append(row.value(QStringLiteral("id")).toString());
            }
        }
        ownedIds = nextOwned;
    }

    // What the conflict log kept of any of these rows.
    QList<QJsonObject> conflicts;
    for (auto it = collected.cbegin(); it != collected.cend(); ++it) {
        QStringList ids;
        for (const QJsonObject &row : it.value())
            ids.append(row.value(QStringLiteral("id")).toString());
        auto rows = rowsWhere(db, QStringLiteral("sync_conflicts"), QStringLiteral("row_id"), ids);
        if (!rows)
            return rows.error();
        for (const QJsonObject &row : rows.value()) {
            if (row.value(QStringLiteral("table_name")).toString() == it.key())
                conflicts.append(row);
        }
    }
    if (!conflicts.isEmpty())
        collected[QStringLiteral("sync_conflicts")] = conflicts;

    // For reading it: the shared records those rows point at (the event, the advocacy day, the
    // tag, the partner, the chapter), never a record about another person.
    QSet<QString> aboutPeople{QStringLiteral("contacts")};
    for (const ForeignKey &key : keys.value()) {
        if (key.parent == u"contacts")
            aboutPeople.insert(key.table);
    }
    QMap<QString, QList<QJsonObject>> referenced;
    for (const ForeignKey &key : keys.value()) {
        if (!collected.contains(key.table) || aboutPeople.contains(key.parent) || !sync::ruleFor(key.parent))
            continue;
        QStringList ids;
        for (const QJsonObject &row : collected.value(key.table)) {
            const QString id = row.value(key.column).toString();
            if (!id.isEmpty() && !ids.contains(id))
                ids.append(id);
        }
        auto rows = rowsWhere(db, key.parent, QStringLiteral("id"), ids);
        if (!rows)
            return rows.error();
        QList<QJsonObject> &list = referenced[key.parent];
        for (const QJsonObject &row : rows.value()) {
            if (!list.contains(row))
                list.append(row);
        }
    }

    const auto toJson = [](const QMap<QString, QList<QJsonObject>> &byTable) {
        QJsonObject tables;
        for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            QJsonArray array;
            for (const QJsonObject &row : it.value())
                array.append(row);
            tables.insert(it.key(), array);
        }
        return tables;
    };
    return QJsonObject{{QStringLiteral("contact_id"), contactId},
                       {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {QStringLiteral("tables"), toJson(collected)},
                       {QStringLiteral("referenced"), toJson(referenced)}};
}

Status PersonExport::write(Database &database, const QString &contactId, const QString &path)
{
    auto data = collect(database, contactId);
    if (!data)
        return data.error();
    return saveFile(path, QJsonDocument(data.value()).toJson(QJsonDocument::Indented));
}

} // namespace majlis
