#include "partners/organization.h"

#include "common/enumkeys.h"

#include <QCoreApplication>

namespace majlis {

namespace {

const char *const kKindKeys[] = {"mosque", "interfaith", "civil_rights", "immigrant_rights", "labor", "student",
    "faith_other", "government", "media", "other"};
const char *const kKindNames[] = {
    QT_TRANSLATE_NOOP("majlis::Organization", "Mosque or Islamic center"),
    QT_TRANSLATE_NOOP("majlis::Organization", "Interfaith"),
    QT_TRANSLATE_NOOP("majlis::Organization", "Civil rights"),
    QT_TRANSLATE_NOOP("majlis::Organization", "Immigrant rights"),
    QT_TRANSLATE_NOOP("majlis::Organization", "Labor"),
    QT_TRANSLATE_NOOP("majlis::Organization", "Student association"),
    QT_TRANSLATE_NOOP("majlis::Organization", "Other faith-based"),
    QT_TRANSLATE_NOOP("majlis::Organization", "Government office"),
    QT_TRANSLATE_NOOP("majlis::Organization", "Media"),
    QT_TRANSLATE_NOOP("majlis::Organization", "Other"),
};
const char *const kStatusKeys[] = {"prospect", "active", "dormant"};
const char *const kStatusNames[] = {
    QT_TRANSLATE_NOOP("majlis::Organization", "Prospect"),
    QT_TRANSLATE_NOOP("majlis::Organization", "Active"),
    QT_TRANSLATE_NOOP("majlis::Organization", "Dormant"),
};
const char *const kInteractionKeys[] = {"meeting", "call", "email", "joint_event", "sign_on", "other"};
const char *const kInteractionNames[] = {
    QT_TRANSLATE_NOOP("majlis::Organization", "Meeting"),
    QT_TRANSLATE_NOOP("majlis::Organization", "Call"),
    QT_TRANSLATE_NOOP("majlis::Organization", "Email"),
    QT_TRANSLATE_NOOP("majlis::Organization", "Joint event"),
    QT_TRANSLATE_NOOP("majlis::Organization", "Sign-on"),
    QT_TRANSLATE_NOOP("majlis::Organization", "Other"),
};

QString translated(const char *text)
{
    return QCoreApplication::translate("majlis::Organization", text);
}

} // namespace

QString kindKey(OrganizationKind kind)
{
    return QLatin1String(kKindKeys[int(kind)]);
}

std::optional<OrganizationKind> organizationKindFromKey(const QString &key)
{
    return enumFromKey<OrganizationKind>(kKindKeys, key);
}

QString kindName(OrganizationKind kind)
{
    return translated(kKindNames[int(kind)]);
}

QList<OrganizationKind> allOrganizationKinds()
{
    QList<OrganizationKind> kinds;
    for (int i = 0; i <= int(OrganizationKind::Other); ++i)
        kinds.append(OrganizationKind(i));
    return kinds;
}

QString statusKey(PartnerStatus status)
{
    return QLatin1String(kStatusKeys[int(status)]);
}

std::optional<PartnerStatus> partnerStatusFromKey(const QString &key)
{
    return enumFromKey<PartnerStatus>(kStatusKeys, key);
}

QString statusName(PartnerStatus status)
{
    return translated(kStatusNames[int(status)]);
}

QString interactionKey(InteractionKind kind)
{
    return QLatin1String(kInteractionKeys[int(kind)]);
}

std::optional<InteractionKind> interactionKindFromKey(const QString &key)
{
    return enumFromKey<InteractionKind>(kInteractionKeys, key);
}

QString interactionName(InteractionKind kind)
{
    return translated(kInteractionNames[int(kind)]);
}

} // namespace majlis
