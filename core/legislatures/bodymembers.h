#pragma once

#include "advocacy/legislator.h"
#include "legislatures/legislativebody.h"

#include <QList>
#include <QStringList>

namespace majlis {

// The complete current membership of one legislature, as a source lists it: what an import
// brings the workspace in line with.
struct BodyMembers
{
    LegislativeBody body;
    QList<Legislator> members;
    QStringList warnings; // members skipped, rows not read: said, not fatal
};

// What one file, folder or archive brings: one body (a member list) or many (Open States).
struct MemberSource
{
    QList<BodyMembers> bodies;
    QStringList warnings; // about the source as a whole ("data/us was skipped")
};

} // namespace majlis
