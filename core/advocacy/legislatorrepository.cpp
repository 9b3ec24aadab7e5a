#include "advocacy/legislatorrepository.h"

#include "common/clock.h"
#include "common/naturalid.h"
#include "legislatures/bodyrepository.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace majlis {

namespace {

const QString kColumns = QStringLiteral(
    "id, body_id, bioguide_id, chamber, state, district, senate_class, party, first_name, last_name, full_name, "
    "nickname, email, phone, url, contact_form, address, building, room, term_start, term_end, in_office");

// Numbered districts sort as numbers ("2" before "10"), named ones after them by name.
const QString kOrder = QStringLiteral(
    " ORDER BY body_id <> '%1', body_id, state, chamber DESC, CAST(district AS INTEGER), district, last_name, "
    "first_name");

Legislator legislatorFrom(const QSqlQuery &q)
{
    Legislator l;
    l.id = q.value(0).toString();
    l.bodyId = q.value(1).toString();
    l.sourceId = q.value(2).toString();
    l.chamber = chamberFromKey(q.value(3).toString()).value_or(Chamber::House);
    l.state = q.value(4).toString();
    l.district = q.value(5).toString();
    l.senateClass = q.value(6).toInt();
    l.party = q.value(7).toString();
    l.firstName = q.value(8).toString();
    l.lastName = q.value(9).toString();
    l.fullName = q.value(10).toString();
    l.nickname = q.value(11).toString();
    l.email = q.value(12).toString();
    l.phone = q.value(13).toString();
    l.url = q.value(14).toString();
    l.contactForm = q.value(15).toString();
    l.address = q.value(16).toString();
    l.office = {q.value(17).toString(), q.value(18).toString()};
    l.termStart = QDate::fromString(q.value(19).toString(), Qt::ISODate);
    l.termEnd = QDate::fromString(q.value(20).toString(), Qt::ISODate);
    l.inOffice = q.value(21).toBool();
    return l;
}

// The values in kColumns order, after the id.
QVariantList valuesOf(const Legislator &l)
{
    return {l.bodyId, l.sourceId, chamberKey(l.chamber), l.state, l.district, l.senateClass, l.party, l.firstName,
        l.lastName, l.fullName, l.nickname, l.email, l.phone, l.url, l.contactForm, l.address, l.office.building,
        l.office.room, l.termStart.toString(Qt::ISODate), l.termEnd.toString(Qt::ISODate), l.inOffice ? 1 : 0};
}

QString officeKindKey(LegislatorOffice::Kind kind)
{
    return kind == LegislatorOffice::Kind::Capitol ? QStringLiteral("capitol") : QStringLiteral("district");
}

QString legislatorIdFor(const LegislativeBody &body, const QString &sourceId)
{
    // Congress keeps the ids its members had before bodies existed, so a laptop of either
    // version makes the same row.
    if (body.isCongress())
        return naturalId(QStringLiteral("legislators"), {sourceId});
    return naturalId(QStringLiteral("legislators"), {body.code, sourceId});
}

// Attaches the offices of the listed members, read in one query.
Status attachOffices(const QSqlDatabase &db, QList<Legislator> &legislators, const QString &bodyId)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < legislators.size(); ++i)
        index.insert(legislators[i].id, i);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT o.legislator_id, o.kind, o.name, o.address, o.phone, o.fax, o.email FROM legislator_offices o "
        "JOIN legislators l ON l.id = o.legislator_id WHERE o.deleted = 0 AND (? = '' OR l.body_id = ?) "
        "ORDER BY o.legislator_id, o.position"));
    query.addBindValue(sqlText(bodyId));
    query.addBindValue(sqlText(bodyId));
    if (!query.exec())
        return sqlError(query);
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toString());
        if (it == index.cend())
            continue;
        LegislatorOffice office;
        office.kind = query.value(1).toString() == u"capitol" ? LegislatorOffice::Kind::Capitol
                                                                : LegislatorOffice::Kind::District;
        office.name = query.value(2).toString();
        office.address = query.value(3).toString();
        office.phone = query.value(4).toString();
        office.fax = query.value(5).toString();
        office.email = query.value(6).toString();
        legislators[*it].offices.append(office);
    }
    return success();
}

} // namespace

LegislatorImportSummary &LegislatorImportSummary::operator+=(const LegislatorImportSummary &other)
{
    added += other.added;
    updated += other.updated;
    unchanged += other.unchanged;
    departed += other.departed;
    return *this;
}

Result<LegislatorImportSummary> LegislatorRepository::importCurrent(const QList<Legislator> &current)
{
    return importCurrent(bodies::congress(), current);
}

Result<LegislatorImportSummary> LegislatorRepository::importCurrent(const LegislativeBody &wanted,
                                                                    const QList<Legislator> &current)
{
    QSet<QString> listed;
    for (const Legislator &l : current) {
        if (l.sourceId.trimmed().isEmpty())
            return Error{Error::Code::InvalidInput, tr("A member of %1 has no id, so a later import could not find "
                                                       "them again.").arg(wanted.name)};
        if (listed.contains(l.sourceId))
            return Error{Error::Code::InvalidInput,
                         tr("%1 is listed twice for %2; nothing was imported.").arg(l.sourceId, wanted.name)};
        listed.insert(l.sourceId);
    }

    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    BodyRepository bodies(m_database);
    auto body = bodies.ensure(wanted);
    if (!body)
        return body.error();

    LegislatorFilter filter;
    filter.bodyId = body->id;
    filter.includeDeparted = true;
    auto existingList = list(filter);
    if (!existingList)
        return existingList.error();
    QHash<QString, Legislator> existing;
    for (const Legislator &l : existingList.value())
        existing.insert(l.sourceId, l);

    const qint64 now = nowMs();
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO legislators (%1, created_at, updated_at, device_id) "
                                  "VALUES (?%2, ?, ?, ?)")
                       .arg(kColumns, QStringLiteral(", ?").repeated(21)));
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
        "UPDATE legislators SET body_id = ?, bioguide_id = ?, chamber = ?, state = ?, district = ?, senate_class = ?, "
        "party = ?, first_name = ?, last_name = ?, full_name = ?, nickname = ?, email = ?, phone = ?, url = ?, "
        "contact_form = ?, address = ?, building = ?, room = ?, term_start = ?, term_end = ?, in_office = ?, "
        "deleted = 0, updated_at = ?, device_id = ? WHERE id = ?"));

    LegislatorImportSummary summary;
    for (Legislator legislator : current) {
        legislator.bodyId = body->id;
        legislator.inOffice = true;
        const auto it = existing.constFind(legislator.sourceId);
        if (it != existing.cend()) {
            legislator.id = it->id;
            // A building and room put in by hand outlive an import whose address still has none.
            if (!legislator.office.isKnown())
                legislator.office = it->office;
            if (legislator == *it) {
                ++summary.unchanged;
                continue;
            }
            for (const QVariant &v : valuesOf(legislator))
                update.addBindValue(sqlText(v));
            update.addBindValue(now);
            update.addBindValue(m_database.deviceId());
            update.addBindValue(legislator.id);
            if (!update.exec())
                return sqlError(update);
            if (legislator.offices != it->offices) {
                if (auto s = writeOffices(legislator, now); !s)
                    return s.error();
            }
            ++summary.updated;
        } else {
            legislator.id = legislatorIdFor(body.value(), legislator.sourceId);
            insert.addBindValue(legislator.id);
            for (const QVariant &v : valuesOf(legislator))
                insert.addBindValue(sqlText(v));
            insert.addBindValue(now);
            insert.addBindValue(now);
            insert.addBindValue(m_database.deviceId());
            if (!insert.exec())
                return sqlError(insert);
            if (auto s = writeOffices(legislator, now); !s)
                return s.error();
            ++summary.added;
        }
    }

    QSqlQuery depart(m_database.connection());
    depart.prepare(QStringLiteral("UPDATE legislators SET in_office = 0, updated_at = ?, device_id = ? WHERE id = ?"));
    for (const Legislator &old : std::as_const(existing)) {
        if (listed.contains(old.sourceId) || !old.inOffice)
            continue;
        depart.addBindValue(now);
        depart.addBindValue(m_database.deviceId());
        depart.addBindValue(old.id);
        if (!depart.exec())
            return sqlError(depart);
        ++summary.departed;
    }
    if (auto status = tx.commit(); !status)
        return status.error();
    return summary;
}

// Offices are kept by position: the nth office of a member is always the same row, so two
// laptops importing the same file make the same rows, and an office the source dropped is
// marked deleted.
Status LegislatorRepository::writeOffices(const Legislator &legislator, qint64 now)
{
    QSqlQuery upsert(m_database.connection());
    upsert.prepare(QStringLiteral(
        "INSERT INTO legislator_offices (id, legislator_id, position, kind, name, address, phone, fax, email, "
        "created_at, updated_at, deleted, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?) "
        "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, address = excluded.address, "
        "phone = excluded.phone, fax = excluded.fax, email = excluded.email, deleted = 0, "
        "updated_at = excluded.updated_at, device_id = excluded.device_id"));
    for (qsizetype i = 0; i < legislator.offices.size(); ++i) {
        const LegislatorOffice &o = legislator.offices[i];
        upsert.addBindValue(naturalId(QStringLiteral("legislator_offices"), {legislator.id, QString::number(i)}));
        upsert.addBindValue(legislator.id);
        upsert.addBindValue(int(i));
        upsert.addBindValue(officeKindKey(o.kind));
        for (const QString &v : {o.name, o.address, o.phone, o.fax, o.email})
            upsert.addBindValue(sqlText(v));
        upsert.addBindValue(now);
        upsert.addBindValue(now);
        upsert.addBindValue(m_database.deviceId());
        if (!upsert.exec())
            return sqlError(upsert);
    }
    QSqlQuery drop(m_database.connection());
    drop.prepare(QStringLiteral("UPDATE legislator_offices SET deleted = 1, updated_at = ?, device_id = ? "
                                "WHERE legislator_id = ? AND position >= ? AND deleted = 0"));
    drop.addBindValue(now);
    drop.addBindValue(m_database.deviceId());
    drop.addBindValue(legislator.id);
    drop.addBindValue(int(legislator.offices.size()));
    if (!drop.exec())
        return sqlError(drop);
    return success();
}

Result<QList<Legislator>> LegislatorRepository::list(const LegislatorFilter &filter) const
{
    QStringList where = {QStringLiteral("deleted = 0")};
    QVariantList values;
    if (!filter.includeDeparted)
        where.append(QStringLiteral("in_office = 1"));
    if (!filter.bodyId.isEmpty()) {
        where.append(QStringLiteral("body_id = ?"));
        values.append(filter.bodyId);
    }
    if (!filter.state.isEmpty()) {
        where.append(QStringLiteral("state = ?"));
        values.append(filter.state.trimmed().toUpper());
    }
    if (filter.chamber) {
        where.append(QStringLiteral("chamber = ?"));
        values.append(chamberKey(*filter.chamber));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM legislators WHERE ").arg(kColumns) + where.join(QStringLiteral(" AND "))
                  + kOrder.arg(bodies::congressId()));
    for (const QVariant &v : std::as_const(values))
        query.addBindValue(v);
    if (!query.exec())
        return sqlError(query);
    QList<Legislator> legislators;
    while (query.next())
        legislators.append(legislatorFrom(query));
    if (auto s = attachOffices(m_database.connection(), legislators, filter.bodyId); !s)
        return s.error();
    return legislators;
}

Result<QList<Legislator>> LegislatorRepository::list(bool includeDeparted) const
{
    LegislatorFilter filter;
    filter.bodyId = bodies::congressId();
    filter.includeDeparted = includeDeparted;
    return list(filter);
}

Result<Legislator> LegislatorRepository::get(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM legislators WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error {Error::Code::NotFound, tr("That legislator is not in this workspace.")};
    Legislator legislator = legislatorFrom(query);
    auto offices = officesOf(id);
    if (!offices)
        return offices.error();
    legislator.offices = offices.value();
    return legislator;
}

Result<QList<LegislatorOffice>> LegislatorRepository::officesOf(const QString &legislatorId) const
{
    QList<Legislator> one;
    Legislator l;
    l.id = legislatorId;
    one.append(l);
    QSqlQuery body(m_database.connection());
    body.prepare(QStringLiteral("SELECT body_id FROM legislators WHERE id = ?"));
    body.addBindValue(legislatorId);
    if (!body.exec())
        return sqlError(body);
    const QString bodyId = body.next() ? body.value(0).toString() : QString();
    if (auto s = attachOffices(m_database.connection(), one, bodyId); !s)
        return s.error();
    return one.first().offices;
}

Result<Legislator> LegislatorRepository::findByBioguide(const QString &sourceId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM legislators WHERE bioguide_id = ? AND body_id = ?").arg(kColumns));
    query.addBindValue(sourceId.trimmed().toUpper());
    query.addBindValue(bodies::congressId());
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error {Error::Code::NotFound,
            tr("No member of Congress has the bioguide id \"%1\"; import the current legislators first.")
                .arg(sourceId.trimmed())};
    return legislatorFrom(query);
}

Status LegislatorRepository::setOffice(const QString &id, const OfficeLocation &office)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE legislators SET building = ?, room = ?, updated_at = ?, device_id = ? WHERE id = ?"));
    query.addBindValue(sqlText(office.building.trimmed()));
    query.addBindValue(sqlText(office.room.trimmed()));
    query.addBindValue(nowMs());
    query.addBindValue(m_database.deviceId());
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (query.numRowsAffected() == 0)
        return Error {Error::Code::NotFound, tr("That legislator is not in this workspace.")};
    return tx.commit();
}

} // namespace majlis
