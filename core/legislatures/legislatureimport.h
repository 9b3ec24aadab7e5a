#pragma once

#include "advocacy/legislatorrepository.h"
#include "common/result.h"
#include "legislatures/bodymembers.h"

#include <QCoreApplication>
#include <QList>

namespace majlis {

class Database;

// What an import did, or would do, to one legislature.
struct BodyImportResult
{
    LegislativeBody body;
    int members = 0; // listed by the source
    LegislatorImportSummary summary;
    QStringList warnings;
};

struct LegislatureImportReport
{
    QList<BodyImportResult> bodies;
    QStringList warnings; // about the source as a whole
    bool dryRun = false;

    LegislatorImportSummary total() const;
};

// Brings every legislature a source lists in line with it, all in one transaction: an import
// of fifty states either lands whole or leaves the workspace as it was. The GUI and
// "majlis-cli legislators import" both import here.
class LegislatureImport
{
    Q_DECLARE_TR_FUNCTIONS(LegislatureImport)

public:
    enum class Mode { Write, DryRun };

    // A dry run makes every change, counts it and rolls it all back, so its report is exactly
    // what the import would do.
    static Result<LegislatureImportReport> run(Database &database, const MemberSource &source, Mode mode);
};

} // namespace majlis
