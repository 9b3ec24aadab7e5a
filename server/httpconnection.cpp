#include "httpconnection.h"

#include "httpresponse.h"

#include <QSslSocket>

#include <algorithm>
#include <climits>

namespace majlis::server {

namespace {

// Bounded so that a client sending faster than it is answered is held back by TCP, not by our
// memory: at most this much input waits in Qt beyond the request being parsed.
constexpr qint64 kReadBufferBytes = 64 * 1024;
// Past this much unsent output no further pipelined request is answered until the client reads.
constexpr qint64 kWriteHighWater = 256 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler handler,
    std::function<void(HttpConnection *)> finished, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_parser(limits)
    , m_handler(std::move(handler))
    , m_finished(std::move(finished))
    , m_peer(socket->peerAddress())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferBytes);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // Every deadline ends the connection: a stalled stage, an idle keep-alive, or the end of
        // lingering after an error answer.
        finish();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { serve(); });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { onWritten(); });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { finish(); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { finish(); });
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket)) {
        connect(tls, &QSslSocket::encryptedBytesWritten, this, [this] { onWritten(); });
        connect(tls, &QSslSocket::encrypted, this, [this] {
            m_ready = true;
            serve();
        });
        arm(Wait::Handshake);
        tls->startServerEncryption();
    } else {
        m_ready = true;
        updateTimer();
    }
}

HttpConnection::~HttpConnection()
{
    // Destroyed with the listener: the socket's last signals must not call back into either.
    m_socket->disconnect(this);
}

void HttpConnection::serve()
{
    if (m_done || !m_ready)
        return;
    if (m_closing) {
        m_socket->readAll(); // a refused body still arriving: dropped, never buffered
        updateTimer();
        return;
    }
    // Answers go out in request order; a request is taken only when the last answer is mostly
    // sent, so a client that pipelines without reading cannot pile answers up in memory.
    while (!m_closing && pendingOutput() < kWriteHighWater) {
        if (m_socket->bytesAvailable() > 0)
            m_parser.append(m_socket->readAll());
        HttpRequestParser::Outcome outcome = m_parser.next();
        if (std::holds_alternative<HttpNeedMore>(outcome)) {
            if (m_socket->bytesAvailable() == 0)
                break;
        } else if (auto *request = std::get_if<HttpRequest>(&outcome)) {
            const ServiceResponse response = m_handler(*request, m_peer);
            m_servedOne = true;
            send(response.status, response.body, request->keepAlive);
        } else {
            const auto &failure = std::get<HttpFailure>(outcome);
            m_linger = true;
            send(failure.status, errorJson(failure.code, failure.message), false);
        }
    }
    updateTimer();
}

void HttpConnection::send(int status, const QByteArray &json, bool keepAlive)
{
    m_socket->write(httpResponse(status, json, keepAlive));
    if (!keepAlive)
        m_closing = true;
}

void HttpConnection::onWritten()
{
    if (m_done)
        return;
    if (pendingOutput() > 0) {
        arm(Wait::Write); // progress: the deadline is for a client that stopped reading
        return;
    }
    if (m_closing && !m_linger) {
        m_socket->disconnectFromHost();
        return;
    }
    serve(); // pipelined requests held back while the last answer was being written
}

void HttpConnection::updateTimer()
{
    if (m_done || !m_ready)
        return;
    Wait wanted = Wait::Header;
    if (pendingOutput() > 0)
        wanted = Wait::Write;
    else if (m_closing)
        wanted = Wait::Linger;
    else if (m_parser.phase() == HttpRequestParser::Phase::Body)
        wanted = Wait::Body;
    else if (m_parser.phase() == HttpRequestParser::Phase::Idle && m_servedOne)
        wanted = Wait::Idle;
    // A stage's deadline runs from when the stage began, so it is not restarted while the
    // same stage goes on: a header dripping in line by line still has its 10 s in all.
    if (wanted != m_waiting)
        arm(wanted);
}

void HttpConnection::arm(Wait wait)
{
    m_waiting = wait;
    qint64 ms = 0;
    switch (wait) {
    case Wait::None:
        m_timer.stop();
        return;
    case Wait::Handshake:
        ms = m_limits.handshakeTimeoutMs;
        break;
    case Wait::Header:
        ms = m_limits.headerTimeoutMs;
        break;
    case Wait::Body:
        ms = m_limits.bodyTimeoutMs
            + m_parser.announcedBodyBytes() * 1000 / std::max<qint64>(1, m_limits.bodyBytesPerSecond);
        break;
    case Wait::Idle:
        ms = m_limits.idleTimeoutMs;
        break;
    case Wait::Write:
        ms = m_limits.writeTimeoutMs;
        break;
    case Wait::Linger:
        ms = m_limits.lingerMs;
        break;
    }
    m_timer.start(int(std::min<qint64>(ms, INT_MAX)));
}

void HttpConnection::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_socket->abort();
    if (m_finished)
        m_finished(this);
    deleteLater();
}

qint64 HttpConnection::pendingOutput() const
{
    // A TLS socket hands its output, encrypted, to a socket of its own: both buffers count.
    const auto *tls = qobject_cast<const QSslSocket *>(m_socket);
    return m_socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
}

} // namespace majlis::server
