#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace majlis::server {

// Slows password guessing without telling which user names exist and without letting a
// stranger lock an owner out (issue 21, rows 6 and 7). Failures are counted in three buckets
// of the login_throttle table:
//   - the typed name, normalised (known and unknown names alike, so the answers are the same);
//   - the remote address (one address trying many names);
//   - the pair of both.
// A hot address or pair refuses everything from that address. A hot name refuses logins for
// it from everywhere, except from a device that has already logged in as that user: guesses
// spread over many addresses cannot keep the owner out of their own laptop.
class LoginThrottle
{
public:
    struct Options
    {
        int nameFreeAttempts = 5; // failures in a row before a bucket is locked for a while
        int pairFreeAttempts = 5;
        int addressFreeAttempts = 20; // higher: an office behind one address shares it
    };

    LoginThrottle(QSqlDatabase db, Options options, std::function<qint64()> now);

    // Milliseconds to wait before this login may be tried; 0 when it may go ahead now.
    // trustedDevice: the login comes from a device registered to the user of nameKey.
    Result<qint64> retryAfter(const QString &nameKey, const QString &remote, bool trustedDevice) const;
    // Counts a failure in all three buckets. Each bucket's lock starts at 30 s once its free
    // attempts are used, and doubles with each further failure, up to an hour.
    Status recordFailure(const QString &nameKey, const QString &remote);
    // The owner got in from here: the pair starts over, and so does the name unless it is
    // locked right now (the owner got past an attack on a trusted device; the attack's count
    // stays). The address's bucket is kept, so one good account cannot reset it for guesses
    // at others.
    Status recordSuccess(const QString &nameKey, const QString &remote);

private:
    QSqlDatabase m_db;
    Options m_options;
    std::function<qint64()> m_now;
};

} // namespace majlis::server
