#pragma once

#include "common/result.h"
#include "sync/rowjson.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>

namespace majlis::sync {

struct OutboxBatch
{
    QJsonArray mutations;
    qint64 lastSeq = 0; // the change-log position the batch reaches; acknowledged as a whole
};

// Turns this laptop's change log into push mutations. The change log is written by triggers in
// the same transaction as every edit, so an edit is either in the outbox or was never made.
// Each mutation carries the row's current value of the fields that change touched, with the
// clock of that change and the clock the edit started from (its base), which the server uses to
// tell a concurrent edit from a sequential one.
class Outbox
{
public:
    Outbox(QSqlDatabase db, QString deviceId);

    // The next mutations after `afterSeq`, at most `maxMutations` and about `maxBytes` of JSON.
    Result<OutboxBatch> next(qint64 afterSeq, int maxMutations, qsizetype maxBytes);
    Result<qint64> pendingCount(qint64 afterSeq) const;

private:

    QSqlDatabase m_db;
    QString m_deviceId;
    rowjson::ColumnCache m_columns;
};

} // namespace majlis::sync
