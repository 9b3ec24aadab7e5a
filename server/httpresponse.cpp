#include "httpresponse.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace majlis::server {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

} // namespace

QByteArray httpResponse(int status, const QByteArray &json, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(json.size()) + "\r\n";
    // Answers carry members' personal data; nginx adds the same header in production, this
    // covers the one-machine trial that has no nginx.
    out += "Cache-Control: no-store\r\n";
    if (status == 405)
        out += "Allow: POST\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    out += json;
    return out;
}

QByteArray errorJson(const QString &code, const QString &message)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}

} // namespace majlis::server
