#pragma once

#include "common/result.h"
#include "storage/nativestatement.h"
#include "sync/rowjson.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <unordered_map>
#include <memory>

namespace majlis::sync {

struct PullOutcome
{
    int rowsApplied = 0;
    int rowsRemoved = 0;  // evicted, or in a chapter the user has left
    int conflictsSeen = 0; // new entries in the conflict log
    int rowsErased = 0;    // a person's rows erased on request on another laptop
    bool more = false;
};

// Applies one page of a pull and its cursor in one local transaction, so an interrupted pull
// resumes from the last page that was kept. Fields this laptop changed and has not yet pushed
// keep their local value and their old base clock: the next push sends them, and the server
// decides which edit wins.
class PullApplier
{
public:
    PullApplier(QSqlDatabase db, QString deviceId);

    // pushedSeq: the change-log position the server has acknowledged; later entries are pending.
    Result<PullOutcome> apply(const QJsonObject &page, qint64 pushedSeq);

private:
    Status applyRow(const QJsonObject &row, PullOutcome &outcome);
    // Prepared once per applier and reused for every row that needs the same statement.
    QSqlQuery &statement(const QString &sql);
    NativeStatement &upsertFor(const QString &table, const QStringList &names);
    Status removeRow(const QString &table, const QString &id);
    // Every row under it at any depth (a contact's phones, results, ...), for an eviction that
    // says "cascade": the server may no longer be able to name them (a caller's person who moved
    // to a chapter the caller is not in). The number removed.
    Result<int> removeRowsUnder(const QString &table, const QString &id);
    // removeRow, and the conflict-log entries and refusals about the row.
    Status eraseRow(const QString &table, const QString &id);
    Status removeChapter(const QString &chapterKey, PullOutcome &outcome);
    Status markTouchedContacts();

    QSqlDatabase m_db;
    QString m_deviceId;
    rowjson::ColumnCache m_columns;
    QSet<QString> m_touchedContacts;
    QHash<QString, QSet<QString>> m_pending; // "table\x1fid" -> fields changed here, not yet pushed
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<QString, std::unique_ptr<NativeStatement>> m_upserts; // "table\x1fcolumns"
    NativeStatement *m_lastUpsert = nullptr; // one of m_upserts, for the table and columns below
    QString m_lastUpsertTable;
    QStringList m_lastUpsertNames;
    std::unique_ptr<NativeStatement> m_recordRow; // the row's entry in sync_rows
    bool m_markContacts = true; // false while every contact is marked stale already
};

} // namespace majlis::sync
