#pragma once

#include "refusal.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>
#include <variant>

namespace majlis::server {

// How much one pushed row may hold. Every laptop downloads every row of its chapters, so a row
// one user makes large is a cost every other user pays on each first sync.
struct RowLimits
{
    qsizetype maxFieldBytes = 64 * 1024; // one value, as UTF-8
    qsizetype maxRowBytes = 256 * 1024;  // all values of a row with their names
    int maxFields = 200;                 // columns of a row; the widest table has about 30
};

// The fields of one pushed mutation, checked and ready to merge: names are identifiers, values
// scalars within the limits, clocks well formed, of the pushing device and clamped to the
// server's time. Columns only the server writes are refused; `deleted` is 0 or 1; `device_id`
// is the pushing device, whatever the laptop wrote.
class PushedFields
{
    Q_DECLARE_TR_FUNCTIONS(PushedFields)

public:
    static std::variant<QJsonObject, Refusal> read(const QJsonObject &raw, const QString &id, const QString &deviceId,
                                                   qint64 now, const RowLimits &limits);
    // The stored row after a merge, measured the same way: many small pushes cannot build a
    // row larger than one push may send.
    static std::optional<Refusal> checkRow(const QJsonObject &data, const RowLimits &limits);
};

// A whole number in [min, max], or nothing: a JSON number is a double, and converting one
// outside qint64's range (1e308, -1e308) is undefined behaviour.
std::optional<qint64> boundedInteger(const QJsonValue &value, qint64 min, qint64 max);

} // namespace majlis::server
