#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace majlis {

// While it lives, SQLite zeroes what deleted or overwritten rows held instead of leaving it in
// the file's free pages: for erasing a person on request. Imports would pay for it on every
// page, so it is not left on.
class SecureDelete
{
public:
    explicit SecureDelete(const QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA secure_delete")) && query.next())
            m_before = query.value(0).toInt();
        query.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    }
    ~SecureDelete() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA secure_delete = %1").arg(m_before)); }
    SecureDelete(const SecureDelete &) = delete;
    SecureDelete &operator=(const SecureDelete &) = delete;

private:
    QSqlDatabase m_db;
    int m_before = 0;
};

} // namespace majlis
