#include "campaigns/callername.h"

#include "storage/database.h"
#include "sync/localstate.h"
#include "sync/serversettings.h"

namespace majlis::callername {

namespace {

const QString kCallerKey = QStringLiteral("campaigns/caller");

} // namespace

QString forThisLaptop(Database &database)
{
    const QString syncUser = sync::ServerSettings::load(database).user.trimmed();
    if (!syncUser.isEmpty())
        return syncUser;
    return sync::localstate::value(database.connection(), kCallerKey).trimmed();
}

Status remember(Database &database, const QString &name)
{
    return sync::localstate::setValue(database.connection(), kCallerKey, name.trimmed());
}

bool fromSync(Database &database)
{
    return !sync::ServerSettings::load(database).user.trimmed().isEmpty();
}

} // namespace majlis::callername
