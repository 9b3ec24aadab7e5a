#include "legislatures/districtsheld.h"

#include "legislatures/districttext.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace majlis {

Result<QSet<QString>> districtsHeld(Database &database, const LegislativeBody &body, Chamber chamber)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT DISTINCT state, district FROM legislators WHERE body_id = ? AND chamber = ? "
                                 "AND deleted = 0 AND in_office = 1"));
    query.addBindValue(body.id);
    query.addBindValue(chamberKey(chamber));
    if (!query.exec())
        return sqlError(query);
    QSet<QString> districts;
    const bool house = body.isCongress() && chamber == Chamber::House;
    while (query.next()) {
        const QString district = query.value(1).toString();
        if (!house)
            districts.insert(districttext::canonical(district).toLower());
        else if (const auto seat = districttext::houseSeat(district, query.value(0).toString()))
            districts.insert(seat->label().toLower());
    }
    return districts;
}

} // namespace majlis
