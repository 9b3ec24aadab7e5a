#pragma once

#include <QObject>
#include <QString>

#include <catch2/catch.hpp>

namespace majlis::test {

// The child widget a test needs by its object name; the test stops, naming it, when it is missing.
template<typename T>
T *child(QObject *parent, const QString &name)
{
    auto *found = parent->findChild<T *>(name);
    INFO("no child " << name.toStdString());
    REQUIRE(found);
    return found;
}

} // namespace majlis::test
