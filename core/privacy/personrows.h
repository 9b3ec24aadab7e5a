#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

class QSqlDatabase;

namespace majlis {

// The rows a workspace holds about one person, found by following foreign keys from their
// contact: what a request to see their data (PersonExport) shows and what a request to erase it
// (PersonErasure) removes.
struct PersonRows
{
    struct ForeignKey
    {
        QString table;         // the referencing table
        QString column;        // its column
        QString parent;        // the table it points at
        bool required = false; // NOT NULL: the row exists only because of its parent
    };
    struct Mention
    {
        QString table;
        QString column;
        QString id;
    };

    // Rows that exist because of the person, by table: the contact, every row pointing at it
    // through a required key (emails, tags, registrations, attendance...), and the rows that in
    // turn exist only because of those (their meetings' attendance). Each table's rows in the
    // order found; `order` lists the tables parents first.
    QMap<QString, QList<QJsonObject>> owned;
    QStringList order;
    // Rows of someone else that only mention the person in an optional column (the partner
    // organization they keep the relationship with). Nothing is followed from them.
    QList<Mention> mentions;
    QMap<QString, QList<QJsonObject>> mentioning;
    // What the conflict log kept about any owned row.
    QList<QJsonObject> conflicts;

    // Every foreign key of the workspace, as followed above.
    QList<ForeignKey> keys;

    // NotFound when there is no such contact.
    static Result<PersonRows> collect(const QSqlDatabase &db, const QString &contactId);
    // The synced columns of the rows of `table` whose `column` is one of `values`, as JSON.
    static Result<QList<QJsonObject>> select(const QSqlDatabase &db, const QString &table, const QString &column,
                                             const QStringList &values);
};

} // namespace majlis
