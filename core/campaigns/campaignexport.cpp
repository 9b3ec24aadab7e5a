#include "campaigns/campaignexport.h"

#include "campaigns/campaign.h"
#include "campaigns/campaignrepository.h"
#include "io/csv.h"
#include "io/savefile.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace majlis {

namespace {

const QString kDisplayName = QStringLiteral("CASE WHEN trim(c.preferred_name) <> '' THEN trim(c.preferred_name) "
                                            "ELSE trim(trim(c.given_name) || ' ' || trim(c.family_name)) END");

// The first number of a person that may still be dialled.
const QString kGoodPhone = QStringLiteral(
    "coalesce((SELECT p.number FROM contact_phones p WHERE p.contact_id = c.id AND p.deleted = 0 AND p.bad = 0 "
    "          ORDER BY p.position LIMIT 1), '')");

const QByteArray kUtf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

struct Sheet
{
    QByteArray data;
    int rows = 0;
};

QString answerText(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList keys;
        for (const QJsonValue &key : value.toArray())
            keys.append(key.toString());
        return keys.join(u';');
    }
    return value.toString();
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

Result<Sheet> results(Database &database, const QString &campaignId)
{
    auto campaign = CampaignRepository(database).get(campaignId);
    if (!campaign)
        return campaign.error();
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, CASE WHEN c.do_not_contact = '' THEN %2 ELSE '' END, r.caller, r.code, "
                                 "  r.answers, r.follow_up, r.opt_out, r.recorded_at "
                                 "FROM campaign_results r JOIN contacts c ON c.id = r.contact_id "
                                 "WHERE r.campaign_id = ? AND r.deleted = 0 ORDER BY r.recorded_at, r.id")
                      .arg(kDisplayName, kGoodPhone));
    query.addBindValue(campaignId);
    if (!query.exec())
        return sqlError(query);

    CsvWriter csv;
    QStringList header = {CampaignExport::tr("Name"), CampaignExport::tr("Phone"), CampaignExport::tr("Caller"),
        CampaignExport::tr("Result"), CampaignExport::tr("Result Name"), CampaignExport::tr("Recorded (UTC)")};
    // Questions by key: the key is what the answers are stored under and stays when the text is reworded.
    for (const ScriptQuestion &question : campaign->script.questions)
        header.append(question.key);
    header << CampaignExport::tr("Follow-up") << CampaignExport::tr("Opt-out");
    csv.addRow(header);

    Sheet sheet;
    while (query.next()) {
        const QString code = query.value(3).toString();
        const auto known = resultCodeFromKey(code);
        QStringList row = {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), code,
            known ? resultCodeName(*known) : code, isoUtc(query.value(7).toLongLong())};
        const QJsonObject answers = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
        for (const ScriptQuestion &question : campaign->script.questions)
            row.append(answerText(answers.value(question.key)));
        row << (query.value(5).toBool() ? CampaignExport::tr("Yes") : QString()) << query.value(6).toString();
        csv.addRow(row);
        ++sheet.rows;
    }
    sheet.data = kUtf8Bom + csv.data();
    return sheet;
}

Result<Sheet> list(Database &database, const QString &campaignId, const QString &volunteer)
{
    auto campaign = CampaignRepository(database).get(campaignId);
    if (!campaign)
        return campaign.error();
    const bool needsPhone = campaign->kind != CampaignKind::Door;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT t.position, %1, %2 AS phone, c.street, c.locality, c.postal_code, c.languages, t.assignee, t.attempts, "
        "  t.done, coalesce((SELECT r.code FROM campaign_results r WHERE r.campaign_id = t.campaign_id "
        "    AND r.contact_id = t.contact_id AND r.deleted = 0 ORDER BY r.recorded_at DESC LIMIT 1), '') "
        "FROM campaign_targets t JOIN contacts c ON c.id = t.contact_id "
        "WHERE t.campaign_id = ? AND t.deleted = 0 AND c.deleted = 0 AND c.do_not_contact = '' "
        "  AND (? = '' OR t.assignee = ?) %3 "
        "ORDER BY t.position")
                      .arg(kDisplayName, kGoodPhone, needsPhone ? QStringLiteral("AND phone <> ''") : QString()));
    const QString who = volunteer.trimmed().isNull() ? QStringLiteral("") : volunteer.trimmed();
    query.addBindValue(campaignId);
    query.addBindValue(who);
    query.addBindValue(who);
    if (!query.exec())
        return sqlError(query);

    CsvWriter csv;
    csv.addRow({CampaignExport::tr("Position"), CampaignExport::tr("Name"), CampaignExport::tr("Phone"),
        CampaignExport::tr("Street"), CampaignExport::tr("City"), CampaignExport::tr("Postal Code"),
        CampaignExport::tr("Languages"), CampaignExport::tr("Volunteer"), CampaignExport::tr("Attempts"),
        CampaignExport::tr("Done"), CampaignExport::tr("Last Result")});
    Sheet sheet;
    while (query.next()) {
        QStringList languages;
        for (const QJsonValue &language : QJsonDocument::fromJson(query.value(6).toByteArray()).array())
            languages.append(language.toString());
        const auto last = resultCodeFromKey(query.value(10).toString());
        csv.addRow({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
            languages.join(QStringLiteral("; ")), query.value(7).toString(), query.value(8).toString(),
            query.value(9).toBool() ? CampaignExport::tr("Yes") : QString(), last ? resultCodeName(*last) : QString()});
        ++sheet.rows;
    }
    sheet.data = kUtf8Bom + csv.data();
    return sheet;
}

Result<int> write(const Result<Sheet> &sheet, const QString &path)
{
    if (!sheet)
        return sheet.error();
    if (auto s = saveFile(path, sheet->data); !s)
        return s.error();
    return sheet->rows;
}

} // namespace

Result<QByteArray> CampaignExport::resultsCsv(const QString &campaignId) const
{
    auto sheet = results(m_database, campaignId);
    if (!sheet)
        return sheet.error();
    return sheet->data;
}

Result<QByteArray> CampaignExport::listCsv(const QString &campaignId, const QString &volunteer) const
{
    auto sheet = list(m_database, campaignId, volunteer);
    if (!sheet)
        return sheet.error();
    return sheet->data;
}

Result<int> CampaignExport::writeResults(const QString &campaignId, const QString &path) const
{
    return write(results(m_database, campaignId), path);
}

Result<int> CampaignExport::writeList(const QString &campaignId, const QString &path, const QString &volunteer) const
{
    return write(list(m_database, campaignId, volunteer), path);
}

} // namespace majlis
