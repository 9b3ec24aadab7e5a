#include "campaigns/turnout.h"

#include "campaigns/campaignrepository.h"
#include "common/naturalid.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlerror.h"

#include <QHash>
#include <QSqlQuery>

namespace majlis {

namespace {

// A person's district: one of their legislature districts (the lower chamber first, as
// turnout work is usually organized by it), else their congressional district.
const QString kDistrict = QStringLiteral(
    "coalesce((SELECT b.code || ' ' || d.chamber || ' ' || d.district FROM contact_districts d "
    "  JOIN legislative_bodies b ON b.id = d.body_id WHERE d.contact_id = c.id AND d.deleted = 0 "
    "  AND d.district <> '' ORDER BY d.chamber = 'house' DESC, b.code LIMIT 1), "
    "  CASE WHEN c.us_state <> '' AND c.district IS NOT NULL THEN c.us_state || '-' || c.district END, '')");

} // namespace

namespace {

// The columns every reading of turnout rows selects, in the order rowAt() takes them; `c` is the
// contact and `e` its election_turnout row (NULL when it has none).
QString rowColumns()
{
    return QStringLiteral(
               "c.id, CASE WHEN trim(c.preferred_name) <> '' THEN trim(c.preferred_name) "
               "  ELSE trim(trim(c.given_name) || ' ' || trim(c.family_name)) END, %1, "
               "  coalesce((SELECT p.number FROM contact_phones p WHERE p.contact_id = c.id AND p.deleted = 0 "
               "            AND p.bad = 0 ORDER BY p.position LIMIT 1), ''), coalesce(e.pledged, 0), "
               "  coalesce(e.voted, 0), coalesce(e.voted_at, 0)")
        .arg(kDistrict);
}

TurnoutRow rowAt(const QSqlQuery &query)
{
    TurnoutRow row;
    row.contactId = query.value(0).toString();
    row.name = query.value(1).toString();
    row.district = query.value(2).toString();
    row.phone = query.value(3).toString();
    row.pledged = query.value(4).toBool();
    row.voted = query.value(5).toBool();
    row.votedAt = query.value(6).toLongLong();
    return row;
}

} // namespace

Result<QList<TurnoutRow>> Turnout::read(const QString &electionId, const QString &where) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM election_turnout e JOIN contacts c ON c.id = e.contact_id "
                                 "WHERE e.election_id = ? AND e.deleted = 0 AND c.deleted = 0 AND %2")
                      .arg(rowColumns(), where));
    query.addBindValue(electionId);
    if (!query.exec())
        return sqlError(query);
    QList<TurnoutRow> rows;
    while (query.next())
        rows.append(rowAt(query));
    // Unknown districts last, then by district and name as a person reads them.
    std::stable_sort(rows.begin(), rows.end(), [](const TurnoutRow &a, const TurnoutRow &b) {
        if (a.district.isEmpty() != b.district.isEmpty())
            return b.district.isEmpty();
        if (a.district != b.district)
            return QString::localeAwareCompare(a.district, b.district) < 0;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return rows;
}

Result<QList<TurnoutRow>> Turnout::people(const QString &electionId, const QStringList &contactIds) const
{
    constexpr qsizetype kBatch = 500; // well under SQLite's limit on bound values
    QHash<QString, TurnoutRow> found;
    for (qsizetype from = 0; from < contactIds.size(); from += kBatch) {
        const QStringList batch = contactIds.mid(from, kBatch);
        QStringList marks(batch.size(), QStringLiteral("?"));
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT %1 FROM contacts c LEFT JOIN election_turnout e ON e.contact_id = c.id "
                                     "AND e.election_id = ? AND e.deleted = 0 WHERE c.deleted = 0 AND c.id IN (%2)")
                          .arg(rowColumns(), marks.join(u", ")));
        query.addBindValue(electionId);
        for (const QString &id : batch)
            query.addBindValue(id);
        if (!query.exec())
            return sqlError(query);
        while (query.next()) {
            TurnoutRow row = rowAt(query);
            found.insert(row.contactId, row);
        }
    }
    QList<TurnoutRow> rows;
    for (const QString &id : contactIds) {
        if (auto it = found.constFind(id); it != found.constEnd())
            rows.append(it.value());
    }
    return rows;
}

Result<QList<TurnoutRow>> Turnout::pledged(const QString &electionId) const
{
    return read(electionId, QStringLiteral("e.pledged = 1"));
}

Result<QList<TurnoutRow>> Turnout::chaseList(const QString &electionId) const
{
    return read(electionId, QStringLiteral("e.pledged = 1 AND e.voted = 0 AND c.do_not_contact = ''"));
}

Result<TurnoutSummary> Turnout::summary(const QString &electionId) const
{
    auto rows = read(electionId, QStringLiteral("(e.pledged = 1 OR e.voted = 1)"));
    if (!rows)
        return rows.error();
    TurnoutSummary summary;
    for (const TurnoutRow &row : std::as_const(rows.value())) {
        summary.pledged += row.pledged ? 1 : 0;
        summary.voted += row.voted ? 1 : 0;
        summary.pledgedVoted += row.pledged && row.voted ? 1 : 0;
        if (!row.pledged)
            continue;
        if (summary.districts.isEmpty() || summary.districts.last().district != row.district)
            summary.districts.append({row.district, 0, 0});
        ++summary.districts.last().pledged;
        summary.districts.last().voted += row.voted ? 1 : 0;
    }
    return summary;
}

Status Turnout::markVoted(const QString &electionId, const QStringList &contactIds, bool voted)
{
    return setFlag(electionId, contactIds, QStringLiteral("voted"), voted);
}

Status Turnout::setPledged(const QString &electionId, const QStringList &contactIds, bool pledged)
{
    return setFlag(electionId, contactIds, QStringLiteral("pledged"), pledged);
}

Status Turnout::setFlag(const QString &electionId, const QStringList &contactIds, const QString &column, bool value)
{
    if (auto election = CampaignRepository(m_database).election(electionId); !election)
        return election.error();
    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        const qint64 votedAt = column == u"voted" && value ? writer.now() : 0;
        // column is one of two names chosen above, never input.
        QSqlQuery upsert(m_database.connection());
        upsert.prepare(QStringLiteral(
            "INSERT INTO election_turnout (id, election_id, contact_id, %1, voted_at, created_at, updated_at, device_id) "
            "SELECT ?, ?, id, ?, ?, ?, ?, ? FROM contacts WHERE id = ? AND deleted = 0 "
            "ON CONFLICT (election_id, contact_id) DO UPDATE SET %1 = excluded.%1, deleted = 0, %2"
            "updated_at = excluded.updated_at, device_id = excluded.device_id "
            "WHERE election_turnout.%1 <> excluded.%1 OR election_turnout.deleted = 1")
                           .arg(column, column == u"voted" ? QStringLiteral("voted_at = excluded.voted_at, ") : QString()));
        for (const QString &contactId : contactIds) {
            for (const QVariant &v : {QVariant(naturalId(QStringLiteral("election_turnout"), {electionId, contactId})),
                                      QVariant(electionId), QVariant(value ? 1 : 0), QVariant(votedAt),
                                      QVariant(writer.now()), QVariant(writer.now()), QVariant(m_database.deviceId()),
                                      QVariant(contactId)})
                upsert.addBindValue(v);
            if (!upsert.exec())
                return sqlError(upsert);
            if (upsert.numRowsAffected() == 0) {
                QSqlQuery exists(m_database.connection());
                exists.prepare(QStringLiteral("SELECT 1 FROM contacts WHERE id = ? AND deleted = 0"));
                exists.addBindValue(contactId);
                if (!exists.exec())
                    return sqlError(exists);
                if (!exists.next())
                    return Error{Error::Code::NotFound, tr("A person to mark is no longer in the workspace.")};
            }
        }
        return success();
    });
}

} // namespace majlis
