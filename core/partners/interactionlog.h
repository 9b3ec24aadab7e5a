#pragma once

#include "common/result.h"
#include "partners/organization.h"

#include <QCoreApplication>

namespace majlis {

class Database;

// A partner's history: meetings, calls, emails, joint events and sign-ons, with who took part.
class InteractionLog
{
    Q_DECLARE_TR_FUNCTIONS(InteractionLog)

public:
    explicit InteractionLog(Database &database) : m_database(database) {}

    Result<Interaction> add(const Interaction &interaction);
    Status remove(const QString &interactionId);
    // Oldest first: the relationship read as a story.
    Result<QList<Interaction>> history(const QString &organizationId) const;

private:
    Database &m_database;
};

} // namespace majlis
