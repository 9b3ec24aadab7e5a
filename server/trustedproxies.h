#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace majlis::server {

// Whether a direct peer is one of the configured proxies ([server] trusted_proxies). An
// IPv4 peer seen on a dual-stack socket as ::ffff:a.b.c.d still matches a.b.c.d.
bool isTrustedProxy(const QHostAddress &peer, const QList<QHostAddress> &trustedProxies);

// The address worth auditing. Behind nginx every connection comes from nginx, and the client's
// address is the one nginx puts in X-Forwarded-For; from any other peer the header is only the
// client's claim, and trusting it would let anyone write any address into the audit log.
QString remoteAddress(
    const QHostAddress &peer, const QByteArray &forwardedFor, const QList<QHostAddress> &trustedProxies);

} // namespace majlis::server
