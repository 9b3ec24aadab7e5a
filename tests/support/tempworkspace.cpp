#include "support/tempworkspace.h"

#include <QCryptographicHash>
#include <QFile>

#include <stdexcept>

namespace majlis::test {

TempWorkspace::TempWorkspace()
{
    auto opened = Database::open(path());
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    m_database = std::move(opened).value();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace majlis::test
