#include "partners/organizationrepository.h"

#include "common/clock.h"
#include "common/enumkeys.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace majlis {

namespace {

// The columns organizationFrom() reads, of the table named `t`.
QString columns(const QString &t = QStringLiteral("organizations"))
{
    return QStringLiteral("%1.id, %1.name, %1.kind, %1.issue_areas, %1.city, %1.region, %1.country, %1.website, "
                          "coalesce(%1.chapter_id, ''), coalesce(%1.owner_id, ''), %1.status, %1.notes")
        .arg(t);
}

QVariant nullable(const QString &id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

Columns columnsOf(const Organization &o)
{
    QJsonArray areas;
    for (const QString &area : o.issueAreas) {
        if (!area.trimmed().isEmpty())
            areas.append(area.trimmed());
    }
    return {{QStringLiteral("name"), o.name.trimmed()}, {QStringLiteral("kind"), kindKey(o.kind)},
        {QStringLiteral("issue_areas"), QString::fromUtf8(QJsonDocument(areas).toJson(QJsonDocument::Compact))},
        {QStringLiteral("city"), o.city.trimmed()}, {QStringLiteral("region"), o.region.trimmed()},
        {QStringLiteral("country"), o.country.trimmed().toUpper()}, {QStringLiteral("website"), o.website.trimmed()},
        {QStringLiteral("chapter_id"), nullable(o.chapterId)}, {QStringLiteral("owner_id"), nullable(o.ownerId)},
        {QStringLiteral("status"), statusKey(o.status)}, {QStringLiteral("notes"), o.notes}};
}

Organization organizationFrom(const QSqlQuery &q)
{
    Organization o;
    o.id = q.value(0).toString();
    o.name = q.value(1).toString();
    o.kind = organizationKindFromKey(q.value(2).toString()).value_or(OrganizationKind::Other);
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
        o.issueAreas.append(v.toString());
    o.city = q.value(4).toString();
    o.region = q.value(5).toString();
    o.country = q.value(6).toString();
    o.website = q.value(7).toString();
    o.chapterId = q.value(8).toString();
    o.ownerId = q.value(9).toString();
    o.status = partnerStatusFromKey(q.value(10).toString()).value_or(PartnerStatus::Prospect);
    o.notes = q.value(11).toString();
    return o;
}

// The same name, in the same written form: "CAIR", "cair " and "Cair" are one partner.
QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

} // namespace

Result<Organization> OrganizationRepository::create(const Organization &input)
{
    if (input.name.trimmed().isEmpty())
        return Error {Error::Code::InvalidInput, tr("A partner needs a name.")};
    auto existing = list();
    if (!existing)
        return existing.error();
    for (const Organization &o : existing.value()) {
        if (nameKey(o.name) == nameKey(input.name))
            return Error {Error::Code::InvalidInput, tr("There is already a partner named \"%1\".").arg(o.name)};
    }
    Organization organization = input;
    organization.id = newId();
    if (auto s = writeInTransaction(m_database,
            [&](const RowWriter &writer) {
                return writer.insert(QStringLiteral("organizations"), organization.id, columnsOf(organization));
            });
        !s)
        return s.error();
    return get(organization.id);
}

Result<Organization> OrganizationRepository::update(const Organization &organization)
{
    if (organization.name.trimmed().isEmpty())
        return Error {Error::Code::InvalidInput, tr("A partner needs a name.")};
    if (auto same = find(organization.name); same && same->id != organization.id)
        return Error {Error::Code::InvalidInput, tr("There is already a partner named \"%1\".").arg(same->name)};
    if (auto s = writeInTransaction(m_database,
            [&](const RowWriter &writer) {
                return writer.update(QStringLiteral("organizations"), organization.id, columnsOf(organization));
            });
        !s)
        return s.error();
    return get(organization.id);
}

Status OrganizationRepository::remove(const QString &id)
{
    return writeInTransaction(m_database, [&](const RowWriter &writer) {
        return writer.tombstone(QStringLiteral("organizations"), QStringLiteral("id = ?"), {id});
    });
}

Result<Organization> OrganizationRepository::get(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM organizations WHERE id = ? AND deleted = 0").arg(columns()));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error {Error::Code::NotFound, tr("The partner no longer exists.")};
    return organizationFrom(query);
}

Result<QList<Organization>> OrganizationRepository::list(const PartnerQuery &filter) const
{
    QStringList where {QStringLiteral("deleted = 0")};
    QVariantList values;
    if (!filter.search.trimmed().isEmpty()) {
        where << QStringLiteral("(name LIKE ? ESCAPE '\\' OR city LIKE ? ESCAPE '\\' OR website LIKE ? ESCAPE '\\' "
                                "OR notes LIKE ? ESCAPE '\\')");
        QString pattern = filter.search.trimmed();
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        for (int i = 0; i < 4; ++i)
            values << u'%' + pattern + u'%';
    }
    if (filter.kind) {
        where << QStringLiteral("kind = ?");
        values << kindKey(*filter.kind);
    }
    if (filter.status) {
        where << QStringLiteral("status = ?");
        values << statusKey(*filter.status);
    }
    if (!filter.chapterId.isEmpty()) {
        where << QStringLiteral("chapter_id = ?");
        values << filter.chapterId;
    }
    if (!filter.issueArea.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM json_each(issue_areas) WHERE value = ? COLLATE NOCASE)");
        values << filter.issueArea;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM organizations WHERE %2 ORDER BY name COLLATE NOCASE, id")
                      .arg(columns(), where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : std::as_const(values))
        query.addBindValue(v);
    if (!query.exec())
        return sqlError(query);
    QList<Organization> organizations;
    while (query.next())
        organizations.append(organizationFrom(query));
    return organizations;
}

Result<Organization> OrganizationRepository::find(const QString &idOrName) const
{
    const QString wanted = idOrName.trimmed();
    auto all = list();
    if (!all)
        return all.error();
    QList<Organization> matches;
    for (const Organization &o : all.value()) {
        if (nameKey(o.name) == nameKey(wanted))
            return o;
        if (wanted.size() >= 4 && o.id.startsWith(wanted))
            matches.append(o);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        return Error {Error::Code::InvalidInput,
            tr("\"%1\" matches %2 partners; give more of the id.").arg(wanted).arg(matches.size())};
    return Error {Error::Code::NotFound, tr("There is no partner \"%1\".").arg(wanted)};
}

Result<QStringList> OrganizationRepository::issueAreas() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT DISTINCT j.value FROM organizations o, json_each(o.issue_areas) j "
                                   "WHERE o.deleted = 0 ORDER BY j.value COLLATE NOCASE")))
        return sqlError(query);
    QStringList areas;
    while (query.next())
        areas.append(query.value(0).toString());
    return areas;
}

Result<Membership> OrganizationRepository::addMember(const Membership &input)
{
    if (input.contactId.isEmpty())
        return Error {Error::Code::InvalidInput, tr("Choose the person who belongs to the partner.")};
    auto current = members(input.organizationId);
    if (!current)
        return current.error();
    for (const Membership &m : current.value()) {
        if (m.contactId == input.contactId && !m.until.isValid())
            return Error {Error::Code::InvalidInput,
                tr("%1 is already listed at this partner; record that they left before adding them again.")
                    .arg(m.contactName)};
    }
    QSqlQuery contact(m_database.connection());
    contact.prepare(QStringLiteral("SELECT 1 FROM contacts WHERE id = ? AND deleted = 0"));
    contact.addBindValue(input.contactId);
    if (!contact.exec())
        return sqlError(contact);
    if (!contact.next())
        return Error {Error::Code::NotFound, tr("That contact no longer exists.")};
    Membership membership = input;
    membership.id = newId();
    if (auto s = writeInTransaction(m_database,
            [&](const RowWriter &writer) {
                return writer.insert(QStringLiteral("organization_members"), membership.id,
                    {{QStringLiteral("organization_id"), membership.organizationId},
                        {QStringLiteral("contact_id"), membership.contactId},
                        {QStringLiteral("role"), membership.role.trimmed()},
                        {QStringLiteral("since"), membership.since.toString(Qt::ISODate)},
                        {QStringLiteral("until"), membership.until.toString(Qt::ISODate)}});
            });
        !s)
        return s.error();
    return membership;
}

Status OrganizationRepository::endMembership(const QString &membershipId, const QDate &until)
{
    return writeInTransaction(m_database, [&](const RowWriter &writer) {
        return writer.update(QStringLiteral("organization_members"), membershipId,
            {{QStringLiteral("until"), until.toString(Qt::ISODate)}});
    });
}

Result<QList<Membership>> OrganizationRepository::members(const QString &organizationId) const
{
    return memberships(QStringLiteral("m.organization_id"), organizationId);
}

Result<QList<Membership>> OrganizationRepository::membershipsOf(const QString &contactId) const
{
    return memberships(QStringLiteral("m.contact_id"), contactId);
}

Result<QList<Membership>> OrganizationRepository::memberships(const QString &column, const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT m.id, m.organization_id, m.contact_id, "
                                 "  CASE WHEN trim(c.preferred_name) <> '' THEN trim(c.preferred_name) "
                                 "       ELSE trim(trim(c.given_name) || ' ' || trim(c.family_name)) END, "
                                 "  o.name, m.role, m.since, m.until "
                                 "FROM organization_members m JOIN contacts c ON c.id = m.contact_id "
                                 "JOIN organizations o ON o.id = m.organization_id "
                                 "WHERE %1 = ? AND m.deleted = 0 AND c.deleted = 0 AND o.deleted = 0 "
                                 "ORDER BY m.until <> '', c.sort_key, o.name")
                      .arg(column));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    QList<Membership> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
            QDate::fromString(query.value(6).toString(), Qt::ISODate),
            QDate::fromString(query.value(7).toString(), Qt::ISODate)});
    return result;
}

Status OrganizationRepository::setCosponsors(
    const QString &eventId, const QString &dayId, const QStringList &organizationIds)
{
    const bool forEvent = !eventId.isEmpty();
    const QString column = forEvent ? QStringLiteral("event_id") : QStringLiteral("day_id");
    const QString owner = forEvent ? eventId : dayId;
    return writeInTransaction(m_database, [&](const RowWriter &writer) -> Status {
        if (auto s = writer.tombstone(QStringLiteral("cosponsors"), column + QStringLiteral(" = ?"), {owner}); !s)
            return s;
        for (const QString &organizationId : organizationIds) {
            if (auto s = writer.insert(QStringLiteral("cosponsors"), newId(),
                    {{QStringLiteral("organization_id"), organizationId}, {column, owner}});
                !s)
                return s;
        }
        return success();
    });
}

Result<QList<Organization>> OrganizationRepository::cosponsors(const QString &eventId, const QString &dayId) const
{
    const bool forEvent = !eventId.isEmpty();
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT DISTINCT %1 FROM organizations o JOIN cosponsors s ON s.organization_id = o.id "
                       "WHERE s.%2 = ? AND s.deleted = 0 AND o.deleted = 0 ORDER BY o.name COLLATE NOCASE")
            .arg(columns(QStringLiteral("o")), forEvent ? QStringLiteral("event_id") : QStringLiteral("day_id")));
    query.addBindValue(forEvent ? eventId : dayId);
    if (!query.exec())
        return sqlError(query);
    QList<Organization> result;
    while (query.next())
        result.append(organizationFrom(query));
    return result;
}

} // namespace majlis
