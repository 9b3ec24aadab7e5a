#pragma once

#include "common/result.h"
#include "sync/httptransport.h"

#include <QCoreApplication>
#include <QUrl>

namespace majlis {
class Database;
}

namespace majlis::sync {

// Which server a workspace syncs with and how the laptop recognizes it, kept in the workspace
// (never the password or the token).
struct ServerSettings
{
    Q_DECLARE_TR_FUNCTIONS(ServerSettings)

public:
    QUrl url;
    QString user;
    QByteArray authorityPem; // the organization's certificate authority, when given
    QString fingerprint;     // else the server certificate's SHA-256

    // What a person typed as the server's address: https://, or http:// only to this computer.
    // A bare host name gets https://.
    static Result<QUrl> parseAddress(const QString &text);
    // A SHA-256 fingerprint as 64 hex digits (colons and spaces allowed), normalized to AB:CD:...
    static Result<QString> parseFingerprint(const QString &text);

    // An address, a user and, for https, a way to recognize the server: enough to log in.
    bool isComplete() const;
    ServerTrust trust() const;
    static ServerSettings load(Database &database);
    Status save(Database &database) const;
};

// When this laptop last finished a sync of the workspace, in ms since the epoch (UTC); 0 if never.
qint64 lastSyncedAt(Database &database);

} // namespace majlis::sync
