#pragma once

#include "common/result.h"
#include "partners/organization.h"

#include <QCoreApplication>

#include <optional>

namespace majlis {

class Database;

struct PartnerQuery
{
    QString search; // name, city, website or notes contain it
    std::optional<OrganizationKind> kind;
    QString issueArea;
    std::optional<PartnerStatus> status;
    QString chapterId;
};

// Coalition partners and the people at them.
class OrganizationRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationRepository)

public:
    explicit OrganizationRepository(Database &database) : m_database(database) {}

    Result<Organization> create(const Organization &organization);
    Result<Organization> update(const Organization &organization);
    Status remove(const QString &id);
    Result<Organization> get(const QString &id) const;
    // By name, case-insensitive.
    Result<QList<Organization>> list(const PartnerQuery &query = {}) const;
    // By id, id prefix (at least 4 characters) or exact name, as the CLI takes it.
    Result<Organization> find(const QString &idOrName) const;
    // Every issue area in use, for filters and completion.
    Result<QStringList> issueAreas() const;

    Result<Membership> addMember(const Membership &membership);
    // Records that the person left the organization on that date; the history keeps them.
    Status endMembership(const QString &membershipId, const QDate &until);
    Result<QList<Membership>> members(const QString &organizationId) const;
    Result<QList<Membership>> membershipsOf(const QString &contactId) const;

    // Co-sponsors of an event or an advocacy day: exactly one of the two ids is given.
    Status setCosponsors(const QString &eventId, const QString &dayId, const QStringList &organizationIds);
    Result<QList<Organization>> cosponsors(const QString &eventId, const QString &dayId) const;

private:
    Result<QList<Membership>> memberships(const QString &column, const QString &id) const;

    Database &m_database;
};

} // namespace majlis
