#pragma once

#include "advocacy/legislator.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>

namespace majlis {

class Database;

struct LegislatorImportSummary
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int departed = 0; // in the workspace but no longer in the file: kept, marked out of office
};

class LegislatorRepository
{
    Q_DECLARE_TR_FUNCTIONS(LegislatorRepository)

public:
    explicit LegislatorRepository(Database &database) : m_database(database) {}

    // Brings the workspace in line with a complete list of current members, in one
    // transaction: members are matched by bioguide id and updated in place, so meetings
    // planned with them keep their office; members missing from the list are marked departed.
    Result<LegislatorImportSummary> importCurrent(const QList<Legislator> &current);

    // Ordered by state, Senate before House, then district.
    Result<QList<Legislator>> list(bool includeDeparted = false) const;
    Result<Legislator> get(const QString &id) const;
    Result<Legislator> findByBioguide(const QString &bioguideId) const;
    // Corrects the building and room by hand, when an address names none.
    Status setOffice(const QString &id, const OfficeLocation &office);

private:
    Database &m_database;
};

} // namespace majlis
