#pragma once

#include "common/result.h"
#include "legislatures/legislativebody.h"
#include "storage/nativestatement.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace majlis {

class Database;

// A contact_districts row as stored, or as it is to be.
struct DistrictRow
{
    bool exists = false; // live or tombstoned
    bool deleted = false;
    QString district;
    QString status; // 'manual', 'confirmed', 'estimated', 'ambiguous'
    QString candidates; // joined with '|'
    QString source;

    // The same values on a live row: writing it again would change nothing.
    bool holds(const DistrictRow &wanted) const
    {
        return exists && !deleted && district == wanted.district && status == wanted.status
               && candidates == wanted.candidates && source == wanted.source;
    }
};

// Writes contacts' districts inside the caller's transaction, so a fill of a hundred thousand
// contacts and the choice of one go through the same two writes. The writes are gathered in
// temporary tables and made by apply(): one UPDATE of contacts and one upsert of
// contact_districts. Made one statement per row, a fill of 100,000 contacts spent most of its
// time on the statements themselves. The change-log triggers fire for every row all the same,
// so sync records each changed row as it did for single writes. A write that would change
// nothing is not made: it would log a change for sync all the same.
//
// One writer at a time on a connection: they share the temporary tables.
class DistrictWriter
{
public:
    explicit DistrictWriter(Database &database);
    ~DistrictWriter();
    DistrictWriter(const DistrictWriter &) = delete;
    DistrictWriter &operator=(const DistrictWriter &) = delete;

    // The row of (contact, body, chamber), made with the key's natural id so two laptops make
    // the same row, brought back from a tombstone when it was deleted. A later write of the same
    // row replaces an earlier one not yet applied.
    Status writeRow(const QString &contactId, const QString &bodyId, Chamber chamber, const DistrictRow &before,
                    const DistrictRow &after);
    // contacts.district, and contacts.us_state when `state` is given; both as sync sees an edit.
    Status setHouseDistrict(const QString &contactId, std::optional<int> district, const QString &state);
    // Tombstones the row of (contact, body, chamber), as undoing a first choice there needs; a
    // row already gone (or never made) is left as it is.
    Status removeRow(const QString &contactId, const QString &bodyId, Chamber chamber);

    // Makes the writes gathered so far; nothing is written before. Call it before the commit.
    Status apply();

private:
    QSqlDatabase m_db;
    QString m_deviceId;
    qint64 m_now;
    Status m_tables; // whether the temporary tables could be made
    NativeStatement m_queueRow;
    NativeStatement m_queueContact;
    NativeStatement m_upsert;
    NativeStatement m_contact;
    NativeStatement m_remove;
};

} // namespace majlis
