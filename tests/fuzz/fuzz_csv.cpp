// The CSV reader on any bytes: it must answer with a table or an error, never crash or hang.
#include "fuzzsupport.h"
#include "io/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto table = majlis::CsvTable::parse(majlis::fuzz::bytes(data, size));
    if (table && table->rowCount() > 0)
        (void)table->lineOf(table->rowCount() - 1);
    return 0;
}
