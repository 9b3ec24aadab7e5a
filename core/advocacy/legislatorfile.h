#pragma once

#include "advocacy/legislator.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>

namespace majlis {

// Reads legislators-current.csv from the unitedstates/congress-legislators project. Columns are
// found by their header names, so a file with columns added or reordered still reads.
class LegislatorFile
{
    Q_DECLARE_TR_FUNCTIONS(LegislatorFile)

public:
    struct Contents
    {
        QList<Legislator> legislators;
        QStringList warnings; // rows skipped, addresses without a building: said, not fatal
    };

    static Result<Contents> parse(const QByteArray &data);
    static Result<Contents> read(const QString &path);
};

} // namespace majlis
