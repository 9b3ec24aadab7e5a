#include "legislatures/openstates.h"

#include "advocacy/capitolcampus.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace majlis {

namespace {

// yaml-cpp throws on a subscript of a scalar, and on any question but IsDefined() to the node
// it returns for a missing key; a file of another shape must read as "missing" instead.
YAML::Node field(const YAML::Node &node, const char *key)
{
    if (node.IsDefined() && node.IsMap()) {
        YAML::Node child = node[key];
        if (child.IsDefined())
            return child;
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

QString text(const YAML::Node &node)
{
    if (!node.IsDefined() || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar()).trimmed();
}

QString text(const YAML::Node &node, const char *key)
{
    return text(field(node, key));
}

// Current on `asOf`: started by then (or no start given) and not ended before it. An end date
// that does not read as a date cannot show the role ended, so the role counts as current.
bool isCurrent(const YAML::Node &node, const QDate &asOf)
{
    const QDate start = QDate::fromString(text(node, "start_date"), Qt::ISODate);
    const QDate end = QDate::fromString(text(node, "end_date"), Qt::ISODate);
    return (!start.isValid() || start <= asOf) && (!end.isValid() || end >= asOf);
}

// "ocd-jurisdiction/country:us/state:mi/government" → "MI"; D.C. is a district and Puerto Rico
// a territory. Empty for Congress, a city or anything else.
QString stateOfJurisdiction(const QString &jurisdiction)
{
    static const QRegularExpression pattern(
        QStringLiteral("^ocd-jurisdiction/country:us/(?:state|district|territory):([a-z]{2})/government$"));
    const QRegularExpressionMatch m = pattern.match(jurisdiction);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

std::optional<Chamber> chamberOfRole(const QString &type)
{
    if (type == u"upper")
        return Chamber::Senate;
    if (type == u"lower")
        return Chamber::House;
    if (type == u"legislature")
        return Chamber::Unicameral;
    return std::nullopt;
}

QString currentParty(const YAML::Node &parties, const QDate &asOf)
{
    QString last;
    if (!parties.IsSequence())
        return last;
    for (const YAML::Node &party : parties) {
        if (isCurrent(party, asOf))
            return text(party, "name");
        last = text(party, "name");
    }
    return last;
}

QStringList campusNames(const LegislativeBody &body)
{
    QStringList names;
    for (const CampusBuilding &b : body.campus)
        names.append(b.name);
    return names;
}

// The first capitol office is the member's office at the capitol; every other office (a
// second capitol address, a mailing address, district offices) is kept as listed.
void readOffices(const YAML::Node &offices, const LegislativeBody &body, Legislator &member)
{
    if (!offices.IsSequence())
        return;
    bool haveCapitol = false;
    for (const YAML::Node &node : offices) {
        const QString classification = text(node, "classification");
        LegislatorOffice office;
        office.address = text(node, "address").simplified();
        office.phone = text(node, "voice");
        office.fax = text(node, "fax");
        office.email = text(node, "email");
        office.name = text(node, "name");
        if (classification == u"capitol" && !haveCapitol) {
            haveCapitol = true;
            member.address = office.address;
            member.phone = office.phone;
            if (!member.address.isEmpty())
                member.office = locateOnCampus(member.address, campusNames(body));
            continue;
        }
        office.kind = classification.startsWith(u"capitol") ? LegislatorOffice::Kind::Capitol
                                                            : LegislatorOffice::Kind::District;
        if (!office.address.isEmpty() || !office.phone.isEmpty())
            member.offices.append(office);
    }
}

QString stateFolderOf(const QString &path)
{
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    const QStringList steps = path.split(separators, Qt::SkipEmptyParts);
    return steps.size() >= 3 ? steps.at(steps.size() - 3).toLower() : QString();
}

Result<QList<SourceFile>> readFolder(const QString &folder)
{
    QStringList paths;
    QDirIterator it(
        folder, {QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (OpenStates::isPersonFile(path))
            paths.append(path);
    }
    std::sort(paths.begin(), paths.end());
    QList<SourceFile> files;
    files.reserve(paths.size());
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error {Error::Code::Io, OpenStates::tr("Could not read %1: %2").arg(path, file.errorString())};
        files.append({QDir::toNativeSeparators(path), file.readAll()});
    }
    return files;
}

} // namespace

Result<OpenStates::Person> OpenStates::parsePerson(const QByteArray &yaml, const QString &fileName, const QDate &asOf)
{
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml.constData(), std::size_t(yaml.size())));
    } catch (const YAML::Exception &e) {
        return Error {Error::Code::InvalidInput,
            tr("%1, line %2: this is not valid YAML (%3). Nothing was imported.")
                .arg(fileName)
                .arg(e.mark.line + 1)
                .arg(QString::fromStdString(e.msg))};
    }
    // yaml-cpp answers a question a node cannot answer with an exception; a file shaped so that
    // field() does not foresee it is refused like any other file of another schema.
    try {
        return personFrom(root, fileName, asOf);
    } catch (const YAML::Exception &e) {
        return Error {Error::Code::InvalidInput,
            tr("%1, line %2: this is not an Open States person file (%3). Nothing was imported.")
                .arg(fileName)
                .arg(e.mark.line + 1)
                .arg(QString::fromStdString(e.msg))};
    }
}

Result<OpenStates::Person> OpenStates::personFrom(const YAML::Node &root, const QString &fileName, const QDate &asOf)
{
    for (const char *required : {"id", "name", "roles"}) {
        if (!field(root, required).IsDefined())
            return Error {Error::Code::InvalidInput,
                tr("%1 is not an Open States person file: it has no \"%2\". Nothing was imported.")
                    .arg(fileName, QLatin1String(required))};
    }

    Legislator member;
    member.sourceId = text(root, "id");
    member.fullName = text(root, "name").simplified();
    if (member.sourceId.isEmpty() || member.fullName.isEmpty() || !field(root, "roles").IsSequence())
        return Error {Error::Code::InvalidInput,
            tr("%1 is not an Open States person file: its id, name or roles are not what the people "
               "schema writes. Nothing was imported.")
                .arg(fileName)};
    member.firstName = text(root, "given_name");
    member.lastName = text(root, "family_name");
    member.email = text(root, "email");
    const YAML::Node links = field(root, "links");
    if (links.IsSequence() && links.size() > 0)
        member.url = text(links[0], "url");

    std::optional<Chamber> chamber;
    for (const YAML::Node &role : field(root, "roles")) {
        const auto roleChamber = chamberOfRole(text(role, "type"));
        const QString state = stateOfJurisdiction(text(role, "jurisdiction"));
        if (!roleChamber || state.isEmpty() || !isCurrent(role, asOf))
            continue;
        chamber = roleChamber;
        member.chamber = *roleChamber;
        member.state = state;
        member.district = text(role, "district");
        member.termStart = QDate::fromString(text(role, "start_date"), Qt::ISODate);
        member.termEnd = QDate::fromString(text(role, "end_date"), Qt::ISODate);
        break;
    }
    if (!chamber)
        return Person {std::nullopt,
            tr("%1 (%2) was skipped: no current role in a state legislature.").arg(member.fullName, fileName)};
    member.party = currentParty(field(root, "party"), asOf);
    readOffices(field(root, "offices"), bodies::usState(member.state), member);
    return Person {member, {}};
}

bool OpenStates::isPersonFile(const QString &path)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:^|[/\\\\])legislature[/\\\\][^/\\\\]+\\.ya?ml$"), QRegularExpression::CaseInsensitiveOption);
    return pattern.match(path).hasMatch();
}

bool OpenStates::mayBeSource(const QString &path)
{
    return QFileInfo(path).isDir() || ArchiveReader::isArchive(path);
}

Result<MemberSource> OpenStates::read(const QString &path, const QDate &asOf)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error {Error::Code::Io, tr("%1 does not exist.").arg(path)};
    auto files = info.isDir() ? readFolder(path) : ArchiveReader::read(path, &OpenStates::isPersonFile);
    if (!files)
        return files.error();
    if (files->isEmpty())
        return Error {Error::Code::InvalidInput,
            tr("%1 holds no Open States legislators: they are YAML files in data/<state>/legislature/.").arg(path)};
    return fromFiles(files.value(), asOf);
}

Result<MemberSource> OpenStates::fromFiles(const QList<SourceFile> &files, const QDate &asOf)
{
    MemberSource source;
    QMap<QString, BodyMembers> byState; // ordered by USPS code, so every import lists bodies alike
    QHash<QString, QString> fileOfId;
    QMap<QString, QStringList> skippedIn; // by the state folder a skipped person's file is in
    int congress = 0;
    for (const SourceFile &file : files) {
        if (stateFolderOf(file.path) == u"us") {
            ++congress;
            continue;
        }
        auto person = parsePerson(file.data, file.path, asOf);
        if (!person)
            return person.error();
        if (!person->member) {
            skippedIn[stateFolderOf(file.path).toUpper()].append(person->skipped);
            continue;
        }
        const QString id = person->member->sourceId;
        if (const auto seen = fileOfId.constFind(id); seen != fileOfId.cend())
            return Error {Error::Code::InvalidInput,
                tr("%1 and %2 both describe the person %3; remove one and import again. Nothing was imported.")
                    .arg(seen.value(), file.path, id)};
        fileOfId.insert(id, file.path);
        BodyMembers &body = byState[person->member->state];
        if (body.body.code.isEmpty())
            body.body = bodies::usState(person->member->state);
        body.members.append(*person->member);
    }
    if (congress > 0)
        source.warnings.prepend(tr("Congress in data/us was skipped (%1 files): import Congress from "
                                   "congress-legislators' legislators-current.csv.")
                                    .arg(congress));
    // A skipped person is told with their state's body; a state none of whose people are
    // current gets no body (an empty list would mark all its members departed), only the lines.
    for (auto it = skippedIn.cbegin(); it != skippedIn.cend(); ++it) {
        if (byState.contains(it.key()))
            byState[it.key()].warnings.append(it.value());
        else
            source.warnings.append(it.value());
    }
    source.bodies = byState.values();
    if (source.bodies.isEmpty())
        return Error {
            Error::Code::InvalidInput, tr("The Open States data names no current member of a state legislature.")};
    return source;
}

} // namespace majlis
