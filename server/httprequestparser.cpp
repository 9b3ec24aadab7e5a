#include "httprequestparser.h"

namespace majlis::server {

namespace {

constexpr QByteArrayView kLineEnd("\r\n");
constexpr QByteArrayView kHeadEnd("\r\n\r\n");
constexpr QByteArrayView kPrefix("/v1/");
// More digits than any body we would accept, fewer than overflow a qint64.
constexpr qsizetype kMaxLengthDigits = 15;
constexpr qsizetype kMaxEndpointLength = 64;

// RFC 9110 tchar: what a method or a header name may be made of.
bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

// No control characters but tab: a lone CR or LF inside a value is how requests get smuggled.
bool isFieldValue(QByteArrayView text)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t') || byte == 0x7f)
            return false;
    }
    return true;
}

bool isEndpoint(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > kMaxEndpointLength)
        return false;
    for (const char c : text) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArray &item : list.toByteArray().split(','))
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_maxHeaderBytes(limits.maxHeaderBytes)
    , m_maxHeaders(limits.maxHeaders)
    , m_maxBodyBytes(limits.maxBodyBytes)
{ }

void HttpRequestParser::append(QByteArrayView bytes)
{
    if (!m_failure)
        m_buffer.append(bytes);
}

HttpRequestParser::Phase HttpRequestParser::phase() const
{
    if (m_failure)
        return Phase::Failed;
    if (m_head)
        return Phase::Body;
    return m_buffer.isEmpty() ? Phase::Idle : Phase::Header;
}

HttpRequestParser::Outcome HttpRequestParser::next()
{
    if (m_failure)
        return *m_failure;
    if (!m_head) {
        // RFC 9112 2.2: an empty line before a request line is ignored (some clients end a body
        // with an extra CRLF).
        while (m_buffer.startsWith(kLineEnd))
            m_buffer.remove(0, kLineEnd.size());
        const qsizetype end = m_buffer.indexOf(kHeadEnd);
        if (end < 0 ? m_buffer.size() > m_maxHeaderBytes : end + kHeadEnd.size() > m_maxHeaderBytes) {
            m_failure = HttpFailure {431, QStringLiteral("header_too_large"),
                tr("The request's headers are larger than this server accepts.")};
            m_buffer.clear();
            return *m_failure;
        }
        if (end < 0)
            return HttpNeedMore {};
        qint64 bodyBytes = 0;
        auto head = parseHead(QByteArrayView(m_buffer).first(end), bodyBytes);
        if (auto *failure = std::get_if<HttpFailure>(&head)) {
            m_failure = std::move(*failure);
            m_buffer.clear();
            return *m_failure;
        }
        m_head = std::get<HttpRequest>(std::move(head));
        m_bodyBytes = bodyBytes;
        m_buffer.remove(0, end + kHeadEnd.size());
    }
    if (m_buffer.size() < m_bodyBytes)
        return HttpNeedMore {};
    HttpRequest request = std::move(*m_head);
    m_head.reset();
    request.body = m_buffer.left(m_bodyBytes);
    m_buffer.remove(0, m_bodyBytes);
    m_bodyBytes = 0;
    return request;
}

std::variant<HttpRequest, HttpFailure> HttpRequestParser::parseHead(QByteArrayView head, qint64 &bodyBytes) const
{
    const auto malformed = [](const QString &message) {
        return HttpFailure {400, QStringLiteral("malformed"), message};
    };

    qsizetype lineEnd = head.indexOf(kLineEnd);
    const QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);
    // method SP target SP version, single spaces, nothing else.
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1 || !isFieldValue(requestLine))
        return malformed(tr("The request line is not valid HTTP."));
    const QByteArrayView method = requestLine.first(firstSpace);
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = requestLine.sliced(lastSpace + 1);
    if (!isToken(method) || target.contains(' '))
        return malformed(tr("The request line is not valid HTTP."));
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/"))
            return HttpFailure {505, QStringLiteral("http_version"), tr("Only HTTP/1.1 and HTTP/1.0 are served.")};
        return malformed(tr("The request line is not valid HTTP."));
    }

    HttpRequest request;
    std::optional<qint64> contentLength;
    bool chunked = false;
    bool closeAsked = false;
    bool keepAliveAsked = false;
    bool hasAuthorization = false;
    int headers = 0;
    while (lineEnd >= 0) {
        const qsizetype start = lineEnd + kLineEnd.size();
        lineEnd = head.indexOf(kLineEnd, start);
        const QByteArrayView line = lineEnd < 0 ? head.sliced(start) : head.sliced(start, lineEnd - start);
        if (++headers > m_maxHeaders)
            return HttpFailure {
                431, QStringLiteral("header_too_large"), tr("The request has more headers than this server accepts.")};
        // A name directly followed by its colon: a line starting with white space (obsolete line
        // folding) or "Name : value" is refused, as RFC 9112 asks of servers.
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)) || !isFieldValue(line))
            return malformed(tr("A request header is not valid HTTP."));
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (name == "content-length") {
            bool ok = !contentLength && !value.isEmpty() && value.size() <= kMaxLengthDigits;
            for (const char c : value)
                ok = ok && c >= '0' && c <= '9';
            if (!ok)
                return malformed(tr("The request has no single valid Content-Length."));
            contentLength = value.toLongLong();
        } else if (name == "transfer-encoding") {
            chunked = true;
        } else if (name == "connection") {
            closeAsked = closeAsked || hasToken(value, "close");
            keepAliveAsked = keepAliveAsked || hasToken(value, "keep-alive");
        } else if (name == "authorization") {
            if (hasAuthorization)
                return malformed(tr("The request has more than one Authorization header."));
            hasAuthorization = true;
            request.authorization = value.toByteArray();
        } else if (name == "x-forwarded-for") {
            if (!request.forwardedFor.isEmpty())
                request.forwardedFor += ", ";
            request.forwardedFor.append(value);
        }
    }

    // Refused whether or not Content-Length is there too: with both, which one frames the body
    // is exactly what request smuggling plays on.
    if (chunked)
        return HttpFailure {501, QStringLiteral("not_implemented"),
            tr("Transfer-Encoding is not supported here; send the body with a Content-Length.")};
    QByteArrayView path = target;
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path = path.first(query);
    if (!path.startsWith(kPrefix) || !isEndpoint(path.sliced(kPrefix.size())))
        return HttpFailure {404, QStringLiteral("unknown_endpoint"), tr("There is no such request.")};
    if (method != "POST")
        return HttpFailure {405, QStringLiteral("method_not_allowed"), tr("Every request to this server is a POST.")};
    if (!contentLength)
        return HttpFailure {411, QStringLiteral("length_required"), tr("The request must say its Content-Length.")};
    if (*contentLength > m_maxBodyBytes)
        return HttpFailure {413, QStringLiteral("too_large"), tr("The request is larger than this server accepts.")};

    request.endpoint = QString::fromLatin1(path.sliced(kPrefix.size()));
    request.keepAlive = version == "HTTP/1.1" ? !closeAsked : keepAliveAsked && !closeAsked;
    bodyBytes = *contentLength;
    return request;
}

} // namespace majlis::server
