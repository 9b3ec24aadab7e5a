#include "trustedproxies.h"

namespace majlis::server {

bool isTrustedProxy(const QHostAddress &peer, const QList<QHostAddress> &trustedProxies)
{
    for (const QHostAddress &proxy : trustedProxies)
        if (proxy.isEqual(peer, QHostAddress::TolerantConversion))
            return true;
    return false;
}

QString remoteAddress(
    const QHostAddress &peer, const QByteArray &forwardedFor, const QList<QHostAddress> &trustedProxies)
{
    if (!forwardedFor.isEmpty() && isTrustedProxy(peer, trustedProxies)) {
        // nginx replaces the header with the address it saw (nginx-majlis.conf); a proxy that
        // appends instead puts what it saw last, so the last entry is the one a proxy vouches for.
        const QByteArray last = forwardedFor.split(',').last().trimmed();
        const QHostAddress forwarded(QString::fromLatin1(last));
        if (!forwarded.isNull())
            return forwarded.toString();
    }
    return peer.toString();
}

} // namespace majlis::server
