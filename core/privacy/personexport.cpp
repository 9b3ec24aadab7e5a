#include "privacy/personexport.h"

#include "io/savefile.h"
#include "privacy/personrows.h"
#include "storage/database.h"
#include "sync/syncschema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace majlis {

Result<QJsonObject> PersonExport::collect(Database &database, const QString &contactId)
{
    auto found = PersonRows::collect(database.connection(), contactId);
    if (!found)
        return found.error();
    QMap<QString, QList<QJsonObject>> collected = found->owned;
    for (auto it = found->mentioning.cbegin(); it != found->mentioning.cend(); ++it) {
        QList<QJsonObject> &list = collected[it.key()];
        for (const QJsonObject &row : it.value()) {
            if (!list.contains(row))
                list.append(row);
        }
    }
    if (!found->conflicts.isEmpty())
        collected[QStringLiteral("sync_conflicts")] = found->conflicts;

    // For reading it: the shared records those rows point at (the event, the advocacy day, the
    // tag, the partner, the chapter), never a record about another person.
    QSet<QString> aboutPeople{QStringLiteral("contacts")};
    for (const PersonRows::ForeignKey &key : found->keys) {
        if (key.parent == u"contacts")
            aboutPeople.insert(key.table);
    }
    QMap<QString, QList<QJsonObject>> referenced;
    for (const PersonRows::ForeignKey &key : found->keys) {
        if (!collected.contains(key.table) || aboutPeople.contains(key.parent) || !sync::ruleFor(key.parent))
            continue;
        QStringList ids;
        for (const QJsonObject &row : collected.value(key.table)) {
            const QString id = row.value(key.column).toString();
            if (!id.isEmpty() && !ids.contains(id))
                ids.append(id);
        }
        auto rows = PersonRows::select(database.connection(), key.parent, QStringLiteral("id"), ids);
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
