#include "io/csvfile.h"

#include "io/textdecoding.h"

namespace majlis {

Result<CsvFile> readCsvFile(const QByteArray &data, std::optional<TextEncoding> encoding)
{
    CsvFile file;
    if (encoding) {
        file.encoding = *encoding;
        file.encodingDetected = false;
    } else {
        const EncodingGuess guess = detectEncoding(data);
        file.encoding = guess.encoding;
        file.confidence = guess.confidence;
    }
    auto text = decodeText(data, file.encoding);
    if (!text)
        return text.error();
    file.delimiter = detectDelimiter(text.value());
    auto table = CsvTable::parse(text.value(), file.delimiter, true);
    if (!table)
        return table.error();
    file.table = std::move(table).value();
    return file;
}

} // namespace majlis
