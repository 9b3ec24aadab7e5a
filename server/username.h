#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace majlis::server {

// How user names are compared and which ones may be created (issue 21, row 13).
class UserName
{
    Q_DECLARE_TR_FUNCTIONS(UserName)

public:
    // The form a name is stored under in users.name_key and looked up by: NFKC, then case
    // folding, so "amina", "Amina" and "ＡＭＩＮＡ" are one user. Surrounding spaces are dropped.
    static QString key(const QString &name);

    // ICU's confusable skeleton of the key: two names with the same skeleton look alike on a
    // screen ("amina" and "arnina", or "amina" with a Cyrillic "а").
    static QString skeleton(const QString &name);

    // Login refuses longer names before looking them up (SyncService::login), in UTF-16 units.
    static constexpr int kMaxUtf16Units = 200;

    // Refuses a name that login could not accept (too long, control characters), and a name a person could mistake for
    // another: scripts mixed in a way that lets one letter pass for another (a Cyrillic "а" among Latin letters),
    // invisible characters, and digits from several systems. Names in one script (Latin, Arabic, ...) are fine.
    static Status checkNew(const QString &name);
};

} // namespace majlis::server
