#pragma once

#include <QByteArray>
#include <QString>

namespace majlis::server {

// One whole HTTP/1.1 answer carrying a JSON body: status line, the few headers a client needs,
// and the body. keepAlive false adds "Connection: close", after which the server closes.
QByteArray httpResponse(int status, const QByteArray &json, bool keepAlive);

// The error body of PROTOCOL.md, {"error": code, "message": text}.
QByteArray errorJson(const QString &code, const QString &message);

} // namespace majlis::server
