#include "contacts/contact.h"

namespace majlis {

QString consentChannelKey(ConsentChannel channel)
{
    switch (channel) {
    case ConsentChannel::Email:
        return QStringLiteral("email");
    case ConsentChannel::Sms:
        return QStringLiteral("sms");
    case ConsentChannel::Phone:
        return QStringLiteral("phone");
    case ConsentChannel::Photo:
        return QStringLiteral("photo");
    }
    return {};
}

std::optional<ConsentChannel> consentChannelFromKey(const QString &key)
{
    for (ConsentChannel channel : allConsentChannels()) {
        if (consentChannelKey(channel) == key)
            return channel;
    }
    return std::nullopt;
}

QList<ConsentChannel> allConsentChannels()
{
    return {ConsentChannel::Email, ConsentChannel::Sms, ConsentChannel::Phone, ConsentChannel::Photo};
}

QString Contact::displayName() const
{
    if (!preferredName.trimmed().isEmpty())
        return preferredName.trimmed();
    return QStringList{givenName.trimmed(), familyName.trimmed()}.join(QLatin1Char(' ')).trimmed();
}

std::optional<Consent> Contact::consentFor(ConsentChannel channel) const
{
    for (const Consent &consent : consents) {
        if (consent.channel == channel)
            return consent;
    }
    return std::nullopt;
}

} // namespace majlis
