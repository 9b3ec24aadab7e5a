#include "legislatures/bodyrepository.h"

#include "common/clock.h"
#include "common/naturalid.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace majlis {

namespace {

const QString kColumns = QStringLiteral(
    "id, code, name, country, region, city, time_zone, senate_name, house_name, unicameral_name, campus");

QString campusJson(const QList<CampusBuilding> &campus)
{
    QJsonArray array;
    for (const CampusBuilding &b : campus)
        array.append(QJsonObject{{QStringLiteral("building"), b.name}, {QStringLiteral("group"), b.group}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// A campus written by a newer or damaged laptop reads as what can be read of it.
QList<CampusBuilding> campusFrom(const QString &json)
{
    QList<CampusBuilding> campus;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QString name = v.toObject().value(QStringLiteral("building")).toString().trimmed();
        if (!name.isEmpty())
            campus.append({name, v.toObject().value(QStringLiteral("group")).toString().trimmed()});
    }
    return campus;
}

LegislativeBody bodyFrom(const QSqlQuery &q)
{
    LegislativeBody b;
    b.id = q.value(0).toString();
    b.code = q.value(1).toString();
    b.name = q.value(2).toString();
    b.country = q.value(3).toString();
    b.region = q.value(4).toString();
    b.city = q.value(5).toString();
    b.timeZone = q.value(6).toString();
    b.senateName = q.value(7).toString();
    b.houseName = q.value(8).toString();
    b.unicameralName = q.value(9).toString();
    b.campus = campusFrom(q.value(10).toString());
    return b;
}

} // namespace

Result<QList<LegislativeBody>> BodyRepository::list() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM legislative_bodies WHERE deleted = 0 "
                                   "ORDER BY code <> 'us-congress', name COLLATE NOCASE")
                        .arg(kColumns)))
        return sqlError(query);
    QList<LegislativeBody> bodies;
    while (query.next())
        bodies.append(bodyFrom(query));
    return bodies;
}

Result<LegislativeBody> BodyRepository::get(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM legislative_bodies WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error{Error::Code::NotFound, tr("That legislature is not in this workspace.")};
    return bodyFrom(query);
}

Result<LegislativeBody> BodyRepository::find(const QString &codeOrName) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM legislative_bodies WHERE deleted = 0 AND "
                                 "(code = lower(?) OR name = ? COLLATE NOCASE) ORDER BY code = lower(?) DESC LIMIT 1")
                      .arg(kColumns));
    const QString key = codeOrName.trimmed();
    query.addBindValue(key);
    query.addBindValue(key);
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error{Error::Code::NotFound,
                     tr("No legislature \"%1\" in this workspace; `majlis-cli bodies list` shows the codes, and "
                        "importing a legislature's members adds it.")
                         .arg(key)};
    return bodyFrom(query);
}

Result<LegislativeBody> BodyRepository::ensure(const LegislativeBody &wanted)
{
    LegislativeBody body = wanted;
    body.code = body.code.trimmed().toLower();
    if (body.code.isEmpty() || body.name.trimmed().isEmpty())
        return Error{Error::Code::InvalidInput, tr("A legislature needs a code and a name.")};
    body.id = naturalId(QStringLiteral("legislative_bodies"), {body.code});

    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto existing = find(body.code);
    const qint64 now = nowMs();
    QSqlQuery query(m_database.connection());
    if (existing) {
        body.id = existing->id;
        if (!existing->campus.isEmpty() || body.campus.isEmpty())
            body.campus = existing->campus;
        if (body == existing.value())
            return body;
        query.prepare(QStringLiteral("UPDATE legislative_bodies SET name = ?, country = ?, region = ?, city = ?, time_zone = ?, "
                                     "senate_name = ?, house_name = ?, unicameral_name = ?, campus = ?, "
                                     "updated_at = ?, device_id = ? WHERE id = ?"));
    } else {
        query.prepare(QStringLiteral("INSERT INTO legislative_bodies (name, country, region, city, time_zone, senate_name, "
                                     "house_name, unicameral_name, campus, updated_at, device_id, id, code, created_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    for (const QString &v : {body.name, body.country, body.region, body.city, body.timeZone, body.senateName, body.houseName,
                             body.unicameralName, campusJson(body.campus)})
        query.addBindValue(sqlText(v));
    query.addBindValue(now);
    query.addBindValue(m_database.deviceId());
    query.addBindValue(body.id);
    if (!existing) {
        query.addBindValue(body.code);
        query.addBindValue(now);
    }
    if (!query.exec())
        return sqlError(query);
    if (auto status = tx.commit(); !status)
        return status.error();
    return body;
}

Status BodyRepository::setCampus(const QString &id, const QList<CampusBuilding> &wanted)
{
    // Trimmed as typed in a table or on a command line: a row left blank is no building, a
    // building without a group is a group of its own, and a building named twice would make
    // its group ambiguous.
    QList<CampusBuilding> campus;
    for (const CampusBuilding &b : wanted) {
        const CampusBuilding building{b.name.trimmed(), b.group.trimmed()};
        if (building.name.isEmpty() && building.group.isEmpty())
            continue;
        if (building.name.isEmpty())
            return Error{Error::Code::InvalidInput,
                         tr("A building of the group \"%1\" has no name; name it or leave its group empty.")
                             .arg(building.group)};
        for (const CampusBuilding &earlier : std::as_const(campus)) {
            if (earlier.name.compare(building.name, Qt::CaseInsensitive) == 0)
                return Error{Error::Code::InvalidInput,
                             tr("\"%1\" is listed twice; a building belongs to one group.").arg(building.name)};
        }
        campus.append({building.name, building.group.isEmpty() ? building.name : building.group});
    }
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE legislative_bodies SET campus = ?, updated_at = ?, device_id = ? WHERE id = ?"));
    query.addBindValue(campusJson(campus));
    query.addBindValue(nowMs());
    query.addBindValue(m_database.deviceId());
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (query.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("That legislature is not in this workspace.")};
    return tx.commit();
}

} // namespace majlis
