#pragma once

#include "httplimits.h"
#include "syncservice.h"
#include "trustedproxies.h"

#include <QHostAddress>
#include <QSslConfiguration>

#include <memory>
#include <optional>

namespace majlis::server {

class HttpListener;

// The sync service over HTTP/1.1: every `POST /v1/<endpoint>` goes to SyncService::handle(). The
// HTTP is our own (HttpRequestParser, HttpConnection, HttpListener) rather than Qt HttpServer,
// whose 6.4 technical preview read any body whole before a check and had no timeouts, so that
// the server holds up without nginx in front (the --tls-cert trial) and not only behind it.
class HttpFront
{
    Q_DECLARE_TR_FUNCTIONS(HttpFront)

public:
    // trustedProxies: the peers whose X-Forwarded-For is believed (see remoteAddress()).
    HttpFront(SyncService &service, const HttpLimits &limits = {}, QList<QHostAddress> trustedProxies = {});
    ~HttpFront();

    // TLS when `tls` holds a certificate; plain HTTP otherwise (loopback, or --insecure-dev).
    Result<quint16> listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls);
    int openConnections() const;

private:
    SyncService &m_service;
    HttpLimits m_limits;
    QList<QHostAddress> m_trustedProxies;
    std::unique_ptr<HttpListener> m_listener;
};

} // namespace majlis::server
