#include "campaigns/walklist.h"

#include "campaigns/campaignrepository.h"
#include "campaigns/streetorder.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace majlis {

Result<QList<WalkStreet>> WalkList::streets(const QString &campaignId, const QString &volunteer) const
{
    auto campaign = CampaignRepository(m_database).get(campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign->kind != CampaignKind::Door)
        return Error {Error::Code::InvalidInput,
            tr("Only a door-knocking campaign has a walk list; \"%1\" is not one.").arg(campaign->name)};

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.id, CASE WHEN trim(c.preferred_name) <> '' THEN trim(c.preferred_name) "
        "  ELSE trim(trim(c.given_name) || ' ' || trim(c.family_name)) END, "
        "  c.street, c.locality, c.postal_code, c.languages "
        "FROM campaign_targets t JOIN contacts c ON c.id = t.contact_id "
        "WHERE t.campaign_id = ? AND t.deleted = 0 AND t.done = 0 AND c.deleted = 0 AND c.do_not_contact = '' "
        "  AND trim(c.street) <> '' AND (? = '' OR t.assignee = ?) "
        "ORDER BY t.position"));
    const QString who = volunteer.trimmed().isNull() ? QStringLiteral("") : volunteer.trimmed();
    query.addBindValue(campaignId);
    query.addBindValue(who);
    query.addBindValue(who);
    if (!query.exec())
        return sqlError(query);

    QList<StreetStop> order;
    QHash<QString, WalkStop> stops;
    while (query.next()) {
        WalkStop stop;
        stop.contactId = query.value(0).toString();
        stop.name = query.value(1).toString();
        stop.street = query.value(2).toString().trimmed();
        stop.locality = query.value(3).toString().trimmed();
        stop.postalCode = query.value(4).toString().trimmed();
        for (const QJsonValue &language : QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array())
            stop.languages.append(language.toString());
        order.append({stop.contactId, stop.locality, stop.postalCode, stop.street});
        stops.insert(stop.contactId, stop);
    }
    // The list keeps the order it was built in, but addresses may have been corrected since.
    sortForWalking(order);

    QList<WalkStreet> streets;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i == 0 || !sameStreet(order.at(i - 1), order.at(i))) {
            WalkStreet street;
            street.name = streetName(order.at(i).street);
            street.locality = order.at(i).locality;
            street.postalCode = order.at(i).postalCode;
            streets.append(street);
        }
        streets.last().stops.append(stops.value(order.at(i).id));
    }
    return streets;
}

Result<QStringList> WalkList::volunteers(const QString &campaignId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT assignee FROM campaign_targets WHERE campaign_id = ? AND deleted = 0 "
                                 "AND assignee <> '' ORDER BY assignee"));
    query.addBindValue(campaignId);
    if (!query.exec())
        return sqlError(query);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

} // namespace majlis
