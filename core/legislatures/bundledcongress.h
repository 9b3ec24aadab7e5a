#pragma once

#include "advocacy/legislatorrepository.h"
#include "common/result.h"
#include "legislatures/bodymembers.h"

#include <QCoreApplication>

namespace majlis {

class Database;

// The members of Congress shipped inside the app (congress-legislators, CC0), so a fresh
// install can plan a Capitol day with no network. A newer import replaces them like any other
// import: members are matched by bioguide id. Builds made without the file (see
// core/CMakeLists.txt) say so instead.
class BundledCongress
{
    Q_DECLARE_TR_FUNCTIONS(BundledCongress)

public:
    static bool isAvailable();
    // The snapshot as a source, for an import with a dry run first; an error naming the
    // alternative when this build has none.
    static Result<MemberSource> source();
    // Imports the snapshot in one transaction, as `legislators import` would the same file.
    static Result<LegislatorImportSummary> importInto(Database &database);
    // Imports it only when the workspace has no members of Congress yet; nothing otherwise.
    static Status importIfEmpty(Database &database);
};

} // namespace majlis
