#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace majlis {

class Database;

// A person's wish not to be contacted: the one way it is set or lifted by hand, each change
// written to their history. Results of a campaign set it too (CallSession). Every list, calling
// export and campaign leaves opted-out people out.
class OptOuts
{
    Q_DECLARE_TR_FUNCTIONS(OptOuts)

public:
    explicit OptOuts(Database &database) : m_database(database) {}

    // The reasons, as stored: 'requested', 'refused', 'hostile', 'deceased'.
    static QStringList reasons();

    Status set(const QString &contactId, const QString &reason);
    // The person asked to be contacted again (or the mark was a mistake).
    Status lift(const QString &contactId);
    Result<QString> reasonFor(const QString &contactId) const;

private:
    Status change(const QString &contactId, const QString &reason);

    Database &m_database;
};

} // namespace majlis
