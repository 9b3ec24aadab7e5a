#pragma once

#include "common/result.h"
#include "contacts/contact.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <utility>

namespace majlis {

class Database;

// One row a merge changed: the columns it wrote (always with `deleted`), as they were before and
// as the merge left them. Moving a row is a change of contact_id (or owner_id, attendee_id,
// lead_attendee_id); tombstoning it is a change of deleted.
struct MergeRowChange
{
    QString table;
    QString rowId;
    QVariantMap before;
    QVariantMap after;
};

// Everything undo() needs to put a merge back, and what the caller may want to show.
struct MergeRecord
{
    QString keepId;
    QString mergeId;
    Contact keptBefore;
    Contact mergedBefore;
    Contact keptAfter;
    // In the order written; undo() reverts them last first. Includes the kept contact's own row.
    QList<MergeRowChange> changes;
    // (table, id) of rows the merge inserted: the "merged" history entries. undo() tombstones them.
    QList<std::pair<QString, QString>> addedRows;

    // How many rows of `table` the merge moved from the merged contact to the kept one.
    int movedCount(const QString &table) const;
};

// Merges two records of one person into the one kept, in one transaction, and undoes it.
//
// The kept contact takes the single-valued fields chosen in the dialog and gains what only the
// other had: emails and phones it lacks, tags, languages, skills and interests. Per consent
// channel it keeps the more recent consent (by date); the older one moves to the merged record,
// so neither is lost. History, event registrations, voter records, memberships, interactions,
// advocacy-day places (with the meetings they are on) and partner ownership move to the kept
// contact, as do rows of any other table whose foreign key names a contact. Where both had a
// row that may exist once (both registered for one event), the kept one stays, filled in with
// what only the other knew (a check-in time, a pledge), and the other's is tombstoned. Both
// having a district in one chamber of a body, the kept contact's row takes the stronger of the
// two (entered by hand or confirmed, then estimated, then still to choose; the kept contact's on
// a tie) and the other's is tombstoned.
//
// The merged contact is then tombstoned. Nothing is hard-deleted: rows that duplicate the
// kept contact's (an email both had) stay with the tombstoned record.
class ContactMerger
{
    Q_DECLARE_TR_FUNCTIONS(ContactMerger)

public:
    explicit ContactMerger(Database &database) : m_database(database) {}

    // `chosenFields` supplies the names, preferred name, address, state, district, chapter,
    // organization, role, notes and birthday; its other fields are ignored.
    Result<MergeRecord> merge(const QString &keepId, const QString &mergeId, const Contact &chosenFields);

    // Restores both contacts and every row the merge touched, in one transaction. Refuses,
    // changing nothing, when any of those rows changed since (undoing would lose that change).
    // Timestamps move forward, as for any write, so the undo syncs to other laptops.
    Status undo(const MergeRecord &record);

    // The kept contact as merge() leaves it (but for timestamps): for previews and tests.
    static Contact combined(const Contact &kept, const Contact &merged, const Contact &chosenFields);

private:
    Database &m_database;
};

} // namespace majlis
