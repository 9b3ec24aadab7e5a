#include "demo/demoorganizing.h"

#include "contacts/contactdirectory.h"
#include "events/checkindesk.h"
#include "events/eventrepository.h"
#include "events/voterrecords.h"
#include "partners/interactionlog.h"
#include "partners/organizationrepository.h"
#include "partners/signonletters.h"

#include <QRandomGenerator>

namespace majlis {

namespace {

struct DemoPartner
{
    const char *name;
    OrganizationKind kind;
    const char *areas;
    PartnerStatus status;
};

// Made-up names: any likeness to a real organization is not intended.
const DemoPartner kPartners[] = {
    {"Riverside Islamic Center", OrganizationKind::Mosque, "faith;youth", PartnerStatus::Active},
    {"Northside Interfaith Council", OrganizationKind::Interfaith, "interfaith;housing", PartnerStatus::Active},
    {"Lakes Civil Liberties Union", OrganizationKind::CivilRights, "civil rights;voting", PartnerStatus::Active},
    {"New Neighbors Immigrant Alliance", OrganizationKind::ImmigrantRights, "immigration;voting",
        PartnerStatus::Active},
    {"Local 212 Service Workers", OrganizationKind::Labor, "labor;health care", PartnerStatus::Prospect},
    {"State University Muslim Students", OrganizationKind::Student, "youth;voting", PartnerStatus::Active},
    {"Temple Beth Shalom Social Action", OrganizationKind::FaithOther, "interfaith;civil rights",
        PartnerStatus::Dormant},
    {"County Office of New Americans", OrganizationKind::Government, "immigration", PartnerStatus::Prospect},
    {"Crescent Community Radio", OrganizationKind::Media, "media;civil rights", PartnerStatus::Active},
};

} // namespace

Status DemoOrganizing::populate(Database &database, quint32 seed)
{
    QRandomGenerator random(seed);
    OrganizationRepository partners(database);
    // A second demo run adds contacts only: the partners and events are there already.
    auto existing = partners.list();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return success();
    QStringList partnerIds;
    for (const DemoPartner &p : kPartners) {
        Organization o;
        o.name = QString::fromUtf8(p.name);
        o.kind = p.kind;
        o.issueAreas = QString::fromUtf8(p.areas).split(u';');
        o.status = p.status;
        o.city = QStringLiteral("Dearborn");
        o.region = QStringLiteral("MI");
        auto created = partners.create(o);
        if (!created)
            return created.error();
        partnerIds << created->id;
        InteractionLog log(database);
        const QDate first(2026, 1 + random.bounded(6), 1 + random.bounded(28));
        if (auto s = log.add({{}, created->id, InteractionKind::Meeting, first,
                QStringLiteral("Introductions over coffee"), {}, {}, {}});
            !s)
            return s.error();
    }

    SignOnLetters letters(database);
    auto letter = letters.create({{}, QStringLiteral("Protect every voter"),
        QStringLiteral("We, the undersigned organizations…"), {}, QDate(2026, 12, 15)});
    if (!letter)
        return letter.error();
    if (auto s = letters.ask(letter->id, partnerIds); !s)
        return s.error();
    for (int i = 0; i < 4; ++i) {
        if (auto s = letters.answer(letter->id, partnerIds.at(i), LetterAnswer::Answer::Signed, QDate(2026, 11, 2 + i),
                QStringLiteral("Executive director"));
            !s)
            return s.error();
    }

    auto people = ContactDirectory(database).page({}, 0, 400);
    if (!people)
        return people.error();
    const struct
    {
        const char *title;
        EventKind kind;
        QDate date;
    } events[] = {{"Campus voter-registration drive", EventKind::VoterRegistration, QDate(2026, 9, 22)},
        {"Interfaith iftar", EventKind::Interfaith, QDate(2026, 3, 7)},
        {"Town hall on civil rights", EventKind::TownHall, QDate(2026, 6, 13)},
        {"Advocacy training", EventKind::Training, QDate(2026, 10, 4)}};
    for (const auto &e : events) {
        Event event;
        event.title = QString::fromUtf8(e.title);
        event.kind = e.kind;
        event.startsAt = QDateTime(e.date, QTime(18, 30));
        event.endsAt = event.startsAt.addSecs(3 * 3600);
        event.place = QStringLiteral("Community hall");
        auto created = EventRepository(database).create(event);
        if (!created)
            return created.error();
        QStringList registrants;
        const int count = std::min<int>(int(people->size()), 20 + random.bounded(40));
        for (int i = 0; i < count; ++i)
            registrants << people->at(random.bounded(int(people->size()))).id;
        if (auto s = EventRepository(database).registerContacts(created->id, registrants); !s)
            return s.error();
        CheckInDesk desk(database, created->id);
        if (auto s = desk.load(); !s)
            return s;
        for (const QString &id : std::as_const(registrants)) {
            if (random.bounded(100) < 70) {
                if (auto s = desk.checkIn(id); !s)
                    return s;
                if (e.kind == EventKind::VoterRegistration) {
                    const auto status = VoterRecord::Status(1 + random.bounded(4));
                    if (auto s = VoterRecords(database).record(created->id,
                            {id, {}, status != VoterRecord::Status::NotEligible, status, random.bounded(2) == 1, false,
                                {}});
                        !s)
                        return s;
                }
            }
        }
        if (auto s = partners.setCosponsors(created->id, {}, {partnerIds.at(random.bounded(int(partnerIds.size())))});
            !s)
            return s;
    }
    return success();
}

} // namespace majlis
