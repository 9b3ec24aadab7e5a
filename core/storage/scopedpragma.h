#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace majlis {

// Sets a per-connection PRAGMA for as long as it lives, then puts back the value it found.
// Some PRAGMAs are ignored inside a transaction: make it before the transaction begins.
class ScopedPragma
{
public:
    ScopedPragma(const QSqlDatabase &db, const QString &name, const QString &value) : m_db(db), m_name(name)
    {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA %1").arg(m_name)) && query.next())
            m_before = query.value(0).toString();
        query.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name, value));
    }
    ~ScopedPragma()
    {
        if (!m_before.isEmpty())
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name, m_before));
    }
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_before;
};

// While it lives, SQLite zeroes what deleted or overwritten rows held instead of leaving it in
// the file's free pages: for erasing a person on request. Imports would pay for it on every
// page, so it is not left on.
class SecureDelete : public ScopedPragma
{
public:
    explicit SecureDelete(const QSqlDatabase &db) : ScopedPragma(db, QStringLiteral("secure_delete"), QStringLiteral("ON")) {}
};

// For a write of many rows in one transaction (an import), while it lives: 64 MiB of page
// cache, so the index pages it keeps touching stay in memory instead of being written out and
// read back; and the journals of single statements in memory, not in a temporary file. Every
// insert that fires a trigger has one, and writing them to a file cost about a fifth of a large
// import.
class BulkWrite
{
public:
    explicit BulkWrite(const QSqlDatabase &db)
        : m_cache(db, QStringLiteral("cache_size"), QStringLiteral("-65536")),
          m_journals(db, QStringLiteral("temp_store"), QStringLiteral("MEMORY"))
    {
    }

private:
    ScopedPragma m_cache;
    ScopedPragma m_journals;
};

} // namespace majlis
