#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace majlis {

// Writes a whole file or nothing: the bytes go to a temporary file beside the target, renamed
// into place only when all of them are written, so a failure leaves what was there.
Status saveFile(const QString &path, const QByteArray &data);

} // namespace majlis
