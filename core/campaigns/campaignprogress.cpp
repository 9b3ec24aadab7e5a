#include "campaigns/campaignprogress.h"

#include "campaigns/campaign.h"
#include "campaigns/campaignrepository.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace majlis {

namespace {

struct ResultRow
{
    QString contactId;
    QString caller;
    QString code;
    QJsonObject answers;
    bool pledge = false;
    bool followUp = false;
    QString optOut;
    qint64 at = 0;
};

Status exec(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &v : values)
        query.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    return query.exec() ? success() : sqlError(query);
}

int busiestMinute(const QList<qint64> &times) // sorted
{
    int best = 0;
    qsizetype start = 0;
    for (qsizetype end = 0; end < times.size(); ++end) {
        while (times.at(end) - times.at(start) >= 60 * 1000)
            ++start;
        best = std::max(best, int(end - start + 1));
    }
    return best;
}

} // namespace

Result<CampaignTotals> CampaignProgress::totals(const QString &campaignId) const
{
    auto campaign = CampaignRepository(m_database).get(campaignId);
    if (!campaign)
        return campaign.error();
    CampaignTotals totals;
    QSqlQuery list(m_database.connection());
    list.prepare(QStringLiteral("SELECT count(*), coalesce(sum(done), 0) FROM campaign_targets "
                                "WHERE campaign_id = ? AND deleted = 0"));
    if (auto s = exec(list, {campaignId}); !s || !list.next())
        return s ? sqlError(list) : s.error();
    totals.listed = list.value(0).toInt();
    totals.finished = list.value(1).toInt();

    QSqlQuery results(m_database.connection());
    results.setForwardOnly(true);
    results.prepare(QStringLiteral("SELECT caller, code, answers, pledge, follow_up, opt_out, recorded_at "
                                   "FROM campaign_results WHERE campaign_id = ? AND deleted = 0 "
                                   "ORDER BY caller, recorded_at"));
    if (auto s = exec(results, {campaignId}); !s)
        return s.error();

    QMap<QString, CallerProgress> callers;
    QMap<QString, QList<qint64>> times;
    QMap<QDate, DayProgress> days;
    QHash<QString, int> answerCounts; // "question\nanswer"
    while (results.next()) {
        const QString caller = results.value(0).toString();
        const QString code = results.value(1).toString();
        const bool contacted = code == u"contacted";
        const bool pledge = results.value(3).toBool();
        const qint64 at = results.value(6).toLongLong();
        ++totals.attempts;
        totals.contacts += contacted ? 1 : 0;
        totals.pledges += pledge ? 1 : 0;
        totals.followUps += results.value(4).toBool() ? 1 : 0;
        totals.optOuts += results.value(5).toString().isEmpty() ? 0 : 1;
        ++totals.byCode[code];

        CallerProgress &progress = callers[caller];
        progress.caller = caller;
        ++progress.attempts;
        progress.contacts += contacted ? 1 : 0;
        progress.pledges += pledge ? 1 : 0;
        progress.firstAt = progress.firstAt == 0 ? at : std::min(progress.firstAt, at);
        progress.lastAt = std::max(progress.lastAt, at);
        times[caller].append(at);

        const QDate day = QDateTime::fromMSecsSinceEpoch(at).date();
        DayProgress &daily = days[day];
        daily.day = day;
        ++daily.attempts;
        daily.contacts += contacted ? 1 : 0;
        daily.pledges += pledge ? 1 : 0;

        const QJsonObject answers = QJsonDocument::fromJson(results.value(2).toByteArray()).object();
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            const QJsonArray chosen = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
            for (const QJsonValue &answer : chosen) {
                if (answer.isString())
                    ++answerCounts[it.key() + u'\n' + answer.toString()];
            }
        }
    }

    for (auto it = callers.begin(); it != callers.end(); ++it) {
        CallerProgress &progress = it.value();
        progress.busiestMinute = busiestMinute(times.value(it.key()));
        if (progress.busiestMinute > kMaxResultsPerMinute)
            progress.flag = tr("%n results entered within one minute", nullptr, progress.busiestMinute);
        else if (progress.attempts >= kRateMinimumAttempts && progress.contactRate() > kSuspiciousRate)
            progress.flag = tr("reached %1% of the people called; most phone banks reach far fewer")
                                .arg(qRound(progress.contactRate() * 100));
        totals.callers.append(progress);
    }
    totals.days = days.values();

    // Choice answers in the script's order, free text left out: it is not counted but read.
    for (const ScriptQuestion &question : campaign->script.questions) {
        for (const ScriptAnswer &answer : question.answers)
            totals.answers.append({question.key, answer.key, answerCounts.value(question.key + u'\n' + answer.key)});
    }
    return totals;
}

Result<int> CampaignProgress::rollBack(const QString &campaignId, const QString &caller, qint64 from, qint64 to)
{
    auto campaign = CampaignRepository(m_database).get(campaignId);
    if (!campaign)
        return campaign.error();
    int withdrawn = 0;
    const Status written = writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        QSqlQuery chosen(m_database.connection());
        chosen.prepare(QStringLiteral("SELECT contact_id, pledge, opt_out FROM campaign_results WHERE campaign_id = ? "
                                      "AND caller = ? AND recorded_at BETWEEN ? AND ? AND deleted = 0"));
        if (auto s = exec(chosen, {campaignId, caller, from, to}); !s)
            return s;
        QSet<QString> contacts;
        QSet<QString> pledgesToCheck;
        QSet<QString> optOutsToCheck;
        while (chosen.next()) {
            const QString contactId = chosen.value(0).toString();
            contacts.insert(contactId);
            if (chosen.value(1).toBool())
                pledgesToCheck.insert(contactId);
            if (!chosen.value(2).toString().isEmpty())
                optOutsToCheck.insert(contactId);
            ++withdrawn;
        }
        if (withdrawn == 0)
            return success();
        if (auto s = writer.tombstone(QStringLiteral("campaign_results"),
                                      QStringLiteral("campaign_id = ? AND caller = ? AND recorded_at BETWEEN ? AND ?"),
                                      {campaignId, caller, from, to});
            !s)
            return s;

        // Each person's place on the list is what their remaining results make it.
        QSqlQuery remaining(m_database.connection());
        remaining.prepare(QStringLiteral("SELECT code FROM campaign_results WHERE campaign_id = ? AND contact_id = ? "
                                         "AND deleted = 0"));
        for (const QString &contactId : std::as_const(contacts)) {
            if (auto s = exec(remaining, {campaignId, contactId}); !s)
                return s;
            int attempts = 0;
            bool final = false;
            while (remaining.next()) {
                ++attempts;
                final = final || isFinal(resultCodeFromKey(remaining.value(0).toString()).value_or(ResultCode::Contacted));
            }
            const bool done = final || attempts >= 3;
            QSqlQuery target(m_database.connection());
            target.prepare(QStringLiteral("UPDATE campaign_targets SET attempts = ?, done = ?, updated_at = ?, "
                                          "device_id = ? WHERE campaign_id = ? AND contact_id = ? AND deleted = 0"));
            if (auto s = exec(target, {attempts, done ? 1 : 0, writer.now(), m_database.deviceId(), campaignId, contactId});
                !s)
                return s;
        }

        // A pledge or an opt-out stands while any result still standing made it.
        if (!campaign->electionId.isEmpty()) {
            for (const QString &contactId : std::as_const(pledgesToCheck)) {
                QSqlQuery lift(m_database.connection());
                lift.prepare(QStringLiteral(
                    "UPDATE election_turnout SET pledged = 0, updated_at = ?, device_id = ? "
                    "WHERE election_id = ? AND contact_id = ? AND pledged = 1 AND NOT EXISTS ("
                    "  SELECT 1 FROM campaign_results r JOIN campaigns k ON k.id = r.campaign_id "
                    "  WHERE r.contact_id = ? AND r.deleted = 0 AND r.pledge = 1 AND k.election_id = ?)"));
                if (auto s = exec(lift, {writer.now(), m_database.deviceId(), campaign->electionId, contactId, contactId,
                                         campaign->electionId});
                    !s)
                    return s;
            }
        }
        for (const QString &contactId : std::as_const(optOutsToCheck)) {
            QSqlQuery lift(m_database.connection());
            lift.prepare(QStringLiteral(
                "UPDATE contacts SET do_not_contact = '', updated_at = ?, device_id = ? WHERE id = ? "
                "AND do_not_contact <> '' AND NOT EXISTS (SELECT 1 FROM campaign_results r WHERE r.contact_id = ? "
                "AND r.deleted = 0 AND r.opt_out <> '')"));
            if (auto s = exec(lift, {writer.now(), m_database.deviceId(), contactId, contactId}); !s)
                return s;
        }
        return success();
    });
    if (!written)
        return written.error();
    return withdrawn;
}

} // namespace majlis
