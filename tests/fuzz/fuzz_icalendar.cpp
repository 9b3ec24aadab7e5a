// The iCalendar reader on any bytes, with its date parsing (an unknown TZID warns, never fails),
// and writing back what it read.
#include "fuzzsupport.h"
#include "io/icalendar.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto calendars = majlis::ICalendar::parse(majlis::fuzz::bytes(data, size));
    if (!calendars)
        return 0;
    for (const majlis::ICalComponent &calendar : calendars.value()) {
        for (const majlis::ICalComponent &child : calendar.children) {
            for (const majlis::ICalProperty &property : child.properties) {
                QString warning;
                (void)majlis::ICalendar::parseDateTime(property, &warning);
            }
        }
        (void)majlis::ICalendar::write(calendar);
    }
    return 0;
}
