#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace majlis {

// An email address or phone number with the label its owner gave it ("home", "work", ...).
struct LabeledValue
{
    QString label;
    QString value;

    bool operator==(const LabeledValue &) const = default;
};

enum class ConsentChannel { Email, Sms, Phone, Photo };

QString consentChannelKey(ConsentChannel channel); // stable key stored in the database
std::optional<ConsentChannel> consentChannelFromKey(const QString &key);
QList<ConsentChannel> allConsentChannels();

// Whether a person agreed to be contacted (or photographed) one way, when, and how we know.
struct Consent
{
    ConsentChannel channel = ConsentChannel::Email;
    bool granted = false;
    QDate date;
    QString source;

    bool operator==(const Consent &) const = default;
};

struct PostalAddress
{
    QString street;
    QString locality;
    QString region;
    QString postalCode;
    QString country; // ISO 3166-1 alpha-2, e.g. "US"

    bool operator==(const PostalAddress &) const = default;
};

struct Contact
{
    QString id; // empty until saved
    QString givenName;
    QString familyName;
    QString preferredName;
    QList<LabeledValue> emails;
    QList<LabeledValue> phones;
    PostalAddress address;
    QString usState;              // two-letter USPS code, used to match legislators
    std::optional<int> district;  // congressional district; 0 means at-large
    QString chapterId;
    QStringList languages;
    QString organization;
    QString role;
    QStringList tags;
    QList<Consent> consents;
    QStringList skills;
    QStringList interests;
    QString notes;
    QDate birthday; // invalid when unknown
    // Why the person must not be contacted ('' when they may be): 'requested', 'refused',
    // 'hostile', 'deceased'. Saving a contact never changes it (an editor open on stale data
    // must not lift an opt-out); OptOuts sets and lifts it.
    QString doNotContact;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // The name to show: the preferred name if given, else given and family names.
    QString displayName() const;
    std::optional<Consent> consentFor(ConsentChannel channel) const;

    bool operator==(const Contact &) const = default;
};

// One entry in a contact's history.
struct Activity
{
    QString kind; // created, edited, deleted, restored, tagged
    QString detail;
    qint64 occurredAt = 0;
};

} // namespace majlis
