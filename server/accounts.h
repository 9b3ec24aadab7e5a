#pragma once

#include "common/clock.h"
#include "common/result.h"

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

// Stored as "volunteer", "organizer", "admin" (the CHECK in schema.sql), in this order.
enum class Role { Volunteer, Organizer, Admin };
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

struct Account
{
    QString userId;
    Role role = Role::Volunteer;
    QStringList chapterIds; // sorted, so two loads of the same account compare equal
};

struct LoginOutcome
{
    // Unavailable: the store could not be read or written; the client should retry later
    // rather than ask the user for the password again.
    enum class Kind { Ok, BadCredentials, Throttled, Disabled, Unavailable } kind = Kind::BadCredentials;
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
        int freeAttempts = 5; // failed logins in a row before the account is locked for a while
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

    LoginOutcome login(const QString &name, const QString &password, const QString &remote);
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
    Status checkNotLookalike(const QString &name) const;
    Result<QStringList> chapterIds(const QStringList &chapterNames) const;
    Result<QStringList> membershipsOf(const QString &userId) const;
    Status recordFailure(const UserRow &user, qint64 now);
    LoginOutcome succeed(const UserRow &user, const QString &password, const QString &remote, qint64 now);

    QSqlDatabase m_db;
    Options m_options;
    std::function<qint64()> m_now;
};

} // namespace majlis::server
