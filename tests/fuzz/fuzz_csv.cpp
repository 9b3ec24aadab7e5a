// The CSV reader on any bytes: it must answer with a table or an error, never crash or hang.
// The same bytes go through the import's own reading too: encoding detection, decoding and the
// lenient table.
#include "fuzzsupport.h"
#include "io/csv.h"
#include "io/csvfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = majlis::fuzz::bytes(data, size);
    auto table = majlis::CsvTable::parse(input);
    if (table && table->rowCount() > 0)
        (void)table->lineOf(table->rowCount() - 1);
    auto file = majlis::readCsvFile(input);
    if (file && file->table.rowCount() > 0)
        (void)file->table.cell(file->table.rowCount() - 1, 0);
    return 0;
}
