#include "common/crashpoint.h"

#include <QByteArray>
#include <QtGlobal>

#include <csignal>
#include <cstdlib>

namespace majlis::crashpoint {

void hit(const char *name)
{
    static const QByteArray armed = qgetenv("MAJLIS_CRASH_AT");
    if (armed.isEmpty() || armed != name)
        return;
#ifdef SIGKILL
    std::raise(SIGKILL);
#endif
    std::_Exit(137);
}

} // namespace majlis::crashpoint
