#pragma once

#include "common/result.h"

#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace majlis {

// The SQLite connection under a QSqlDatabase; null when the driver is not QSQLITE.
sqlite3 *nativeHandle(const QSqlDatabase &db);

// A statement prepared and run through SQLite's own interface, on the same connection and in
// the same transaction as the QSqlQuery statements around it. For the few statements a first
// sync runs hundreds of thousands of times in a row: QSqlQuery's bookkeeping for each bound
// value costs more than SQLite's own work there.
class NativeStatement
{
public:
    NativeStatement(const QSqlDatabase &db, const QString &sql);
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    // Positions start at 1, as in SQLite.
    void bind(int position, const QString &text);
    void bind(int position, const QByteArray &utf8);
    // A JSON value as a column value: strings as text, whole numbers as integers, true and
    // false as 1 and 0, null (and anything else) as NULL.
    void bind(int position, const QJsonValue &value);

    // Runs the statement to its end and makes it ready for the next values.
    Status run();
    // SQLite's message for the last failure, for a log a person may read.
    QString errorText() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
};

} // namespace majlis
