#include "storage/transaction.h"

#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace majlis {

Transaction::Transaction(const QSqlDatabase &db) : m_db(db), m_begin(success())
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_active = true;
    } else {
        m_begin = sqlError(query);
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status(Error{Error::Code::Database, QStringLiteral("commit without transaction")})
                            : m_begin;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT")))
        return sqlError(query); // still active: the destructor rolls back
    m_active = false;
    return success();
}

} // namespace majlis
