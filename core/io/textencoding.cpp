#include "io/textencoding.h"

#include "io/textplausibility.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <memory>

namespace majlis {

namespace {

struct EncodingInfo
{
    TextEncoding encoding;
    const char *icuName;
    const char *name;
    QList<QLatin1StringView> aliases; // compared without case, dashes, underscores or spaces
};

const std::array<EncodingInfo, 7> &encodingTable()
{
    using L = QLatin1StringView;
    static const std::array<EncodingInfo, 7> table{{
        {TextEncoding::Utf8, "UTF-8", "UTF-8", {L("utf8")}},
        {TextEncoding::Utf16LE, "UTF-16LE", "UTF-16LE", {L("utf16le")}},
        {TextEncoding::Utf16BE, "UTF-16BE", "UTF-16BE", {L("utf16be")}},
        {TextEncoding::Windows1256, "windows-1256", "Windows-1256", {L("windows1256"), L("cp1256"), L("win1256")}},
        {TextEncoding::Iso8859_6, "ISO-8859-6", "ISO-8859-6", {L("iso88596")}},
        {TextEncoding::Windows1252, "windows-1252", "Windows-1252", {L("windows1252"), L("cp1252"), L("win1252")}},
        {TextEncoding::Iso8859_1, "ISO-8859-1", "ISO-8859-1", {L("iso88591"), L("latin1")}},
    }};
    return table;
}

const EncodingInfo &infoOf(TextEncoding encoding)
{
    return encodingTable().at(std::size_t(encoding));
}

QString squeezed(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c != u'-' && c != u'_' && !c.isSpace())
            out += c.toLower();
    }
    return out;
}

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};

struct IcuDecoding
{
    QString text;
    qsizetype badOffset = -1; // where the first undecodable bytes start, -1 when none
    QByteArray badBytes;
};

qsizetype bomLength(const QByteArray &data, TextEncoding encoding)
{
    if (encoding == TextEncoding::Utf8 && data.startsWith("\xEF\xBB\xBF"))
        return 3;
    if ((encoding == TextEncoding::Utf16LE && data.startsWith("\xFF\xFE"))
        || (encoding == TextEncoding::Utf16BE && data.startsWith("\xFE\xFF")))
        return 2;
    return 0;
}

// Decodes with ICU, stopping at each undecodable sequence to note it and put U+FFFD in its
// place; nullopt when ICU has no converter of that name.
std::optional<IcuDecoding> icuDecode(const QByteArray &data, const char *icuName, qsizetype skip)
{
    IcuDecoding out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(icuName, &status));
    if (U_FAILURE(status))
        return std::nullopt;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    // No encoding here makes more UTF-16 units than bytes, and each U+FFFD replaces a byte or more.
    out.text.resize(data.size() - skip + 1);
    const char *source = data.constData() + skip;
    const char *const sourceEnd = data.constData() + data.size();
    auto *const targetStart = reinterpret_cast<UChar *>(out.text.data());
    UChar *target = targetStart;
    UChar *const targetEnd = targetStart + out.text.size();
    while (true) {
        status = U_ZERO_ERROR;
        ucnv_toUnicode(converter.get(), &target, targetEnd, &source, sourceEnd, nullptr, true, &status);
        if (!U_FAILURE(status))
            break;
        if (status != U_INVALID_CHAR_FOUND && status != U_ILLEGAL_CHAR_FOUND && status != U_TRUNCATED_CHAR_FOUND)
            qFatal("ICU could not decode: %s", u_errorName(status)); // the buffer is large enough
        char bad[32];
        int8_t badLength = sizeof bad;
        UErrorCode badStatus = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter.get(), bad, &badLength, &badStatus);
        if (out.badOffset < 0) {
            out.badOffset = (source - data.constData()) - badLength;
            out.badBytes = QByteArray(bad, badLength);
        }
        *target++ = 0xFFFD;
        if (status == U_TRUNCATED_CHAR_FOUND)
            break;
    }
    out.text.truncate(target - targetStart);
    return out;
}

bool isSingleByte(TextEncoding encoding)
{
    return encoding != TextEncoding::Utf8 && encoding != TextEncoding::Utf16LE && encoding != TextEncoding::Utf16BE;
}

IcuDecoding icuDecode(const QByteArray &data, TextEncoding encoding)
{
    auto decoded = icuDecode(data, infoOf(encoding).icuName, bomLength(data, encoding));
    if (!decoded)
        qFatal("ICU has no converter for %s", infoOf(encoding).icuName); // a broken installation
    if (!isSingleByte(encoding))
        return std::move(*decoded);
    // ICU maps 0x80–0x9F of the ISO-8859 sets, and the five holes of Windows-1252, to C1
    // control characters. No text has them: they are the sign of another encoding (0x98 is
    // Persian keheh in Windows-1256), so they count as undecodable here.
    for (qsizetype i = 0; i < decoded->text.size(); ++i) {
        QChar &c = decoded->text[i];
        if (c.unicode() < 0x80 || c.unicode() > 0x9F)
            continue;
        if (decoded->badOffset < 0 || i < decoded->badOffset) {
            decoded->badOffset = i; // one byte per character
            decoded->badBytes = data.mid(i, 1);
        }
        c = QChar(0xFFFD);
    }
    return std::move(*decoded);
}

// UTF-16 without a byte-order mark: the high byte of ASCII is 0x00 and of Arabic-script
// letters 0x06, bytes that 8-bit and UTF-8 text never hold; so one of the two byte positions
// is full of them.
bool looksLikeUtf16(const QByteArray &data, bool &littleEndian)
{
    const qsizetype sample = std::min<qsizetype>(data.size(), 4000) & ~qsizetype(1);
    if (sample < 4)
        return false;
    const auto isHighByte = [](char c) { return c == 0x00 || c == 0x06; };
    int even = 0;
    int odd = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        even += isHighByte(data.at(i)) ? 1 : 0;
        odd += isHighByte(data.at(i + 1)) ? 1 : 0;
    }
    const int pairs = int(sample / 2);
    littleEndian = odd > even;
    return std::max(even, odd) > pairs / 3;
}

// What ICU's statistical detector thinks of each 8-bit candidate, 0–100.
std::array<int, 7> icuConfidences(const QByteArray &data)
{
    std::array<int, 7> confidence {};
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status))
        return confidence;
    ucsdet_setText(detector, data.constData(), int(std::min<qsizetype>(data.size(), 1 << 16)), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        const char *name = ucsdet_getName(matches[i], &status);
        const int value = ucsdet_getConfidence(matches[i], &status);
        if (const auto encoding = TextEncodings::fromName(QString::fromLatin1(name)); encoding && U_SUCCESS(status))
            confidence[std::size_t(*encoding)] = std::max(confidence[std::size_t(*encoding)], value);
    }
    ucsdet_close(detector);
    return confidence;
}

EncodingGuess guessEightBit(const QByteArray &data)
{
    // A sample is enough to judge and keeps a large file quick; every candidate here has one
    // byte per character, so the cut splits none.
    const QByteArray sample = data.left(1 << 16);
    const std::array<int, 7> icu = icuConfidences(sample);
    struct Scored
    {
        TextEncoding encoding;
        double score;
        QString text;
    };
    QList<Scored> scored;
    // In order of preference when two read exactly the same: Windows-1256 puts é, è, à, ç, œ
    // and “” where Windows-1252 does, and text made only of those is French, not Arabic;
    // ISO-8859-1 differs from Windows-1252 only in C1 controls no text uses.
    for (TextEncoding candidate :
        {TextEncoding::Windows1252, TextEncoding::Iso8859_1, TextEncoding::Windows1256, TextEncoding::Iso8859_6}) {
        IcuDecoding decoded = icuDecode(sample, candidate);
        if (decoded.badOffset >= 0)
            continue; // a byte this encoding does not have: not this one
        const bool sameAsEarlier = std::any_of(
            scored.cbegin(), scored.cend(), [&](const Scored &earlier) { return earlier.text == decoded.text; });
        if (sameAsEarlier)
            continue;
        // Plausibility decides; ICU's opinion (at most 0.1 per character) breaks near ties.
        const double score = textPlausibility(decoded.text) + icu[std::size_t(candidate)] / 1000.0;
        scored.append({candidate, score, std::move(decoded.text)});
    }
    if (scored.isEmpty()) // Windows-1256 reads every byte as a character, so this does not happen
        return {TextEncoding::Windows1256, 0};
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) { return a.score > b.score; });
    const Scored &best = scored.first();
    if (scored.size() == 1)
        return {best.encoding, 90}; // any other choice would read the same, or not at all
    const double margin = best.score - scored.at(1).score; // per character, about 0 to 3
    return {best.encoding, std::clamp(int(40 + margin * 40), 30, 90)};
}

} // namespace

QList<TextEncoding> TextEncodings::all()
{
    QList<TextEncoding> out;
    for (const EncodingInfo &info : encodingTable())
        out.append(info.encoding);
    return out;
}

QString TextEncodings::name(TextEncoding encoding)
{
    return QString::fromLatin1(infoOf(encoding).name);
}

QString TextEncodings::displayName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return tr("Unicode (UTF-8)");
    case TextEncoding::Utf16LE:
        return tr("Unicode (UTF-16 little-endian)");
    case TextEncoding::Utf16BE:
        return tr("Unicode (UTF-16 big-endian)");
    case TextEncoding::Windows1256:
        return tr("Arabic (Windows-1256)");
    case TextEncoding::Iso8859_6:
        return tr("Arabic (ISO-8859-6)");
    case TextEncoding::Windows1252:
        return tr("Western European (Windows-1252)");
    case TextEncoding::Iso8859_1:
        return tr("Western European (ISO-8859-1)");
    }
    return name(encoding);
}

std::optional<TextEncoding> TextEncodings::fromName(const QString &name)
{
    const QString wanted = squeezed(name);
    for (const EncodingInfo &info : encodingTable()) {
        if (info.aliases.contains(wanted))
            return info.encoding;
    }
    return std::nullopt;
}

QString TextEncodings::acceptedNames()
{
    return QStringLiteral("utf-8, utf-16le, utf-16be, windows-1256 (cp1256), iso-8859-6, windows-1252 (cp1252), "
                          "iso-8859-1 (latin1)");
}

EncodingGuess detectEncoding(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return {TextEncoding::Utf8, 100};
    if (data.startsWith("\xFF\xFE"))
        return {TextEncoding::Utf16LE, 100};
    if (data.startsWith("\xFE\xFF"))
        return {TextEncoding::Utf16BE, 100};
    bool littleEndian = true;
    if (looksLikeUtf16(data, littleEndian))
        return {littleEndian ? TextEncoding::Utf16LE : TextEncoding::Utf16BE, 90};
    if (std::all_of(data.cbegin(), data.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return {TextEncoding::Utf8, 100}; // ASCII reads the same in all of them
    // Text in a legacy 8-bit encoding is almost never valid UTF-8 by chance: an Arabic or
    // accented letter there is a lead byte, and the next letter is not a continuation byte.
    if (icuDecode(data, TextEncoding::Utf8).badOffset < 0)
        return {TextEncoding::Utf8, 100};
    return guessEightBit(data);
}

Result<QString> decodeText(const QByteArray &data, TextEncoding encoding)
{
    IcuDecoding decoded = icuDecode(data, encoding);
    if (decoded.badOffset < 0)
        return std::move(decoded.text);
    // The line, counted in what was decoded before the bad bytes.
    const QString before = decodeTextLeniently(data.left(decoded.badOffset), encoding);
    const int line = int(before.count(u'\n')) + 1;
    return Error{Error::Code::InvalidInput,
        TextEncodings::tr("Line %1 has bytes (%2) that are not %3 text; the file is written in another "
                          "encoding. Choose the one it was saved in.")
            .arg(line)
            .arg(QStringLiteral("0x") + QString::fromLatin1(decoded.badBytes.toHex().toUpper()),
                TextEncodings::name(encoding))};
}

QString decodeTextLeniently(const QByteArray &data, TextEncoding encoding)
{
    return icuDecode(data, encoding).text;
}

std::optional<QString> decodeCharset(const QByteArray &data, const QString &charset)
{
    if (const auto ours = TextEncodings::fromName(charset)) {
        auto text = decodeText(data, *ours);
        return text ? std::optional<QString>(text.value()) : std::nullopt;
    }
    const QByteArray name = charset.trimmed().toLatin1();
    if (name.isEmpty())
        return std::nullopt;
    const auto decoded = icuDecode(data, name.constData(), 0);
    if (!decoded || decoded->badOffset >= 0)
        return std::nullopt;
    return decoded->text;
}

} // namespace majlis
