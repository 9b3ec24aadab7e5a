#pragma once

#include "common/result.h"
#include "sync/httptransport.h"

#include <QUrl>

namespace majlis {
class Database;
}

namespace majlis::sync {

// Which server a workspace syncs with and how the laptop recognizes it, kept in the workspace
// (never the password or the token).
struct ServerSettings
{
    QUrl url;
    QString user;
    QByteArray authorityPem; // the organization's certificate authority, when given
    QString fingerprint;     // else the server certificate's SHA-256

    ServerTrust trust() const;
    static ServerSettings load(Database &database);
    Status save(Database &database) const;
};

} // namespace majlis::sync
