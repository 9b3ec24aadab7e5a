#include "pushedfields.h"

#include "sync/hybridclock.h"
#include "sync/syncschema.h"

#include <QRegularExpression>

#include <cmath>

namespace majlis::server {

namespace {

bool isIdentifier(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return shape.match(text).hasMatch();
}

bool isScalar(const QJsonValue &value)
{
    return value.isString() || value.isDouble() || value.isNull() || value.isBool();
}

qsizetype valueBytes(const QJsonValue &value)
{
    // Numbers, booleans and null are a few bytes whatever they hold; only text can grow.
    return value.isString() ? value.toString().toUtf8().size() : 8;
}

Refusal malformed()
{
    return {QStringLiteral("malformed"), PushedFields::tr("The change holds a malformed field.")};
}

Refusal tooLarge(const RowLimits &limits)
{
    return {QStringLiteral("too_large"),
            PushedFields::tr("The record is too large to sync: a field may hold at most %1 KB and a record %2 KB.")
                .arg(limits.maxFieldBytes / 1024)
                .arg(limits.maxRowBytes / 1024)};
}

} // namespace

std::optional<qint64> boundedInteger(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || d < double(min) || d > double(max))
        return std::nullopt;
    return qint64(d);
}

std::variant<QJsonObject, Refusal> PushedFields::read(const QJsonObject &raw, const QString &id, const QString &deviceId,
                                                      qint64 now, const RowLimits &limits)
{
    if (raw.size() > limits.maxFields)
        return tooLarge(limits);
    QJsonObject fields;
    qsizetype rowBytes = 0;
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        const QString &name = it.key();
        const QJsonObject field = it.value().toObject();
        QJsonValue value = field.value(QStringLiteral("v"));
        const QString clock = field.value(QStringLiteral("c")).toString();
        const QString base = field.value(QStringLiteral("b")).toString();
        if (!isIdentifier(name) || !isScalar(value) || !sync::hybridclock::isWellFormed(clock)
            || sync::hybridclock::device(clock) != deviceId || (!base.isEmpty() && !sync::hybridclock::isWellFormed(base)))
            return malformed();
        if (sync::isServerOwnedColumn(name))
            return Refusal{QStringLiteral("forbidden"), tr("The change writes a field only the server may set.")};
        if (name == u"id" && value.toString() != id)
            return malformed();
        if (name == u"deleted") {
            // A tombstone is 0 or 1: other numbers would be read as "deleted" by some code and
            // "not deleted" by other code.
            const auto flag = value.isBool() ? std::optional<qint64>(value.toBool()) : boundedInteger(value, 0, 1);
            if (!flag)
                return malformed();
            value = double(*flag);
        }
        if (name == u"device_id")
            value = deviceId; // who wrote the row last is the server's to say, not the laptop's
        const qsizetype bytes = valueBytes(value);
        if (bytes > limits.maxFieldBytes)
            return tooLarge(limits);
        rowBytes += bytes + name.size();
        if (rowBytes > limits.maxRowBytes)
            return tooLarge(limits);
        fields.insert(name, QJsonObject{{QStringLiteral("v"), value},
                                        {QStringLiteral("c"), sync::hybridclock::clampedTo(clock, now, base)},
                                        {QStringLiteral("b"), base}});
    }
    return fields;
}

std::optional<Refusal> PushedFields::checkRow(const QJsonObject &data, const RowLimits &limits)
{
    if (data.size() > limits.maxFields)
        return tooLarge(limits);
    qsizetype bytes = 0;
    for (auto it = data.begin(); it != data.end(); ++it)
        bytes += valueBytes(it.value()) + it.key().size();
    return bytes > limits.maxRowBytes ? std::optional<Refusal>(tooLarge(limits)) : std::nullopt;
}

} // namespace majlis::server
