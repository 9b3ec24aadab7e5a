#pragma once

#include <QtGlobal>

namespace majlis::server {

// What one HTTP client may cost the server, so the front holds up without nginx in front of it
// (the one-machine trial with --tls-cert) and nginx's own limits are a second line, not the only
// one. The defaults are the production values; tests shrink them to run in milliseconds.
struct HttpLimits
{
    // The request line and headers together, and how many header lines (431 beyond either).
    qsizetype maxHeaderBytes = 16 * 1024;
    int maxHeaders = 100;
    // Bodies announced larger are refused with 413 before a byte of them is read. main() sets
    // it from [limits] max_body_bytes, the same limit SyncService checks.
    qint64 maxBodyBytes = 8 * 1024 * 1024;

    // All in milliseconds. Each is a deadline for a whole stage, not a gap between two reads:
    // a client dripping one byte at a time gains nothing.
    int handshakeTimeoutMs = 10'000; // TCP accept to TLS established
    int headerTimeoutMs = 10'000; // first byte of a request (or the connection) to its blank line
    int bodyTimeoutMs = 30'000; // blank line to the last body byte, plus the allowance below
    // A large push on a slow line gets one more second per this many announced bytes
    // (8 MiB: 30 s + 128 s), so the deadline scales with what the client claims to send.
    qint64 bodyBytesPerSecond = 64 * 1024;
    int idleTimeoutMs = 30'000; // a kept-alive connection waiting for its next request
    int writeTimeoutMs = 30'000; // an answer being written with no progress at all
    // After an error answer, input still arriving (the body of a refused request) is read and
    // dropped this long, so closing does not reset the connection before the client reads why.
    int lingerMs = 1'000;

    int maxConnections = 512;
    // Does not apply to the trusted proxies: behind nginx every connection comes from it.
    int maxConnectionsPerAddress = 32;
};

} // namespace majlis::server
