#include "accounts.h"

#include "common/enumkeys.h"
#include "passwordpolicy.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "username.h"
#include "writetransaction.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cstring>

namespace majlis::server {

namespace {

const char *const kRoleKeys[] = {"volunteer", "organizer", "admin", "caller"};

constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;
constexpr int kTokenBytes = 32;
// A token is base64url of 32 bytes (43 characters); anything much longer is not ours, and is
// refused before it costs a hash and a query.
constexpr int kMaxTokenLength = 128;
// The count is read back from the database: a damaged row must not make one login run for minutes.
constexpr int kMaxIterations = 10'000'000;
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
// The remote address may come from a forwarded header the client wrote; keep rows bounded.
constexpr int kMaxAuditText = 200;

const QLatin1String kScheme("pbkdf2-sha256");

struct StoredHash
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

std::optional<StoredHash> parseHash(const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts[0] != kScheme)
        return std::nullopt;
    bool ok = false;
    StoredHash hash;
    hash.iterations = parts[1].toInt(&ok);
    hash.salt = QByteArray::fromBase64(parts[2].toLatin1());
    hash.key = QByteArray::fromBase64(parts[3].toLatin1());
    if (!ok || hash.iterations < 1 || hash.iterations > kMaxIterations || hash.salt.isEmpty() || hash.key.isEmpty())
        return std::nullopt;
    return hash;
}

QByteArray deriveKey(const QString &password, const QByteArray &salt, int iterations, int length)
{
    // NFC, so the same password typed on systems that compose accents or Arabic marks
    // differently still matches.
    const QByteArray bytes = password.normalized(QString::NormalizationForm_C).toUtf8();
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, bytes, salt, iterations, quint64(length));
}

// Looks at every byte whatever differs, so the time taken does not tell how much of a guess was right.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

template <int Bytes> QByteArray randomBytes()
{
    static_assert(Bytes % 4 == 0);
    std::array<quint32, Bytes / 4> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray bytes(Bytes, Qt::Uninitialized);
    std::memcpy(bytes.data(), words.data(), Bytes);
    return bytes;
}

QString tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

// A hash no password derives to, with the same cost as a real one: an unknown name takes as
// long to refuse as a wrong password, so timing does not tell which names exist.
QString dummyHash(int iterations)
{
    return QStringLiteral("%1$%2$%3$%4")
        .arg(kScheme)
        .arg(iterations)
        .arg(QLatin1String(QByteArray(kSaltBytes, '\x5a').toBase64()),
            QLatin1String(QByteArray(kKeyBytes, '\0').toBase64()));
}

QString auditText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text.left(kMaxAuditText);
}

} // namespace

QString roleName(Role role)
{
    return enumKey(kRoleKeys, role);
}

std::optional<Role> roleFromName(const QString &name)
{
    return enumFromKey<Role>(kRoleKeys, name);
}

struct Accounts::UserRow
{
    QString id;
    QString name;
    Role role = Role::Caller;
    QString passwordHash;
    bool disabled = false;
};

Accounts::Accounts(QSqlDatabase db, Options options, std::function<qint64()> now)
    : m_db(std::move(db))
    , m_options(options)
    , m_now(std::move(now))
    , m_throttle(m_db, {m_options.freeAttempts, m_options.freeAttempts, m_options.addressFreeAttempts}, m_now)
{ }

Result<QString> Accounts::addChapter(const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return Error {Error::Code::InvalidInput, tr("Give the chapter a name.")};
    auto existing = chapterIds({wanted});
    if (existing)
        return existing->constFirst();
    if (existing.error().code != Error::Code::InvalidInput)
        return existing.error();

    const QString id = newId();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO chapters (id, name) VALUES (?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(wanted);
    if (!insert.exec()) {
        // Another request may have added the same name in between: its id is the answer.
        if (auto raced = chapterIds({wanted}))
            return raced->constFirst();
        return sqlError(insert);
    }
    return id;
}

Status Accounts::addChapterWithId(const QString &id, const QString &name, const QString &adminUserId)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return Error {Error::Code::InvalidInput, tr("Give the chapter a name.")};
    if (auto existing = chapterIds({wanted}))
        return Error {Error::Code::InvalidInput, tr("A chapter with this name already exists on the server.")};
    for (const QString &sql : {QStringLiteral("INSERT INTO chapters (id, name) VALUES (?, ?)"),
                               QStringLiteral("INSERT INTO memberships (user_id, chapter_id) VALUES (?, ?)")}) {
        QSqlQuery insert(m_db);
        insert.prepare(sql);
        if (sql.contains(QStringLiteral("memberships"))) {
            insert.addBindValue(adminUserId);
            insert.addBindValue(id);
        } else {
            insert.addBindValue(id);
            insert.addBindValue(wanted);
        }
        if (!insert.exec())
            return sqlError(insert);
    }
    return success();
}

Result<QList<std::pair<QString, QString>>> Accounts::chapters() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, name FROM chapters")))
        return sqlError(query);
    QList<std::pair<QString, QString>> list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString()});
    // Sorted here, not with ORDER BY: SQLite and PostgreSQL collate text differently.
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        const int folded = a.second.compare(b.second, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a.second < b.second;
    });
    return list;
}

Result<QString> Accounts::addUser(
    const QString &name, const QString &password, Role role, const QStringList &chapterNames)
{
    const QString userName = name.trimmed();
    if (auto valid = UserName::checkNew(userName); !valid)
        return valid.error();
    if (auto strong = PasswordPolicy::check(password, userName); !strong)
        return strong.error();
    auto existing = findUser(userName);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error {Error::Code::InvalidInput, tr("There is already a user named \"%1\".").arg(userName)};
    if (auto distinct = checkNotLookalike(userName); !distinct)
        return distinct.error();
    auto chapters = chapterIds(chapterNames);
    if (!chapters)
        return chapters.error();

    // Hashed before the transaction: the KDF is slow on purpose, and the write lock need not wait for it.
    const QString hash = hashPassword(password, m_options.kdfIterations);
    const QString id = newId();
    WriteTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO users (id, name, name_key, role, password_hash, failed_logins, "
                                  "locked_until, disabled) VALUES (?, ?, ?, ?, ?, 0, 0, 0)"));
    insert.addBindValue(id);
    insert.addBindValue(userName);
    insert.addBindValue(UserName::key(userName));
    insert.addBindValue(roleName(role));
    insert.addBindValue(hash);
    if (!insert.exec())
        return sqlError(insert);
    QSqlQuery member(m_db);
    member.prepare(QStringLiteral("INSERT INTO memberships (user_id, chapter_id) VALUES (?, ?)"));
    for (const QString &chapterId : *chapters) {
        member.addBindValue(id);
        member.addBindValue(chapterId);
        if (!member.exec())
            return sqlError(member);
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status Accounts::setChapters(const QString &userName, const QStringList &chapterNames)
{
    auto user = findUser(userName.trimmed());
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error {Error::Code::NotFound, tr("There is no user named \"%1\".").arg(userName.trimmed())};
    auto chapters = chapterIds(chapterNames);
    if (!chapters)
        return chapters.error();

    const QString userId = (*user)->id;
    WriteTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM memberships WHERE user_id = ?"));
    remove.addBindValue(userId);
    if (!remove.exec())
        return sqlError(remove);
    QSqlQuery member(m_db);
    member.prepare(QStringLiteral("INSERT INTO memberships (user_id, chapter_id) VALUES (?, ?)"));
    for (const QString &chapterId : *chapters) {
        member.addBindValue(userId);
        member.addBindValue(chapterId);
        if (!member.exec())
            return sqlError(member);
    }
    return transaction.commit();
}

Status Accounts::setDisabled(const QString &userName, bool disabled)
{
    auto user = findUser(userName.trimmed());
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error {Error::Code::NotFound, tr("There is no user named \"%1\".").arg(userName.trimmed())};

    const QString userId = (*user)->id;
    WriteTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"));
    update.addBindValue(disabled ? 1 : 0); // an int, not a bool: PostgreSQL's column is INTEGER
    update.addBindValue(userId);
    if (!update.exec())
        return sqlError(update);
    if (disabled) {
        QSqlQuery revokeAll(m_db);
        revokeAll.prepare(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE user_id = ?"));
        revokeAll.addBindValue(userId);
        if (!revokeAll.exec())
            return sqlError(revokeAll);
    }
    return transaction.commit();
}

Status Accounts::setRole(const QString &userName, Role role)
{
    auto user = findUser(userName.trimmed());
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error {Error::Code::NotFound, tr("There is no user named \"%1\".").arg(userName.trimmed())};
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"));
    update.addBindValue(roleName(role));
    update.addBindValue((*user)->id);
    if (!update.exec())
        return sqlError(update);
    return success();
}

LoginOutcome Accounts::login(
    const QString &name, const QString &password, const QString &remote, const QString &deviceId)
{
    LoginOutcome outcome;
    const auto unavailable = [&outcome](const char *what, const Error &error) {
        qWarning("login: %s: %s", what, qPrintable(error.message));
        outcome.kind = LoginOutcome::Kind::Unavailable;
        return outcome;
    };
    const QString nameKey = UserName::key(name);
    // Both looked up for every login, known name or not, before the throttle answers: a
    // throttled login then takes the same path whether the name exists or not.
    auto found = findUser(name.trimmed());
    if (!found)
        return unavailable("the user store could not be read", found.error());
    auto trusted = isDeviceOf(deviceId, nameKey);
    if (!trusted)
        return unavailable("the device store could not be read", trusted.error());
    auto wait = m_throttle.retryAfter(nameKey, remote, trusted.value());
    if (!wait)
        return unavailable("the throttle could not be read", wait.error());
    const QString userId = found->has_value() ? (*found)->id : QString();
    if (wait.value() > 0) {
        audit(QStringLiteral("login_throttled"), userId, remote);
        outcome.kind = LoginOutcome::Kind::Throttled;
        outcome.retryAfterMs = wait.value();
        return outcome;
    }

    // An unknown name is checked against a hash no password matches, at the same cost.
    const bool right
        = verifyPassword(password, found->has_value() ? (*found)->passwordHash : dummyHash(m_options.kdfIterations));
    if (!found->has_value() || !right) {
        audit(QStringLiteral("login_failed"), userId, remote,
            found->has_value() ? QStringLiteral("wrong password") : QStringLiteral("unknown user"));
        // Unrecorded failures would be free guesses: refuse as unavailable rather than let them through.
        if (auto recorded = m_throttle.recordFailure(nameKey, remote); !recorded)
            return unavailable("a failed login could not be counted", recorded.error());
        return outcome;
    }
    const UserRow &user = **found;
    // Only after the password: a stranger learns nothing about the account's state.
    if (user.disabled) {
        audit(QStringLiteral("login_failed"), user.id, remote, QStringLiteral("disabled"));
        outcome.kind = LoginOutcome::Kind::Disabled;
        return outcome;
    }
    return succeed(user, nameKey, password, remote, deviceId);
}

Result<std::optional<QString>> Accounts::deviceOwner(const QString &deviceId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT min(user_id) FROM devices WHERE device_id = ?"));
    query.addBindValue(sqlText(deviceId));
    if (!query.exec() || !query.next())
        return sqlError(query);
    if (query.value(0).isNull())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Result<bool> Accounts::deviceTakenByAnother(const QString &deviceId, const QString &userId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM devices WHERE device_id = ? AND user_id <> ?"));
    query.addBindValue(sqlText(deviceId));
    query.addBindValue(sqlText(userId));
    if (!query.exec() || !query.next())
        return sqlError(query);
    return query.value(0).toLongLong() > 0;
}

std::optional<Account> Accounts::authenticate(const QByteArray &bearerToken) const
{
    if (bearerToken.isEmpty() || bearerToken.size() > kMaxTokenLength)
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT t.user_id, t.expires_at, t.revoked, u.role, u.disabled, u.name FROM tokens t "
                                 "JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?"));
    query.addBindValue(tokenHash(bearerToken));
    if (!query.exec()) {
        qWarning("authenticate: the token store could not be read: %s", qPrintable(sqlError(query).message));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    const auto role = roleFromName(query.value(3).toString());
    if (query.value(1).toLongLong() <= m_now() || query.value(2).toInt() != 0 || query.value(4).toInt() != 0 || !role)
        return std::nullopt;
    Account account;
    account.userId = query.value(0).toString();
    account.name = query.value(5).toString();
    account.role = *role;
    query.finish();
    auto chapters = membershipsOf(account.userId);
    if (!chapters) {
        qWarning("authenticate: memberships could not be read: %s", qPrintable(chapters.error().message));
        return std::nullopt;
    }
    account.chapterIds = std::move(chapters).value();
    return account;
}

Status Accounts::revoke(const QByteArray &bearerToken, const QString &remote)
{
    const QString hash = tokenHash(bearerToken);
    QString userId;
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT user_id FROM tokens WHERE token_hash = ? AND revoked = 0"));
        query.addBindValue(hash);
        if (!query.exec())
            return sqlError(query);
        if (!query.next())
            return success();
        userId = query.value(0).toString();
    }
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE token_hash = ?"));
    update.addBindValue(hash);
    if (!update.exec())
        return sqlError(update);
    audit(QStringLiteral("logout"), userId, remote);
    return success();
}

void Accounts::audit(const QString &event, const QString &userId, const QString &remote, const QString &detail) const
{
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO audit (at, event, user_id, remote, detail) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(m_now());
    insert.addBindValue(auditText(event));
    insert.addBindValue(auditText(userId));
    insert.addBindValue(auditText(remote));
    insert.addBindValue(auditText(detail));
    if (!insert.exec())
        qWarning("audit: could not record an event: %s", qPrintable(sqlError(insert).message));
}

QString Accounts::hashPassword(const QString &password, int iterations)
{
    iterations = std::clamp(iterations, 1, kMaxIterations);
    const QByteArray salt = randomBytes<kSaltBytes>();
    const QByteArray key = deriveKey(password, salt, iterations, kKeyBytes);
    return QStringLiteral("%1$%2$%3$%4")
        .arg(kScheme)
        .arg(iterations)
        .arg(QLatin1String(salt.toBase64()), QLatin1String(key.toBase64()));
}

bool Accounts::verifyPassword(const QString &password, const QString &stored)
{
    const auto hash = parseHash(stored);
    if (!hash)
        return false;
    return constantTimeEquals(deriveKey(password, hash->salt, hash->iterations, int(hash->key.size())), hash->key);
}

Result<std::optional<Accounts::UserRow>> Accounts::findUser(const QString &name) const
{
    QSqlQuery query(m_db);
    // By name_key; the exact name also matches, and wins, for the rare pair of users that a
    // server from before name keys held under two spellings (see ServerStore::upgrade).
    query.prepare(QStringLiteral("SELECT id, role, password_hash, disabled, name FROM users "
                                 "WHERE name_key = ? OR name = ?"));
    query.addBindValue(sqlText(UserName::key(name)));
    query.addBindValue(sqlText(name));
    if (!query.exec())
        return sqlError(query);
    std::optional<UserRow> found;
    while (query.next()) {
        if (found && query.value(4).toString() != name)
            continue;
        UserRow user;
        user.id = query.value(0).toString();
        // The CHECK constraint allows only the four names; Caller is the least a bad row can grant.
        user.role = roleFromName(query.value(1).toString()).value_or(Role::Caller);
        user.name = query.value(4).toString();
        user.passwordHash = query.value(2).toString();
        user.disabled = query.value(3).toInt() != 0;
        found = std::move(user);
    }
    return found;
}

Result<bool> Accounts::isDeviceOf(const QString &deviceId, const QString &nameKey) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM devices d JOIN users u ON u.id = d.user_id "
                                 "WHERE d.device_id = ? AND u.name_key = ?"));
    query.addBindValue(sqlText(deviceId));
    query.addBindValue(sqlText(nameKey));
    if (!query.exec() || !query.next())
        return sqlError(query);
    return !deviceId.isEmpty() && query.value(0).toLongLong() > 0;
}

// Names whose confusable skeletons match would look the same in a list of users or an audit
// report read by an administrator. Compared with every user: a server holds a few hundred.
Status Accounts::checkNotLookalike(const QString &name) const
{
    const QString wanted = UserName::skeleton(name);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT name FROM users")))
        return sqlError(query);
    while (query.next()) {
        const QString existing = query.value(0).toString();
        if (UserName::skeleton(existing) == wanted)
            return Error {Error::Code::InvalidInput,
                tr("The user name \"%1\" is too similar to an existing user name, \"%2\". Choose a name that "
                   "cannot be mistaken for it.")
                    .arg(name, existing)};
    }
    return success();
}

Result<QStringList> Accounts::chapterIds(const QStringList &chapterNames) const
{
    QStringList ids;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM chapters WHERE name = ?"));
    for (const QString &name : chapterNames) {
        const QString wanted = name.trimmed();
        if (wanted.isEmpty())
            continue; // "a,,b" on a command line
        query.addBindValue(wanted);
        if (!query.exec())
            return sqlError(query);
        if (!query.next())
            return Error {Error::Code::InvalidInput, tr("There is no chapter named \"%1\".").arg(wanted)};
        const QString id = query.value(0).toString();
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

Result<QStringList> Accounts::membershipsOf(const QString &userId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT chapter_id FROM memberships WHERE user_id = ?"));
    query.addBindValue(userId);
    if (!query.exec())
        return sqlError(query);
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    ids.sort();
    return ids;
}

LoginOutcome Accounts::succeed(const UserRow &user, const QString &nameKey, const QString &password,
    const QString &remote, const QString &deviceId)
{
    const qint64 now = m_now();
    LoginOutcome outcome;
    outcome.kind = LoginOutcome::Kind::Unavailable;
    auto chapters = membershipsOf(user.id);
    if (!chapters) {
        qWarning("login: memberships could not be read: %s", qPrintable(chapters.error().message));
        return outcome;
    }
    // A hash made with an older iteration count is upgraded while the password is at hand.
    const auto stored = parseHash(user.passwordHash);
    const QString upgraded = stored && stored->iterations != m_options.kdfIterations
        ? hashPassword(password, m_options.kdfIterations)
        : QString();

    const QByteArray token
        = randomBytes<kTokenBytes>().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const qint64 expiresAt = now + qint64(m_options.tokenDays) * kDayMs;
    bool deviceTaken = false;
    auto written = [&]() -> Status {
        WriteTransaction transaction(m_db);
        if (auto begun = transaction.begun(); !begun)
            return begun;
        // A device id is bound to the first user who logs in with it, so one person's laptop
        // cannot push or be trusted by the throttle as another's.
        if (!deviceId.isEmpty()) {
            auto taken = deviceTakenByAnother(deviceId, user.id);
            if (!taken)
                return taken.error();
            if (taken.value()) {
                deviceTaken = true;
                return success(); // nothing written: the transaction rolls back
            }
            QSqlQuery bind(m_db);
            bind.prepare(QStringLiteral(
                "INSERT INTO devices (user_id, device_id, acked_seq) VALUES (?, ?, 0) ON CONFLICT DO NOTHING"));
            bind.addBindValue(user.id);
            bind.addBindValue(deviceId);
            if (!bind.exec())
                return sqlError(bind);
        }
        if (!upgraded.isEmpty()) {
            QSqlQuery rehash(m_db);
            rehash.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
            rehash.addBindValue(upgraded);
            rehash.addBindValue(user.id);
            if (!rehash.exec())
                return sqlError(rehash);
        }
        // Tokens that can no longer authenticate are dropped here, so the table does not grow with every login.
        QSqlQuery prune(m_db);
        prune.prepare(QStringLiteral("DELETE FROM tokens WHERE user_id = ? AND (expires_at <= ? OR revoked <> 0)"));
        prune.addBindValue(user.id);
        prune.addBindValue(now);
        if (!prune.exec())
            return sqlError(prune);
        QSqlQuery insert(m_db);
        insert.prepare(
            QStringLiteral("INSERT INTO tokens (token_hash, user_id, expires_at, revoked) VALUES (?, ?, ?, 0)"));
        insert.addBindValue(tokenHash(token));
        insert.addBindValue(user.id);
        insert.addBindValue(expiresAt);
        if (!insert.exec())
            return sqlError(insert);
        return transaction.commit();
    }();
    if (!written) {
        qWarning("login: the token could not be stored: %s", qPrintable(written.error().message));
        return outcome;
    }
    if (deviceTaken) {
        audit(QStringLiteral("login_failed"), user.id, remote, QStringLiteral("device of another user"));
        outcome.kind = LoginOutcome::Kind::DeviceTaken;
        return outcome;
    }
    // Not worth refusing a good login over: at worst the pair's count stays until it is forgotten.
    if (auto cleared = m_throttle.recordSuccess(nameKey, remote); !cleared)
        qWarning("login: the throttle could not be cleared: %s", qPrintable(cleared.error().message));
    audit(QStringLiteral("login_ok"), user.id, remote);
    outcome.kind = LoginOutcome::Kind::Ok;
    outcome.token = token;
    outcome.expiresAt = expiresAt;
    outcome.account = Account {user.id, user.name, user.role, std::move(chapters).value()};
    return outcome;
}

} // namespace majlis::server
