#pragma once

#include "common/result.h"

#include <QSqlError>
#include <QSqlQuery>

namespace majlis {

// Turns a failed statement into an Error whose message says what the user can do about it.
Error sqlError(const QSqlError &error);
inline Error sqlError(const QSqlQuery &query)
{
    return sqlError(query.lastError());
}

} // namespace majlis
