#include "io/archivereader.h"

#include <QFile>
#include <QRegularExpression>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace majlis {

namespace {

struct ArchiveCloser
{
    void operator()(archive *a) const { archive_read_free(a); }
};

QString entryPath(archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    if (const char *raw = archive_entry_pathname(entry))
        return QString::fromLocal8Bit(raw);
    return {};
}

QString libarchiveMessage(archive *a)
{
    const char *message = archive_error_string(a);
    return message ? QString::fromLocal8Bit(message) : QString();
}

} // namespace

bool ArchiveReader::isArchive(const QString &path)
{
    const QString name = path.toLower();
    for (const char *suffix : {".tar.gz", ".tgz", ".tar", ".zip", ".tar.xz", ".tar.bz2"}) {
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

bool ArchiveReader::isSafePath(const QString &path)
{
    // Windows reads a backslash as a separator and "C:" as a drive, so both count here too.
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (path.isEmpty() || path.startsWith(u'/') || path.startsWith(u'\\') || drive.match(path).hasMatch())
        return false;
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    const QStringList steps = path.split(separators);
    return !steps.contains(QStringLiteral(".."));
}

Result<QList<SourceFile>> ArchiveReader::read(const QString &path, const std::function<bool(const QString &)> &wanted)
{
    std::unique_ptr<archive, ArchiveCloser> reader(archive_read_new());
    archive_read_support_filter_all(reader.get());
    archive_read_support_format_tar(reader.get());
    archive_read_support_format_zip(reader.get());
    if (archive_read_open_filename(reader.get(), QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK)
        return Error {
            Error::Code::Io, tr("Could not open %1 as an archive: %2").arg(path, libarchiveMessage(reader.get()))};

    QList<SourceFile> files;
    archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return Error {Error::Code::InvalidInput,
                tr("%1 is damaged or not an archive Majlis reads (.tar.gz or .zip): %2")
                    .arg(path, libarchiveMessage(reader.get()))};
        const QString name = entryPath(entry);
        if (!isSafePath(name))
            return Error {Error::Code::InvalidInput,
                tr("%1 was refused: its entry \"%2\" points outside the folder it would be unpacked into. "
                   "Nothing was imported; download the data set again from its source.")
                    .arg(path, name)};
        if (archive_entry_filetype(entry) != AE_IFREG || !wanted(name))
            continue;
        if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > kMaxEntrySize)
            return Error {Error::Code::InvalidInput,
                tr("%1 was refused: its file \"%2\" is larger than any file of a member list.").arg(path, name)};
        QByteArray data;
        char buffer[64 * 1024];
        for (;;) {
            const la_ssize_t n = archive_read_data(reader.get(), buffer, sizeof buffer);
            if (n == 0)
                break;
            if (n < 0)
                return Error {Error::Code::InvalidInput,
                    tr("%1 is damaged: its file \"%2\" cannot be read (%3).")
                        .arg(path, name, libarchiveMessage(reader.get()))};
            if (data.size() + n > kMaxEntrySize)
                return Error {Error::Code::InvalidInput,
                    tr("%1 was refused: its file \"%2\" is larger than any file of a member list.").arg(path, name)};
            data.append(buffer, n);
        }
        files.append({name, data});
    }
    return files;
}

} // namespace majlis
