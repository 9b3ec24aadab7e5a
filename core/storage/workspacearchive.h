#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace majlis {

class Database;

// A whole workspace in one portable file, to move an organization's data to another computer
// or keep a copy. The archive is a consistent SQLite snapshot (VACUUM INTO): any SQLite tool
// reads it, and importInto() brings it back into an empty workspace to the same content.
class WorkspaceArchive
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceArchive)

public:
    // Refuses to overwrite an existing file.
    static Status exportTo(Database &database, const QString &path);
    // Copies every record of the archive into `database`, which must hold no records yet, in
    // one transaction. An archive from a newer Majlis is refused.
    static Status importInto(Database &database, const QString &archivePath);
};

} // namespace majlis
