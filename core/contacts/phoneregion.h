#pragma once

#include "common/result.h"
#include "contacts/contact.h"

#include <QSqlDatabase>
#include <QString>

namespace majlis {
class Database;
}

namespace majlis::phoneregion {

// Which country a phone number typed without + belongs to: the contact's country (the United
// States when only a U.S. state is given), else the country of the contact's chapter, else the
// workspace's setting, else the country of this computer's locale. Never a fixed country.
QString forContact(const QSqlDatabase &db, const Contact &contact);
// The chapter's country, else the workspace's region.
QString forChapter(const QSqlDatabase &db, const QString &chapterId);

// The workspace's own setting when one was made, else this computer's locale's country; ISO
// 3166-1 alpha-2, upper case, or empty when neither says.
QString workspaceRegion(const QSqlDatabase &db);
// The workspace's own setting only, "" when none was made.
QString ownWorkspaceRegion(const QSqlDatabase &db);
// The country of this computer's locale when libphonenumber knows it, else "": what an unset
// workspace setting falls back to.
QString localeRegion();
// Accepts "" (no setting of its own) or a code libphonenumber knows, in any case.
Status check(const QString &region);
// Refuses a code libphonenumber does not know; "" removes the setting, so that the computer's
// locale decides again.
Status setWorkspaceRegion(const QSqlDatabase &db, const QString &region);

// The same for the app and majlis-cli, which hold a workspace rather than its connection.
QString workspaceRegion(Database &workspace);
QString ownWorkspaceRegion(Database &workspace);
Status setWorkspaceRegion(Database &workspace, const QString &region);

} // namespace majlis::phoneregion
