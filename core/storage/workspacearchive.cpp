#include "storage/workspacearchive.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace majlis {

namespace {

QStringList columnsOf(const QSqlDatabase &db, const QString &schema, const QString &table)
{
    QSqlQuery q(db);
    QStringList columns;
    if (q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1', '%2')").arg(table, schema))) {
        while (q.next())
            columns.append(q.value(0).toString());
    }
    return columns;
}

QString quoted(const QString &path)
{
    return u'\'' + QString(path).replace(u'\'', QStringLiteral("''")) + u'\'';
}

} // namespace

Status WorkspaceArchive::exportTo(Database &database, const QString &path)
{
    if (QFileInfo::exists(path))
        return Error{Error::Code::InvalidInput, tr("%1 already exists; choose a new file name for the archive.").arg(path)};
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("VACUUM INTO %1").arg(quoted(path))))
        return sqlError(query);
    return success();
}

Status WorkspaceArchive::importInto(Database &database, const QString &archivePath)
{
    // Open it as a workspace first: that check refuses what is not a Majlis file, a damaged one,
    // or one from a newer Majlis, and leaves it untouched.
    {
        auto archive = Database::open(archivePath, Database::Options{3000, false});
        if (!archive)
            return archive.error();
    }
    const QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    static const QStringList kRecordTables{QStringLiteral("contacts"), QStringLiteral("advocacy_days"),
                                           QStringLiteral("organizations"), QStringLiteral("events")};
    for (const QString &table : kRecordTables) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
            return sqlError(query);
        if (query.value(0).toInt() > 0)
            return Error{Error::Code::InvalidInput,
                         tr("This workspace already has records. Import an archive into a new, empty workspace "
                            "(File > New Workspace), so nothing is mixed or overwritten.")};
    }
    if (!query.exec(QStringLiteral("ATTACH DATABASE %1 AS archive").arg(quoted(archivePath))))
        return sqlError(query);
    Status status = [&]() -> Status {
        Transaction tx(db);
        if (!tx.isActive())
            return tx.beginStatus();
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT name FROM archive.sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                        "'sqlite_%' AND name NOT LIKE 'contact_search_%' AND name NOT IN "
                                        "('local_settings', 'change_log')")))
            return sqlError(tables);
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        // Foreign keys are checked at commit, so tables can be copied in any order.
        if (!query.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
            return sqlError(query);
        for (const QString &table : std::as_const(names)) {
            const QStringList mine = columnsOf(db, QStringLiteral("main"), table);
            if (mine.isEmpty())
                continue; // a table this Majlis does not have
            QStringList shared;
            for (const QString &column : columnsOf(db, QStringLiteral("archive"), table)) {
                if (mine.contains(column))
                    shared.append(column);
            }
            const QString list = table == u"contact_search" ? QStringLiteral("rowid, ") + shared.join(u", ")
                                                             : shared.join(u", ");
            // The only rows an empty workspace holds are those its migrations seed (the U.S.
            // Congress body); the archive's copy of such a row, perhaps since edited, replaces it.
            if (!query.exec(QStringLiteral("INSERT OR REPLACE INTO main.%1 (%2) SELECT %2 FROM archive.%1").arg(table, list)))
                return sqlError(query);
        }
        return tx.commit();
    }();
    QSqlQuery detach(db);
    detach.exec(QStringLiteral("DETACH DATABASE archive"));
    return status;
}

} // namespace majlis
