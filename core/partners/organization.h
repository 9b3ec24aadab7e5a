#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace majlis {

enum class OrganizationKind {
    Mosque,
    Interfaith,
    CivilRights,
    ImmigrantRights,
    Labor,
    Student,
    FaithOther,
    Government,
    Media,
    Other
};

enum class PartnerStatus { Prospect, Active, Dormant };

// A coalition partner: another organization the chapter works with.
struct Organization
{
    QString id;
    QString name;
    OrganizationKind kind = OrganizationKind::Other;
    QStringList issueAreas; // "civil rights", "immigration", "voting", ...
    QString city;
    QString region;
    QString country = QStringLiteral("US");
    QString website;
    QString chapterId;
    QString ownerId; // the contact who keeps the relationship
    PartnerStatus status = PartnerStatus::Prospect;
    QString notes;

    bool operator==(const Organization &) const = default;
};

// A person at a partner, with their role there, for a span of time.
struct Membership
{
    QString id;
    QString organizationId;
    QString contactId;
    QString contactName;      // filled in when read
    QString organizationName; // filled in when read
    QString role;
    QDate since;
    QDate until; // invalid while they are still there

    bool operator==(const Membership &) const = default;
};

enum class InteractionKind { Meeting, Call, Email, JointEvent, SignOn, Other };

// One entry of a partner's history.
struct Interaction
{
    QString id;
    QString organizationId;
    InteractionKind kind = InteractionKind::Meeting;
    QDate date;
    QString summary;
    QString notes;
    QStringList participantIds;   // contacts who took part
    QStringList participantNames; // filled in when read

    bool operator==(const Interaction &) const = default;
};

QString kindKey(OrganizationKind kind);
std::optional<OrganizationKind> organizationKindFromKey(const QString &key);
QString kindName(OrganizationKind kind); // translated
QList<OrganizationKind> allOrganizationKinds();
QString statusKey(PartnerStatus status);
std::optional<PartnerStatus> partnerStatusFromKey(const QString &key);
QString statusName(PartnerStatus status); // translated
QString interactionKey(InteractionKind kind);
std::optional<InteractionKind> interactionKindFromKey(const QString &key);
QString interactionName(InteractionKind kind); // translated

} // namespace majlis
