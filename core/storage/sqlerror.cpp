#include "storage/sqlerror.h"

#include <QCoreApplication>

namespace majlis {

namespace {
// SQLite's primary result codes, as the Qt driver reports them in nativeErrorCode().
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kReadOnly = 8;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kNotADb = 26;

QString translated(const char *text)
{
    return QCoreApplication::translate("SqlError", text);
}
} // namespace

Error sqlError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff; // strip extended-code bits
    switch (code) {
    case kBusy:
    case kLocked:
        return {Error::Code::Locked,
                translated(QT_TRANSLATE_NOOP("SqlError", "The workspace is in use by another program or another Majlis window. Close it there and try again."))};
    case kReadOnly:
        return {Error::Code::ReadOnly,
                translated(QT_TRANSLATE_NOOP("SqlError", "The workspace file cannot be written. Check that the file and its folder are writable."))};
    case kCorrupt:
    case kNotADb:
        return {Error::Code::Corrupt,
                translated(QT_TRANSLATE_NOOP("SqlError", "The workspace file is damaged. Restore it from a backup or a synced copy."))};
    case kFull:
        return {Error::Code::Io, translated(QT_TRANSLATE_NOOP("SqlError", "The disk is full. Free some space and try again; nothing was saved."))};
    default:
        return {Error::Code::Database,
                translated(QT_TRANSLATE_NOOP("SqlError", "The workspace could not be read or written: %1")).arg(error.text())};
    }
}

Status execute(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() ? success() : Status(sqlError(query));
}

} // namespace majlis
