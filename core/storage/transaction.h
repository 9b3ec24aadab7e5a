#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace majlis {

// Scoped write transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() ran.
// IMMEDIATE takes the write lock up front, so two writers wait on the busy timeout instead of
// failing half-way when a read lock cannot be upgraded. Inside another transaction it becomes a
// SAVEPOINT, so a repository's own write can be one step of a larger all-or-nothing write (a
// walk-in is a new contact and a check-in, or neither).
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Status beginStatus() const { return m_begin; }
    Status commit();

private:
    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    Status m_begin;
    bool m_active = false;
};

} // namespace majlis
