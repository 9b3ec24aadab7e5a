#include "cli.h"

#include "contacts/chapter.h"
#include "partners/interactionlog.h"
#include "partners/organizationrepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace majlis::cli {

namespace {

QJsonObject toJson(const Organization &o)
{
    return {{QStringLiteral("id"), o.id}, {QStringLiteral("name"), o.name}, {QStringLiteral("kind"), kindKey(o.kind)},
        {QStringLiteral("issueAreas"), QJsonArray::fromStringList(o.issueAreas)}, {QStringLiteral("city"), o.city},
        {QStringLiteral("region"), o.region}, {QStringLiteral("country"), o.country},
        {QStringLiteral("website"), o.website}, {QStringLiteral("status"), statusKey(o.status)},
        {QStringLiteral("notes"), o.notes}};
}

QString line(const Organization &o)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5")
        .arg(o.id.left(8), o.name, kindName(o.kind), statusName(o.status), o.issueAreas.join(QStringLiteral(", ")));
}

int showPartner(const Context &context, Database &db, const QString &idOrName)
{
    OrganizationRepository partners(db);
    auto partner = partners.find(idOrName);
    if (!partner)
        return fail(partner.error());
    auto members = partners.members(partner->id);
    auto history = InteractionLog(db).history(partner->id);
    if (!members)
        return fail(members.error());
    if (!history)
        return fail(history.error());
    QJsonObject json = toJson(partner.value());
    QStringList lines {line(partner.value())};
    if (!partner->website.isEmpty())
        lines << partner->website;
    QJsonArray people;
    lines << Context::tr("People:");
    for (const Membership &m : members.value()) {
        people.append(QJsonObject {{QStringLiteral("contactId"), m.contactId}, {QStringLiteral("name"), m.contactName},
            {QStringLiteral("role"), m.role}, {QStringLiteral("until"), m.until.toString(Qt::ISODate)}});
        lines << QStringLiteral("  %1\t%2%3")
                     .arg(m.contactName, m.role,
                         m.until.isValid() ? Context::tr(" (until %1)").arg(m.until.toString(Qt::ISODate)) : QString());
    }
    QJsonArray log;
    lines << Context::tr("History:");
    for (const Interaction &i : history.value()) {
        log.append(QJsonObject {{QStringLiteral("date"), i.date.toString(Qt::ISODate)},
            {QStringLiteral("kind"), interactionKey(i.kind)}, {QStringLiteral("summary"), i.summary}});
        lines << QStringLiteral("  %1\t%2\t%3").arg(i.date.toString(Qt::ISODate), interactionName(i.kind), i.summary);
    }
    json.insert(QStringLiteral("people"), people);
    json.insert(QStringLiteral("history"), log);
    context.print(json, lines);
    return Ok;
}

} // namespace

int runPartners(const QString &verb, const Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"),
        Context::tr("mosque, interfaith, civil_rights, immigrant_rights, labor, student, "
                    "faith_other, government, media or other."),
        Context::tr("kind"));
    const QCommandLineOption area(
        QStringLiteral("area"), Context::tr("An issue area; repeat for several."), Context::tr("area"));
    const QCommandLineOption status(
        QStringLiteral("status"), Context::tr("prospect, active or dormant."), Context::tr("status"));
    const QCommandLineOption city(QStringLiteral("city"), Context::tr("City."), Context::tr("name"));
    const QCommandLineOption region(QStringLiteral("region"), Context::tr("State or region."), Context::tr("name"));
    const QCommandLineOption website(QStringLiteral("website"), Context::tr("Web address."), Context::tr("url"));
    const QCommandLineOption chapter(
        QStringLiteral("chapter"), Context::tr("The chapter that keeps the relationship."), Context::tr("name"));
    const QCommandLineOption notes(QStringLiteral("notes"), Context::tr("Notes."), Context::tr("text"));
    const QCommandLineOption search(QStringLiteral("search"),
        Context::tr("Only partners whose name, city or notes contain this."), Context::tr("text"));
    if (verb == QLatin1String("add"))
        parser.addOptions({kind, area, status, city, region, website, chapter, notes});
    else if (verb == QLatin1String("list"))
        parser.addOptions({kind, area, status, search});
    else if (verb != QLatin1String("show"))
        return usage(Context::tr("unknown command \"partners %1\"; use add, list or show.").arg(verb));
    if (auto exitCode = parseArguments(parser, context))
        return *exitCode;

    const bool filters = verb != QLatin1String("show");
    std::optional<OrganizationKind> kindValue;
    if (filters && parser.isSet(kind) && !(kindValue = organizationKindFromKey(parser.value(kind))))
        return usage(Context::tr("--kind is one of mosque, interfaith, civil_rights, immigrant_rights, labor, student, "
                                 "faith_other, government, media, other."));
    std::optional<PartnerStatus> statusValue;
    if (filters && parser.isSet(status) && !(statusValue = partnerStatusFromKey(parser.value(status))))
        return usage(Context::tr("--status is one of prospect, active, dormant."));

    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    Database &db = **database;
    OrganizationRepository partners(db);

    if (verb == QLatin1String("show")) {
        if (parser.positionalArguments().isEmpty())
            return usage(Context::tr("\"partners show\" needs the partner's name or id."));
        return showPartner(context, db, parser.positionalArguments().join(u' '));
    }
    if (verb == QLatin1String("add")) {
        Organization o;
        o.name = parser.positionalArguments().join(u' ');
        if (o.name.isEmpty())
            return usage(Context::tr("\"partners add\" needs the partner's name."));
        o.kind = kindValue.value_or(OrganizationKind::Other);
        o.status = statusValue.value_or(PartnerStatus::Prospect);
        o.issueAreas = parser.values(area);
        o.city = parser.value(city);
        o.region = parser.value(region);
        o.website = parser.value(website);
        o.notes = parser.value(notes);
        if (parser.isSet(chapter)) {
            auto found = ChapterRepository(db).findByName(parser.value(chapter));
            if (!found)
                return fail(found.error());
            o.chapterId = found->id;
        }
        auto created = partners.create(o);
        if (!created)
            return fail(created.error());
        context.print(
            toJson(created.value()), {Context::tr("Added partner %1 (%2).").arg(created->name, created->id.left(8))});
        return Ok;
    }

    PartnerQuery query;
    query.kind = kindValue;
    query.status = statusValue;
    query.search = parser.value(search);
    query.issueArea = parser.value(area);
    auto list = partners.list(query);
    if (!list)
        return fail(list.error());
    QJsonArray array;
    QStringList lines;
    for (const Organization &o : list.value()) {
        array.append(toJson(o));
        lines << line(o);
    }
    if (list->isEmpty())
        lines << Context::tr("No partners match. Add one with \"majlis-cli partners add NAME --kind interfaith\".");
    context.print(array, lines);
    return Ok;
}

} // namespace majlis::cli
