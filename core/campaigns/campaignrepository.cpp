#include "campaigns/campaignrepository.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace majlis {

namespace {

const QString kCampaignColumns = QStringLiteral(
    "id, name, kind, coalesce(chapter_id, ''), coalesce(election_id, ''), starts_on, ends_on, closed, script");

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

Columns columnsOf(const Campaign &c)
{
    return {{QStringLiteral("name"), c.name.trimmed()},
            {QStringLiteral("kind"), campaignKindKey(c.kind)},
            {QStringLiteral("chapter_id"), nullIfEmpty(c.chapterId)},
            {QStringLiteral("election_id"), nullIfEmpty(c.electionId)},
            {QStringLiteral("starts_on"), dateText(c.startsOn)},
            {QStringLiteral("ends_on"), dateText(c.endsOn)},
            {QStringLiteral("closed"), c.closed ? 1 : 0},
            {QStringLiteral("script"),
             QString::fromUtf8(QJsonDocument(CampaignScriptFormat::toJson(c.script)).toJson(QJsonDocument::Compact))}};
}

Campaign campaignFrom(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.kind = campaignKindFromKey(q.value(2).toString()).value_or(CampaignKind::Phone);
    c.chapterId = q.value(3).toString();
    c.electionId = q.value(4).toString();
    c.startsOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    c.endsOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    c.closed = q.value(7).toBool();
    // A script that another laptop wrote and this one cannot read shows as empty rather than
    // hiding the campaign; its results are kept as recorded.
    const auto script = CampaignScriptFormat::fromJson(QJsonDocument::fromJson(q.value(8).toByteArray()).object());
    if (script)
        c.script = script.value();
    return c;
}

Election electionFrom(const QSqlQuery &q)
{
    Election e;
    e.id = q.value(0).toString();
    e.name = q.value(1).toString();
    e.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    e.jurisdiction = q.value(3).toString();
    e.chapterId = q.value(4).toString();
    return e;
}

// An id or its first characters (at least four), else an exact name, case-insensitively.
template<typename T, typename NameOf>
Result<T> findIn(const QList<T> &items, const QString &idOrName, NameOf nameOf, const QString &notFound,
                 const QString &ambiguous)
{
    const QString wanted = idOrName.trimmed();
    QList<T> byId;
    for (const T &item : items) {
        if (item.id == wanted || nameOf(item).compare(wanted, Qt::CaseInsensitive) == 0)
            return item;
        if (wanted.size() >= 4 && item.id.startsWith(wanted))
            byId.append(item);
    }
    if (byId.size() == 1)
        return byId.first();
    return Error{Error::Code::NotFound, byId.isEmpty() ? notFound : ambiguous};
}

} // namespace

Result<Election> CampaignRepository::createElection(const Election &input)
{
    if (input.name.trimmed().isEmpty())
        return Error{Error::Code::InvalidInput, tr("Give the election a name.")};
    Election election = input;
    election.id = newId();
    const Status written = writeInTransaction(m_database, [&](const RowWriter &writer) {
        return writer.insert(QStringLiteral("elections"), election.id,
                             {{QStringLiteral("name"), election.name.trimmed()},
                              {QStringLiteral("election_date"), dateText(election.date)},
                              {QStringLiteral("jurisdiction"), election.jurisdiction.trimmed()},
                              {QStringLiteral("chapter_id"), nullIfEmpty(election.chapterId)}});
    });
    if (!written)
        return written.error();
    return this->election(election.id);
}

Result<QList<Election>> CampaignRepository::elections() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, name, election_date, jurisdiction, coalesce(chapter_id, '') "
                                   "FROM elections WHERE deleted = 0 ORDER BY election_date DESC, name")))
        return sqlError(query);
    QList<Election> list;
    while (query.next())
        list.append(electionFrom(query));
    return list;
}

Result<Election> CampaignRepository::election(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, name, election_date, jurisdiction, coalesce(chapter_id, '') "
                                 "FROM elections WHERE id = ? AND deleted = 0"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error{Error::Code::NotFound, tr("The election no longer exists.")};
    return electionFrom(query);
}

Result<Election> CampaignRepository::findElection(const QString &idOrName) const
{
    auto all = elections();
    if (!all)
        return all.error();
    return findIn(all.value(), idOrName, [](const Election &e) { return e.name; },
                  tr("No election is called \"%1\".").arg(idOrName),
                  tr("More than one election's id starts with \"%1\"; give more of it.").arg(idOrName));
}

Status CampaignRepository::validate(const Campaign &c) const
{
    if (c.name.trimmed().isEmpty())
        return Error{Error::Code::InvalidInput, tr("Give the campaign a name.")};
    if (c.startsOn.isValid() && c.endsOn.isValid() && c.endsOn < c.startsOn)
        return Error{Error::Code::InvalidInput, tr("The campaign must end on or after the day it starts.")};
    if (c.kind == CampaignKind::Gotv && c.electionId.isEmpty())
        return Error{Error::Code::InvalidInput, tr("A get-out-the-vote drive needs the election it is for.")};
    if (!c.electionId.isEmpty()) {
        if (auto e = election(c.electionId); !e)
            return e.error();
    }
    return success();
}

Result<Campaign> CampaignRepository::create(const Campaign &input)
{
    if (auto s = validate(input); !s)
        return s.error();
    Campaign campaign = input;
    campaign.id = newId();
    const Status written = writeInTransaction(m_database, [&](const RowWriter &writer) {
        return writer.insert(QStringLiteral("campaigns"), campaign.id, columnsOf(campaign));
    });
    if (!written)
        return written.error();
    return get(campaign.id);
}

Result<Campaign> CampaignRepository::update(const Campaign &campaign)
{
    if (auto s = validate(campaign); !s)
        return s.error();
    const Status written = writeInTransaction(m_database, [&](const RowWriter &writer) {
        return writer.update(QStringLiteral("campaigns"), campaign.id, columnsOf(campaign));
    });
    if (!written)
        return written.error();
    return get(campaign.id);
}

Result<Campaign> CampaignRepository::saveWithElection(const Campaign &input, const Election &election)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto created = createElection(election);
    if (!created)
        return created.error();
    Campaign campaign = input;
    campaign.electionId = created->id;
    auto saved = campaign.id.isEmpty() ? create(campaign) : update(campaign);
    if (!saved)
        return saved.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return saved;
}

Result<Campaign> CampaignRepository::get(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM campaigns WHERE id = ? AND deleted = 0").arg(kCampaignColumns));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error{Error::Code::NotFound, tr("The campaign no longer exists.")};
    return campaignFrom(query);
}

Result<QList<Campaign>> CampaignRepository::list() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM campaigns WHERE deleted = 0 ORDER BY closed, created_at DESC, name")
                        .arg(kCampaignColumns)))
        return sqlError(query);
    QList<Campaign> campaigns;
    while (query.next())
        campaigns.append(campaignFrom(query));
    return campaigns;
}

Result<Campaign> CampaignRepository::find(const QString &idOrName) const
{
    auto all = list();
    if (!all)
        return all.error();
    return findIn(all.value(), idOrName, [](const Campaign &c) { return c.name; },
                  tr("No campaign is called \"%1\".").arg(idOrName),
                  tr("More than one campaign's id starts with \"%1\"; give more of it.").arg(idOrName));
}

Status CampaignRepository::setClosed(const QString &id, bool closed)
{
    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        if (auto s = writer.update(QStringLiteral("campaigns"), id, {{QStringLiteral("closed"), closed ? 1 : 0}}); !s)
            return s;
        if (!closed)
            return success();
        // Assignments end with the campaign: a lease left behind would keep people reserved.
        QSqlQuery release(m_database.connection());
        release.prepare(QStringLiteral("UPDATE campaign_targets SET lease_until = 0, updated_at = ?, device_id = ? "
                                       "WHERE campaign_id = ? AND lease_until <> 0"));
        release.addBindValue(writer.now());
        release.addBindValue(m_database.deviceId());
        release.addBindValue(id);
        return release.exec() ? success() : sqlError(release);
    });
}

} // namespace majlis
