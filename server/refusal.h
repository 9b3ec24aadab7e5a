#pragma once

#include <QString>

namespace majlis::server {

// Why one pushed change was not kept: acknowledged, listed in the push's answer, never retried.
struct Refusal
{
    QString code;    // forbidden, role, erased, leased, malformed, too_large, invalid, internal
    QString message; // English, shown to the user on the laptop
};

} // namespace majlis::server
