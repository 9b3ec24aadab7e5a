// The postcode to district file reader ("majlis-cli districts import") on any bytes, read as each
// kind of postcode it knows.
#include "fuzzsupport.h"
#include "legislatures/postcodefile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = majlis::fuzz::bytes(data, size);
    for (auto kind : {majlis::PostcodeFile::Kind::UsZip, majlis::PostcodeFile::Kind::UsHouse,
                      majlis::PostcodeFile::Kind::Postcodes})
        (void)majlis::PostcodeFile::parse(bytes, kind);
    return 0;
}
