#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "loginthrottle.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace majlis::server {

// Stored as "volunteer", "organizer", "admin", "caller" (the CHECK in schema.sql), in this
// order. A caller works a phone bank or door list and sees only the people assigned to them
// (server/callerview.h); a volunteer sees their chapters.
enum class Role { Volunteer, Organizer, Admin, Caller };
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
// Organizers and administrators may write the organizers-only tables and move records into or
// out of the organization's shared ones.
inline bool organizes(Role role)
{
    return role == Role::Organizer || role == Role::Admin;
}

struct Account
{
    QString userId;
    QString name; // as stored: what campaign_targets.assignee and campaign_results.caller hold
    Role role = Role::Caller;
    QStringList chapterIds; // sorted, so two loads of the same account compare equal
};

struct LoginOutcome
{
    // Unavailable: the store could not be read or written; the client should retry later
    // rather than ask the user for the password again.
    // DeviceTaken: the password was right, but the device id belongs to another user (a
    // workspace file shared between two people); the client takes a new device id and retries.
    enum class Kind { Ok, BadCredentials, Throttled, Disabled, Unavailable, DeviceTaken } kind = Kind::BadCredentials;
    QByteArray token; // only for Ok: the opaque bearer token to hand to the client
    qint64 expiresAt = 0; // ms since epoch
    qint64 retryAfterMs = 0; // for Throttled
    Account account; // only for Ok
};

// The server's users, their chapters and bearer tokens, over the tables of server/schema.sql.
// The SQL is portable between SQLite and PostgreSQL; the database is open and the schema made.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)

public:
    struct Options
    {
        int kdfIterations = 310000; // for new hashes; a stored hash keeps its own count until its next login
        int tokenDays = 30;
        // Failed logins in a row, per typed name and per (name, address), before further logins
        // wait a while; see LoginThrottle.
        int freeAttempts = 5;
        int addressFreeAttempts = 20; // per remote address, whatever the names tried
    };

    Accounts(QSqlDatabase db, Options options, std::function<qint64()> now = nowMs);

    // The id of the chapter; an existing name returns its id.
    Result<QString> addChapter(const QString &name);
    // (id, name), sorted by name.
    // A chapter an administrator made in a workspace, adopted with the id the laptops already
    // use; the administrator becomes a member.
    Status addChapterWithId(const QString &id, const QString &name, const QString &adminUserId);
    Result<QList<std::pair<QString, QString>>> chapters() const;

    // Refuses a name that is taken (compared as UserName::key), looks like a taken one or mixes
    // alphabets confusably (UserName), an unknown chapter, and a password PasswordPolicy refuses.
    Result<QString> addUser(const QString &name, const QString &password, Role role, const QStringList &chapterNames);
    // Replaces the memberships; the sync layer purges a removed chapter from the user's laptops.
    Status setChapters(const QString &userName, const QStringList &chapterNames);
    // Disabling also revokes every token of the user.
    Status setDisabled(const QString &userName, bool disabled);
    // Takes effect at the user's next request; a laptop that becomes a caller's drops what a
    // caller may not see at its next sync.
    Status setRole(const QString &userName, Role role);

    // deviceId: the workspace's device id, bound to the user at their first login from it
    // (empty: an old client; nothing is bound).
    LoginOutcome login(
        const QString &name, const QString &password, const QString &remote, const QString &deviceId = {});
    // The user id a device id is registered to, if any. A device id left registered to several
    // users by a server from before the binding answers the smallest user id.
    Result<std::optional<QString>> deviceOwner(const QString &deviceId) const;
    // Whether the device id is registered to a user other than userId: such a device must not
    // log in or push as userId.
    Result<bool> deviceTakenByAnother(const QString &deviceId, const QString &userId) const;
    // The account of a valid, unexpired, unrevoked token whose user is not disabled.
    std::optional<Account> authenticate(const QByteArray &bearerToken) const;
    // Logout. Revoking an unknown or already revoked token succeeds: a retried logout is not an error.
    Status revoke(const QByteArray &bearerToken, const QString &remote = {});

    // Never pass names, emails, passwords or tokens: only user ids, the remote address and a
    // short reason. A failure to write is logged, not returned: auditing must not refuse a login.
    void audit(const QString &event, const QString &userId, const QString &remote, const QString &detail = {}) const;

    // "pbkdf2-sha256$<iterations>$<salt base64>$<key base64>", PBKDF2-HMAC-SHA256, 16-byte salt.
    static QString hashPassword(const QString &password, int iterations);
    static bool verifyPassword(const QString &password, const QString &stored);

private:
    struct UserRow;
    Result<std::optional<UserRow>> findUser(const QString &name) const;
    Result<bool> isDeviceOf(const QString &deviceId, const QString &nameKey) const;
    Status checkNotLookalike(const QString &name) const;
    Result<QStringList> chapterIds(const QStringList &chapterNames) const;
    Result<QStringList> membershipsOf(const QString &userId) const;
    LoginOutcome succeed(const UserRow &user, const QString &nameKey, const QString &password, const QString &remote,
        const QString &deviceId);

    QSqlDatabase m_db;
    Options m_options;
    std::function<qint64()> m_now;
    LoginThrottle m_throttle;
};

} // namespace majlis::server
