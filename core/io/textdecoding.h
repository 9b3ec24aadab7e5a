#pragma once

#include <QByteArray>
#include <QString>

namespace majlis {

// What a text file from another program decodes to, and in which encoding it was written.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"
};

// Spreadsheets and address books write UTF-8 (with or without a byte-order mark), UTF-16 (Excel's
// "Unicode text") or Windows-1252 (older Excel and Outlook). The byte-order mark decides when
// there is one; otherwise valid UTF-8 is UTF-8, a NUL in every other byte is UTF-16, and
// anything else is read as Windows-1252, which maps every byte to a character.
DecodedText decodeText(const QByteArray &data);

// The field separator of a delimited text: comma, semicolon (European Excel), tab or bar,
// whichever splits the first lines into the same number of fields most consistently.
QChar detectDelimiter(const QString &text);

} // namespace majlis
