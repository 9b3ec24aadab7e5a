#include "sync/httptransport.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>

#include <future>

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

namespace {

QString redirectRefused()
{
    return HttpTransport::tr("The sync server answered with a redirect to another address; Majlis does not follow it. "
                             "Check the server address.");
}

// What the network thread hands back to the caller of one request.
struct Exchange
{
    std::promise<SyncReply> answer;
    std::atomic<bool> abandoned = false; // the caller dropped the request: stop it
};

class ThreadedReply : public PendingReply
{
public:
    explicit ThreadedReply(std::shared_ptr<Exchange> exchange) : m_exchange(std::move(exchange)), m_answer(m_exchange->answer.get_future()) {}
    ~ThreadedReply() override { m_exchange->abandoned = true; }
    SyncReply wait() override { return m_answer.get(); }

private:
    std::shared_ptr<Exchange> m_exchange;
    std::future<SyncReply> m_answer;
};

// Runs on the network thread; the answer goes to `exchange`.
void send(QNetworkAccessManager &manager, const QNetworkRequest &request, const QByteArray &payload,
          const std::shared_ptr<Exchange> &exchange, const QByteArray &fingerprint, int timeoutMs,
          const std::atomic<bool> *cancelled)
{
    QNetworkReply *reply = manager.post(request, payload);
    auto pinMismatch = std::make_shared<bool>(false);
    const auto peerDigest = [reply] { return reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256); };
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [=](const QList<QSslError> &errors) {
        // A fingerprint pins one certificate: a self-signed one is then fine, and only then.
        if (!fingerprint.isEmpty() && peerDigest() == fingerprint)
            reply->ignoreSslErrors(errors);
    });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [=] {
        if (!fingerprint.isEmpty() && peerDigest() != fingerprint) {
            *pinMismatch = true; // trusted by the system, but not the certificate this laptop was given
            reply->abort();
        }
    });
    auto *timeout = new QTimer(reply);
    timeout->setSingleShot(true);
    QObject::connect(timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
    timeout->start(timeoutMs);
    // Closing the window, or dropping a request no longer wanted, never waits for a slow server.
    auto *poll = new QTimer(reply);
    QObject::connect(poll, &QTimer::timeout, reply, [=] {
        if (exchange->abandoned || (cancelled && cancelled->load()))
            reply->abort();
    });
    poll->start(100);
    QObject::connect(reply, &QNetworkReply::finished, reply, [=] {
        SyncReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*pinMismatch) {
            result = {0, {}, HttpTransport::tr("The server's certificate is not the one set for this organization.")};
        } else if (result.status >= 300 && result.status < 400) {
            // Never followed (see start()): the status stays, so it is not mistaken for no answer.
            result.transportError = redirectRefused();
        } else if (result.status == 0) {
            result.transportError = reply->error() == QNetworkReply::SslHandshakeFailedError
                                        ? HttpTransport::tr("The server's certificate is not trusted for this organization (%1).").arg(reply->errorString())
                                        : reply->errorString();
        } else {
            result.body = QJsonDocument::fromJson(reply->readAll()).object();
        }
        exchange->answer.set_value(std::move(result));
        reply->deleteLater();
    });
}

} // namespace

// The requests run on a thread of their own, with its own event loop: they reach the server,
// and their answers are read and parsed, while the caller works (a pull applies one page while
// the next comes), not only while it waits.
struct HttpTransport::NetworkThread
{
    NetworkThread()
    {
        thread.setObjectName(QStringLiteral("majlis sync network"));
        context.moveToThread(&thread);
        thread.start();
    }
    ~NetworkThread()
    {
        // The manager and its replies belong to the thread: they go before it stops.
        QMetaObject::invokeMethod(&context, [this] { delete manager; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }

    QThread thread;
    QObject context; // lives in `thread`: what runs there is invoked on it
    QNetworkAccessManager *manager = nullptr; // made and used in `thread` only
};

HttpTransport::HttpTransport(QUrl server, ServerTrust trust, int timeoutMs)
    : m_server(std::move(server)), m_trust(std::move(trust)), m_timeoutMs(timeoutMs), m_network(std::make_unique<NetworkThread>())
{
}

HttpTransport::~HttpTransport() = default;

SyncReply HttpTransport::post(const QString &endpoint, const QJsonObject &body, const QByteArray &token)
{
    return start(endpoint, body, token)->wait();
}

std::unique_ptr<PendingReply> HttpTransport::start(const QString &endpoint, const QJsonObject &body, const QByteArray &token)
{
    const bool https = m_server.scheme() == u"https";
    if (!https && !isPlainHttpToThisComputer(m_server))
        return std::make_unique<AnsweredReply>(SyncReply{0, {}, tr("The server address must start with https://.")});
    if (https && !m_trust.isSet())
        return std::make_unique<AnsweredReply>(
            SyncReply{0, {}, tr("No certificate or fingerprint is set for this server, so it cannot be trusted.")});

    QUrl url = m_server;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/v1/") + endpoint);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Qt follows redirects by default, re-sending a POST (a login's password included) to
    // wherever the answer points: plain http to another machine passes the checks above, which
    // only saw the configured address. The server never redirects, so a redirect is an error.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token);
    if (https) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        if (!m_trust.authorities.isEmpty())
            tls.setCaCertificates(m_trust.authorities); // nothing else, not even the system's
        request.setSslConfiguration(tls);
    }
    auto exchange = std::make_shared<Exchange>();
    auto reply = std::make_unique<ThreadedReply>(exchange);
    QMetaObject::invokeMethod(
        &m_network->context,
        [network = m_network.get(), request, payload = QJsonDocument(body).toJson(QJsonDocument::Compact), exchange,
         fingerprint = m_trust.fingerprint, timeoutMs = m_timeoutMs, cancelled = m_cancelled] {
            if (!network->manager)
                network->manager = new QNetworkAccessManager;
            send(*network->manager, request, payload, exchange, fingerprint, timeoutMs, cancelled);
        },
        Qt::QueuedConnection);
    return reply;
}

} // namespace majlis::sync
