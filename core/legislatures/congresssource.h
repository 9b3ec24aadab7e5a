#pragma once

#include "common/result.h"
#include "legislatures/bodymembers.h"

#include <QByteArray>
#include <QString>

namespace majlis {

// The members of Congress a congress-legislators file (legislators-current.csv) lists, as the
// source any import runs on, so Congress goes through the same dry run and transaction as every
// other legislature. The file's warnings are Congress's.
class CongressSource
{
public:
    static Result<MemberSource> parse(const QByteArray &data);
    static Result<MemberSource> read(const QString &path);
};

} // namespace majlis
