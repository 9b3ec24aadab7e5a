#include "httplistener.h"

#include "trustedproxies.h"

#include <QSslSocket>

namespace majlis::server {

HttpListener::HttpListener(const HttpLimits &limits, std::optional<QSslConfiguration> tls,
    QList<QHostAddress> uncappedPeers, HttpConnection::Handler handler)
    : m_limits(limits)
    , m_tls(std::move(tls))
    , m_uncappedPeers(std::move(uncappedPeers))
    , m_handler(std::move(handler))
{ }

void HttpListener::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *tls = new QSslSocket;
        tls->setSslConfiguration(*m_tls);
        socket = tls;
    } else {
        socket = new QTcpSocket;
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString key = addressKey(socket->peerAddress());
    const bool capped = !isTrustedProxy(socket->peerAddress(), m_uncappedPeers);
    // Over a cap the connection is closed at once, before any TLS work or reading: the cheapest
    // answer to a flood, and the client sees a refused connection it can retry later.
    if (m_open >= m_limits.maxConnections
        || (capped && m_openPerAddress.value(key) >= m_limits.maxConnectionsPerAddress)) {
        socket->abort();
        delete socket;
        return;
    }
    ++m_open;
    ++m_openPerAddress[key];
    new HttpConnection(
        socket, m_limits, m_handler, [this](HttpConnection *connection) { closed(connection); }, this);
}

void HttpListener::closed(HttpConnection *connection)
{
    --m_open;
    const QString key = addressKey(connection->peer());
    if (--m_openPerAddress[key] <= 0)
        m_openPerAddress.remove(key);
}

QString HttpListener::addressKey(const QHostAddress &address)
{
    // One client on a dual-stack socket is ::ffff:a.b.c.d; count it as a.b.c.d.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace majlis::server
