#include "partners/interactionlog.h"

#include "common/clock.h"
#include "common/naturalid.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace majlis {

Result<Interaction> InteractionLog::add(const Interaction &input)
{
    if (!input.date.isValid())
        return Error {Error::Code::InvalidInput, tr("Give the date of the interaction.")};
    if (input.summary.trimmed().isEmpty())
        return Error {Error::Code::InvalidInput, tr("Say in a few words what happened.")};
    Interaction interaction = input;
    interaction.id = newId();
    if (auto s = writeInTransaction(m_database,
            [&](const RowWriter &writer) -> Status {
                if (auto s = writer.insert(QStringLiteral("interactions"), interaction.id,
                        {{QStringLiteral("organization_id"), interaction.organizationId},
                            {QStringLiteral("kind"), interactionKey(interaction.kind)},
                            {QStringLiteral("occurred_on"), interaction.date.toString(Qt::ISODate)},
                            {QStringLiteral("summary"), interaction.summary.trimmed()},
                            {QStringLiteral("notes"), interaction.notes}});
                    !s)
                    return s;
                for (const QString &contactId : std::as_const(interaction.participantIds)) {
                    if (auto s = writer.insert(QStringLiteral("interaction_participants"),
                            naturalId(QStringLiteral("interaction_participants"), {interaction.id, contactId}),
                            {{QStringLiteral("interaction_id"), interaction.id},
                                {QStringLiteral("contact_id"), contactId}});
                        !s)
                        return s;
                }
                return success();
            });
        !s)
        return s.error();
    return interaction;
}

Status InteractionLog::remove(const QString &interactionId)
{
    return writeInTransaction(m_database, [&](const RowWriter &writer) {
        return writer.tombstone(QStringLiteral("interactions"), QStringLiteral("id = ?"), {interactionId});
    });
}

Result<QList<Interaction>> InteractionLog::history(const QString &organizationId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT i.id, i.kind, i.occurred_on, i.summary, i.notes, "
        "  (SELECT group_concat(p.contact_id, char(31)) FROM interaction_participants p "
        "   WHERE p.interaction_id = i.id AND p.deleted = 0), "
        "  (SELECT group_concat(CASE WHEN trim(c.preferred_name) <> '' THEN trim(c.preferred_name) "
        "          ELSE trim(trim(c.given_name) || ' ' || trim(c.family_name)) END, char(31)) "
        "   FROM interaction_participants p JOIN contacts c ON c.id = p.contact_id "
        "   WHERE p.interaction_id = i.id AND p.deleted = 0) "
        "FROM interactions i WHERE i.organization_id = ? AND i.deleted = 0 ORDER BY i.occurred_on, i.created_at"));
    query.addBindValue(organizationId);
    if (!query.exec())
        return sqlError(query);
    QList<Interaction> history;
    const QChar separator(31);
    while (query.next()) {
        Interaction i;
        i.id = query.value(0).toString();
        i.organizationId = organizationId;
        i.kind = interactionKindFromKey(query.value(1).toString()).value_or(InteractionKind::Other);
        i.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        i.summary = query.value(3).toString();
        i.notes = query.value(4).toString();
        i.participantIds = query.value(5).toString().split(separator, Qt::SkipEmptyParts);
        i.participantNames = query.value(6).toString().split(separator, Qt::SkipEmptyParts);
        history.append(i);
    }
    return history;
}

} // namespace majlis
