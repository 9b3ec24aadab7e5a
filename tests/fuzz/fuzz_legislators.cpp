// The legislators-current.csv importer's reader on any bytes.
#include "advocacy/legislatorfile.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)majlis::LegislatorFile::parse(majlis::fuzz::bytes(data, size));
    return 0;
}
