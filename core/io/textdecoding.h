#pragma once

#include "io/textencoding.h"

#include <QByteArray>
#include <QString>

namespace majlis {

// What a text file from another program decodes to, and in which encoding it was written.
struct DecodedText
{
    QString text;
    QString encoding; // TextEncodings::name(): "UTF-8", "UTF-16LE", "Windows-1256", ...
    TextEncoding textEncoding = TextEncoding::Utf8;
    int confidence = 0; // detectEncoding()'s, 0–100
};

// The text in the encoding detectEncoding() finds, without a byte-order mark. It never fails:
// what the detected encoding cannot read becomes U+FFFD, so a caller that must not lose a file
// should let the user choose and use decodeText(data, encoding), which says where it fails.
DecodedText decodeText(const QByteArray &data);

// The field separator of a delimited text: comma, semicolon (European Excel), tab or bar,
// whichever splits the first lines into the same number of fields most consistently.
QChar detectDelimiter(const QString &text);

} // namespace majlis
