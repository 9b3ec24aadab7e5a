#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace majlis::sync {

// One request's outcome. status 0 means no answer arrived (refused, dropped, timed out): the
// request may or may not have been applied, which the protocol makes harmless to retry.
struct SyncReply
{
    int status = 0;
    QJsonObject body;
    QString transportError; // why no answer came, or why a redirect (3xx) was not followed

    bool answered() const { return status != 0; }
};

// A request on its way. wait() gives its answer, waiting for it if it has not come yet;
// dropping the object abandons the request.
class PendingReply
{
public:
    virtual ~PendingReply() = default;
    virtual SyncReply wait() = 0;
};

// A request whose answer is already there.
class AnsweredReply : public PendingReply
{
public:
    explicit AnsweredReply(SyncReply reply) : m_reply(std::move(reply)) {}
    SyncReply wait() override { return m_reply; }

private:
    SyncReply m_reply;
};

// How the client reaches the server: HTTPS in the app, an in-process pipe with injected faults
// in the convergence tests.
class SyncTransport
{
public:
    virtual ~SyncTransport() = default;
    // endpoint is "hello", "login", "logout", "push", "pull" or "lease"; token is empty before login.
    virtual SyncReply post(const QString &endpoint, const QJsonObject &body, const QByteArray &token) = 0;
    // Sends a request and returns before its answer, so the caller can work while the server
    // prepares it (a pull asks for its next page while it applies the last one). A transport
    // that cannot overlap the two gets the answer here, before returning.
    virtual std::unique_ptr<PendingReply> start(const QString &endpoint, const QJsonObject &body, const QByteArray &token)
    {
        return std::make_unique<AnsweredReply>(post(endpoint, body, token));
    }
};

} // namespace majlis::sync
