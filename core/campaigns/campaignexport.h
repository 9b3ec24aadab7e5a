#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace majlis {

class Database;

// A campaign as spreadsheets: its results for the organizer's report, and its list for the
// people who call or walk it. Both are UTF-8 with a byte-order mark, so Excel reads Arabic and
// Urdu names as written, and cells that look like formulas are defused (CsvWriter).
class CampaignExport
{
    Q_DECLARE_TR_FUNCTIONS(CampaignExport)

public:
    explicit CampaignExport(Database &database) : m_database(database) {}

    // One row per result standing (rolled-back ones are gone), oldest first: the person, their
    // phone, the caller, the result code's key and name, when it was recorded (ISO 8601, UTC),
    // one column per script question named by its key (answer keys joined by ';', free text as
    // typed), whether it asked for a follow-up and the opt-out it made. The phone of someone who
    // has since opted out is left empty: the report must not become a list to call.
    Result<QByteArray> resultsCsv(const QString &campaignId) const;

    // The people on the list to call or visit, in list order (street order on a door list),
    // optionally only one volunteer's share. Everyone who has opted out is left out, and so is
    // every number marked bad; on a phone bank someone with no good number left is not listed.
    Result<QByteArray> listCsv(const QString &campaignId, const QString &volunteer = {}) const;

    // The same, written atomically to `path`; the number of rows written.
    Result<int> writeResults(const QString &campaignId, const QString &path) const;
    Result<int> writeList(const QString &campaignId, const QString &path, const QString &volunteer = {}) const;

private:
    Database &m_database;
};

} // namespace majlis
