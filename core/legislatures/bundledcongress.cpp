#include "legislatures/bundledcongress.h"

#include "advocacy/legislatorfile.h"

#include <QFile>

namespace majlis {

namespace {

const QString kResource = QStringLiteral(":/data/legislators-current.csv");

} // namespace

bool BundledCongress::isAvailable()
{
    return QFile::exists(kResource);
}

Result<LegislatorImportSummary> BundledCongress::importInto(Database &database)
{
    if (!isAvailable())
        return Error{Error::Code::NotFound,
                     tr("This build of Majlis was made without the members of Congress; import "
                        "legislators-current.csv from the congress-legislators project instead.")};
    auto contents = LegislatorFile::read(kResource);
    if (!contents)
        return contents.error();
    return LegislatorRepository(database).importCurrent(contents->legislators);
}

Status BundledCongress::importIfEmpty(Database &database)
{
    auto current = LegislatorRepository(database).list(true);
    if (!current)
        return current.error();
    if (!current->isEmpty())
        return success();
    auto imported = importInto(database);
    if (!imported)
        return imported.error();
    return success();
}

} // namespace majlis
