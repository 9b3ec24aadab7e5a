#pragma once

#include "campaigns/calllist.h"
#include "campaigns/campaign.h"
#include "contacts/contact.h"
#include "storage/database.h"

#include <QStringList>

namespace majlis::test {

// A person as a phone bank needs them: a U.S. number, phone consent, and the tags and
// languages given.
Contact callableContact(const QString &given, const QString &family, int number, const QStringList &tags = {},
                        const QStringList &languages = {});
// A person a door list can visit: a street address in Dearborn, no phone consent needed.
Contact doorContact(const QString &given, const QString &family, const QString &street, const QStringList &tags = {},
                    const QStringList &languages = {});
// Saves them and returns their ids, in order.
QStringList addContacts(Database &db, const QList<Contact> &contacts);

// Everyone with the tag.
ListFilter tagged(const QString &tag);

// The script the tests call with: a pledge, a multiple choice with a tag, a follow-up, text.
QByteArray sampleScriptYaml();

// A phone bank for an election, with the sample script.
Campaign createPhoneBank(Database &db, const QString &name = QStringLiteral("November phone bank"),
                         CampaignKind kind = CampaignKind::Phone);

} // namespace majlis::test
