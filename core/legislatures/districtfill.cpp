#include "legislatures/districtfill.h"

#include "contacts/contact.h"
#include "legislatures/bodyrepository.h"
#include "legislatures/contactdistricts.h"
#include "legislatures/districttext.h"
#include "legislatures/districtwriter.h"
#include "legislatures/postcodefile.h"
#include "legislatures/zipdistricts.h"
#include "storage/database.h"
#include "storage/scopedpragma.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <memory>

namespace majlis {

namespace {

// Where one chamber's districts come from: the bundled ZIP file or an imported postcode file.
struct Source
{
    LegislativeBody body;
    Chamber chamber = Chamber::House;
    PostcodeFile::Kind kind = PostcodeFile::Kind::UsZip;
    bool bundled = false;
    QHash<QString, QStringList> imported; // postcode → districts ("MI-12" for the House)

    bool isHouse() const { return body.isCongress() && chamber == Chamber::House; }

    QStringList districts(const QString &postcode) const
    {
        if (!bundled)
            return imported.value(postcode);
        // Built on the first fill of the process, in a few milliseconds; read-only afterwards.
        static const zipdistricts::Index index(zipdistricts::bundledBytes());
        QStringList seats;
        for (const zipdistricts::Row &row : index.find(postcode))
            seats.append(districttext::HouseSeat{row.state, row.district}.label());
        return seats;
    }
};

struct Person
{
    QString id;
    QString given, family, preferred;
    QString postcode, country, state;
    std::optional<int> district;

    QString name() const
    {
        Contact names;
        names.givenName = given;
        names.familyName = family;
        names.preferredName = preferred;
        return names.displayName();
    }
};

// The selection as an SQL condition on contacts c, and its values.
QString selectionWhere(const DistrictSelection &selection, QVariantList &values)
{
    QString where = QStringLiteral("c.deleted = 0");
    if (!selection.contactIds.isEmpty()) {
        where += QStringLiteral(" AND c.id IN (SELECT value FROM json_each(?))");
        values.append(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(selection.contactIds)).toJson(QJsonDocument::Compact)));
    }
    if (!selection.tag.isEmpty()) {
        where += QStringLiteral(" AND c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                                "WHERE ct.deleted = 0 AND t.name = ? COLLATE NOCASE)");
        values.append(selection.tag);
    }
    if (!selection.dayId.isEmpty()) {
        where += QStringLiteral(" AND c.id IN (SELECT contact_id FROM day_attendees WHERE day_id = ? AND deleted = 0)");
        values.append(selection.dayId);
    }
    return where;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &v : values)
        query.addBindValue(v);
    return query.exec();
}

QString rowKey(const QString &contactId, const QString &bodyId, const QString &chamber)
{
    return contactId + u'\n' + bodyId + u'\n' + chamber;
}

Result<bool> hasImport(Database &database, const LegislativeBody &body, Chamber chamber)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM postcode_districts WHERE body_code = ? AND chamber = ? LIMIT 1"));
    query.addBindValue(body.code);
    query.addBindValue(chamberKey(chamber));
    if (!query.exec())
        return sqlError(query);
    return query.next();
}

Status loadImport(Database &database, Source &source)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT postcode, district FROM postcode_districts WHERE body_code = ? AND chamber = ?"));
    query.addBindValue(source.body.code);
    query.addBindValue(chamberKey(source.chamber));
    if (!query.exec())
        return sqlError(query);
    while (query.next())
        source.imported[query.value(0).toString()].append(query.value(1).toString());
    return success();
}

// The chambers to fill, each with its postcodes; a notice says what has no source.
Result<QList<Source>> sources(Database &database, const QString &bodyId, QString &notice)
{
    auto bodies = BodyRepository(database).list();
    if (!bodies)
        return bodies.error();
    QList<Source> list;
    for (const LegislativeBody &body : bodies.value()) {
        if (!bodyId.isEmpty() && body.id != bodyId)
            continue;
        for (Chamber chamber : body.chambers()) {
            Source source{body, chamber, PostcodeFile::Kind::Postcodes, false, {}};
            source.kind = source.isHouse() ? PostcodeFile::Kind::UsHouse
                          : body.country == u"US" ? PostcodeFile::Kind::UsZip
                                                  : PostcodeFile::Kind::Postcodes;
            auto imported = hasImport(database, body, chamber);
            if (!imported)
                return imported.error();
            if (*imported) {
                if (auto s = loadImport(database, source); !s)
                    return s.error();
            } else if (source.isHouse() && zipdistricts::bundled()) {
                source.bundled = true;
            } else {
                if (source.isHouse())
                    notice = zipdistricts::missingFileMessage();
                continue;
            }
            list.append(source);
        }
    }
    if (list.isEmpty() && !bodyId.isEmpty() && notice.isEmpty()) {
        auto body = BodyRepository(database).get(bodyId);
        return Error{Error::Code::NotFound,
                     DistrictFill::tr("No postcode file was imported for %1; import one with \"majlis-cli districts "
                                      "import FILE --body %2 --chamber house\" (or senate).")
                         .arg(body ? body->name : bodyId, body ? body->code : bodyId)};
    }
    if (list.isEmpty() && !notice.isEmpty())
        return Error{Error::Code::NotFound, notice};
    return list;
}

// In the table's own order, so a fill updates contacts page after page.
Result<QList<Person>> people(Database &database, const DistrictSelection &selection)
{
    QVariantList values;
    const QString where = selectionWhere(selection, values);
    QSqlQuery query(database.connection());
    if (!run(query,
             QStringLiteral("SELECT c.id, c.given_name, c.family_name, c.preferred_name, c.postal_code, c.country, "
                            "c.us_state, c.district FROM contacts c WHERE %1 ORDER BY c.rid")
                 .arg(where),
             values))
        return sqlError(query);
    QList<Person> list;
    while (query.next()) {
        Person p{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                 query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                 query.value(6).toString(), std::nullopt};
        if (!query.value(7).isNull())
            p.district = query.value(7).toInt();
        list.append(p);
    }
    return list;
}

Result<QHash<QString, DistrictRow>> storedRows(Database &database, const DistrictSelection &selection)
{
    QVariantList values;
    const QString where = selectionWhere(selection, values);
    QSqlQuery query(database.connection());
    if (!run(query,
             QStringLiteral("SELECT cd.contact_id, cd.body_id, cd.chamber, cd.deleted, cd.district, cd.status, "
                            "cd.candidates, cd.source FROM contact_districts cd JOIN contacts c ON c.id = cd.contact_id "
                            "WHERE %1")
                 .arg(where),
             values))
        return sqlError(query);
    QHash<QString, DistrictRow> rows;
    while (query.next())
        rows.insert(rowKey(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()),
                    {true, query.value(3).toInt() != 0, query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toString(), query.value(7).toString()});
    return rows;
}

} // namespace

Result<DistrictFill::Report> DistrictFill::fill(const DistrictSelection &selection, const QString &bodyId, bool dryRun)
{
    Report report;
    report.dryRun = dryRun;
    // Statement journals in memory and a larger cache: the writes of a whole workspace's
    // contacts otherwise spill pages to files and read them back. Before the writer's
    // temporary tables, which a change of temp_store would drop.
    const BulkWrite bulk(m_database.connection());
    std::unique_ptr<Transaction> tx;
    if (!dryRun) {
        tx = std::make_unique<Transaction>(m_database.connection());
        if (!tx->isActive())
            return tx->beginStatus().error();
    }
    auto chambers = sources(m_database, bodyId, report.notice);
    if (!chambers)
        return chambers.error();
    auto persons = people(m_database, selection);
    if (!persons)
        return persons.error();
    auto rows = storedRows(m_database, selection);
    if (!rows)
        return rows.error();
    std::optional<DistrictWriter> writer;
    if (!dryRun)
        writer.emplace(m_database);
    const QString estimated = districtStatusKey(DistrictStatus::Estimated);
    const QString ambiguous = districtStatusKey(DistrictStatus::Ambiguous);

    report.contacts = int(persons->size());
    for (const Source &source : std::as_const(chambers.value())) {
        const QString chamber = chamberKey(source.chamber);
        const bool house = source.isHouse();
        for (const Person &person : std::as_const(persons.value())) {
            const DistrictRow before = rows->value(rowKey(person.id, source.body.id, chamber));
            const QString rowStatus = before.exists && !before.deleted ? before.status : QString();
            const auto status = house ? houseStatus(person.district, before.district, rowStatus)
                                      : districtStatusFromKey(rowStatus);
            if (status == DistrictStatus::Manual || status == DistrictStatus::Confirmed) {
                ++report.kept;
                continue;
            }
            const bool abroad = !person.country.isEmpty() && !source.body.country.isEmpty()
                                && person.country.compare(source.body.country, Qt::CaseInsensitive) != 0;
            if (person.postcode.trimmed().isEmpty() || abroad) {
                ++report.noPostcode;
                continue;
            }
            Entry entry{person.id, person.name(), source.body.code, source.body.name, source.chamber,
                        person.postcode.trimmed(), {}};
            const auto code = PostcodeFile::normalizedPostcode(person.postcode, source.kind);
            QStringList candidates = code ? source.districts(*code) : QStringList();
            if (house && !person.state.isEmpty() && !candidates.isEmpty()) {
                // A ZIP crossing a state line: only the seats of the state the contact is known to live in.
                const QString prefix = person.state.toUpper() + u'-';
                QStringList inState;
                for (const QString &seat : std::as_const(candidates)) {
                    if (seat.startsWith(prefix))
                        inState.append(seat);
                }
                if (inState.isEmpty()) {
                    entry.candidates = candidates;
                    report.otherState.append(entry);
                    continue;
                }
                candidates = inState;
            }
            if (candidates.isEmpty()) {
                report.unknownPostcode.append(entry);
                continue;
            }
            entry.candidates = candidates;
            const QString sourceText = (source.kind == PostcodeFile::Kind::Postcodes ? QStringLiteral("postcode ")
                                                                                       : QStringLiteral("zip "))
                                       + *code;
            DistrictRow after{true, false, {}, estimated, {}, sourceText};
            std::optional<districttext::HouseSeat> seat;
            if (candidates.size() == 1) {
                if (house) {
                    seat = districttext::houseSeat(candidates.first());
                    after.district = QString::number(seat->district);
                } else {
                    after.district = candidates.first();
                }
            } else {
                // Never a guess: the candidates wait for the organizer; a House district held so
                // far stays where older readers find it, and the row keeps naming it.
                after.status = ambiguous;
                after.candidates = candidates.join(u'|');
                after.district = house ? (person.district ? QString::number(*person.district) : QString())
                                       : (rowStatus.isEmpty() ? QString() : before.district);
                report.ambiguous.append(entry);
            }
            const bool contactChanges = seat && (person.district != seat->district || person.state.isEmpty());
            if (before.holds(after) && !contactChanges) {
                if (after.status == estimated)
                    ++report.alreadyFilled;
                continue;
            }
            if (after.status == estimated)
                ++report.filled;
            if (!writer)
                continue;
            if (contactChanges) {
                if (auto s = writer->setHouseDistrict(person.id, seat->district, person.state.isEmpty() ? seat->state : QString());
                    !s)
                    return s.error();
            }
            if (auto s = writer->writeRow(person.id, source.body.id, source.chamber, before, after); !s)
                return s.error();
        }
    }
    if (writer) {
        if (auto s = writer->apply(); !s)
            return s.error();
    }
    if (tx) {
        if (auto s = tx->commit(); !s)
            return s.error();
    }
    return report;
}

Result<QList<DistrictFill::Entry>> DistrictFill::ambiguous(const DistrictSelection &selection, const QString &bodyId) const
{
    QVariantList values;
    QString where = selectionWhere(selection, values);
    if (!bodyId.isEmpty()) {
        where += QStringLiteral(" AND cd.body_id = ?");
        values.append(bodyId);
    }
    QSqlQuery query(m_database.connection());
    if (!run(query,
             QStringLiteral("SELECT c.id, c.given_name, c.family_name, c.preferred_name, c.postal_code, c.district, "
                            "b.id, b.code, b.name, cd.chamber, cd.district, cd.candidates "
                            "FROM contact_districts cd JOIN contacts c ON c.id = cd.contact_id "
                            "JOIN legislative_bodies b ON b.id = cd.body_id "
                            "WHERE %1 AND cd.deleted = 0 AND cd.status = 'ambiguous' "
                            "ORDER BY c.sort_key, b.code <> 'us-congress', b.name, cd.chamber")
                 .arg(where),
             values))
        return sqlError(query);
    QList<Entry> list;
    while (query.next()) {
        const Chamber chamber = chamberFromKey(query.value(9).toString()).value_or(Chamber::House);
        if (query.value(6).toString() == bodies::congressId() && chamber == Chamber::House) {
            std::optional<int> district;
            if (!query.value(5).isNull())
                district = query.value(5).toInt();
            // Chosen since, in the contact's own district field: no longer to choose.
            if (houseStatus(district, query.value(10).toString(), QStringLiteral("ambiguous")) != DistrictStatus::Ambiguous)
                continue;
        }
        const Person person{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString(), {}, {}, {}, std::nullopt};
        list.append({person.id, person.name(), query.value(7).toString(), query.value(8).toString(), chamber,
                     query.value(4).toString(), query.value(11).toString().split(u'|', Qt::SkipEmptyParts)});
    }
    return list;
}

} // namespace majlis
