#include "io/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace majlis {

Status saveFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error{Error::Code::Io, QCoreApplication::translate("majlis::SaveFile", "Could not write %1: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString())};
    return success();
}

} // namespace majlis
