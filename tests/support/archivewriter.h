#pragma once

#include "io/archivereader.h"

#include <QList>
#include <QString>

namespace majlis::test {

// Writes the files as a .tar.gz (or a .zip, by the name's suffix) with libarchive's writer, the
// paths taken as given: tests make archives a real download would not have ("../x").
void writeArchive(const QString &path, const QList<SourceFile> &files);
// Writes the files under `folder`, their paths made relative to it.
void writeFolder(const QString &folder, const QList<SourceFile> &files);

} // namespace majlis::test
