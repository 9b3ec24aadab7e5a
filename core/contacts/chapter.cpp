#include "contacts/chapter.h"

#include "common/clock.h"
#include "contacts/phoneregion.h"
#include "events/eventtimezone.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace majlis {

namespace {

const QString kSelect = QStringLiteral("SELECT id, name, city, region, country, time_zone FROM chapters WHERE deleted = 0 ");

Chapter chapterFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString()};
}

} // namespace

Result<Chapter> ChapterRepository::create(const Chapter &input)
{
    Chapter chapter = input;
    chapter.name = input.name.trimmed();
    chapter.country = input.country.trimmed().toUpper();
    chapter.timeZone = input.timeZone.trimmed();
    if (auto known = timezones::check(chapter.timeZone); !known)
        return known.error();
    if (chapter.name.isEmpty())
        return Error{Error::Code::InvalidInput, tr("A chapter needs a name.")};
    if (findByName(chapter.name))
        return Error{Error::Code::InvalidInput, tr("There is already a chapter named \"%1\".").arg(chapter.name)};
    chapter.id = newId();

    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO chapters (id, name, city, region, country, time_zone, created_at, updated_at, device_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 now = nowMs();
    for (const QVariant &value : {QVariant(chapter.id), QVariant(chapter.name), QVariant(chapter.city.trimmed()),
                                  QVariant(chapter.region.trimmed()), QVariant(chapter.country), QVariant(chapter.timeZone), QVariant(now),
                                  QVariant(now), QVariant(m_database.deviceId())})
        query.addBindValue(sqlText(value));
    if (!query.exec())
        return sqlError(query);
    if (auto status = tx.commit(); !status)
        return status.error();
    return chapter;
}

Result<QList<Chapter>> ChapterRepository::list() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(kSelect + QStringLiteral("ORDER BY name COLLATE NOCASE")))
        return sqlError(query);
    QList<Chapter> chapters;
    while (query.next())
        chapters.append(chapterFrom(query));
    return chapters;
}

Result<Chapter> ChapterRepository::findByName(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(kSelect + QStringLiteral("AND name = ? COLLATE NOCASE"));
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error{Error::Code::NotFound, tr("There is no chapter named \"%1\".").arg(name.trimmed())};
    return chapterFrom(query);
}

Result<Chapter> ChapterRepository::get(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(kSelect + QStringLiteral("AND id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error{Error::Code::NotFound, tr("The chapter no longer exists.")};
    return chapterFrom(query);
}

Status ChapterRepository::setTimeZone(const QString &chapterId, const QString &zone)
{
    if (auto known = timezones::check(zone); !known)
        return known;
    return writeInTransaction(m_database, [&](const RowWriter &writer) {
        return writer.update(QStringLiteral("chapters"), chapterId, {{QStringLiteral("time_zone"), zone.trimmed()}});
    });
}

Status ChapterRepository::setCountry(const QString &chapterId, const QString &country)
{
    if (auto known = phoneregion::check(country); !known)
        return known;
    return writeInTransaction(m_database, [&](const RowWriter &writer) {
        return writer.update(QStringLiteral("chapters"), chapterId,
                             {{QStringLiteral("country"), country.trimmed().toUpper()}});
    });
}

} // namespace majlis
