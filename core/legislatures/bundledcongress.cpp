#include "legislatures/bundledcongress.h"

#include "advocacy/legislatorfile.h"
#include "legislatures/congresssource.h"

#include <QFile>

namespace majlis {

namespace {

const QString kResource = QStringLiteral(":/data/legislators-current.csv");

} // namespace

bool BundledCongress::isAvailable()
{
    return QFile::exists(kResource);
}

namespace {

Error notBundled()
{
    return Error{Error::Code::NotFound,
                 BundledCongress::tr("This build of Majlis was made without the members of Congress; import "
                                     "legislators-current.csv from the congress-legislators project instead.")};
}

} // namespace

Result<MemberSource> BundledCongress::source()
{
    if (!isAvailable())
        return notBundled();
    return CongressSource::read(kResource);
}

Result<LegislatorImportSummary> BundledCongress::importInto(Database &database)
{
    if (!isAvailable())
        return notBundled();
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
