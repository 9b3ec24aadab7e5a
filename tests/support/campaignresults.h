#pragma once

#include "campaigns/callsession.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace majlis::test {

// A result recorded by `caller` as if entered at `at` (UTC ms), so the pace of the work and its
// days are known.
inline void recordAt(Database &db, const QString &campaignId, const QString &caller, const QString &contactId,
    ResultCode code, const QJsonObject &answers, qint64 at)
{
    REQUIRE(CallSession(db, campaignId, caller).record(contactId, code, answers).ok());
    QSqlQuery when(db.connection());
    when.prepare(QStringLiteral("UPDATE campaign_results SET recorded_at = ? WHERE rowid = (SELECT max(rowid) "
                                "FROM campaign_results)"));
    when.addBindValue(at);
    REQUIRE(when.exec());
}

// Noon on 4 November 2026, UTC: a day results are recorded on.
constexpr qint64 kElectionNoon = 1793880000000;
constexpr qint64 kDay = 86400000;

} // namespace majlis::test
