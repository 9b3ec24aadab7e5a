#pragma once

// What the "campaigns" and "gotv" verbs share: finding what the command line names, and how a
// campaign and a time are printed.

#include "cli.h"

#include "campaigns/campaign.h"

#include <QJsonObject>

namespace majlis::cli {

// The campaign a command names first, by id (or its first characters) or by name.
Result<Campaign> campaignNamed(Database &db, const QStringList &positional);
QJsonObject campaignJson(const Campaign &campaign);
// A moment for people (this computer's time zone) and for JSON (ISO 8601 in UTC); '' for 0.
QString localTime(qint64 ms);
QString utcTime(qint64 ms);

// next, record, progress and rollback: the caller's and the organizer's view of the calling.
int runCalling(const QString &verb, const Context &context);

} // namespace majlis::cli
