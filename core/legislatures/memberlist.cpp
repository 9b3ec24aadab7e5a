#include "legislatures/memberlist.h"

#include "advocacy/capitolcampus.h"
#include "common/enumkeys.h"

#include <QHash>
#include <QRegularExpression>

#include <iterator>

namespace majlis {

namespace {

const char *const kKeys[] = {"ignore", "id", "name", "given_name", "family_name", "chamber", "constituency", "party",
    "address", "phone", "email"};
const char *const kNames[] = {QT_TRANSLATE_NOOP("majlis::MemberField", "Do not import"),
    QT_TRANSLATE_NOOP("majlis::MemberField", "Member id"), QT_TRANSLATE_NOOP("majlis::MemberField", "Full name"),
    QT_TRANSLATE_NOOP("majlis::MemberField", "Given name"), QT_TRANSLATE_NOOP("majlis::MemberField", "Family name"),
    QT_TRANSLATE_NOOP("majlis::MemberField", "Chamber"), QT_TRANSLATE_NOOP("majlis::MemberField", "Constituency"),
    QT_TRANSLATE_NOOP("majlis::MemberField", "Party"), QT_TRANSLATE_NOOP("majlis::MemberField", "Office address"),
    QT_TRANSLATE_NOOP("majlis::MemberField", "Phone"), QT_TRANSLATE_NOOP("majlis::MemberField", "Email")};
static_assert(std::size(kKeys) == std::size_t(MemberField::Email) + 1, "one key per field");
static_assert(std::size(kKeys) == std::size(kNames), "one name per field");

QString headerKey(const QString &column)
{
    static const QRegularExpression notAlphanumeric(QStringLiteral("[^a-z0-9]"));
    return column.toLower().remove(notAlphanumeric);
}

// Header names as headerKey() leaves them, from parliaments' own member lists (Westminster,
// Ottawa's ridings, Canberra's divisions and electorates) and plain English.
const QHash<QString, MemberField> &synonyms()
{
    static const QHash<QString, MemberField> table = [] {
        QHash<QString, MemberField> t;
        auto add = [&](MemberField field, std::initializer_list<const char *> names) {
            for (const char *name : names)
                t.insert(QString::fromLatin1(name), field);
        };
        add(MemberField::Id, {"id", "memberid", "personid", "mnisid", "parliamentid", "identifier", "uid"});
        add(MemberField::FullName,
            {"name", "fullname", "membername", "member", "memberofparliament", "mp", "mpname", "displayname",
                "representative", "legislator", "deputy", "councillor", "councilmember"});
        add(MemberField::GivenName, {"givenname", "firstname", "forename", "first"});
        add(MemberField::FamilyName, {"familyname", "lastname", "surname", "last"});
        add(MemberField::Chamber, {"chamber", "house"});
        add(MemberField::Constituency,
            {"constituency", "constituencyname", "riding", "electoraldistrict", "district", "division", "electorate",
                "seat", "ward", "circonscription", "wahlkreis"});
        add(MemberField::Party,
            {"party", "partyname", "politicalparty", "affiliation", "politicalaffiliation", "caucus"});
        add(MemberField::Address, {"address", "officeaddress", "parliamentaryaddress", "postaladdress", "office"});
        add(MemberField::Phone, {"phone", "telephone", "tel", "phonenumber", "officephone"});
        add(MemberField::Email, {"email", "emailaddress", "mail", "parliamentaryemail"});
        return t;
    }();
    return table;
}

std::optional<Chamber> chamberOf(const QString &cell, const LegislativeBody &body)
{
    if (cell.isEmpty()) // the body's lower (or only) chamber, as most member lists are a house's
        return body.houseName.isEmpty() && !body.unicameralName.isEmpty() ? Chamber::Unicameral : Chamber::House;
    const QList<std::pair<Chamber, QString>> names {{Chamber::Senate, body.senateName},
        {Chamber::House, body.houseName}, {Chamber::Unicameral, body.unicameralName}};
    for (const auto &[chamber, name] : names) {
        if (!name.isEmpty() && cell.compare(name, Qt::CaseInsensitive) == 0)
            return chamber;
    }
    if (const auto generic = chamberFromKey(cell))
        return generic;
    // "Lords" names the House of Lords as well as its full name does, when no other chamber's
    // name holds the word.
    std::optional<Chamber> partial;
    for (const auto &[chamber, name] : names) {
        if (cell.size() >= 4 && name.contains(cell, Qt::CaseInsensitive)) {
            if (partial)
                return std::nullopt;
            partial = chamber;
        }
    }
    return partial;
}

} // namespace

QString memberFieldKey(MemberField field)
{
    return enumKey(kKeys, field);
}

QString memberFieldName(MemberField field)
{
    return QCoreApplication::translate("majlis::MemberField", kNames[int(field)]);
}

std::optional<MemberField> memberFieldFromKey(const QString &key)
{
    return enumFromKey<MemberField>(kKeys, key);
}

QStringList memberFieldKeys()
{
    QStringList keys;
    for (MemberField field : allMemberFields()) {
        if (field != MemberField::Ignore)
            keys.append(memberFieldKey(field));
    }
    return keys;
}

QList<MemberField> allMemberFields()
{
    QList<MemberField> fields;
    for (int i = 0; i < int(std::size(kKeys)); ++i)
        fields.append(MemberField(i));
    return fields;
}

QList<MemberField> guessMemberFields(const QStringList &header)
{
    QList<MemberField> fields;
    for (const QString &column : header) {
        const MemberField field = synonyms().value(headerKey(column), MemberField::Ignore);
        fields.append(fields.contains(field) ? MemberField::Ignore : field);
    }
    return fields;
}

Result<QList<MemberField>> MemberList::mapColumns(const QStringList &header, const QString &map)
{
    QList<MemberField> fields = guessMemberFields(header);
    for (const QString &pair : map.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const auto field = eq > 0 ? memberFieldFromKey(pair.left(eq)) : std::nullopt;
        const QString column = eq > 0 ? pair.mid(eq + 1).trimmed() : QString();
        qsizetype index = -1;
        for (qsizetype i = 0; i < header.size() && index < 0; ++i) {
            if (header[i].trimmed().compare(column, Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (!field || index < 0)
            return Error {Error::Code::InvalidInput,
                tr("\"%1\" does not map a field to a column: write FIELD=COLUMN, a field being one of %2 "
                   "and a column one of the file's header (%3).")
                    .arg(pair.trimmed(), memberFieldKeys().join(u", "), header.join(u", "))};
        if (const qsizetype guessed = fields.indexOf(*field); guessed >= 0)
            fields[guessed] = MemberField::Ignore;
        fields[index] = *field;
    }
    return fields;
}

Result<BodyMembers> MemberList::read(
    const CsvTable &table, const QList<MemberField> &mapping, const LegislativeBody &body)
{
    auto columnOf = [&](MemberField field) { return int(mapping.indexOf(field)); };
    const bool hasName = columnOf(MemberField::FullName) >= 0 || columnOf(MemberField::FamilyName) >= 0;
    if (!hasName || columnOf(MemberField::Constituency) < 0)
        return Error {Error::Code::InvalidInput,
            tr("The member list needs a column of names and one of constituencies; its header is: %1.")
                .arg(table.header().join(u", "))};
    QStringList buildings;
    for (const CampusBuilding &b : body.campus)
        buildings.append(b.name);

    BodyMembers list;
    list.body = body;
    QHash<QString, int> lineOfKey;
    for (int row = 0; row < table.rowCount(); ++row) {
        auto cell = [&](MemberField field) {
            const int column = columnOf(field);
            return column < 0 ? QString() : table.cell(row, column).simplified();
        };
        const int line = table.lineOf(row);
        Legislator member;
        member.firstName = cell(MemberField::GivenName);
        member.lastName = cell(MemberField::FamilyName);
        member.fullName = cell(MemberField::FullName);
        if (member.fullName.isEmpty())
            member.fullName = (member.firstName + u' ' + member.lastName).trimmed();
        member.district = cell(MemberField::Constituency);
        if (member.fullName.isEmpty() || member.district.isEmpty()) {
            list.warnings.append(tr("Line %1 was skipped: a member needs a name and a constituency.").arg(line));
            continue;
        }
        const QString chamberCell = cell(MemberField::Chamber);
        const auto chamber = chamberOf(chamberCell, body);
        if (!chamber) {
            list.warnings.append(
                tr("Line %1 was skipped: \"%2\" is not a chamber of %3.").arg(line).arg(chamberCell, body.name));
            continue;
        }
        member.chamber = *chamber;
        // Without an id, a member is the same member as long as their name and seat are.
        member.sourceId = cell(MemberField::Id);
        if (member.sourceId.isEmpty())
            member.sourceId = member.fullName.toCaseFolded() + u'|' + member.district.toCaseFolded();
        if (const auto seen = lineOfKey.constFind(member.sourceId); seen != lineOfKey.cend())
            return Error {Error::Code::InvalidInput,
                tr("Lines %1 and %2 both list %3 (%4); a member list names each member once. Nothing was "
                   "imported.")
                    .arg(seen.value())
                    .arg(line)
                    .arg(member.fullName, member.district)};
        lineOfKey.insert(member.sourceId, line);
        member.party = cell(MemberField::Party);
        member.email = cell(MemberField::Email);
        member.phone = cell(MemberField::Phone);
        member.address = cell(MemberField::Address);
        if (!member.address.isEmpty())
            member.office = locateOnCampus(member.address, buildings);
        if (body.country == u"US")
            member.state = body.region;
        list.members.append(member);
    }
    if (list.members.isEmpty())
        return Error {Error::Code::InvalidInput, tr("The member list has no member with a name and a constituency.")};
    return list;
}

} // namespace majlis
