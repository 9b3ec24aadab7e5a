#include "advocacy/legislatorrepository.h"

#include "common/clock.h"
#include "common/naturalid.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace majlis {

namespace {

const QString kColumns = QStringLiteral(
    "id, bioguide_id, chamber, state, district, senate_class, party, first_name, last_name, full_name, "
    "nickname, phone, url, contact_form, address, building, room, in_office");

const QString kOrder = QStringLiteral(" ORDER BY state, chamber DESC, district, last_name, first_name");

Legislator legislatorFrom(const QSqlQuery &q)
{
    Legislator l;
    l.id = q.value(0).toString();
    l.bioguideId = q.value(1).toString();
    l.chamber = q.value(2).toString() == u"senate" ? Chamber::Senate : Chamber::House;
    l.state = q.value(3).toString();
    if (!q.value(4).isNull())
        l.district = q.value(4).toInt();
    l.senateClass = q.value(5).toInt();
    l.party = q.value(6).toString();
    l.firstName = q.value(7).toString();
    l.lastName = q.value(8).toString();
    l.fullName = q.value(9).toString();
    l.nickname = q.value(10).toString();
    l.phone = q.value(11).toString();
    l.url = q.value(12).toString();
    l.contactForm = q.value(13).toString();
    l.address = q.value(14).toString();
    l.office = {q.value(15).toString(), q.value(16).toString()};
    l.inOffice = q.value(17).toBool();
    return l;
}

// The values in kColumns order, after the id.
QVariantList valuesOf(const Legislator &l)
{
    return {l.bioguideId, l.chamber == Chamber::Senate ? QStringLiteral("senate") : QStringLiteral("house"), l.state,
        l.district ? QVariant(*l.district) : QVariant(QMetaType::fromType<int>()), l.senateClass, l.party, l.firstName,
        l.lastName, l.fullName, l.nickname, l.phone, l.url, l.contactForm, l.address, l.office.building, l.office.room,
        l.inOffice ? 1 : 0};
}

} // namespace

Result<LegislatorImportSummary> LegislatorRepository::importCurrent(const QList<Legislator> &current)
{
    auto existingList = list(true);
    if (!existingList)
        return existingList.error();
    QHash<QString, Legislator> existing;
    for (const Legislator &l : existingList.value())
        existing.insert(l.bioguideId, l);

    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    const qint64 now = nowMs();
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO legislators (%1, created_at, updated_at, device_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(kColumns));
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
        "UPDATE legislators SET bioguide_id = ?, chamber = ?, state = ?, district = ?, senate_class = ?, "
        "party = ?, first_name = ?, last_name = ?, full_name = ?, nickname = ?, phone = ?, url = ?, "
        "contact_form = ?, address = ?, building = ?, room = ?, in_office = ?, deleted = 0, updated_at = ?, "
        "device_id = ? WHERE id = ?"));

    LegislatorImportSummary summary;
    QSet<QString> listed;
    for (Legislator legislator : current) {
        listed.insert(legislator.bioguideId);
        legislator.inOffice = true;
        const auto it = existing.constFind(legislator.bioguideId);
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
            ++summary.updated;
        } else {
            insert.addBindValue(naturalId(QStringLiteral("legislators"), {legislator.bioguideId}));
            for (const QVariant &v : valuesOf(legislator))
                insert.addBindValue(sqlText(v));
            insert.addBindValue(now);
            insert.addBindValue(now);
            insert.addBindValue(m_database.deviceId());
            if (!insert.exec())
                return sqlError(insert);
            ++summary.added;
        }
    }

    QSqlQuery depart(m_database.connection());
    depart.prepare(QStringLiteral("UPDATE legislators SET in_office = 0, updated_at = ?, device_id = ? WHERE id = ?"));
    for (const Legislator &old : std::as_const(existing)) {
        if (listed.contains(old.bioguideId) || !old.inOffice)
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

Result<QList<Legislator>> LegislatorRepository::list(bool includeDeparted) const
{
    QSqlQuery query(m_database.connection());
    const QString where = includeDeparted ? QStringLiteral(" WHERE deleted = 0")
                                          : QStringLiteral(" WHERE deleted = 0 AND in_office = 1");
    if (!query.exec(QStringLiteral("SELECT %1 FROM legislators").arg(kColumns) + where + kOrder))
        return sqlError(query);
    QList<Legislator> legislators;
    while (query.next())
        legislators.append(legislatorFrom(query));
    return legislators;
}

Result<Legislator> LegislatorRepository::get(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM legislators WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error {Error::Code::NotFound, tr("That member of Congress is not in this workspace.")};
    return legislatorFrom(query);
}

Result<Legislator> LegislatorRepository::findByBioguide(const QString &bioguideId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM legislators WHERE bioguide_id = ?").arg(kColumns));
    query.addBindValue(bioguideId.trimmed().toUpper());
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error {Error::Code::NotFound,
            tr("No member of Congress has the bioguide id \"%1\"; import the current legislators first.")
                .arg(bioguideId.trimmed())};
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
        return Error {Error::Code::NotFound, tr("That member of Congress is not in this workspace.")};
    return tx.commit();
}

} // namespace majlis
