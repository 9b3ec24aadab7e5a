#include "io/textdecoding.h"

#include <QList>
#include <QStringDecoder>

#include <algorithm>

#include <array>

namespace majlis {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString fromCp1252(const QByteArray &data)
{
    QString text;
    text.reserve(data.size());
    for (const char c : data) {
        const auto byte = static_cast<unsigned char>(c);
        text.append(byte >= 0x80 && byte <= 0x9F ? QChar(kCp1252High[byte - 0x80]) : QChar(char16_t(byte)));
    }
    return text;
}

bool looksLikeUtf16(const QByteArray &data, bool &littleEndian)
{
    const qsizetype sample = std::min<qsizetype>(data.size(), 4000) & ~qsizetype(1);
    if (sample < 4)
        return false;
    int evenZeros = 0;
    int oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += data.at(i) == 0 ? 1 : 0;
        oddZeros += data.at(i + 1) == 0 ? 1 : 0;
    }
    const int pairs = int(sample / 2);
    littleEndian = oddZeros > evenZeros;
    return std::max(evenZeros, oddZeros) > pairs / 3;
}

} // namespace

DecodedText decodeText(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return {QString::fromUtf8(data.mid(3)), QStringLiteral("UTF-8")};
    if (data.startsWith("\xFF\xFE")) {
        QStringDecoder decoder(QStringDecoder::Utf16LE);
        return {decoder(data.mid(2)), QStringLiteral("UTF-16LE")};
    }
    if (data.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringDecoder::Utf16BE);
        return {decoder(data.mid(2)), QStringLiteral("UTF-16BE")};
    }
    bool littleEndian = true;
    if (looksLikeUtf16(data, littleEndian)) {
        QStringDecoder decoder(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return {decoder(data), littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")};
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(data);
    if (!utf8.hasError())
        return {text, QStringLiteral("UTF-8")};
    return {fromCp1252(data), QStringLiteral("Windows-1252")};
}

QChar detectDelimiter(const QString &text)
{
    // Fields per line for each candidate, over the first lines, counting outside quotes only.
    const QChar candidates[] = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    int bestScore = -1;
    for (const QChar delimiter : candidates) {
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size() && counts.size() < 20; ++i) {
            const QChar c = text.at(i);
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && c == delimiter)
                ++count;
            else if (!quoted && c == u'\n') {
                counts.append(count);
                count = 0;
            }
        }
        if (count > 0)
            counts.append(count);
        if (counts.isEmpty() || counts.first() == 0)
            continue;
        // Lines that agree with the header, weighted by how many fields the header has.
        const int agreeing = int(std::count(counts.cbegin(), counts.cend(), counts.first()));
        const int score = agreeing * 100 + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = delimiter;
        }
    }
    return best;
}

} // namespace majlis
