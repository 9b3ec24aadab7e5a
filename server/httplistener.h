#pragma once

#include "httpconnection.h"
#include "httplimits.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace majlis::server {

// Accepts connections for HttpConnection, within HttpLimits' caps on open connections in all and
// per client address. For HTTPS it makes the QSslSocket itself rather than using QSslServer,
// whose handshake timeout only arrived in Qt 6.5.
class HttpListener : public QTcpServer
{
public:
    // Connections from `uncappedPeers` (the trusted proxies) count only towards the total: behind
    // nginx every connection comes from nginx's one address.
    HttpListener(const HttpLimits &limits, std::optional<QSslConfiguration> tls, QList<QHostAddress> uncappedPeers,
        HttpConnection::Handler handler);

    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void closed(HttpConnection *connection);
    static QString addressKey(const QHostAddress &address);

    HttpLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QList<QHostAddress> m_uncappedPeers;
    HttpConnection::Handler m_handler;
    int m_open = 0;
    QHash<QString, int> m_openPerAddress;
};

} // namespace majlis::server
