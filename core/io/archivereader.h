#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace majlis {

// One file out of an archive or a folder, named by its path inside it ("data/mi/legislature/x.yml").
struct SourceFile
{
    QString path;
    QByteArray data;
};

// Reads the files of a .tar.gz, .tgz, .tar or .zip archive (libarchive), as a data set's
// download comes.
class ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)

public:
    // By the file's name: what read() should be asked to open.
    static bool isArchive(const QString &path);
    // The regular files whose path `wanted` accepts. An entry anywhere in the archive with an
    // absolute path or a ".." step refuses the whole archive: it was made to write outside the
    // folder it is unpacked into, and nothing in it can be trusted to be the data set.
    static Result<QList<SourceFile>> read(const QString &path, const std::function<bool(const QString &)> &wanted);
    // A path that stays inside the folder it is unpacked into.
    static bool isSafePath(const QString &path);

    // No single data file of a data set comes near this; a larger one is refused rather than read into memory.
    static constexpr qint64 kMaxEntrySize = 16 * 1024 * 1024;
};

} // namespace majlis
