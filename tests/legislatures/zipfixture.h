#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace majlis::test {

// The shared ZIP to district file read plainly, line by line, as a second opinion on the
// program's own reading: ZIP → its seats ("MI-12"), in file order. Empty when ../shared/data is
// not beside this checkout or the build carries no ZIP file; tests then skip.
QHash<QString, QStringList> sharedZipSeats();

// A ZIP of the file in exactly one district, and one spanning several seats of one state.
QString singleSeatZip(const QHash<QString, QStringList> &seats);
QString multiSeatZip(const QHash<QString, QStringList> &seats);

} // namespace majlis::test
