#pragma once

#include "common/result.h"
#include "io/csv.h"
#include "io/textencoding.h"

#include <optional>

namespace majlis {

// A spreadsheet file read for import: its table, and how its bytes were read.
struct CsvFile
{
    CsvTable table;
    TextEncoding encoding = TextEncoding::Utf8;
    bool encodingDetected = true; // false when the user chose it
    int confidence = 100; // the detector's, 0–100; 100 when chosen
    QChar delimiter = u',';
};

// Decodes the bytes in the given encoding, or in the one detectEncoding() finds when none is
// given, finds the separator and reads the table leniently (rows with extra fields are kept and
// listed). Bytes the chosen encoding cannot read are an error naming the line. The GUI import
// wizard and "majlis-cli import csv" both read files here.
Result<CsvFile> readCsvFile(const QByteArray &data, std::optional<TextEncoding> encoding = std::nullopt);

} // namespace majlis
