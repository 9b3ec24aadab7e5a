#pragma once

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace majlis::test {

// Writes `data` to `name` in `dir`, for a test to import; the test stops when it cannot.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(data) == data.size());
    return path;
}

} // namespace majlis::test
