#include "contacts/optouts.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace majlis {

QStringList OptOuts::reasons()
{
    return {QStringLiteral("requested"), QStringLiteral("refused"), QStringLiteral("hostile"), QStringLiteral("deceased")};
}

Status OptOuts::set(const QString &contactId, const QString &reason)
{
    if (!reasons().contains(reason))
        return Error{Error::Code::InvalidInput,
                     tr("\"%1\" is not a reason; use requested, refused, hostile or deceased.").arg(reason)};
    return change(contactId, reason);
}

Status OptOuts::lift(const QString &contactId)
{
    return change(contactId, QString());
}

Result<QString> OptOuts::reasonFor(const QString &contactId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT do_not_contact FROM contacts WHERE id = ? AND deleted = 0"));
    query.addBindValue(contactId);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error{Error::Code::NotFound, tr("The contact no longer exists.")};
    return query.value(0).toString();
}

Status OptOuts::change(const QString &contactId, const QString &reason)
{
    auto current = reasonFor(contactId);
    if (!current)
        return current.error();
    if (current.value() == reason)
        return success();
    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        if (auto s = writer.update(QStringLiteral("contacts"), contactId,
                                   {{QStringLiteral("do_not_contact"), reason.isNull() ? QStringLiteral("") : reason}});
            !s)
            return s;
        return writer.insert(QStringLiteral("contact_activities"), newId(),
                             {{QStringLiteral("contact_id"), contactId},
                              {QStringLiteral("kind"), reason.isEmpty() ? QStringLiteral("opted_in") : QStringLiteral("opted_out")},
                              {QStringLiteral("detail"), reason.isNull() ? QStringLiteral("") : reason},
                              {QStringLiteral("occurred_at"), writer.now()}});
    });
}

} // namespace majlis
