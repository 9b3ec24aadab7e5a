#pragma once

#include "advocacy/legislator.h"
#include "common/result.h"
#include "legislatures/legislativebody.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace majlis {

class Database;

struct LegislatorImportSummary
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int departed = 0; // in the workspace but no longer in the file: kept, marked out of office

    LegislatorImportSummary &operator+=(const LegislatorImportSummary &other);
    bool operator==(const LegislatorImportSummary &) const = default;
};

// Which members a list shows. Empty fields do not filter.
struct LegislatorFilter
{
    QString bodyId;
    QString state;
    std::optional<Chamber> chamber;
    bool includeDeparted = false;
};

class LegislatorRepository
{
    Q_DECLARE_TR_FUNCTIONS(LegislatorRepository)

public:
    explicit LegislatorRepository(Database &database) : m_database(database) {}

    // Brings one body's members in line with a complete list of its current members, in one
    // transaction (the caller's, when there is one): the body is added when new; members are
    // matched by their source id and updated in place, so meetings planned with them keep
    // their office; members of the body missing from the list are marked departed. A list
    // that names one source id twice is refused.
    Result<LegislatorImportSummary> importCurrent(const LegislativeBody &body, const QList<Legislator> &current);
    // The members of Congress, as before bodies existed.
    Result<LegislatorImportSummary> importCurrent(const QList<Legislator> &current);

    // Ordered by body, state, upper chamber first, then district.
    Result<QList<Legislator>> list(const LegislatorFilter &filter) const;
    Result<QList<Legislator>> list(bool includeDeparted = false) const; // Congress
    Result<Legislator> get(const QString &id) const;
    // A member of Congress by bioguide id.
    Result<Legislator> findByBioguide(const QString &sourceId) const;
    // Corrects the building and room by hand, when an address names none.
    Status setOffice(const QString &id, const OfficeLocation &office);

private:
    Status writeOffices(const Legislator &legislator, qint64 now);
    Result<QList<LegislatorOffice>> officesOf(const QString &legislatorId) const;

    Database &m_database;
};

} // namespace majlis
