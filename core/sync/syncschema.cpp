#include "sync/syncschema.h"

namespace majlis::sync {

namespace {

const QStringList kBookkeeping = {QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("device_id")};

TableRule organization(const char *table, bool organizersOnly = false)
{
    return {QString::fromLatin1(table), Scope::Organization, {}, {}, organizersOnly, kBookkeeping};
}

TableRule child(const char *table, const char *column, const char *parent)
{
    return {QString::fromLatin1(table), Scope::Parent, QString::fromLatin1(column), QString::fromLatin1(parent), false,
            kBookkeeping};
}

QList<TableRule> makeRules()
{
    QList<TableRule> rules;
    rules.append({QStringLiteral("chapters"), Scope::OwnChapter, {}, {}, false, kBookkeeping});
    rules.append(organization("tags"));
    rules.append(organization("legislators", true));
    TableRule contacts{QStringLiteral("contacts"), Scope::PrivateChapterColumn, QStringLiteral("chapter_id"), {}, false,
                       kBookkeeping};
    contacts.quietFields.append(QStringLiteral("sort_key"));
    rules.append(contacts);
    for (const char *table : {"contact_emails", "contact_phones", "contact_tags", "contact_consents", "contact_activities"})
        rules.append(child(table, "contact_id", "contacts"));

    rules.append(organization("advocacy_days", true));
    rules.append(child("day_asks", "day_id", "advocacy_days"));
    rules.append(child("day_office_times", "day_id", "advocacy_days"));
    rules.append(child("day_attendees", "contact_id", "contacts"));
    rules.append(child("meetings", "day_id", "advocacy_days"));
    rules.append(child("meeting_attendees", "attendee_id", "day_attendees"));
    rules.append(child("meeting_outcomes", "meeting_id", "meetings"));
    rules.append(child("follow_ups", "meeting_id", "meetings"));

    rules.append({QStringLiteral("organizations"), Scope::ChapterColumn, QStringLiteral("chapter_id"), {}, false, kBookkeeping});
    rules.append(child("organization_members", "contact_id", "contacts"));
    rules.append(child("interactions", "organization_id", "organizations"));
    rules.append(child("interaction_participants", "contact_id", "contacts"));
    rules.append(organization("sign_on_letters"));
    rules.append(child("letter_partners", "organization_id", "organizations"));

    rules.append({QStringLiteral("events"), Scope::ChapterColumn, QStringLiteral("chapter_id"), {}, false, kBookkeeping});
    rules.append(child("cosponsors", "organization_id", "organizations"));
    rules.append(child("event_registrations", "contact_id", "contacts"));
    rules.append(child("voter_records", "contact_id", "contacts"));

    rules.append({QStringLiteral("sync_conflicts"), Scope::ServerOnly, {}, {}, false, kBookkeeping});
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

bool isLocalColumn(const QString &table, const QString &column)
{
    return table == u"contacts" && column == u"rid";
}

} // namespace majlis::sync
