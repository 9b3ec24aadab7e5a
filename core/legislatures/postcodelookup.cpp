#include "legislatures/postcodelookup.h"

#include "legislatures/districttext.h"
#include "legislatures/zipdistricts.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace majlis {

QString DistrictCandidate::label() const
{
    if (bodyCode == bodies::kCongressCode && chamber == Chamber::House)
        return state + u'-' + district;
    return district;
}

Result<bool> PostcodeLookup::houseFileImported() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM postcode_districts WHERE body_code = ? AND chamber = 'house' LIMIT 1"));
    query.addBindValue(bodies::kCongressCode);
    if (!query.exec())
        return sqlError(query);
    return query.next();
}

Result<PostcodeLookup::Answer> PostcodeLookup::lookup(const QString &zip) const
{
    const auto code = zipdistricts::zip5(zip);
    if (!code)
        return Error{Error::Code::InvalidInput,
                     tr("\"%1\" is not a U.S. ZIP code; give five digits, such as 48126 or 48126-1234.").arg(zip.trimmed())};

    // Every body's chambers, each looked up by the table's key (body, chamber, postcode): a
    // nested loop of index look-ups, however many postcodes other files hold.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT b.id, b.code, b.name, b.region, ch.column1, p.district FROM legislative_bodies b "
        "CROSS JOIN (VALUES ('senate'), ('house'), ('unicameral')) ch "
        "JOIN postcode_districts p ON p.body_code = b.code AND p.chamber = ch.column1 AND p.postcode = ? "
        "WHERE b.deleted = 0 ORDER BY b.code <> 'us-congress', b.name, ch.column1, p.district"));
    query.addBindValue(*code);
    if (!query.exec())
        return sqlError(query);
    QList<DistrictCandidate> candidates;
    while (query.next()) {
        DistrictCandidate c;
        c.bodyId = query.value(0).toString();
        c.bodyCode = query.value(1).toString();
        c.bodyName = query.value(2).toString();
        c.state = query.value(3).toString();
        c.chamber = chamberFromKey(query.value(4).toString()).value_or(Chamber::House);
        c.district = query.value(5).toString();
        if (c.bodyCode == bodies::kCongressCode && c.chamber == Chamber::House) {
            const auto seat = districttext::houseSeat(c.district);
            if (!seat)
                continue;
            c.state = seat->state;
            c.district = QString::number(seat->district);
        }
        candidates.append(c);
    }
    auto imported = houseFileImported();
    if (!imported)
        return imported.error();
    if (*imported)
        return Answer{*code, candidates, {}};
    if (!zipdistricts::bundled())
        return Answer{*code, candidates, zipdistricts::missingFileMessage()};

    // The bundled file's seats come first, as Congress comes first among bodies.
    const LegislativeBody congress = bodies::congress();
    QList<DistrictCandidate> house;
    for (const zipdistricts::Row &row : zipdistricts::scan(zipdistricts::bundledBytes(), *code))
        house.append({congress.id, congress.code, congress.name, Chamber::House, row.state, QString::number(row.district)});
    return Answer{*code, house + candidates, {}};
}

} // namespace majlis
