#include "httpfront.h"

#include "httplistener.h"

namespace majlis::server {

HttpFront::HttpFront(SyncService &service, const HttpLimits &limits, QList<QHostAddress> trustedProxies)
    : m_service(service)
    , m_limits(limits)
    , m_trustedProxies(std::move(trustedProxies))
{ }

HttpFront::~HttpFront() = default;

Result<quint16> HttpFront::listen(
    const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls)
{
    auto handler = [this](const HttpRequest &request, const QHostAddress &peer) {
        QByteArray token = request.authorization;
        if (token.startsWith("Bearer "))
            token = token.mid(7).trimmed();
        else
            token.clear();
        return m_service.handle(
            {request.endpoint, token, request.body, remoteAddress(peer, request.forwardedFor, m_trustedProxies)});
    };
    m_listener = std::make_unique<HttpListener>(m_limits, tls, m_trustedProxies, handler);
    if (!m_listener->listen(address, port))
        return Error {Error::Code::Io,
            tr("Cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(m_listener->errorString())};
    return m_listener->serverPort();
}

int HttpFront::openConnections() const
{
    return m_listener ? m_listener->openConnections() : 0;
}

} // namespace majlis::server
