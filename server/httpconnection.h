#pragma once

#include "httplimits.h"
#include "httprequestparser.h"
#include "syncservice.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace majlis::server {

// One client connection: reads requests through HttpRequestParser, answers them in order with
// what the handler returns, and closes the connection when a stage overruns its deadline
// (HttpLimits), after an error answer, or when the client asked for "Connection: close".
class HttpConnection : public QObject
{
public:
    using Handler = std::function<ServiceResponse(const HttpRequest &request, const QHostAddress &peer)>;

    // Takes the socket, connected; a QSslSocket is put through its server handshake here.
    // `finished` is called once, when the connection is closed for good; the object deletes
    // itself afterwards.
    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler handler,
        std::function<void(HttpConnection *)> finished, QObject *parent);
    ~HttpConnection() override;

    QHostAddress peer() const { return m_peer; }

private:
    // What the one timer currently measures.
    enum class Wait { None, Handshake, Header, Body, Idle, Write, Linger };

    void serve();
    void send(int status, const QByteArray &json, bool keepAlive);
    void onWritten();
    void updateTimer();
    void arm(Wait wait);
    void finish();
    qint64 pendingOutput() const;

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    HttpRequestParser m_parser;
    Handler m_handler;
    std::function<void(HttpConnection *)> m_finished;
    QHostAddress m_peer;
    QTimer m_timer;
    Wait m_waiting = Wait::None;
    bool m_ready = false; // TLS established (or plain TCP)
    bool m_servedOne = false; // from then on a quiet connection is idle, not slow
    bool m_closing = false; // the last answer is written; no more requests are read
    bool m_linger = false; // closing after an error: drain input for a moment first
    bool m_done = false;
};

} // namespace majlis::server
