#pragma once

#include "common/result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace majlis {

// Turns a failed statement into an Error whose message says what the user can do about it.
Error sqlError(const QSqlError &error);
inline Error sqlError(const QSqlQuery &query)
{
    return sqlError(query.lastError());
}

// Runs one statement with its values bound in order; for writes whose result is only success.
Status execute(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

} // namespace majlis
