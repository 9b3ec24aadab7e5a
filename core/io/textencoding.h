#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace majlis {

// The encodings a spreadsheet or address book from our users' computers is written in: Unicode,
// Excel on Arabic Windows (Windows-1256), older Arabic systems (ISO-8859-6), and Western Excel
// and Outlook (Windows-1252, ISO-8859-1).
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1256, Iso8859_6, Windows1252, Iso8859_1 };

class TextEncodings
{
    Q_DECLARE_TR_FUNCTIONS(TextEncodings)

public:
    // In the order a chooser lists them.
    static QList<TextEncoding> all();
    // The standard name, as reports and the CLI print it: "Windows-1256".
    static QString name(TextEncoding encoding);
    // For a chooser, translated: "Arabic (Windows-1256)".
    static QString displayName(TextEncoding encoding);
    // Case-insensitive, with or without dashes: "cp1256", "windows-1256", "ISO-8859-6", "latin1".
    static std::optional<TextEncoding> fromName(const QString &name);
    // "utf-8, utf-16le, ..." for an error that says what would have been accepted.
    static QString acceptedNames();
};

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    int confidence = 0; // 0–100: 100 for a byte-order mark or plain ASCII
};

// Which of TextEncodings::all() the bytes are most likely written in. A byte-order mark
// decides; then UTF-16 by its NULs, valid UTF-8, and for 8-bit text ICU's detector with a check
// of how plausible each candidate's text reads (textplausibility.h), which short files need.
EncodingGuess detectEncoding(const QByteArray &data);

// The text in the given encoding, without its byte-order mark. Bytes that the encoding does not
// define (invalid UTF-8, a byte unassigned in ISO-8859-6) are an error naming the line.
Result<QString> decodeText(const QByteArray &data, TextEncoding encoding);

// The same, with U+FFFD for what cannot be decoded, for a best effort that must not fail.
QString decodeTextLeniently(const QByteArray &data, TextEncoding encoding);

// Text in a character set named by the file, as vCard's CHARSET does: one of ours, or any other
// ICU knows (Shift_JIS, KOI8-R, Big5). nullopt when the name is unknown or the bytes are not
// valid in that set, so the caller can fall back to detection and say so.
std::optional<QString> decodeCharset(const QByteArray &data, const QString &charset);

} // namespace majlis
