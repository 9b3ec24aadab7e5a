#include "legislatures/contactdistricts.h"

#include "contacts/validation.h"
#include "legislatures/bodyrepository.h"
#include "legislatures/districtsheld.h"
#include "legislatures/districttext.h"
#include "legislatures/districtwriter.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace majlis {

namespace {

struct ContactHouse
{
    QString state;
    std::optional<int> district;
};

Result<ContactHouse> contactHouse(Database &database, const QString &contactId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT us_state, district FROM contacts WHERE id = ? AND deleted = 0"));
    query.addBindValue(contactId);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error{Error::Code::NotFound, ContactDistricts::tr("That contact is not in this workspace.")};
    ContactHouse house{query.value(0).toString(), std::nullopt};
    if (!query.value(1).isNull())
        house.district = query.value(1).toInt();
    return house;
}

Result<DistrictRow> storedRow(Database &database, const QString &contactId, const QString &bodyId, Chamber chamber)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT deleted, district, status, candidates, source FROM contact_districts "
                                 "WHERE contact_id = ? AND body_id = ? AND chamber = ?"));
    query.addBindValue(contactId);
    query.addBindValue(bodyId);
    query.addBindValue(chamberKey(chamber));
    if (!query.exec())
        return sqlError(query);
    DistrictRow row;
    if (query.next())
        row = {true, query.value(0).toInt() != 0, query.value(1).toString(), query.value(2).toString(),
               query.value(3).toString(), query.value(4).toString()};
    return row;
}

Result<QList<ContactDistrictsSnapshot::Row>> storedRows(Database &database, const QString &contactId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT body_id, chamber, deleted, district, status, candidates, source "
                                 "FROM contact_districts WHERE contact_id = ?"));
    query.addBindValue(contactId);
    if (!query.exec())
        return sqlError(query);
    QList<ContactDistrictsSnapshot::Row> rows;
    while (query.next()) {
        const auto chamber = chamberFromKey(query.value(1).toString());
        if (!chamber)
            continue;
        rows.append({query.value(0).toString(), *chamber,
                     DistrictRow{true, query.value(2).toInt() != 0, query.value(3).toString(), query.value(4).toString(),
                                 query.value(5).toString(), query.value(6).toString()}});
    }
    return rows;
}

QStringList split(const QString &candidates)
{
    return candidates.split(u'|', Qt::SkipEmptyParts);
}

bool isHouse(const QString &bodyId, Chamber chamber)
{
    return bodyId == bodies::congressId() && chamber == Chamber::House;
}

} // namespace

QString districtStatusKey(DistrictStatus status)
{
    switch (status) {
    case DistrictStatus::Manual:
        return QStringLiteral("manual");
    case DistrictStatus::Confirmed:
        return QStringLiteral("confirmed");
    case DistrictStatus::Estimated:
        return QStringLiteral("estimated");
    case DistrictStatus::Ambiguous:
        return QStringLiteral("ambiguous");
    }
    return {};
}

std::optional<DistrictStatus> districtStatusFromKey(const QString &key)
{
    for (DistrictStatus s : {DistrictStatus::Manual, DistrictStatus::Confirmed, DistrictStatus::Estimated,
                             DistrictStatus::Ambiguous}) {
        if (districtStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString districtStatusName(DistrictStatus status)
{
    switch (status) {
    case DistrictStatus::Manual:
        return ContactDistricts::tr("entered by hand");
    case DistrictStatus::Confirmed:
        return ContactDistricts::tr("confirmed");
    case DistrictStatus::Estimated:
        return ContactDistricts::tr("estimated from the postcode");
    case DistrictStatus::Ambiguous:
        return ContactDistricts::tr("to choose");
    }
    return {};
}

std::optional<DistrictStatus> houseStatus(std::optional<int> contactDistrict, const QString &rowDistrict,
                                          const QString &rowStatus)
{
    const auto status = districtStatusFromKey(rowStatus);
    if (!contactDistrict)
        return status == DistrictStatus::Ambiguous ? status : std::nullopt;
    if (status && rowDistrict == QString::number(*contactDistrict))
        return status;
    return DistrictStatus::Manual;
}

QString ContactDistrict::label() const
{
    if (bodyCode == bodies::kCongressCode && chamber == Chamber::House && !district.isEmpty())
        return state + u'-' + district;
    return district;
}

Result<QList<ContactDistrict>> ContactDistricts::list(const QString &contactId) const
{
    auto house = contactHouse(m_database, contactId);
    if (!house)
        return house.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT cd.body_id, b.code, b.name, cd.chamber, cd.district, cd.status, cd.candidates, cd.source, b.region "
        "FROM contact_districts cd JOIN legislative_bodies b ON b.id = cd.body_id "
        "WHERE cd.contact_id = ? AND cd.deleted = 0 ORDER BY b.code <> 'us-congress', b.name, cd.chamber"));
    query.addBindValue(contactId);
    if (!query.exec())
        return sqlError(query);
    QList<ContactDistrict> list;
    bool houseListed = false;
    while (query.next()) {
        ContactDistrict d{contactId,
                          query.value(0).toString(),
                          query.value(1).toString(),
                          query.value(2).toString(),
                          chamberFromKey(query.value(3).toString()).value_or(Chamber::House),
                          query.value(8).toString(),
                          query.value(4).toString(),
                          districtStatusFromKey(query.value(5).toString()).value_or(DistrictStatus::Manual),
                          split(query.value(6).toString()),
                          query.value(7).toString()};
        if (isHouse(d.bodyId, d.chamber)) {
            const auto status = houseStatus(house->district, d.district, districtStatusKey(d.status));
            if (!status)
                continue;
            houseListed = true;
            d.state = house->state;
            d.district = house->district ? QString::number(*house->district) : QString();
            if (*status == DistrictStatus::Manual && d.status != DistrictStatus::Manual) {
                d.candidates.clear(); // the row is about another district than the contact's
                d.source.clear();
            }
            d.status = *status;
        }
        list.append(d);
    }
    if (!houseListed && house->district) {
        const LegislativeBody congress = bodies::congress();
        list.prepend({contactId, congress.id, congress.code, congress.name, Chamber::House, house->state,
                      QString::number(*house->district), DistrictStatus::Manual, {}, {}});
    }
    return list;
}

namespace {

// "mi-7" or "7" when a seat of the same prefix with a higher number is held.
bool isVacantSeat(const QSet<QString> &held, const QString &label)
{
    const auto numbered = [](const QString &seat) -> std::optional<std::pair<QString, int>> {
        const qsizetype dash = seat.lastIndexOf(u'-');
        bool ok = false;
        const int number = seat.mid(dash + 1).toInt(&ok);
        if (!ok || number < 1)
            return std::nullopt;
        return std::pair {seat.left(dash + 1), number};
    };
    const auto wanted = numbered(label);
    if (!wanted)
        return false;
    return std::any_of(held.cbegin(), held.cend(), [&](const QString &seat) {
        const auto other = numbered(seat);
        return other && other->first == wanted->first && other->second > wanted->second;
    });
}

} // namespace

Status ContactDistricts::choose(const QString &contactId, const QString &bodyId, Chamber chamber, const QString &text,
                                bool confirmed)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus();
    auto house = contactHouse(m_database, contactId);
    if (!house)
        return house.error();
    auto body = BodyRepository(m_database).get(bodyId);
    if (!body)
        return body.error();
    if (!body->chambers().contains(chamber) || (body->isCongress() && chamber == Chamber::Senate))
        return Error{Error::Code::InvalidInput,
                     tr("%1 has no chamber \"%2\" with districts.").arg(body->name, chamberKey(chamber))};
    auto before = storedRow(m_database, contactId, bodyId, chamber);
    if (!before)
        return before.error();
    DistrictWriter writer(m_database);
    DistrictRow after = *before;
    after.status = districtStatusKey(confirmed ? DistrictStatus::Confirmed : DistrictStatus::Manual);
    after.candidates.clear();
    QString label; // as the members' districts are compared
    if (isHouse(bodyId, chamber)) {
        // "12" is a district of the contact's state, or of the one state the candidates are in.
        QString state = house->state;
        QStringList states;
        for (const QString &c : split(before->candidates))
            states.append(c.section(u'-', 0, 0));
        states.removeDuplicates();
        if (state.isEmpty() && states.size() == 1)
            state = states.first();
        const auto seat = districttext::houseSeat(text, state);
        if (!seat || !ContactValidator::isUsState(seat->state) || seat->district > 53)
            return Error{Error::Code::InvalidInput,
                         tr("\"%1\" is no House seat; write it with its state, such as MI-12 (MI-0 or MI-AL at-large).")
                             .arg(text)};
        if (house->district != seat->district || house->state != seat->state) {
            if (auto s = writer.setHouseDistrict(contactId, seat->district, seat->state); !s)
                return s;
        }
        after.district = QString::number(seat->district);
        label = seat->label();
    } else {
        after.district = districttext::canonical(text);
        if (after.district.isEmpty())
            return Error{Error::Code::InvalidInput, tr("Name the district to choose.")};
        label = after.district;
    }
    // A district no current member holds is a typo or an old map: refused while the members are
    // here. A numbered seat below the highest one held is a vacancy, and is the contact's all the same.
    auto held = districtsHeld(m_database, *body, chamber);
    if (!held)
        return held.error();
    if (!held->isEmpty() && !held->contains(label.toLower()) && !isVacantSeat(*held, label.toLower()))
        return Error{Error::Code::InvalidInput,
                     tr("No current member of the %1 of %2 holds district \"%3\". Check the district, or import "
                        "the current members if the districts were redrawn.")
                         .arg(body->chamberName(chamber), body->name, label)};
    if (auto s = writer.writeRow(contactId, bodyId, chamber, *before, after); !s)
        return s;
    if (auto s = writer.apply(); !s)
        return s;
    return tx.commit();
}

Status ContactDistricts::confirm(const QString &contactId, const QString &bodyId, Chamber chamber)
{
    auto current = find(contactId, bodyId, chamber);
    if (!current)
        return current.error();
    if (!current->has_value() || current->value().district.isEmpty())
        return Error{Error::Code::InvalidInput,
                     tr("The contact has no district there to confirm yet; choose one first (--set).")};
    return choose(contactId, bodyId, chamber, current->value().label(), true);
}

Status ContactDistricts::markToCheck(const QString &contactId, const QString &bodyId, Chamber chamber)
{
    auto current = find(contactId, bodyId, chamber);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error{Error::Code::InvalidInput, tr("The contact has no district there to check.")};
    const ContactDistrict &held = current->value();
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus();
    auto before = storedRow(m_database, contactId, bodyId, chamber);
    if (!before)
        return before.error();
    DistrictRow after = *before;
    after.district = held.district;
    after.status = districtStatusKey(DistrictStatus::Ambiguous);
    QStringList candidates = held.candidates;
    if (!held.district.isEmpty() && !candidates.contains(held.label()))
        candidates.prepend(held.label());
    after.candidates = candidates.join(u'|');
    DistrictWriter writer(m_database);
    if (auto s = writer.writeRow(contactId, bodyId, chamber, *before, after); !s)
        return s;
    if (auto s = writer.apply(); !s)
        return s;
    return tx.commit();
}

Result<ContactDistrictsSnapshot> ContactDistricts::snapshot(const QString &contactId) const
{
    auto house = contactHouse(m_database, contactId);
    if (!house)
        return house.error();
    auto rows = storedRows(m_database, contactId);
    if (!rows)
        return rows.error();
    return ContactDistrictsSnapshot{contactId, house->district, house->state, *rows};
}

Status ContactDistricts::restore(const ContactDistrictsSnapshot &snapshot)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus();
    auto house = contactHouse(m_database, snapshot.contactId);
    if (!house)
        return house.error();
    auto current = storedRows(m_database, snapshot.contactId);
    if (!current)
        return current.error();
    DistrictWriter writer(m_database);
    const auto wanted = [&](const QString &bodyId, Chamber chamber) {
        for (const ContactDistrictsSnapshot::Row &r : snapshot.rows) {
            if (r.bodyId == bodyId && r.chamber == chamber)
                return r.row;
        }
        return DistrictRow{};
    };
    for (const ContactDistrictsSnapshot::Row &now : std::as_const(*current)) {
        const DistrictRow before = wanted(now.bodyId, now.chamber);
        const Status s = before.exists && !before.deleted
                             ? writer.writeRow(snapshot.contactId, now.bodyId, now.chamber, now.row, before)
                             : writer.removeRow(snapshot.contactId, now.bodyId, now.chamber);
        if (!s)
            return s;
    }
    if (house->district != snapshot.houseDistrict || (!snapshot.state.isEmpty() && house->state != snapshot.state)) {
        if (auto s = writer.setHouseDistrict(snapshot.contactId, snapshot.houseDistrict, snapshot.state); !s)
            return s;
    }
    if (auto s = writer.apply(); !s)
        return s;
    return tx.commit();
}

Result<std::optional<ContactDistrict>> ContactDistricts::find(const QString &contactId, const QString &bodyId,
                                                              Chamber chamber) const
{
    auto all = list(contactId);
    if (!all)
        return all.error();
    for (const ContactDistrict &d : all.value()) {
        if (d.bodyId == bodyId && d.chamber == chamber)
            return std::optional<ContactDistrict>(d);
    }
    return std::optional<ContactDistrict>();
}

} // namespace majlis
