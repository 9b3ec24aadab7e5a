#include "httpfront.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QSslServer>

namespace majlis::server {

QString remoteAddress(const QHostAddress &peer, const QByteArray &forwardedFor)
{
    if (peer.isLoopback() && !forwardedFor.isEmpty()) {
        const QByteArray last = forwardedFor.split(',').last().trimmed();
        const QHostAddress forwarded(QString::fromLatin1(last));
        if (!forwarded.isNull())
            return forwarded.toString();
    }
    return peer.toString();
}

HttpFront::HttpFront(SyncService &service) : m_service(service)
{
    m_http.route(QStringLiteral("/v1/<arg>"), QHttpServerRequest::Method::Post,
                 [this](const QString &endpoint, const QHttpServerRequest &request) {
                     QByteArray token = request.value(QByteArrayLiteral("Authorization"));
                     if (token.startsWith("Bearer "))
                         token = token.mid(7).trimmed();
                     else
                         token.clear();
                     const ServiceResponse response = m_service.handle(
                         {endpoint, token, request.body(),
                          remoteAddress(request.remoteAddress(), request.value(QByteArrayLiteral("X-Forwarded-For")))});
                     return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                                response.body,
                                                QHttpServerResponse::StatusCode(response.status));
                 });
}

Result<quint16> HttpFront::listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls)
{
    if (tls) {
        auto ssl = std::make_unique<QSslServer>();
        ssl->setSslConfiguration(*tls);
        m_listener = std::move(ssl);
    } else {
        m_listener = std::make_unique<QTcpServer>();
    }
    if (!m_listener->listen(address, port))
        return Error{Error::Code::Io, tr("Cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(m_listener->errorString())};
    m_http.bind(m_listener.get());
    return m_listener->serverPort();
}

} // namespace majlis::server
