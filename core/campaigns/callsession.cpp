#include "campaigns/callsession.h"

#include "campaigns/campaignrepository.h"
#include "common/clock.h"
#include "common/naturalid.h"
#include "contacts/contactrepository.h"
#include "contacts/phonenumber.h"
#include "contacts/phoneregion.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace majlis {

namespace {

QStringList languagesOf(const QString &json)
{
    QStringList languages;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        languages.append(value.toString());
    return languages;
}

// What the answers of a contacted person ask for besides being recorded.
struct AnswerEffects
{
    QStringList tags;
    bool pledge = false;
    bool followUp = false;
    bool doNotContact = false;
};

AnswerEffects effectsOf(const CampaignScript &script, const QJsonObject &answers)
{
    AnswerEffects effects;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const ScriptQuestion *question = script.question(it.key());
        if (!question)
            continue;
        QStringList chosen;
        if (it.value().isArray()) {
            for (const QJsonValue &v : it.value().toArray())
                chosen.append(v.toString());
        } else if (question->kind != ScriptQuestion::Kind::FreeText) {
            chosen.append(it.value().toString());
        }
        for (const QString &key : std::as_const(chosen)) {
            const ScriptAnswer *answer = question->answer(key);
            if (!answer)
                continue;
            switch (answer->action.kind) {
            case AnswerAction::Kind::None:
                break;
            case AnswerAction::Kind::Tag:
                effects.tags.append(answer->action.tag);
                break;
            case AnswerAction::Kind::Pledge:
                effects.pledge = true;
                break;
            case AnswerAction::Kind::FollowUp:
                effects.followUp = true;
                break;
            case AnswerAction::Kind::DoNotContact:
                effects.doNotContact = true;
                break;
            }
        }
    }
    return effects;
}

Status exec(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &v : values)
        query.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    return query.exec() ? success() : sqlError(query);
}

} // namespace

CallSession::CallSession(Database &database, QString campaignId, QString caller)
    : m_database(database), m_campaignId(std::move(campaignId)), m_caller(std::move(caller))
{
}

Result<std::optional<CallCard>> CallSession::next(const QStringList &skipping) const
{
    auto campaign = CampaignRepository(m_database).get(m_campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign->closed)
        return Error{Error::Code::InvalidInput, tr("The campaign \"%1\" is closed.").arg(campaign->name)};

    const bool needsPhone = campaign->kind != CampaignKind::Door;
    QString skipped;
    for (qsizetype i = 0; i < skipping.size(); ++i)
        skipped += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    // Everyone untried before anyone is tried again; within that, the list's order. The person
    // must still be reachable: an opt-out or a number found bad since the list was made counts.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT t.contact_id "
        "FROM campaign_targets t JOIN contacts c ON c.id = t.contact_id "
        "WHERE t.campaign_id = ? AND t.deleted = 0 AND t.done = 0 AND t.assignee COLLATE NOCASE IN (?, '') "
        "  AND c.deleted = 0 AND c.do_not_contact = '' %1 %2 "
        "ORDER BY t.attempts, t.position LIMIT 1")
                      .arg(needsPhone ? QStringLiteral("AND EXISTS (SELECT 1 FROM contact_phones p WHERE "
                                                       "p.contact_id = c.id AND p.deleted = 0 AND p.bad = 0)")
                                      : QString(),
                           skipping.isEmpty() ? QString() : QStringLiteral("AND t.contact_id NOT IN (%1)").arg(skipped)));
    QVariantList values = {m_campaignId, m_caller};
    for (const QString &id : skipping)
        values << id;
    if (auto s = exec(query, values); !s)
        return s.error();
    if (!query.next())
        return std::optional<CallCard>();
    auto found = card(query.value(0).toString());
    if (!found)
        return found.error();
    return std::optional<CallCard>(std::move(found).value());
}

Result<CallCard> CallSession::card(const QString &contactId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT t.contact_id, CASE WHEN trim(c.preferred_name) <> '' THEN trim(c.preferred_name) "
        "  ELSE trim(trim(c.given_name) || ' ' || trim(c.family_name)) END, "
        "  t.attempts, c.languages, c.country, c.us_state, coalesce(c.chapter_id, ''), c.street, c.locality, "
        "  c.postal_code "
        "FROM campaign_targets t JOIN contacts c ON c.id = t.contact_id "
        "WHERE t.campaign_id = ? AND t.contact_id = ? AND t.deleted = 0 AND c.deleted = 0"));
    if (auto s = exec(query, {m_campaignId, contactId}); !s)
        return s.error();
    if (!query.next())
        return Error{Error::Code::NotFound, tr("This person is not on the campaign's list.")};

    CallCard card;
    card.contactId = query.value(0).toString();
    card.name = query.value(1).toString();
    card.attempts = query.value(2).toInt();
    card.languages = languagesOf(query.value(3).toString());
    const QString country = query.value(4).toString();
    const QString usState = query.value(5).toString();
    card.phoneRegion = !country.isEmpty() ? country.toUpper()
                     : !usState.isEmpty() ? QStringLiteral("US")
                                          : phoneregion::forChapter(m_database.connection(), query.value(6).toString());
    card.street = query.value(7).toString();
    card.locality = query.value(8).toString();
    card.postalCode = query.value(9).toString();

    QSqlQuery phone(m_database.connection());
    phone.prepare(QStringLiteral("SELECT number FROM contact_phones WHERE contact_id = ? AND deleted = 0 AND bad = 0 "
                                 "ORDER BY position LIMIT 1"));
    if (auto s = exec(phone, {card.contactId}); !s)
        return s.error();
    if (phone.next()) {
        card.phone = phone.value(0).toString();
        const phone::Display shown = phone::display(card.phone, card.phoneRegion);
        card.phoneDisplay = shown.text;
        card.phoneReadable = shown.readable;
    }

    QSqlQuery last(m_database.connection());
    last.prepare(QStringLiteral("SELECT r.code, r.recorded_at, coalesce(k.name, '') FROM campaign_results r "
                                "LEFT JOIN campaigns k ON k.id = r.campaign_id "
                                "WHERE r.contact_id = ? AND r.deleted = 0 ORDER BY r.recorded_at DESC LIMIT 1"));
    if (auto s = exec(last, {card.contactId}); !s)
        return s.error();
    if (last.next()) {
        card.lastResult = last.value(0).toString();
        card.lastResultAt = last.value(1).toLongLong();
        card.lastCampaign = last.value(2).toString();
    }

    QSqlQuery remaining(m_database.connection());
    remaining.prepare(QStringLiteral("SELECT count(*) FROM campaign_targets t JOIN contacts c ON c.id = t.contact_id "
                                     "WHERE t.campaign_id = ? AND t.deleted = 0 AND t.done = 0 "
                                     "AND t.assignee COLLATE NOCASE IN (?, '') AND c.deleted = 0 "
                                     "AND c.do_not_contact = ''"));
    if (auto s = exec(remaining, {m_campaignId, m_caller}); !s || !remaining.next())
        return s ? sqlError(remaining) : s.error();
    card.remaining = remaining.value(0).toInt();
    return card;
}

Status CallSession::record(const QString &contactId, ResultCode code, const QJsonObject &answers,
                           const RecordOptions &options)
{
    auto campaign = CampaignRepository(m_database).get(m_campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign->closed)
        return Error{Error::Code::InvalidInput,
                     tr("The campaign \"%1\" is closed and takes no more results.").arg(campaign->name)};
    if (code != ResultCode::Contacted && !answers.isEmpty())
        return Error{Error::Code::InvalidInput, tr("Answers are recorded only for a person who was reached.")};
    if (auto s = CampaignScriptFormat::checkAnswers(campaign->script, answers); !s)
        return s;
    if (!options.optOut.isEmpty() && options.optOut != u"refused" && options.optOut != u"hostile")
        return Error{Error::Code::InvalidInput, tr("A refusal opts out as \"refused\" or \"hostile\".")};

    const AnswerEffects effects = effectsOf(campaign->script, answers);
    QString optOut = impliedOptOut(code);
    if (optOut.isEmpty() && !options.optOut.isEmpty())
        optOut = options.optOut;
    if (optOut.isEmpty() && effects.doNotContact)
        optOut = QStringLiteral("requested");

    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        const QString targetId = naturalId(QStringLiteral("campaign_targets"), {m_campaignId, contactId});
        QSqlQuery target(m_database.connection());
        target.prepare(QStringLiteral("SELECT attempts FROM campaign_targets WHERE id = ? AND deleted = 0"));
        if (auto s = exec(target, {targetId}); !s)
            return s;
        if (!target.next())
            return Error{Error::Code::NotFound, tr("This person is not on the campaign's list.")};
        const int attempts = target.value(0).toInt() + 1;
        const bool done = isFinal(code) || attempts >= kMaxAttempts;
        if (auto s = writer.update(QStringLiteral("campaign_targets"), targetId,
                                   {{QStringLiteral("attempts"), attempts}, {QStringLiteral("done"), done ? 1 : 0}});
            !s)
            return s;

        // The result keeps the opt-out only when it made it: a roll-back of the result must not
        // lift an opt-out the person gave another way.
        QString madeOptOut;
        if (!optOut.isEmpty()) {
            QSqlQuery mark(m_database.connection());
            mark.prepare(QStringLiteral("UPDATE contacts SET do_not_contact = ?, updated_at = ?, device_id = ? "
                                        "WHERE id = ? AND do_not_contact = ''"));
            if (auto s = exec(mark, {optOut, writer.now(), m_database.deviceId(), contactId}); !s)
                return s;
            if (mark.numRowsAffected() > 0)
                madeOptOut = optOut;
        }

        const QString answersJson = QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact));
        if (auto s = writer.insert(QStringLiteral("campaign_results"), newId(),
                                   {{QStringLiteral("campaign_id"), m_campaignId},
                                    {QStringLiteral("contact_id"), contactId},
                                    {QStringLiteral("code"), resultCodeKey(code)},
                                    {QStringLiteral("answers"), answersJson},
                                    {QStringLiteral("follow_up"), effects.followUp ? 1 : 0},
                                    {QStringLiteral("pledge"), effects.pledge ? 1 : 0},
                                    {QStringLiteral("opt_out"), madeOptOut},
                                    {QStringLiteral("caller"), m_caller},
                                    {QStringLiteral("recorded_at"), writer.now()}});
            !s)
            return s;

        // The history keeps stable keys; the contact's page puts them into words.
        const QJsonObject detail{{QStringLiteral("campaign"), campaign->name},
                                 {QStringLiteral("code"), resultCodeKey(code)},
                                 {QStringLiteral("answers"), answers}};
        if (auto s = writer.insert(QStringLiteral("contact_activities"), newId(),
                                   {{QStringLiteral("contact_id"), contactId},
                                    {QStringLiteral("kind"), QStringLiteral("campaign_result")},
                                    {QStringLiteral("detail"),
                                     QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))},
                                    {QStringLiteral("occurred_at"), writer.now()}});
            !s)
            return s;

        if (marksNumberBad(code)) {
            QSqlQuery bad(m_database.connection());
            bad.prepare(QStringLiteral(
                "UPDATE contact_phones SET bad = 1, updated_at = ?, device_id = ? WHERE deleted = 0 AND bad = 0 "
                "AND contact_id = ? AND (number = ? OR (? = '' AND id = (SELECT id FROM contact_phones WHERE "
                "contact_id = ? AND deleted = 0 AND bad = 0 ORDER BY position LIMIT 1)))"));
            if (auto s = exec(bad, {writer.now(), m_database.deviceId(), contactId, options.phone, options.phone, contactId});
                !s)
                return s;
        }
        if (effects.pledge && !campaign->electionId.isEmpty()) {
            QSqlQuery pledge(m_database.connection());
            pledge.prepare(QStringLiteral(
                "INSERT INTO election_turnout (id, election_id, contact_id, pledged, created_at, updated_at, device_id) "
                "VALUES (?, ?, ?, 1, ?, ?, ?) ON CONFLICT (election_id, contact_id) DO UPDATE SET pledged = 1, "
                "deleted = 0, updated_at = excluded.updated_at, device_id = excluded.device_id "
                "WHERE pledged = 0 OR deleted = 1"));
            if (auto s = exec(pledge, {naturalId(QStringLiteral("election_turnout"), {campaign->electionId, contactId}),
                                       campaign->electionId, contactId, writer.now(), writer.now(),
                                       m_database.deviceId()});
                !s)
                return s;
        }
        if (!effects.tags.isEmpty()) {
            if (auto s = ContactRepository(m_database).addTags({contactId}, effects.tags); !s)
                return s;
        }
        return success();
    });
}

} // namespace majlis
