#include "loginthrottle.h"

#include "storage/sqlerror.h"
#include "writetransaction.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace majlis::server {

namespace {

constexpr qint64 kFirstLockMs = 30 * 1000;
constexpr qint64 kMaxLockMs = 60 * 60 * 1000;
// A bucket without a failure for this long starts over, and its row is removed: a typo last
// month does not shorten today's free attempts, and names sprayed once do not pile up.
constexpr qint64 kForgetAfterMs = 24 * 60 * 60 * 1000;

enum class Bucket { Name, Address, Pair };

// A hash, not the text: the table then holds neither typed names (sometimes a password typed
// in the wrong field) nor addresses, and every key has the same bounded length.
QString bucketKey(Bucket bucket, const QString &nameKey, const QString &remote)
{
    QString text;
    switch (bucket) {
    case Bucket::Name:
        text = QStringLiteral("name\n") + nameKey;
        break;
    case Bucket::Address:
        text = QStringLiteral("address\n") + remote;
        break;
    case Bucket::Pair:
        text = QStringLiteral("pair\n") + nameKey + u'\n' + remote;
        break;
    }
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

qint64 lockMs(int failures, int freeAttempts)
{
    if (failures < freeAttempts)
        return 0;
    qint64 ms = kFirstLockMs;
    for (int i = freeAttempts; i < failures && ms < kMaxLockMs; ++i)
        ms *= 2;
    return std::min(ms, kMaxLockMs);
}

} // namespace

LoginThrottle::LoginThrottle(QSqlDatabase db, Options options, std::function<qint64()> now)
    : m_db(std::move(db))
    , m_options(options)
    , m_now(std::move(now))
{ }

Result<qint64> LoginThrottle::retryAfter(const QString &nameKey, const QString &remote, bool trustedDevice) const
{
    const qint64 now = m_now();
    // All three rows are read whatever the answer, so a trusted device or a cold bucket takes
    // the same queries as a refused login.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT key, locked_until FROM login_throttle WHERE key IN (?, ?, ?)"));
    const QString name = bucketKey(Bucket::Name, nameKey, remote);
    query.addBindValue(name);
    query.addBindValue(bucketKey(Bucket::Address, nameKey, remote));
    query.addBindValue(bucketKey(Bucket::Pair, nameKey, remote));
    if (!query.exec())
        return sqlError(query);
    qint64 wait = 0;
    while (query.next()) {
        if (trustedDevice && query.value(0).toString() == name)
            continue;
        wait = std::max(wait, query.value(1).toLongLong() - now);
    }
    return std::max<qint64>(wait, 0);
}

Status LoginThrottle::recordFailure(const QString &nameKey, const QString &remote)
{
    const qint64 now = m_now();
    WriteTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery prune(m_db);
    prune.prepare(QStringLiteral("DELETE FROM login_throttle WHERE updated_at < ?"));
    prune.addBindValue(now - kForgetAfterMs);
    if (!prune.exec())
        return sqlError(prune);

    const std::array<std::pair<Bucket, int>, 3> buckets {{{Bucket::Name, m_options.nameFreeAttempts},
        {Bucket::Address, m_options.addressFreeAttempts}, {Bucket::Pair, m_options.pairFreeAttempts}}};
    for (const auto &[bucket, freeAttempts] : buckets) {
        const QString key = bucketKey(bucket, nameKey, remote);
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO login_throttle (key, failures, locked_until, updated_at) "
                                      "VALUES (?, 0, 0, ?) ON CONFLICT (key) DO NOTHING"));
        insert.addBindValue(key);
        insert.addBindValue(now);
        if (!insert.exec())
            return sqlError(insert);
        // Incremented in SQL, not from a count read earlier, so concurrent failures all count.
        QSqlQuery bump(m_db);
        bump.prepare(QStringLiteral("UPDATE login_throttle SET failures = failures + 1, updated_at = ? WHERE key = ?"));
        bump.addBindValue(now);
        bump.addBindValue(key);
        if (!bump.exec())
            return sqlError(bump);
        QSqlQuery read(m_db);
        read.prepare(QStringLiteral("SELECT failures FROM login_throttle WHERE key = ?"));
        read.addBindValue(key);
        if (!read.exec() || !read.next())
            return sqlError(read);
        if (const qint64 ms = lockMs(read.value(0).toInt(), freeAttempts); ms > 0) {
            QSqlQuery lock(m_db);
            lock.prepare(QStringLiteral("UPDATE login_throttle SET locked_until = ? WHERE key = ?"));
            lock.addBindValue(now + ms);
            lock.addBindValue(key);
            if (!lock.exec())
                return sqlError(lock);
        }
    }
    return transaction.commit();
}

Status LoginThrottle::recordSuccess(const QString &nameKey, const QString &remote)
{
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM login_throttle WHERE key = ? OR (key = ? AND locked_until <= ?)"));
    remove.addBindValue(bucketKey(Bucket::Pair, nameKey, remote));
    remove.addBindValue(bucketKey(Bucket::Name, nameKey, remote));
    remove.addBindValue(m_now());
    return remove.exec() ? success() : Status(sqlError(remove));
}

} // namespace majlis::server
