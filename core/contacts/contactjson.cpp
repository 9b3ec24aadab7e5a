#include "contacts/contactjson.h"

#include <QJsonArray>

namespace majlis {

namespace {

QJsonArray labeled(const QList<LabeledValue> &values)
{
    QJsonArray array;
    for (const LabeledValue &value : values)
        array.append(QJsonObject{{QStringLiteral("label"), value.label}, {QStringLiteral("value"), value.value}});
    return array;
}

QJsonValue district(std::optional<int> district)
{
    return district ? QJsonValue(*district) : QJsonValue();
}

} // namespace

QJsonObject toJson(const Contact &c)
{
    QJsonArray consents;
    for (const Consent &consent : c.consents)
        consents.append(QJsonObject{{QStringLiteral("channel"), consentChannelKey(consent.channel)},
                                    {QStringLiteral("granted"), consent.granted},
                                    {QStringLiteral("date"), consent.date.toString(Qt::ISODate)},
                                    {QStringLiteral("source"), consent.source}});
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("givenName"), c.givenName},
        {QStringLiteral("familyName"), c.familyName},
        {QStringLiteral("preferredName"), c.preferredName},
        {QStringLiteral("displayName"), c.displayName()},
        {QStringLiteral("emails"), labeled(c.emails)},
        {QStringLiteral("phones"), labeled(c.phones)},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("street"), c.address.street},
                                                {QStringLiteral("locality"), c.address.locality},
                                                {QStringLiteral("region"), c.address.region},
                                                {QStringLiteral("postalCode"), c.address.postalCode},
                                                {QStringLiteral("country"), c.address.country}}},
        {QStringLiteral("usState"), c.usState},
        {QStringLiteral("district"), district(c.district)},
        {QStringLiteral("chapterId"), c.chapterId},
        {QStringLiteral("languages"), QJsonArray::fromStringList(c.languages)},
        {QStringLiteral("organization"), c.organization},
        {QStringLiteral("role"), c.role},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("consents"), consents},
        {QStringLiteral("skills"), QJsonArray::fromStringList(c.skills)},
        {QStringLiteral("interests"), QJsonArray::fromStringList(c.interests)},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("birthday"), c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString()},
        {QStringLiteral("doNotContact"), c.doNotContact},
        {QStringLiteral("createdAt"), c.createdAt},
        {QStringLiteral("updatedAt"), c.updatedAt},
    };
}

QJsonObject toJson(const ContactRow &row)
{
    return {{QStringLiteral("id"), row.id},
            {QStringLiteral("displayName"), row.displayName},
            {QStringLiteral("email"), row.email},
            {QStringLiteral("phone"), row.phone},
            {QStringLiteral("chapter"), row.chapterName},
            {QStringLiteral("usState"), row.usState},
            {QStringLiteral("district"), district(row.district)},
            {QStringLiteral("organization"), row.organization},
            {QStringLiteral("tags"), row.tags}};
}

} // namespace majlis
