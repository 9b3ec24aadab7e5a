#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace majlis {

class Database;

// A city or region where the organization works; every contact belongs to one.
struct Chapter
{
    QString id;
    QString name;
    QString city;
    QString region;
    QString country; // ISO 3166-1 alpha-2
    // IANA id, the default of the chapter's new events; empty: the workspace's. Initialised so that
    // brace-built chapters written before it need not name it.
    QString timeZone {};

    bool operator==(const Chapter &) const = default;
};

class ChapterRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChapterRepository)

public:
    explicit ChapterRepository(Database &database) : m_database(database) {}

    Result<Chapter> create(const Chapter &chapter);
    Result<QList<Chapter>> list() const;
    // Case-insensitive lookup by name, as the CLI's --chapter takes it.
    Result<Chapter> findByName(const QString &name) const;
    Result<Chapter> get(const QString &id) const;
    // An IANA id this computer knows, or "" to fall back to the workspace's zone.
    Status setTimeZone(const QString &chapterId, const QString &zone);
    // A country code libphonenumber knows (any case), or "" to fall back to the workspace's.
    Status setCountry(const QString &chapterId, const QString &country);

private:
    Database &m_database;
};

} // namespace majlis
