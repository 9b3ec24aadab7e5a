#pragma once

#include "common/result.h"
#include "legislatures/legislativebody.h"

#include <QCoreApplication>
#include <QList>

namespace majlis {

class Database;

// The legislatures of a workspace. Every workspace has the U.S. Congress; an import adds the
// body it brings, found again by its code.
class BodyRepository
{
    Q_DECLARE_TR_FUNCTIONS(BodyRepository)

public:
    explicit BodyRepository(Database &database) : m_database(database) {}

    // Congress first, then by name.
    Result<QList<LegislativeBody>> list() const;
    Result<LegislativeBody> get(const QString &id) const;
    // By code ("us-mi"), or by a name the user typed ("Michigan Legislature", any case).
    Result<LegislativeBody> find(const QString &codeOrName) const;
    // Adds the body, or brings its names and time zone in line; its campus, once set, is kept.
    // Runs inside the caller's transaction when there is one.
    Result<LegislativeBody> ensure(const LegislativeBody &body);
    // Replaces the campus. Names and groups are trimmed, blank rows dropped and a building
    // without a group made a group of its own; a group without a building, or a building named
    // twice, is refused and nothing changes. An empty list: the capitol alone (Congress: the
    // U.S. Capitol's buildings, built in).
    Status setCampus(const QString &id, const QList<CampusBuilding> &campus);

private:
    Database &m_database;
};

} // namespace majlis
