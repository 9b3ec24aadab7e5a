#pragma once

#include <QString>
#include <QVariant>

namespace majlis {

// Qt binds a null QString as SQL NULL; text columns are NOT NULL with '' for "nothing", so
// strings go through this before they are bound.
inline QVariant sqlText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

} // namespace majlis
