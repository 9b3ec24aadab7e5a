#pragma once

#include <QString>
#include <QVariant>

#include <cmath>
#include <optional>

namespace majlis {

// Qt binds a null QString as SQL NULL; text columns are NOT NULL with '' for "nothing", so
// strings go through this before they are bound.
inline QVariant sqlText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

// Integers travel in JSON as numbers: a whole number within the range a double holds exactly
// goes back into the database as an integer, so it compares and sorts as before.
inline std::optional<qint64> wholeNumber(double d)
{
    if (std::floor(d) == d && std::abs(d) < 9007199254740992.0)
        return qint64(d);
    return std::nullopt;
}

} // namespace majlis
