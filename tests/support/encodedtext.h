#pragma once

#include <QByteArray>
#include <QString>

namespace majlis::test {

// The text as a program writing that character set (ICU's name: "windows-1256", "ISO-8859-6")
// saves it, so tests hold names as readable Unicode rather than bytes. Fails the test when a
// character has no place in the set, so a test cannot pass on substituted bytes.
QByteArray encodedAs(const QString &text, const char *charset);

} // namespace majlis::test
