#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace majlis::server {

// What a password set on this server must be (issue 21, row 13). Used by every place that sets
// a password; login only shares the maximum, so every password that can be set can be used.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)

public:
    // Counted in code points (characters as a person counts them), not UTF-16 units.
    static constexpr int kMinLength = 10;
    static constexpr int kMaxLength = 256;
    static constexpr int kMinDistinct = 5;
    // A cheap bound on UTF-16 units for refusing a login before any hashing: a password of
    // kMaxLength code points never takes more than twice as many units.
    static constexpr int kMaxUtf16Units = 2 * kMaxLength;

    // success(), or an InvalidInput error whose message says what to change. userName is the
    // name the password is for (as typed; compared case-insensitively).
    static Status check(const QString &password, const QString &userName);
};

} // namespace majlis::server
