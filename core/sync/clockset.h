#pragma once

#include <QJsonObject>
#include <QStringList>

namespace majlis::sync::clockset {

// The clocks of a row's fields, as the server stores and sends them and as a laptop keeps them
// in sync_rows: {"*": C} stands for every field without a clock of its own. A row written at
// once, which is most rows, then carries one clock instead of one per column; before, the clocks
// were three quarters of a laptop's file. An object without "*" (written by an older version)
// lists every field and reads the same way.
inline const QString kEveryField = QStringLiteral("*");

// The clock of one field, or undefined when the row has none for it.
QJsonValue clockOf(const QJsonObject &clocks, const QString &field);
// One clock per field: the most common as "*", the others by name.
QJsonObject compact(const QJsonObject &perField);
// One entry per named field that has a clock.
QJsonObject expand(const QJsonObject &clocks, const QStringList &fields);

} // namespace majlis::sync::clockset
