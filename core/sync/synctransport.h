#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace majlis::sync {

// One request's outcome. status 0 means no answer arrived (refused, dropped, timed out): the
// request may or may not have been applied, which the protocol makes harmless to retry.
struct SyncReply
{
    int status = 0;
    QJsonObject body;
    QString transportError;

    bool answered() const { return status != 0; }
};

// How the client reaches the server: HTTPS in the app, an in-process pipe with injected faults
// in the convergence tests.
class SyncTransport
{
public:
    virtual ~SyncTransport() = default;
    // endpoint is "hello", "login", "logout", "push" or "pull"; token is empty before login.
    virtual SyncReply post(const QString &endpoint, const QJsonObject &body, const QByteArray &token) = 0;
};

} // namespace majlis::sync
