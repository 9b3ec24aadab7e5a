#include "storage/transaction.h"

#include "storage/nativestatement.h"
#include "storage/sqlerror.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace majlis {

namespace {

bool insideTransaction(const QSqlDatabase &db)
{
    sqlite3 *native = nativeHandle(db);
    return native && sqlite3_get_autocommit(native) == 0;
}

} // namespace

Transaction::Transaction(const QSqlDatabase &db) : m_db(db), m_begin(success())
{
    static int savepoints = 0;
    if (insideTransaction(m_db))
        m_savepoint = QStringLiteral("majlis_%1").arg(++savepoints);
    QSqlQuery query(m_db);
    if (query.exec(m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + m_savepoint)) {
        m_active = true;
    } else {
        m_begin = sqlError(query);
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        if (m_savepoint.isEmpty()) {
            query.exec(QStringLiteral("ROLLBACK"));
        } else {
            query.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
            query.exec(QStringLiteral("RELEASE ") + m_savepoint);
        }
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status(Error{Error::Code::Database, QStringLiteral("commit without transaction")})
                            : m_begin;
    QSqlQuery query(m_db);
    if (!query.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint))
        return sqlError(query); // still active: the destructor rolls back
    m_active = false;
    return success();
}

} // namespace majlis
