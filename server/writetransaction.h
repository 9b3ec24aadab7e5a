#pragma once

#include "common/result.h"
#include "storage/sqlerror.h"

#include <QSqlDatabase>

namespace majlis::server {

// QSqlDatabase::transaction() rather than majlis::Transaction, whose BEGIN IMMEDIATE and
// savepoints are SQLite's: this store may be PostgreSQL. Rolls back unless commit() ran.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db)
        : m_db(db)
        , m_open(m_db.transaction())
    { }
    ~WriteTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begun() const { return m_open ? success() : Status(sqlError(m_db.lastError())); }
    Status commit()
    {
        if (!m_db.commit())
            return sqlError(m_db.lastError()); // still open: the destructor rolls back
        m_open = false;
        return success();
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace majlis::server
