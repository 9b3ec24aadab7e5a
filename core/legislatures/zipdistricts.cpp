#include "legislatures/zipdistricts.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QResource>

#include <algorithm>
#include <functional>
#include <string_view>

namespace majlis::zipdistricts {

namespace {

// The resource CMake adds when the file is there (core/CMakeLists.txt).
const QString kResource = QStringLiteral(":/data/zccd-119.csv");
constexpr std::string_view kHeader = "state_fips,state_abbr,zcta,cd";

struct Parsed
{
    quint32 zip = 0;
    char state[2] = {0, 0};
    int district = 0;
};

bool digits(std::string_view text, quint32 &value)
{
    if (text.empty() || text.size() > 9)
        return false;
    value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + quint32(c - '0');
    }
    return true;
}

// "26,MI,48126,12" (a carriage return at the end is allowed): the file's own layout, checked
// field by field, so a damaged line is skipped rather than read as something else.
std::optional<Parsed> parseLine(std::string_view line)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    std::string_view fields[4];
    for (int i = 0; i < 4; ++i) {
        const size_t comma = line.find(',');
        if ((comma == std::string_view::npos) != (i == 3))
            return std::nullopt;
        fields[i] = line.substr(0, comma);
        line = i == 3 ? std::string_view() : line.substr(comma + 1);
    }
    Parsed row;
    quint32 district = 0;
    if (fields[1].size() != 2 || fields[2].size() != 5 || !digits(fields[2], row.zip)
        || !digits(fields[3], district) || district > 99)
        return std::nullopt;
    row.state[0] = fields[1][0];
    row.state[1] = fields[1][1];
    row.district = int(district);
    return row;
}

std::string_view body(QByteArrayView data)
{
    std::string_view text(data.data(), size_t(data.size()));
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    // A file of another layout is read as empty rather than misread.
    return text.substr(0, kHeader.size()) == kHeader ? text : std::string_view();
}

QString stateText(const char state[2])
{
    return QString::fromLatin1(state, 2);
}

// Candidates in one order whichever way they were found: by state, then district.
QList<Row> ordered(QList<Row> rows)
{
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.state != b.state ? a.state < b.state : a.district < b.district;
    });
    return rows;
}

} // namespace

std::optional<QString> zip5(const QString &text)
{
    static const QRegularExpression zip(QStringLiteral("^([0-9]{5})(?:-?[0-9]{4})?$"));
    const QRegularExpressionMatch match = zip.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}

bool bundled()
{
#ifdef MAJLIS_HAS_ZIP_DISTRICTS
    return QResource(kResource).isValid();
#else
    return false;
#endif
}

QByteArrayView bundledBytes()
{
#ifdef MAJLIS_HAS_ZIP_DISTRICTS
    // Stored uncompressed (rcc --no-compress), so the bytes are read where the program holds
    // them; should a build compress it anyway, it is uncompressed once.
    static const QByteArray bytes = [] {
        const QResource resource(kResource);
        if (!resource.isValid())
            return QByteArray();
        if (resource.compressionAlgorithm() == QResource::NoCompression)
            return QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), qsizetype(resource.size()));
        return resource.uncompressedData();
    }();
    return bytes;
#else
    return {};
#endif
}

QString missingFileMessage()
{
    return QCoreApplication::translate(
        "majlis::PostcodeLookup",
        "This build of Majlis has no ZIP code to congressional district file (it is added when the program is built "
        "with MAJLIS_DISTRICT_FILE). Import one with \"majlis-cli districts import FILE --body us-congress --chamber "
        "house\": a CSV with zip, state and district columns, such as zccd.csv of the us-zipcodes-congress project.");
}

QList<Row> scan(QByteArrayView data, const QString &zip)
{
    const std::string_view text = body(data);
    QList<Row> rows;
    if (zip.size() != 5 || text.empty())
        return rows;
    // The ZIP is the only five-digit field between two commas: the state's FIPS code has two
    // digits, and the district ends its line.
    const std::string needle = ',' + zip.toStdString() + ',';
    const std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end());
    auto at = text.begin();
    while (true) {
        at = std::search(at, text.end(), searcher);
        if (at == text.end())
            break;
        const size_t offset = size_t(at - text.begin());
        const size_t start = text.rfind('\n', offset);
        const size_t lineStart = start == std::string_view::npos ? 0 : start + 1;
        const size_t end = text.find('\n', offset);
        const size_t lineEnd = end == std::string_view::npos ? text.size() : end;
        if (const auto row = parseLine(text.substr(lineStart, lineEnd - lineStart))) {
            const Row found{stateText(row->state), row->district};
            if (!rows.contains(found))
                rows.append(found);
        }
        at = text.begin() + std::ptrdiff_t(lineEnd);
    }
    return ordered(rows);
}

Index::Index(QByteArrayView data)
{
    std::string_view text = body(data);
    m_entries.reserve(size_t(text.size() / 14));
    while (!text.empty()) {
        const size_t end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (const auto row = parseLine(line))
            m_entries.push_back({row->zip, {row->state[0], row->state[1]}, quint8(row->district)});
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) { return a.zip < b.zip; });
}

QList<Row> Index::find(const QString &zip) const
{
    bool ok = false;
    const quint32 key = zip.toUInt(&ok);
    QList<Row> rows;
    if (!ok)
        return rows;
    auto range = std::equal_range(m_entries.begin(), m_entries.end(), Entry{key, {0, 0}, 0},
                                  [](const Entry &a, const Entry &b) { return a.zip < b.zip; });
    for (auto it = range.first; it != range.second; ++it) {
        const Row found{stateText(it->state), it->district};
        if (!rows.contains(found))
            rows.append(found);
    }
    return ordered(rows);
}

} // namespace majlis::zipdistricts
