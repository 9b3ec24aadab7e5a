#pragma once

#include "httplimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <variant>

namespace majlis::server {

// One request as the sync service needs it. Only `POST /v1/<endpoint>` gets this far.
struct HttpRequest
{
    QString endpoint;
    QByteArray authorization; // the header's value as sent; empty when absent
    QByteArray forwardedFor; // X-Forwarded-For; several such lines joined with ", "
    QByteArray body;
    bool keepAlive = true; // HTTP/1.1 unless "Connection: close"; HTTP/1.0 only when asked
};

// A request refused before the service sees it, with the JSON error of PROTOCOL.md. The
// connection is closed after answering: past a header we refused there is no telling where the
// next request would start, and a refused body is never read.
struct HttpFailure
{
    int status = 400;
    QString code;
    QString message;
};

struct HttpNeedMore
{
};

// HTTP/1.1 request framing without sockets, so it can be unit-tested and fuzzed: bytes go in
// as they arrive, in any split, and whole requests come out in order (pipelining). Strict on
// purpose: only what the Majlis client and nginx send is accepted (CRLF line ends, one
// Content-Length, no chunked bodies), because everything lenient in a parser is a way to make
// it and a proxy disagree about where a request ends.
class HttpRequestParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpRequestParser)

public:
    enum class Phase {
        Idle, // nothing of the next request buffered
        Header, // part of a request line or header block
        Body, // headers accepted, body still arriving
        Failed, // a request was refused; nothing more is parsed
    };
    using Outcome = std::variant<HttpNeedMore, HttpRequest, HttpFailure>;

    explicit HttpRequestParser(const HttpLimits &limits);

    void append(QByteArrayView bytes);
    // The next complete request, if the buffered bytes hold one. Once a failure is returned it
    // is returned again on every call.
    Outcome next();

    Phase phase() const;
    // Content-Length of the request whose body is awaited (phase Body), else 0.
    qint64 announcedBodyBytes() const { return m_head ? m_bodyBytes : 0; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    std::variant<HttpRequest, HttpFailure> parseHead(QByteArrayView head, qint64 &bodyBytes) const;

    qsizetype m_maxHeaderBytes;
    int m_maxHeaders;
    qint64 m_maxBodyBytes;
    QByteArray m_buffer;
    std::optional<HttpRequest> m_head; // headers accepted, body awaited
    qint64 m_bodyBytes = 0;
    std::optional<HttpFailure> m_failure;
};

} // namespace majlis::server
