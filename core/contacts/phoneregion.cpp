#include "contacts/phoneregion.h"

#include "contacts/phonenumber.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace majlis::phoneregion {

namespace {

const QString kSetting = QStringLiteral("workspace/phone_region");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PhoneRegion)
};

} // namespace

QString forContact(const QSqlDatabase &db, const Contact &contact)
{
    const QString country = contact.address.country.trimmed().toUpper();
    if (!country.isEmpty())
        return country;
    if (!contact.usState.trimmed().isEmpty())
        return QStringLiteral("US");
    return forChapter(db, contact.chapterId);
}

QString forChapter(const QSqlDatabase &db, const QString &chapterId)
{
    if (!chapterId.isEmpty()) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT country FROM chapters WHERE id = ? AND deleted = 0"));
        query.addBindValue(chapterId);
        if (query.exec() && query.next() && !query.value(0).toString().trimmed().isEmpty())
            return query.value(0).toString().trimmed().toUpper();
    }
    return workspaceRegion(db);
}

QString workspaceRegion(const QSqlDatabase &db)
{
    const QString own = ownWorkspaceRegion(db);
    return own.isEmpty() ? localeRegion() : own;
}

QString ownWorkspaceRegion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM local_settings WHERE key = ?"));
    query.addBindValue(kSetting);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QString localeRegion()
{
    const QString local = QLocale::territoryToCode(QLocale::system().territory());
    return phone::isKnownRegion(local) ? local.toUpper() : QString();
}

Status check(const QString &region)
{
    const QString code = region.trimmed();
    if (code.isEmpty() || phone::isKnownRegion(code))
        return success();
    return Error{Error::Code::InvalidInput,
                 Tr::tr("\"%1\" is not a country code Majlis knows; use two letters such as DE, GB or CA.").arg(region)};
}

Status setWorkspaceRegion(const QSqlDatabase &db, const QString &region)
{
    if (auto s = check(region); !s)
        return s;
    const QString code = region.trimmed().toUpper();
    QSqlQuery query(db);
    if (code.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM local_settings WHERE key = ?"));
        query.addBindValue(kSetting);
    } else {
        query.prepare(QStringLiteral("INSERT INTO local_settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(kSetting);
        query.addBindValue(code);
    }
    return query.exec() ? success() : Status(sqlError(query));
}

QString workspaceRegion(Database &workspace)
{
    return workspaceRegion(workspace.connection());
}

QString ownWorkspaceRegion(Database &workspace)
{
    return ownWorkspaceRegion(workspace.connection());
}

Status setWorkspaceRegion(Database &workspace, const QString &region)
{
    return setWorkspaceRegion(workspace.connection(), region);
}

} // namespace majlis::phoneregion
