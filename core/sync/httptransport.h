#pragma once

#include "sync/synctransport.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUrl>

#include <atomic>
#include <memory>

namespace majlis::sync {

// How a laptop knows it talks to its organization's server, set when the server is added:
// the organization's own certificate authority, or the SHA-256 fingerprint of the server's
// certificate. There is no "trust anyway": a mismatch fails the request.
struct ServerTrust
{
    QList<QSslCertificate> authorities; // when set, the only authorities trusted
    QByteArray fingerprint;             // SHA-256 of the server certificate (DER), raw bytes

    static ServerTrust fromFingerprint(const QString &hex); // accepts "AB:CD:..." or plain hex
    bool isSet() const { return !authorities.isEmpty() || !fingerprint.isEmpty(); }
};

// Plain http:// is allowed only to a server on this computer, where nothing travels a network.
bool isPlainHttpToThisComputer(const QUrl &url);

// The protocol over HTTPS (plain HTTP only to a loopback address, for a server on this machine).
class HttpTransport : public SyncTransport
{
    Q_DECLARE_TR_FUNCTIONS(HttpTransport)

public:
    HttpTransport(QUrl server, ServerTrust trust, int timeoutMs = 60000);
    ~HttpTransport() override;

    SyncReply post(const QString &endpoint, const QJsonObject &body, const QByteArray &token) override;
    std::unique_ptr<PendingReply> start(const QString &endpoint, const QJsonObject &body, const QByteArray &token) override;
    // Checked while a request is in flight: when it turns true the request is abandoned, so
    // closing the window never waits for a slow server.
    void setCancelFlag(const std::atomic<bool> *cancelled) { m_cancelled = cancelled; }

private:
    struct NetworkThread;

    QUrl m_server;
    ServerTrust m_trust;
    int m_timeoutMs;
    std::unique_ptr<NetworkThread> m_network;
    const std::atomic<bool> *m_cancelled = nullptr;
};

} // namespace majlis::sync
