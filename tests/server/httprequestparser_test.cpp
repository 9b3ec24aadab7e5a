// HttpRequestParser without sockets: what a request may look like, the limits that are checked
// before a body is read, and requests arriving in any split or several at once.
#include "httprequestparser.h"
#include "support/catchqt.h"

#include <catch2/catch.hpp>

using namespace majlis::server;

namespace {

const QByteArray kHello = "POST /v1/hello HTTP/1.1\r\nHost: sync.example.org\r\nContent-Type: application/json\r\n"
                          "Content-Length: 2\r\n\r\n{}";

HttpLimits smallLimits()
{
    HttpLimits limits;
    limits.maxBodyBytes = 1000;
    return limits;
}

HttpRequestParser::Outcome parse(const QByteArray &bytes, const HttpLimits &limits = smallLimits())
{
    HttpRequestParser parser(limits);
    parser.append(bytes);
    return parser.next();
}

int failureStatus(const HttpRequestParser::Outcome &outcome)
{
    const auto *failure = std::get_if<HttpFailure>(&outcome);
    return failure ? failure->status : 0;
}

QByteArray post(const QByteArray &headers, const QByteArray &body = "{}")
{
    return "POST /v1/push HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n" + body;
}

} // namespace

TEST_CASE("a request fed one byte at a time comes out whole, and only at its last byte", "[http][security]")
{
    const QByteArray bytes = "POST /v1/login HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t0k3n\r\n"
                             "X-Forwarded-For: 203.0.113.9\r\nContent-Length: 13\r\n\r\n{\"user\":\"a\"}\n";
    HttpRequestParser parser(smallLimits());
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        parser.append(bytes.mid(i, 1));
        INFO("after byte " << i);
        REQUIRE(std::holds_alternative<HttpNeedMore>(parser.next()));
    }
    CHECK(parser.phase() == HttpRequestParser::Phase::Body);
    parser.append(bytes.right(1));
    auto outcome = parser.next();
    REQUIRE(std::holds_alternative<HttpRequest>(outcome));
    const auto &request = std::get<HttpRequest>(outcome);
    CHECK(request.endpoint == QStringLiteral("login"));
    CHECK(request.authorization == "Bearer t0k3n");
    CHECK(request.forwardedFor == "203.0.113.9");
    CHECK(request.body == "{\"user\":\"a\"}\n");
    CHECK(request.keepAlive);
    CHECK(parser.phase() == HttpRequestParser::Phase::Idle);
}

TEST_CASE("pipelined requests come out in order, and a partial one waits", "[http][security]")
{
    HttpRequestParser parser(smallLimits());
    parser.append(kHello + post("Content-Length: 3\r\n", "[1]") + kHello.left(20));
    auto first = parser.next();
    auto second = parser.next();
    REQUIRE(std::holds_alternative<HttpRequest>(first));
    REQUIRE(std::holds_alternative<HttpRequest>(second));
    CHECK(std::get<HttpRequest>(first).endpoint == QStringLiteral("hello"));
    CHECK(std::get<HttpRequest>(second).endpoint == QStringLiteral("push"));
    CHECK(std::get<HttpRequest>(second).body == "[1]");
    CHECK(std::holds_alternative<HttpNeedMore>(parser.next()));
    CHECK(parser.phase() == HttpRequestParser::Phase::Header);
    parser.append(kHello.mid(20));
    CHECK(std::holds_alternative<HttpRequest>(parser.next()));
}

TEST_CASE("a body announced over the limit is refused with 413 as soon as the headers end", "[http][security]")
{
    HttpLimits limits;
    limits.maxBodyBytes = 8 * 1024 * 1024;
    HttpRequestParser parser(limits);
    parser.append(post("Content-Length: 209715200\r\n", {})); // 200 MB announced, none sent
    const auto outcome = parser.next();
    REQUIRE(failureStatus(outcome) == 413);
    CHECK(std::get<HttpFailure>(outcome).code == QStringLiteral("too_large"));
    CHECK(parser.phase() == HttpRequestParser::Phase::Failed);
    // Whatever follows is neither buffered nor parsed.
    parser.append(QByteArray(64 * 1024, 'x'));
    CHECK(parser.bufferedBytes() == 0);
    CHECK(failureStatus(parser.next()) == 413);
    // Exactly the limit is fine.
    CHECK(std::holds_alternative<HttpNeedMore>(parse(post("Content-Length: 8388608\r\n", {}), limits)));
}

TEST_CASE("a body must be framed by one valid Content-Length", "[http][security]")
{
    CHECK(failureStatus(parse(post(""))) == 411);
    CHECK(failureStatus(parse(post("Transfer-Encoding: chunked\r\n", "2\r\n{}\r\n0\r\n\r\n"))) == 501);
    CHECK(failureStatus(parse(post("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n"))) == 501);
    CHECK(failureStatus(parse(post("Content-Length: 2\r\nContent-Length: 2\r\n"))) == 400);
    CHECK(failureStatus(parse(post("Content-Length: 2, 2\r\n"))) == 400);
    CHECK(failureStatus(parse(post("Content-Length: -2\r\n"))) == 400);
    CHECK(failureStatus(parse(post("Content-Length: +2\r\n"))) == 400);
    CHECK(failureStatus(parse(post("Content-Length: 0x2\r\n"))) == 400);
    CHECK(failureStatus(parse(post("Content-Length: \r\n"))) == 400);
    CHECK(failureStatus(parse(post("Content-Length: 99999999999999999999999\r\n"))) == 400);
    CHECK(std::holds_alternative<HttpRequest>(parse(post("content-length:\t2 \r\n"))));
}

TEST_CASE("the header block is limited in bytes and in lines", "[http][security]")
{
    HttpLimits limits = smallLimits();
    limits.maxHeaderBytes = 1024;
    limits.maxHeaders = 10;
    // Refused before the blank line arrives: a header that never ends is not buffered forever.
    CHECK(failureStatus(parse("POST /v1/push HTTP/1.1\r\nX-Long: " + QByteArray(2000, 'a'), limits)) == 431);
    CHECK(failureStatus(parse(post("X-Long: " + QByteArray(1100, 'a') + "\r\nContent-Length: 2\r\n"), limits)) == 431);
    QByteArray many;
    for (int i = 0; i < 10; ++i)
        many += "X-" + QByteArray::number(i) + ": 1\r\n";
    CHECK(failureStatus(parse(post(many + "Content-Length: 2\r\n"), limits)) == 431);
    CHECK(std::holds_alternative<HttpRequest>(parse(post(many.left(8 * 8) + "Content-Length: 2\r\n"), limits)));
}

TEST_CASE("only POST to /v1/<endpoint> is served", "[http][security]")
{
    const auto status = [](const QByteArray &line) {
        return failureStatus(parse(line + "\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}"));
    };
    CHECK(status("GET / HTTP/1.1") == 404);
    CHECK(status("POST /v2/push HTTP/1.1") == 404);
    CHECK(status("POST /v1/ HTTP/1.1") == 404);
    CHECK(status("POST /v1/push/x HTTP/1.1") == 404);
    CHECK(status("POST /v1/../admin HTTP/1.1") == 404);
    CHECK(status("GET /v1/push HTTP/1.1") == 405);
    CHECK(status("PUT /v1/push HTTP/1.1") == 405);
    CHECK(status("POST /v1/push HTTP/2.0") == 505);
    CHECK(status("POST /v1/push") == 400);
    CHECK(status("POST  /v1/push HTTP/1.1") == 400);
    CHECK(status("POST /v1/push HTTP/1.1 extra") == 400);
    const auto answer = parse("GET /v1/push HTTP/1.1\r\n\r\n");
    REQUIRE(failureStatus(answer) == 405);
    CHECK(std::get<HttpFailure>(answer).code == QStringLiteral("method_not_allowed"));
    // A query string does not change the endpoint.
    const auto withQuery = parse("POST /v1/pull?x=1 HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}");
    REQUIRE(std::holds_alternative<HttpRequest>(withQuery));
    CHECK(std::get<HttpRequest>(withQuery).endpoint == QStringLiteral("pull"));
}

TEST_CASE("headers a proxy could read differently are refused", "[http][security]")
{
    CHECK(failureStatus(parse(post("X-A: 1\r\n continued\r\nContent-Length: 2\r\n"))) == 400); // obsolete folding
    CHECK(failureStatus(parse(post("Content-Length : 2\r\n"))) == 400); // space before the colon
    CHECK(failureStatus(parse(post("X-A: 1\nContent-Length: 2\r\n"))) == 400); // a bare line feed
    CHECK(failureStatus(parse(post("X-A: a\rb\r\nContent-Length: 2\r\n"))) == 400); // a bare carriage return
    CHECK(failureStatus(parse(post("Authorization: Bearer a\r\nAuthorization: Bearer b\r\nContent-Length: 2\r\n")))
        == 400);
    CHECK(failureStatus(parse(post("NoColon\r\nContent-Length: 2\r\n"))) == 400);
}

TEST_CASE("keep-alive is HTTP/1.1's default and Connection: close is honoured", "[http]")
{
    const auto keepAlive = [](const QByteArray &version, const QByteArray &connection) {
        const auto outcome = parse("POST /v1/hello " + version + "\r\n" + connection + "Content-Length: 2\r\n\r\n{}");
        REQUIRE(std::holds_alternative<HttpRequest>(outcome));
        return std::get<HttpRequest>(outcome).keepAlive;
    };
    CHECK(keepAlive("HTTP/1.1", ""));
    CHECK_FALSE(keepAlive("HTTP/1.1", "Connection: close\r\n"));
    CHECK_FALSE(keepAlive("HTTP/1.1", "Connection: Upgrade, Close\r\n"));
    CHECK_FALSE(keepAlive("HTTP/1.0", ""));
    CHECK(keepAlive("HTTP/1.0", "Connection: keep-alive\r\n"));
}

TEST_CASE("an empty line before a request is skipped", "[http]")
{
    CHECK(std::holds_alternative<HttpRequest>(parse("\r\n\r\n" + kHello)));
}
