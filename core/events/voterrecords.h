#pragma once

#include "common/result.h"
#include "events/event.h"

#include <QCoreApplication>

namespace majlis {

class Database;

// What voter-registration drives recorded, person by person, and who still needs a follow-up.
class VoterRecords
{
    Q_DECLARE_TR_FUNCTIONS(VoterRecords)

public:
    explicit VoterRecords(Database &database) : m_database(database) {}

    // Saves one person's record at a drive, replacing what was recorded before.
    Status record(const QString &eventId, const VoterRecord &record);
    Result<QList<VoterRecord>> forDrive(const QString &eventId) const;
    // People at this drive (or every drive, with no id) who need a follow-up not yet done.
    Result<QList<VoterRecord>> openFollowUps(const QString &eventId = {}) const;

private:
    Result<QList<VoterRecord>> read(const QString &where, const QVariantList &values) const;

    Database &m_database;
};

} // namespace majlis
