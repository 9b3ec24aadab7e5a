#include "legislatures/legislatureimport.h"

#include "advocacy/capitolcampus.h"
#include "legislatures/bodyrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace majlis {

namespace {

// A source places offices in the buildings it knows of (a state's capitol, by default); a
// campus the workspace set for the body (its office buildings) places them better.
void placeOnWorkspaceCampus(const LegislativeBody &stored, QList<Legislator> &members)
{
    if (stored.campus.isEmpty() || stored.isCongress())
        return;
    QStringList buildings;
    for (const CampusBuilding &b : stored.campus)
        buildings.append(b.name);
    for (Legislator &member : members) {
        if (!member.address.isEmpty())
            member.office = locateOnCampus(member.address, buildings);
    }
}

} // namespace

LegislatorImportSummary LegislatureImportReport::total() const
{
    LegislatorImportSummary sum;
    for (const BodyImportResult &body : bodies)
        sum += body.summary;
    return sum;
}

Result<LegislatureImportReport> LegislatureImport::run(Database &database, const MemberSource &source, Mode mode)
{
    LegislatureImportReport report;
    report.warnings = source.warnings;
    report.dryRun = mode == Mode::DryRun;

    Transaction tx(database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    BodyRepository bodies(database);
    LegislatorRepository legislators(database);
    for (const BodyMembers &listed : source.bodies) {
        QList<Legislator> members = listed.members;
        if (auto stored = bodies.find(listed.body.code))
            placeOnWorkspaceCampus(stored.value(), members);
        auto summary = legislators.importCurrent(listed.body, members);
        if (!summary)
            return summary.error(); // the transaction rolls back: nothing of any body stays
        auto stored = bodies.find(listed.body.code); // as the workspace keeps it, with its id
        if (!stored)
            return stored.error();
        report.bodies.append({stored.value(), int(listed.members.size()), summary.value(), listed.warnings});
    }
    if (mode == Mode::Write) {
        if (auto status = tx.commit(); !status)
            return status.error();
    }
    return report;
}

} // namespace majlis
