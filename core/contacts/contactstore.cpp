#include "contacts/contactstore.h"

#include "common/clock.h"
#include "common/naturalid.h"
#include "contacts/searchtext.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <optional>

namespace majlis::contactstore {

namespace {

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString &json)
{
    // Most lists are empty; skipping the JSON parser for them matters when reading every contact.
    if (json.size() <= 2)
        return {};
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(value.toString());
    return list;
}

Status exec(QSqlQuery &query)
{
    if (!query.exec())
        return sqlError(query);
    return success();
}

// The prepared statement for `sql`: the caller's kept one during a bulk write, else a fresh one
// held in `own` for this call.
QSqlQuery &statement(const WriteContext &ctx, const QString &sql, std::optional<QSqlQuery> &own)
{
    if (ctx.statements)
        return ctx.statements->prepared(sql);
    own.emplace(ctx.db);
    own->prepare(sql);
    return *own;
}

void bindContactFields(QSqlQuery &query, const Contact &c)
{
    query.bindValue(QStringLiteral(":id"), sqlText(c.id));
    query.bindValue(QStringLiteral(":given"), sqlText(c.givenName));
    query.bindValue(QStringLiteral(":family"), sqlText(c.familyName));
    query.bindValue(QStringLiteral(":preferred"), sqlText(c.preferredName));
    query.bindValue(QStringLiteral(":street"), sqlText(c.address.street));
    query.bindValue(QStringLiteral(":locality"), sqlText(c.address.locality));
    query.bindValue(QStringLiteral(":region"), sqlText(c.address.region));
    query.bindValue(QStringLiteral(":postal"), sqlText(c.address.postalCode));
    query.bindValue(QStringLiteral(":country"), sqlText(c.address.country));
    query.bindValue(QStringLiteral(":state"), sqlText(c.usState));
    query.bindValue(QStringLiteral(":district"), c.district ? QVariant(*c.district) : QVariant(QMetaType(QMetaType::Int)));
    query.bindValue(QStringLiteral(":chapter"), c.chapterId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(c.chapterId));
    query.bindValue(QStringLiteral(":languages"), sqlText(toJson(c.languages)));
    query.bindValue(QStringLiteral(":organization"), sqlText(c.organization));
    query.bindValue(QStringLiteral(":role"), sqlText(c.role));
    query.bindValue(QStringLiteral(":skills"), sqlText(toJson(c.skills)));
    query.bindValue(QStringLiteral(":interests"), sqlText(toJson(c.interests)));
    query.bindValue(QStringLiteral(":notes"), sqlText(c.notes));
    query.bindValue(QStringLiteral(":birthday"), c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QStringLiteral(""));
    query.bindValue(QStringLiteral(":sort"), sqlText(sortKeyFor(c)));
}

// Emails and phones keep their row ids while their value is unchanged, so a label edit on one
// laptop and a new number on another merge cleanly when they sync.
Status syncLabeled(const WriteContext &ctx, const QString &table, const QString &column,
                   const QString &contactId, const QList<LabeledValue> &values)
{
    struct Existing
    {
        QString id;
        QString label;
        QString value;
        int position;
        bool used = false;
    };
    QList<Existing> existing;
    if (!ctx.newContact) {
        std::optional<QSqlQuery> queryOwn;
        QSqlQuery &query = statement(
            ctx, QStringLiteral("SELECT id, label, %1, position FROM %2 WHERE contact_id = ? AND deleted = 0").arg(column, table),
            queryOwn);
        query.addBindValue(contactId);
        if (auto s = exec(query); !s)
            return s;
        while (query.next())
            existing.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toInt()});
    }

    for (int position = 0; position < values.size(); ++position) {
        const LabeledValue &wanted = values[position];
        auto match = std::find_if(existing.begin(), existing.end(),
                                  [&](const Existing &e) { return !e.used && e.value == wanted.value; });
        if (match != existing.end()) {
            match->used = true;
            if (match->label == wanted.label && match->position == position)
                continue;
            std::optional<QSqlQuery> updateOwn;
            QSqlQuery &update = statement(
                ctx, QStringLiteral("UPDATE %1 SET label = ?, position = ?, updated_at = ?, device_id = ? WHERE id = ?").arg(table),
                updateOwn);
            for (const QVariant &v : {QVariant(wanted.label), QVariant(position), QVariant(ctx.now),
                                      QVariant(ctx.deviceId), QVariant(match->id)})
                update.addBindValue(sqlText(v));
            if (auto s = exec(update); !s)
                return s;
        } else {
            std::optional<QSqlQuery> insertOwn;
            QSqlQuery &insert = statement(ctx,
                                          QStringLiteral("INSERT INTO %1 (id, contact_id, label, %2, position, created_at, "
                                                         "updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                                              .arg(table, column),
                                          insertOwn);
            for (const QVariant &v : {QVariant(newId()), QVariant(contactId), QVariant(wanted.label),
                                      QVariant(wanted.value), QVariant(position), QVariant(ctx.now), QVariant(ctx.now),
                                      QVariant(ctx.deviceId)})
                insert.addBindValue(sqlText(v));
            if (auto s = exec(insert); !s)
                return s;
        }
    }
    for (const Existing &e : std::as_const(existing)) {
        if (e.used)
            continue;
        std::optional<QSqlQuery> removeOwn;
        QSqlQuery &remove = statement(
            ctx, QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ?, device_id = ? WHERE id = ?").arg(table), removeOwn);
        for (const QVariant &v : {QVariant(ctx.now), QVariant(ctx.deviceId), QVariant(e.id)})
            remove.addBindValue(sqlText(v));
        if (auto s = exec(remove); !s)
            return s;
    }
    return success();
}

Result<QString> tagIdFor(const WriteContext &ctx, const QString &name, bool create)
{
    std::optional<QSqlQuery> queryOwn;
    QSqlQuery &query = statement(ctx, QStringLiteral("SELECT id, deleted FROM tags WHERE name = ? COLLATE NOCASE"), queryOwn);
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(query);
    if (query.next()) {
        const QString id = query.value(0).toString();
        const bool deleted = query.value(1).toBool();
        if (deleted && create) {
            std::optional<QSqlQuery> reviveOwn;
            QSqlQuery &revive = statement(ctx, QStringLiteral("UPDATE tags SET deleted = 0, updated_at = ?, device_id = ? WHERE id = ?"),
                                          reviveOwn);
            for (const QVariant &v : {QVariant(ctx.now), QVariant(ctx.deviceId), QVariant(id)})
                revive.addBindValue(sqlText(v));
            if (!revive.exec())
                return sqlError(revive);
        }
        return id;
    }
    if (!create)
        return QString();
    const QString id = naturalId(QStringLiteral("tags"), {nocaseKey(name)});
    std::optional<QSqlQuery> insertOwn;
    QSqlQuery &insert = statement(
        ctx, QStringLiteral("INSERT INTO tags (id, name, created_at, updated_at, device_id) VALUES (?, ?, ?, ?, ?)"), insertOwn);
    for (const QVariant &v : {QVariant(id), QVariant(name), QVariant(ctx.now), QVariant(ctx.now), QVariant(ctx.deviceId)})
        insert.addBindValue(sqlText(v));
    if (!insert.exec())
        return sqlError(insert);
    return id;
}

QStringList currentTags(const QSqlDatabase &db, const QString &contactId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                                 "WHERE ct.contact_id = ? AND ct.deleted = 0 ORDER BY t.name COLLATE NOCASE"));
    query.addBindValue(contactId);
    QStringList tags;
    if (query.exec()) {
        while (query.next())
            tags.append(query.value(0).toString());
    }
    return tags;
}

QList<LabeledValue> loadLabeled(const QSqlDatabase &db, const QString &table, const QString &column, const QString &id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT label, %1 FROM %2 WHERE contact_id = ? AND deleted = 0 ORDER BY position")
                      .arg(column, table));
    query.addBindValue(id);
    QList<LabeledValue> values;
    if (query.exec()) {
        while (query.next())
            values.append({query.value(0).toString(), query.value(1).toString()});
    }
    return values;
}

} // namespace

QString sortKeyFor(const Contact &c)
{
    const QString family = c.familyName.isEmpty() ? c.displayName() : c.familyName;
    return searchtext::fold(family + QLatin1Char(' ') + c.givenName).trimmed();
}

Status insertContactRow(const WriteContext &ctx, const Contact &c)
{
    std::optional<QSqlQuery> queryOwn;
    QSqlQuery &query = statement(ctx, QStringLiteral(
        "INSERT INTO contacts (id, given_name, family_name, preferred_name, street, locality, region, postal_code, "
        "country, us_state, district, chapter_id, languages, organization, role, skills, interests, notes, birthday, sort_key, "
        "do_not_contact, created_at, updated_at, device_id) VALUES (:id, :given, :family, :preferred, :street, :locality, "
        ":region, :postal, :country, :state, :district, :chapter, :languages, :organization, :role, :skills, :interests, "
        ":notes, :birthday, :sort, :dnc, :now, :now, :device)"), queryOwn);
    bindContactFields(query, c);
    query.bindValue(QStringLiteral(":dnc"), sqlText(c.doNotContact));
    query.bindValue(QStringLiteral(":now"), ctx.now);
    query.bindValue(QStringLiteral(":device"), ctx.deviceId);
    return exec(query);
}

Status updateContactRow(const WriteContext &ctx, const Contact &c)
{
    std::optional<QSqlQuery> queryOwn;
    QSqlQuery &query = statement(ctx, QStringLiteral(
        "UPDATE contacts SET given_name = :given, family_name = :family, preferred_name = :preferred, "
        "street = :street, locality = :locality, region = :region, postal_code = :postal, country = :country, "
        "us_state = :state, district = :district, chapter_id = :chapter, languages = :languages, "
        "organization = :organization, role = :role, skills = :skills, interests = :interests, notes = :notes, "
        "birthday = :birthday, sort_key = :sort, updated_at = :now, device_id = :device WHERE id = :id AND deleted = 0"), queryOwn);
    bindContactFields(query, c);
    query.bindValue(QStringLiteral(":now"), ctx.now);
    query.bindValue(QStringLiteral(":device"), ctx.deviceId);
    if (auto s = exec(query); !s)
        return s;
    if (query.numRowsAffected() != 1)
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("ContactRepository", "The contact was deleted meanwhile; nothing was saved.")};
    return success();
}

Status syncEmails(const WriteContext &ctx, const QString &contactId, const QList<LabeledValue> &emails)
{
    return syncLabeled(ctx, QStringLiteral("contact_emails"), QStringLiteral("address"), contactId, emails);
}

Status syncPhones(const WriteContext &ctx, const QString &contactId, const QList<LabeledValue> &phones)
{
    return syncLabeled(ctx, QStringLiteral("contact_phones"), QStringLiteral("number"), contactId, phones);
}

Status setTag(const WriteContext &ctx, const QString &contactId, const QString &tag, bool present)
{
    const auto tagId = tagIdFor(ctx, tag, present);
    if (!tagId)
        return tagId.error();
    if (tagId->isEmpty())
        return success(); // removing a tag that never existed
    std::optional<QSqlQuery> queryOwn;
    QSqlQuery &query = statement(ctx, QStringLiteral("SELECT id, deleted FROM contact_tags WHERE contact_id = ? AND tag_id = ?"), queryOwn);
    if (!ctx.newContact) {
        query.addBindValue(contactId);
        query.addBindValue(*tagId);
        if (auto s = exec(query); !s)
            return s;
    }
    if (!ctx.newContact && query.next()) {
        const QString rowId = query.value(0).toString();
        if (query.value(1).toBool() != present)
            return success();
        std::optional<QSqlQuery> updateOwn;
        QSqlQuery &update = statement(
            ctx, QStringLiteral("UPDATE contact_tags SET deleted = ?, updated_at = ?, device_id = ? WHERE id = ?"), updateOwn);
        for (const QVariant &v : {QVariant(present ? 0 : 1), QVariant(ctx.now), QVariant(ctx.deviceId), QVariant(rowId)})
            update.addBindValue(sqlText(v));
        return exec(update);
    }
    if (!present)
        return success();
    std::optional<QSqlQuery> insertOwn;
    QSqlQuery &insert = statement(ctx,
                                  QStringLiteral("INSERT INTO contact_tags (id, contact_id, tag_id, created_at, updated_at, "
                                                 "device_id) VALUES (?, ?, ?, ?, ?, ?)"),
                                  insertOwn);
    for (const QVariant &v : {QVariant(naturalId(QStringLiteral("contact_tags"), {contactId, *tagId})), QVariant(contactId),
                              QVariant(*tagId), QVariant(ctx.now),
                              QVariant(ctx.now), QVariant(ctx.deviceId)})
        insert.addBindValue(sqlText(v));
    return exec(insert);
}

Status syncTags(const WriteContext &ctx, const QString &contactId, const QStringList &tags)
{
    const QStringList current = ctx.newContact ? QStringList() : currentTags(ctx.db, contactId);
    for (const QString &tag : current) {
        if (!tags.contains(tag, Qt::CaseInsensitive)) {
            if (auto s = setTag(ctx, contactId, tag, false); !s)
                return s;
        }
    }
    for (const QString &tag : tags) {
        if (!current.contains(tag, Qt::CaseInsensitive)) {
            if (auto s = setTag(ctx, contactId, tag, true); !s)
                return s;
        }
    }
    return success();
}

Status syncConsents(const WriteContext &ctx, const QString &contactId, const QList<Consent> &consents)
{
    for (ConsentChannel channel : allConsentChannels()) {
        const QString key = consentChannelKey(channel);
        const auto wanted = std::find_if(consents.begin(), consents.end(),
                                         [&](const Consent &c) { return c.channel == channel; });
        std::optional<QSqlQuery> queryOwn;
        QSqlQuery &query = statement(ctx,
                                     QStringLiteral("SELECT id, granted, recorded_on, source, deleted FROM contact_consents "
                                                    "WHERE contact_id = ? AND channel = ?"),
                                     queryOwn);
        if (!ctx.newContact) {
            query.addBindValue(contactId);
            query.addBindValue(key);
            if (auto s = exec(query); !s)
                return s;
        }
        if (ctx.newContact || !query.next()) {
            if (wanted == consents.end())
                continue;
            std::optional<QSqlQuery> insertOwn;
            QSqlQuery &insert = statement(ctx,
                                          QStringLiteral("INSERT INTO contact_consents (id, contact_id, channel, granted, "
                                                         "recorded_on, source, created_at, updated_at, device_id) "
                                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                          insertOwn);
            for (const QVariant &v : {QVariant(naturalId(QStringLiteral("contact_consents"), {contactId, key})),
                                      QVariant(contactId), QVariant(key), QVariant(wanted->granted ? 1 : 0),
                                      QVariant(wanted->date.toString(Qt::ISODate)), QVariant(wanted->source),
                                      QVariant(ctx.now), QVariant(ctx.now), QVariant(ctx.deviceId)})
                insert.addBindValue(sqlText(v));
            if (auto s = exec(insert); !s)
                return s;
            continue;
        }
        const QString rowId = query.value(0).toString();
        const bool wasDeleted = query.value(4).toBool();
        if (wanted == consents.end()) {
            if (wasDeleted)
                continue;
            std::optional<QSqlQuery> removeOwn;
            QSqlQuery &remove = statement(
                ctx, QStringLiteral("UPDATE contact_consents SET deleted = 1, updated_at = ?, device_id = ? WHERE id = ?"),
                removeOwn);
            for (const QVariant &v : {QVariant(ctx.now), QVariant(ctx.deviceId), QVariant(rowId)})
                remove.addBindValue(sqlText(v));
            if (auto s = exec(remove); !s)
                return s;
        } else {
            const bool same = !wasDeleted && query.value(1).toBool() == wanted->granted
                && query.value(2).toString() == wanted->date.toString(Qt::ISODate)
                && query.value(3).toString() == wanted->source;
            if (same)
                continue;
            std::optional<QSqlQuery> updateOwn;
            QSqlQuery &update = statement(ctx,
                                          QStringLiteral("UPDATE contact_consents SET granted = ?, recorded_on = ?, source = ?, "
                                                         "deleted = 0, updated_at = ?, device_id = ? WHERE id = ?"),
                                          updateOwn);
            for (const QVariant &v : {QVariant(wanted->granted ? 1 : 0), QVariant(wanted->date.toString(Qt::ISODate)),
                                      QVariant(wanted->source), QVariant(ctx.now), QVariant(ctx.deviceId), QVariant(rowId)})
                update.addBindValue(sqlText(v));
            if (auto s = exec(update); !s)
                return s;
        }
    }
    return success();
}

Status addActivity(const WriteContext &ctx, const QString &contactId, const QString &kind, const QString &detail)
{
    std::optional<QSqlQuery> queryOwn;
    QSqlQuery &query = statement(ctx, QStringLiteral("INSERT INTO contact_activities (id, contact_id, kind, detail, occurred_at, created_at, "
                                 "updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"), queryOwn);
    for (const QVariant &v : {QVariant(newId()), QVariant(contactId), QVariant(kind), QVariant(detail), QVariant(ctx.now),
                              QVariant(ctx.now), QVariant(ctx.now), QVariant(ctx.deviceId)})
        query.addBindValue(sqlText(v));
    return exec(query);
}

Status setContactDeleted(const WriteContext &ctx, const QString &contactId, bool deleted)
{
    std::optional<QSqlQuery> queryOwn;
    QSqlQuery &query = statement(ctx, QStringLiteral("UPDATE contacts SET deleted = ?, updated_at = ?, device_id = ? WHERE id = ? AND deleted = ?"), queryOwn);
    for (const QVariant &v : {QVariant(deleted ? 1 : 0), QVariant(ctx.now), QVariant(ctx.deviceId), QVariant(contactId),
                              QVariant(deleted ? 0 : 1)})
        query.addBindValue(sqlText(v));
    return exec(query);
}

namespace {

// The search index is keyed by contacts.rid. Each statement names its one row by a bound rowid:
// a statement that may write several rows (INSERT ... SELECT, DELETE ... WHERE rowid = (SELECT
// ...)) runs in a statement savepoint, and every savepoint makes FTS5 flush its pending terms to
// disk, which made indexing inside a large transaction (an import, a first sync) several
// times slower.
Result<std::optional<qint64>> searchRowid(const WriteContext &ctx, const QString &contactId)
{
    std::optional<QSqlQuery> queryOwn;
    QSqlQuery &query = statement(ctx, QStringLiteral("SELECT rid FROM contacts WHERE id = ?"), queryOwn);
    query.addBindValue(contactId);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Status deleteSearchDocument(const WriteContext &ctx, qint64 rowid)
{
    std::optional<QSqlQuery> queryOwn;
    QSqlQuery &query = statement(ctx, QStringLiteral("DELETE FROM contact_search WHERE rowid = ?"), queryOwn);
    query.addBindValue(rowid);
    return exec(query);
}

} // namespace

Status indexContact(const WriteContext &ctx, const Contact &c)
{
    auto rowid = searchRowid(ctx, c.id);
    if (!rowid)
        return rowid.error();
    if (!rowid->has_value())
        return success(); // no such contact: nothing to find
    if (auto s = deleteSearchDocument(ctx, **rowid); !s)
        return s;
    return addSearchDocument(ctx, **rowid, c);
}

Status addSearchDocument(const WriteContext &ctx, qint64 rowid, const Contact &c)
{
    QStringList emails;
    QStringList phones;
    for (const LabeledValue &email : c.emails)
        emails.append(email.value);
    for (const LabeledValue &phone : c.phones)
        phones.append(searchtext::phoneTokens(phone.value));
    std::optional<QSqlQuery> queryOwn;
    QSqlQuery &query = statement(ctx, QStringLiteral("INSERT INTO contact_search (rowid, names, emails, phones, tags, organization, notes) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"), queryOwn);
    query.addBindValue(rowid);
    using searchtext::fold;
    using searchtext::indexText;
    for (const QVariant &v : {QVariant(indexText(c.givenName + QLatin1Char(' ') + c.familyName + QLatin1Char(' ') + c.preferredName)),
                              QVariant(fold(emails.join(QLatin1Char(' ')))), QVariant(phones.join(QLatin1Char(' '))),
                              QVariant(fold(c.tags.join(QLatin1Char(' ')))),
                              QVariant(indexText(c.organization + QLatin1Char(' ') + c.role)), QVariant(fold(c.notes))})
        query.addBindValue(sqlText(v));
    return exec(query);
}

Result<QHash<QString, qint64>> searchRowids(const QSqlDatabase &db, qint64 after)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, rid FROM contacts WHERE rid > ?"));
    query.addBindValue(after);
    if (!query.exec())
        return sqlError(query);
    QHash<QString, qint64> rowids;
    while (query.next())
        rowids.insert(query.value(0).toString(), query.value(1).toLongLong());
    return rowids;
}

Result<qint64> lastSearchRowid(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(rid), 0) FROM contacts")) || !query.next())
        return sqlError(query);
    return query.value(0).toLongLong();
}

Status unindexContact(const WriteContext &ctx, const QString &contactId)
{
    auto rowid = searchRowid(ctx, contactId);
    if (!rowid)
        return rowid.error();
    return rowid->has_value() ? deleteSearchDocument(ctx, **rowid) : success();
}

namespace {

// The order of SQLite's NOCASE collation, in which tags are listed: ASCII letters without
// case, everything else byte by byte in UTF-8.
bool nocaseLess(const QString &a, const QString &b)
{
    const auto folded = [](char c) {
        const auto u = uchar(c);
        return u >= 'A' && u <= 'Z' ? uchar(u + ('a' - 'A')) : u;
    };
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end(),
                                        [&](char p, char q) { return folded(p) < folded(q); });
}

const QString kContactColumns = QStringLiteral(
    "id, given_name, family_name, preferred_name, street, locality, region, postal_code, country, us_state, "
    "district, chapter_id, languages, organization, role, skills, interests, notes, created_at, updated_at, deleted, "
    "birthday, do_not_contact");

// A contact's own columns, in kContactColumns order; emails, phones, tags and consents come apart.
Contact contactFromRow(const QSqlQuery &query)
{
    Contact c;
    c.id = query.value(0).toString();
    c.givenName = query.value(1).toString();
    c.familyName = query.value(2).toString();
    c.preferredName = query.value(3).toString();
    c.address = {query.value(4).toString(), query.value(5).toString(), query.value(6).toString(),
                 query.value(7).toString(), query.value(8).toString()};
    c.usState = query.value(9).toString();
    if (!query.value(10).isNull())
        c.district = query.value(10).toInt();
    c.chapterId = query.value(11).toString();
    c.languages = fromJson(query.value(12).toString());
    c.organization = query.value(13).toString();
    c.role = query.value(14).toString();
    c.skills = fromJson(query.value(15).toString());
    c.interests = fromJson(query.value(16).toString());
    c.notes = query.value(17).toString();
    c.createdAt = query.value(18).toLongLong();
    c.updatedAt = query.value(19).toLongLong();
    c.birthday = QDate::fromString(query.value(21).toString(), Qt::ISODate);
    c.doNotContact = query.value(22).toString();
    return c;
}

} // namespace

Result<QList<Contact>> loadAllContacts(const QSqlDatabase &db, ContactReading reading)
{
    const bool listed = reading.order == ContactOrder::List;
    QList<Contact> contacts;
    QHash<QString, qsizetype> index;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM contacts WHERE deleted = 0 ORDER BY %2")
                        .arg(kContactColumns, listed ? QStringLiteral("sort_key, id") : QStringLiteral("rid"))))
        return sqlError(query);
    while (query.next()) {
        index.insert(query.value(0).toString(), contacts.size());
        contacts.append(contactFromRow(query));
    }
    // One pass over each child table in storage order: a sequential scan rather than a walk of
    // an index with a lookup per row. The order the per-contact loader gives is restored below.
    const struct
    {
        const char *sql;
        int kind; // 0 emails, 1 phones, 2 tags, 3 consents
    } children[] = {
        {"SELECT contact_id, label, address, position FROM contact_emails WHERE deleted = 0", 0},
        {"SELECT contact_id, label, number, position FROM contact_phones WHERE deleted = 0", 1},
        {"SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.deleted = 0", 2},
        {"SELECT contact_id, channel, granted, recorded_on, source FROM contact_consents WHERE deleted = 0", 3},
    };
    using Positioned = QList<std::pair<int, LabeledValue>>;
    QList<Positioned> emails(contacts.size());
    QList<Positioned> phones(contacts.size());
    for (const auto &child : children) {
        if (child.kind == 3 && !reading.consents)
            continue;
        if (!query.exec(QString::fromLatin1(child.sql)))
            return sqlError(query);
        while (query.next()) {
            const auto it = index.constFind(query.value(0).toString());
            if (it == index.cend())
                continue; // a child of a deleted contact
            Contact &c = contacts[*it];
            if (child.kind == 0)
                emails[*it].append({query.value(3).toInt(), {query.value(1).toString(), query.value(2).toString()}});
            else if (child.kind == 1)
                phones[*it].append({query.value(3).toInt(), {query.value(1).toString(), query.value(2).toString()}});
            else if (child.kind == 2)
                c.tags.append(query.value(1).toString());
            else if (const auto channel = consentChannelFromKey(query.value(1).toString()))
                c.consents.append({*channel, query.value(2).toBool(), QDate::fromString(query.value(3).toString(), Qt::ISODate),
                                   query.value(4).toString()});
        }
    }
    const auto byPosition = [listed](Positioned &values) {
        if (listed)
            std::stable_sort(values.begin(), values.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<LabeledValue> kept;
        kept.reserve(values.size());
        for (auto &[position, value] : values)
            kept.append(std::move(value));
        return kept;
    };
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        contacts[i].emails = byPosition(emails[i]);
        contacts[i].phones = byPosition(phones[i]);
        if (listed)
            std::sort(contacts[i].tags.begin(), contacts[i].tags.end(), nocaseLess);
    }
    for (Contact &c : contacts)
        std::sort(c.consents.begin(), c.consents.end(), [](const Consent &a, const Consent &b) { return a.channel < b.channel; });
    return contacts;
}

Result<Contact> loadContact(const QSqlDatabase &db, const QString &id, bool includeDeleted)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM contacts WHERE id = ?").arg(kContactColumns));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next() || (!includeDeleted && query.value(20).toBool()))
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("ContactRepository", "The contact no longer exists; it may have been deleted.")};
    Contact c = contactFromRow(query);
    query.finish();

    c.emails = loadLabeled(db, QStringLiteral("contact_emails"), QStringLiteral("address"), id);
    c.phones = loadLabeled(db, QStringLiteral("contact_phones"), QStringLiteral("number"), id);
    c.tags = currentTags(db, id);

    query.prepare(QStringLiteral("SELECT channel, granted, recorded_on, source FROM contact_consents "
                                 "WHERE contact_id = ? AND deleted = 0"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    while (query.next()) {
        if (const auto channel = consentChannelFromKey(query.value(0).toString()))
            c.consents.append({*channel, query.value(1).toBool(),
                               QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toString()});
    }
    std::sort(c.consents.begin(), c.consents.end(),
              [](const Consent &a, const Consent &b) { return a.channel < b.channel; });
    return c;
}

QSqlQuery &StatementCache::prepared(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &query = m_queries[sql];
    if (!query)
        query = std::make_unique<QSqlQuery>(m_db);
    // A caller may have prepared the object again for its next statement (a lookup followed by
    // its insert): then it is prepared back.
    if (query->lastQuery() != sql)
        query->prepare(sql);
    return *query;
}

void StatementCache::clear()
{
    for (auto &query : m_queries)
        query.second->finish();
    m_queries.clear();
}

} // namespace majlis::contactstore
