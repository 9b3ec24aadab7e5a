#pragma once

#include "common/result.h"
#include "serverstore.h"
#include "syncservice.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace majlis::server {

// What `majlis-server` reads from its INI file (packaging/server/majlis-server.conf).
struct ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)

public:
    StoreLocation store;
    QHostAddress listen = QHostAddress::LocalHost;
    quint16 port = 8470;
    QString tlsCertificate;
    QString tlsKey;
    // Peers whose X-Forwarded-For is believed: nginx on this machine. Empty trusts nobody.
    QList<QHostAddress> trustedProxies;
    ServiceLimits limits;
    int tokenDays = 30;
    int kdfIterations = 310000;

    static Result<ServerConfig> load(const QString &path);
};

} // namespace majlis::server
