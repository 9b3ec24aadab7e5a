#pragma once

#include <QString>

#include <cstddef>
#include <optional>

namespace majlis {

// Enums are stored as stable text keys ("team_lead"), listed in enum order. Reads the key back,
// forgiving case and dashes as a user or a CLI argument writes them.
template<typename Enum, std::size_t N>
std::optional<Enum> enumFromKey(const char *const (&keys)[N], const QString &key)
{
    const QString wanted = key.trimmed().toLower().replace(u'-', u'_');
    for (std::size_t i = 0; i < N; ++i) {
        if (wanted == QLatin1String(keys[i]))
            return Enum(i);
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString enumKey(const char *const (&keys)[N], Enum value)
{
    return QLatin1String(keys[std::size_t(value)]);
}

} // namespace majlis
