// An Open States person file's reader (yaml-cpp underneath) on any bytes.
#include "fuzzsupport.h"
#include "legislatures/openstates.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDate asOf(2026, 8, 5);
    (void)majlis::OpenStates::parsePerson(majlis::fuzz::bytes(data, size), QStringLiteral("fuzz.yml"), asOf);
    return 0;
}
