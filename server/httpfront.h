#pragma once

#include "syncservice.h"

#include <QHttpServer>
#include <QSslConfiguration>
#include <QTcpServer>

#include <memory>

namespace majlis::server {

// Qt HttpServer in 6.4 is a technical preview without size, rate or connection limits, so in
// production it only listens on loopback behind nginx. Only route() and bind() are used: the
// parts of its API that later Qt versions keep.
class HttpFront
{
    Q_DECLARE_TR_FUNCTIONS(HttpFront)

public:
    explicit HttpFront(SyncService &service);

    // TLS when `tls` holds a certificate; plain HTTP otherwise (loopback, or --insecure-dev).
    Result<quint16> listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls);

private:
    SyncService &m_service;
    QHttpServer m_http;
    std::unique_ptr<QTcpServer> m_listener;
};

// Behind nginx every connection comes from loopback; the address worth auditing is the one
// nginx forwards. A header from anywhere else is the client's claim and is ignored.
QString remoteAddress(const QHostAddress &peer, const QByteArray &forwardedFor);

} // namespace majlis::server
