#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace majlis {
class Database;
}

namespace majlis::sync {

// One value that lost a last-writer-wins race: what was kept, what was lost, and from which
// laptop, so the user can look and put the lost value back.
struct ConflictEntry
{
    QString id;
    QString table;
    QString rowId;
    QString rowLabel; // a name for the row when it has one ("Amina Yusuf"), else ""
    QString field;
    QJsonValue kept;
    QJsonValue lost;
    QString lostDevice;
    qint64 lostAt = 0;
    qint64 createdAt = 0;
    bool resolved = false;
};

// The conflict log on this laptop (rows the server writes and syncs to the chapter). Restoring
// is an ordinary edit of the row, so it travels to the other laptops like any other.
class ConflictLog
{
    Q_DECLARE_TR_FUNCTIONS(ConflictLog)

public:
    explicit ConflictLog(Database &database) : m_database(database) {}

    // Newest first; resolved entries only when asked for.
    Result<QList<ConflictEntry>> entries(bool includeResolved = false) const;
    Result<int> openCount() const;
    // Writes the lost value back into its row and marks the entry resolved, in one transaction.
    Status restore(const QString &id);
    // Keeps the current value and marks the entry resolved.
    Status dismiss(const QString &id);

private:
    Result<ConflictEntry> entry(const QString &id) const;
    Status markResolved(const QString &id);

    Database &m_database;
};

} // namespace majlis::sync
