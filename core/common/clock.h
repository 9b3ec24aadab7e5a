#pragma once

#include <QDateTime>
#include <QUuid>

namespace majlis {

// Milliseconds since the Unix epoch, UTC: the unit of every created_at / updated_at column.
inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Record ids are random UUIDs made on the client, so offline laptops never collide.
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace majlis
