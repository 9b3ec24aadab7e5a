#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace majlis::server::pullcursor {

// Where a laptop's pulls stand, handed to it opaque (base64url of compact JSON) and checked
// member by member when it comes back, since the laptop could have written anything there.
//
// A chapter cursor (every role but the caller): {"e": epoch, "k": {chapter: seq},
// "s": {chapter: [through seq, table, id]}} while first copies are under way.
// A caller cursor (server/callerview.h) carries "c": 1, and "k", "n" (the positions a pass
// started from), "a" (the last unit it sent), "t" ({campaign: [contact ids]}, the people the
// laptop holds) and "g" (the tag ids it holds).
enum class Kind { Empty, Chapters, Caller };

struct Decoded
{
    Kind kind = Kind::Empty;
    QJsonObject cursor;
};

QByteArray encode(const QJsonObject &cursor);
// Nothing when the text is not a cursor this server could have written.
std::optional<Decoded> decode(const QString &text);

// Positions travel as JSON numbers, exact as doubles up to 2^53.
constexpr qint64 kMaxSeq = (qint64(1) << 53);

} // namespace majlis::server::pullcursor
