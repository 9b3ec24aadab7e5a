#pragma once

// What every fuzz target shares: a Qt application object (the SQL drivers are plugins found
// through it) and the bytes of one input as Qt types.

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace majlis::fuzz {

inline void startQt()
{
    static int argc = 1;
    static char name[] = "majlis-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace majlis::fuzz
