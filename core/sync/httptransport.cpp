#include "sync/httptransport.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace majlis::sync {

ServerTrust ServerTrust::fromFingerprint(const QString &hex)
{
    QString digits = hex;
    digits.remove(u':').remove(u' ');
    return {{}, QByteArray::fromHex(digits.toLatin1())};
}

bool isPlainHttpToThisComputer(const QUrl &url)
{
    const QString host = url.host();
    return url.scheme() == u"http" && (host == u"127.0.0.1" || host == u"localhost" || host == u"::1");
}

HttpTransport::HttpTransport(QUrl server, ServerTrust trust, int timeoutMs)
    : m_server(std::move(server)), m_trust(std::move(trust)), m_timeoutMs(timeoutMs)
{
}

SyncReply HttpTransport::post(const QString &endpoint, const QJsonObject &body, const QByteArray &token)
{
    const bool https = m_server.scheme() == u"https";
    if (!https && !isPlainHttpToThisComputer(m_server))
        return {0, {}, tr("The server address must start with https://.")};
    if (https && !m_trust.isSet())
        return {0, {}, tr("No certificate or fingerprint is set for this server, so it cannot be trusted.")};

    QUrl url = m_server;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/v1/") + endpoint);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token);
    if (https) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        if (!m_trust.authorities.isEmpty())
            tls.setCaCertificates(m_trust.authorities); // nothing else, not even the system's
        request.setSslConfiguration(tls);
    }

    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    bool pinMismatch = false;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &errors) {
        // A fingerprint pins one certificate: a self-signed one is then fine, and only then.
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!m_trust.fingerprint.isEmpty() && peer.digest(QCryptographicHash::Sha256) == m_trust.fingerprint)
            reply->ignoreSslErrors(errors);
    });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [&] {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!m_trust.fingerprint.isEmpty() && peer.digest(QCryptographicHash::Sha256) != m_trust.fingerprint) {
            pinMismatch = true; // trusted by the system, but not the certificate this laptop was given
            reply->abort();
        }
    });
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(m_timeoutMs);
    QTimer cancelPoll;
    if (m_cancelled) {
        QObject::connect(&cancelPoll, &QTimer::timeout, reply, [&] {
            if (m_cancelled->load())
                reply->abort();
        });
        cancelPoll.start(100);
    }
    loop.exec();

    SyncReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (pinMismatch) {
        result = {0, {}, tr("The server's certificate is not the one set for this organization.")};
    } else if (result.status == 0) {
        result.transportError = reply->error() == QNetworkReply::SslHandshakeFailedError
                                    ? tr("The server's certificate is not trusted for this organization (%1).").arg(reply->errorString())
                                    : reply->errorString();
    } else {
        result.body = QJsonDocument::fromJson(reply->readAll()).object();
    }
    reply->deleteLater();
    return result;
}

} // namespace majlis::sync
