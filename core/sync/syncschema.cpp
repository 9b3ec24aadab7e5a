#include "sync/syncschema.h"

namespace majlis::sync {

namespace {

const QStringList kBookkeeping = {QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("device_id")};

TableRule organization(const char *table, bool organizersOnly = false)
{
    return {QString::fromLatin1(table), Scope::Organization, {}, {}, organizersOnly, kBookkeeping, {}};
}

TableRule chapterColumn(const char *table, Scope scope)
{
    return {QString::fromLatin1(table), scope, QStringLiteral("chapter_id"), {}, false, kBookkeeping, {}};
}

TableRule child(const char *table, const char *column, const char *parent)
{
    return {QString::fromLatin1(table), Scope::Parent, QString::fromLatin1(column), QString::fromLatin1(parent), false,
            kBookkeeping, {{QString::fromLatin1(column), QString::fromLatin1(parent)}}};
}

TableRule &refers(TableRule &rule, std::initializer_list<std::pair<const char *, const char *>> columns)
{
    for (const auto &[column, table] : columns)
        rule.references.append({QString::fromLatin1(column), QString::fromLatin1(table)});
    return rule;
}

// Parents come before their children, so one pass hands each child its parent's role rule.
void inheritRoles(QList<TableRule> &rules)
{
    for (TableRule &rule : rules) {
        if (rule.scope != Scope::Parent)
            continue;
        for (const TableRule &parent : std::as_const(rules)) {
            if (parent.table == rule.parentTable)
                rule.organizersOnly = rule.organizersOnly || parent.organizersOnly;
        }
    }
}

QList<TableRule> makeRules()
{
    QList<TableRule> rules;
    rules.append({QStringLiteral("chapters"), Scope::OwnChapter, {}, {}, false, kBookkeeping, {}});
    rules.append(organization("tags"));
    rules.append(organization("legislative_bodies", true));
    TableRule legislators = organization("legislators", true);
    rules.append(refers(legislators, {{"body_id", "legislative_bodies"}}));
    rules.append(child("legislator_offices", "legislator_id", "legislators"));
    TableRule contacts = chapterColumn("contacts", Scope::PrivateChapterColumn);
    contacts.quietFields.append(QStringLiteral("sort_key"));
    rules.append(contacts);
    for (const char *table : {"contact_emails", "contact_phones", "contact_tags", "contact_consents", "contact_activities"}) {
        TableRule rule = child(table, "contact_id", "contacts");
        rules.append(qstrcmp(table, "contact_tags") == 0 ? refers(rule, {{"tag_id", "tags"}}) : rule);
    }
    TableRule districts = child("contact_districts", "contact_id", "contacts");
    rules.append(refers(districts, {{"body_id", "legislative_bodies"}}));

    TableRule days = organization("advocacy_days", true);
    rules.append(refers(days, {{"body_id", "legislative_bodies"}}));
    rules.append(child("day_asks", "day_id", "advocacy_days"));
    TableRule officeTimes = child("day_office_times", "day_id", "advocacy_days");
    rules.append(refers(officeTimes, {{"legislator_id", "legislators"}}));
    TableRule attendees = child("day_attendees", "contact_id", "contacts");
    rules.append(refers(attendees, {{"day_id", "advocacy_days"}}));
    TableRule meetings = child("meetings", "day_id", "advocacy_days");
    rules.append(refers(meetings, {{"legislator_id", "legislators"}, {"lead_attendee_id", "day_attendees"}}));
    TableRule meetingAttendees = child("meeting_attendees", "attendee_id", "day_attendees");
    rules.append(refers(meetingAttendees, {{"meeting_id", "meetings"}}));
    TableRule outcomes = child("meeting_outcomes", "meeting_id", "meetings");
    rules.append(refers(outcomes, {{"ask_id", "day_asks"}}));
    rules.append(child("follow_ups", "meeting_id", "meetings"));

    TableRule organizations = chapterColumn("organizations", Scope::ChapterColumn);
    rules.append(refers(organizations, {{"owner_id", "contacts"}}));
    TableRule members = child("organization_members", "contact_id", "contacts");
    rules.append(refers(members, {{"organization_id", "organizations"}}));
    rules.append(child("interactions", "organization_id", "organizations"));
    TableRule participants = child("interaction_participants", "contact_id", "contacts");
    rules.append(refers(participants, {{"interaction_id", "interactions"}}));
    rules.append(organization("sign_on_letters"));
    TableRule letterPartners = child("letter_partners", "organization_id", "organizations");
    rules.append(refers(letterPartners, {{"letter_id", "sign_on_letters"}}));

    rules.append(chapterColumn("events", Scope::ChapterColumn));
    TableRule cosponsors = child("cosponsors", "organization_id", "organizations");
    rules.append(refers(cosponsors, {{"event_id", "events"}, {"day_id", "advocacy_days"}}));
    TableRule registrations = child("event_registrations", "contact_id", "contacts");
    rules.append(refers(registrations, {{"event_id", "events"}}));
    TableRule voterRecords = child("voter_records", "contact_id", "contacts");
    rules.append(refers(voterRecords, {{"event_id", "events"}}));

    TableRule elections = chapterColumn("elections", Scope::ChapterColumn);
    elections.organizersOnly = true;
    rules.append(elections);
    TableRule campaigns = chapterColumn("campaigns", Scope::ChapterColumn);
    campaigns.organizersOnly = true;
    rules.append(refers(campaigns, {{"election_id", "elections"}}));
    TableRule targets = child("campaign_targets", "contact_id", "contacts");
    rules.append(refers(targets, {{"campaign_id", "campaigns"}}));
    TableRule results = child("campaign_results", "contact_id", "contacts");
    rules.append(refers(results, {{"campaign_id", "campaigns"}}));
    TableRule turnout = child("election_turnout", "contact_id", "contacts");
    rules.append(refers(turnout, {{"election_id", "elections"}}));

    rules.append({QStringLiteral("sync_conflicts"), Scope::ServerOnly, {}, {}, false, kBookkeeping, {}});
    inheritRoles(rules);
    return rules;
}

} // namespace

const QList<TableRule> &tableRules()
{
    static const QList<TableRule> rules = makeRules();
    return rules;
}

const TableRule *ruleFor(const QString &table)
{
    for (const TableRule &rule : tableRules()) {
        if (rule.table == table)
            return &rule;
    }
    return nullptr;
}

bool isServerOwnedColumn(const QString &column)
{
    // The mark of a person erased on request: set only by the erase operation.
    return column == u"erased";
}

bool isLocalColumn(const QString &table, const QString &column)
{
    return table == u"contacts" && column == u"rid";
}

} // namespace majlis::sync
