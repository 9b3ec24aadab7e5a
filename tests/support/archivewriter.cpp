#include "support/archivewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <catch2/catch.hpp>

namespace majlis::test {

void writeArchive(const QString &path, const QList<SourceFile> &files)
{
    archive *writer = archive_write_new();
    if (path.endsWith(QLatin1String(".zip"))) {
        archive_write_set_format_zip(writer);
    } else {
        archive_write_add_filter_gzip(writer);
        archive_write_set_format_pax_restricted(writer);
    }
    REQUIRE(archive_write_open_filename(writer, QFile::encodeName(path).constData()) == ARCHIVE_OK);
    for (const SourceFile &file : files) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, file.path.toUtf8().constData());
        archive_entry_set_size(entry, file.data.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        REQUIRE(archive_write_header(writer, entry) == ARCHIVE_OK);
        REQUIRE(archive_write_data(writer, file.data.constData(), size_t(file.data.size())) == file.data.size());
        archive_entry_free(entry);
    }
    REQUIRE(archive_write_close(writer) == ARCHIVE_OK);
    archive_write_free(writer);
}

void writeFolder(const QString &folder, const QList<SourceFile> &files)
{
    for (const SourceFile &file : files) {
        const QString target = QDir(folder).filePath(file.path);
        REQUIRE(QDir().mkpath(QFileInfo(target).path()));
        QFile out(target);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(file.data) == file.data.size());
    }
}

} // namespace majlis::test
