#include "contacts/workspacesettings.h"

#include "contacts/chapter.h"
#include "contacts/phoneregion.h"
#include "events/eventtimezone.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace majlis::workspacesettings {

Status apply(Database &workspace, const Change &change)
{
    Transaction tx(workspace.connection());
    if (!tx.isActive())
        return tx.beginStatus();
    if (change.region) {
        if (auto s = phoneregion::setWorkspaceRegion(workspace, *change.region); !s)
            return s;
    }
    if (change.timeZone) {
        if (auto s = timezones::setWorkspaceZone(workspace, *change.timeZone); !s)
            return s;
    }
    ChapterRepository chapters(workspace);
    for (const ChapterPlace &place : change.chapters) {
        auto stored = chapters.get(place.chapterId);
        if (!stored)
            return stored.error();
        if (stored->country != place.country.trimmed().toUpper()) {
            if (auto s = chapters.setCountry(place.chapterId, place.country); !s)
                return Error{s.error().code, QStringLiteral("%1: %2").arg(stored->name, s.error().message)};
        }
        if (stored->timeZone != place.timeZone.trimmed()) {
            if (auto s = chapters.setTimeZone(place.chapterId, place.timeZone); !s)
                return Error{s.error().code, QStringLiteral("%1: %2").arg(stored->name, s.error().message)};
        }
    }
    return tx.commit();
}

} // namespace majlis::workspacesettings
