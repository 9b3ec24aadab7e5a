// The vCard reader on any bytes, and writing back whatever it read.
#include "fuzzsupport.h"
#include "io/vcard.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto read = majlis::VCard::parse(majlis::fuzz::bytes(data, size));
    if (read)
        (void)majlis::VCard::write(read->contacts);
    return 0;
}
