// The HTTP request parser with any bytes, fed in the split the input's first byte chooses:
// whatever comes in, it never crashes, never returns a body longer than its limit, and once it
// refused a request keeps refusing and holds nothing.
#include "fuzzsupport.h"
#include "httprequestparser.h"

#include <algorithm>
#include <variant>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace majlis::server;
    if (size == 0)
        return 0;
    HttpLimits limits;
    limits.maxHeaderBytes = 2048;
    limits.maxHeaders = 20;
    limits.maxBodyBytes = 4096;
    HttpRequestParser parser(limits);
    const QByteArray input = majlis::fuzz::bytes(data + 1, size - 1);
    const qsizetype chunk = 1 + data[0] % 64;
    for (qsizetype at = 0; at < input.size(); at += chunk) {
        parser.append(QByteArrayView(input).sliced(at, std::min(chunk, input.size() - at)));
        for (;;) {
            const HttpRequestParser::Outcome outcome = parser.next();
            if (const auto *request = std::get_if<HttpRequest>(&outcome)) {
                if (request->body.size() > limits.maxBodyBytes || request->endpoint.isEmpty())
                    __builtin_trap();
                continue;
            }
            if (const auto *failure = std::get_if<HttpFailure>(&outcome)) {
                if (failure->status < 400 || parser.bufferedBytes() != 0
                    || parser.phase() != HttpRequestParser::Phase::Failed)
                    __builtin_trap();
            }
            break;
        }
        // Never more than one header block (plus one read) waits unparsed, nor a body beyond its limit.
        if (parser.phase() == HttpRequestParser::Phase::Header
            && parser.bufferedBytes() > limits.maxHeaderBytes + chunk)
            __builtin_trap();
    }
    return 0;
}
