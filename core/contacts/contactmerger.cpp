#include "contacts/contactmerger.h"

#include "common/clock.h"
#include "common/crashpoint.h"
#include "contacts/contactstore.h"
#include "contacts/validation.h"
#include "legislatures/contactdistricts.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <tuple>

namespace majlis {

using namespace contactstore;

namespace {

const QString kDeleted = QStringLiteral("deleted");
const QString kContactId = QStringLiteral("contact_id");

// The columns of the contact row that the merge rewrites; undo() writes them back.
const QStringList &contactColumns()
{
    static const QStringList columns = {
        QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("preferred_name"),
        QStringLiteral("street"), QStringLiteral("locality"), QStringLiteral("region"), QStringLiteral("postal_code"),
        QStringLiteral("country"), QStringLiteral("us_state"), QStringLiteral("district"), QStringLiteral("chapter_id"),
        QStringLiteral("languages"), QStringLiteral("organization"), QStringLiteral("role"), QStringLiteral("skills"),
        QStringLiteral("interests"), QStringLiteral("notes"), QStringLiteral("birthday"), QStringLiteral("sort_key"),
        QStringLiteral("do_not_contact"),
    };
    return columns;
}

// Values read back from SQLite compare by their text: an int written may come back as a
// qlonglong. NULL is only equal to NULL.
bool sameValue(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && a.toString() == b.toString();
}

bool sameValues(const QVariantMap &a, const QVariantMap &b)
{
    if (a.keys() != b.keys())
        return false;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!sameValue(it.value(), b.value(it.key())))
            return false;
    }
    return true;
}

template<typename T>
void appendMissing(QList<T> &into, const QList<T> &from)
{
    for (const T &item : from) {
        if (!into.contains(item))
            into.append(item);
    }
}

// How much a contact_districts row counts when both contacts have one for a chamber: what the
// organizer entered or confirmed over a district estimated from a postcode, and that over
// candidates still to choose among. Of equal weight the kept contact's row stays.
int districtWeight(const QVariantMap &row)
{
    switch (districtStatusFromKey(row.value(QStringLiteral("status")).toString()).value_or(DistrictStatus::Ambiguous)) {
    case DistrictStatus::Manual:
    case DistrictStatus::Confirmed:
        return 2;
    case DistrictStatus::Estimated:
        return 1;
    case DistrictStatus::Ambiguous:
        return 0;
    }
    return 0;
}

bool newerConsent(const QString &candidate, const QString &current)
{
    const QDate a = QDate::fromString(candidate, Qt::ISODate);
    const QDate b = QDate::fromString(current, Qt::ISODate);
    if (!a.isValid())
        return false;
    return !b.isValid() || a > b;
}

// Reads and writes single rows by id inside the caller's transaction, recording every write
// so it can be reverted.
class RowEditor
{
public:
    explicit RowEditor(const WriteContext &ctx) : m_ctx(ctx) {}

    // The columns' current values; NULL as an invalid QVariant, text never as a null QString
    // (which Qt would bind back as NULL).
    Result<QVariantMap> read(const QString &table, const QString &id, const QStringList &columns) const
    {
        QStringList select;
        for (const QString &column : columns)
            select << column << column + QStringLiteral(" IS NULL");
        QSqlQuery query(m_ctx.db);
        query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(select.join(QStringLiteral(", ")), table));
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(query);
        if (!query.next())
            return Error{Error::Code::NotFound,
                         ContactMerger::tr("A record the merge needs is missing (%1 %2).").arg(table, id)};
        QVariantMap values;
        for (int i = 0; i < columns.size(); ++i) {
            QVariant value = query.value(2 * i);
            if (query.value(2 * i + 1).toBool())
                value = QVariant();
            else if (value.typeId() == QMetaType::QString && value.toString().isNull())
                value = QStringLiteral("");
            values.insert(columns[i], value);
        }
        return values;
    }

    Status write(const QString &table, const QString &id, const QVariantMap &values) const
    {
        QStringList assignments;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            assignments.append(it.key() + QStringLiteral(" = ?"));
        assignments << QStringLiteral("updated_at = ?") << QStringLiteral("device_id = ?");
        QSqlQuery query(m_ctx.db);
        query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QStringLiteral(", "))));
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.addBindValue(m_ctx.now);
        query.addBindValue(m_ctx.deviceId);
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(query);
        if (query.numRowsAffected() != 1)
            return Error{Error::Code::NotFound,
                         ContactMerger::tr("A record the merge needs is missing (%1 %2).").arg(table, id)};
        return success();
    }

    const WriteContext &context() const { return m_ctx; }

private:
    WriteContext m_ctx;
};

// The steps of one merge. Each records what it changed in the record; the first failure stops
// the merge and the caller's transaction rolls everything back.
class Merge
{
public:
    Merge(const WriteContext &ctx, MergeRecord &record)
        : m_editor(ctx), m_db(ctx.db), m_record(record), m_keep(record.keepId), m_merge(record.mergeId)
    {
    }

    // Writes `values` to a row and records the change. `deleted` is always part of it, so
    // undo() notices a row tombstoned since.
    Status set(const QString &table, const QString &id, const QVariantMap &values)
    {
        QStringList columns = values.keys();
        if (!columns.contains(kDeleted))
            columns.append(kDeleted);
        const auto before = m_editor.read(table, id, columns);
        if (!before)
            return before.error();
        QVariantMap wanted = *before;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            wanted.insert(it.key(), it.value());
        if (sameValues(wanted, *before))
            return success();
        if (auto s = m_editor.write(table, id, values); !s)
            return s;
        const auto after = m_editor.read(table, id, columns);
        if (!after)
            return after.error();
        m_record.changes.append({table, id, *before, *after});
        return success();
    }

    Status updateKept(const Contact &target)
    {
        const auto before = m_editor.read(QStringLiteral("contacts"), m_keep, contactColumns() + QStringList{kDeleted});
        if (!before)
            return before.error();
        if (auto s = updateContactRow(m_editor.context(), target); !s)
            return s;
        // Saving a contact leaves its opt-out alone; a merge is the one write that carries
        // one over, from the person merged away.
        if (!target.doNotContact.isEmpty()) {
            if (auto s = m_editor.write(QStringLiteral("contacts"), m_keep,
                                        {{QStringLiteral("do_not_contact"), target.doNotContact}});
                !s)
                return s;
        }
        const auto after = m_editor.read(QStringLiteral("contacts"), m_keep, contactColumns() + QStringList{kDeleted});
        if (!after)
            return after.error();
        m_record.changes.append({QStringLiteral("contacts"), m_keep, *before, *after});
        return success();
    }

    // Emails or phones the kept contact lacks move to it, after its own.
    Status moveLabeled(const QString &table, const QString &column, Qt::CaseSensitivity sensitivity)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT %1, position FROM %2 WHERE contact_id = ? AND deleted = 0").arg(column, table));
        query.addBindValue(m_keep);
        if (!query.exec())
            return sqlError(query);
        QStringList have;
        int position = -1;
        while (query.next()) {
            have.append(query.value(0).toString());
            position = std::max(position, query.value(1).toInt());
        }
        query.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE contact_id = ? AND deleted = 0 ORDER BY position, id")
                          .arg(column, table));
        query.addBindValue(m_merge);
        if (!query.exec())
            return sqlError(query);
        QList<std::pair<QString, QString>> rows;
        while (query.next())
            rows.append({query.value(0).toString(), query.value(1).toString()});
        for (const auto &[id, value] : std::as_const(rows)) {
            if (have.contains(value, sensitivity))
                continue; // the kept contact has it; this row stays with the tombstoned record
            have.append(value);
            if (auto s = set(table, id, {{kContactId, m_keep}, {QStringLiteral("position"), ++position}}); !s)
                return s;
        }
        return success();
    }

    Status mergeTags()
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT tag_id, id, deleted FROM contact_tags WHERE contact_id = ?"));
        query.addBindValue(m_keep);
        if (!query.exec())
            return sqlError(query);
        QHash<QString, std::pair<QString, bool>> kept; // tag id -> (row id, deleted)
        while (query.next())
            kept.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toBool()});
        query.prepare(QStringLiteral("SELECT tag_id, id FROM contact_tags WHERE contact_id = ? AND deleted = 0 ORDER BY id"));
        query.addBindValue(m_merge);
        if (!query.exec())
            return sqlError(query);
        QList<std::pair<QString, QString>> rows;
        while (query.next())
            rows.append({query.value(0).toString(), query.value(1).toString()});
        for (const auto &[tagId, rowId] : std::as_const(rows)) {
            const auto existing = kept.constFind(tagId);
            Status s = success();
            if (existing == kept.cend())
                s = set(QStringLiteral("contact_tags"), rowId, {{kContactId, m_keep}});
            else if (existing->second) // UNIQUE (contact_id, tag_id): revive the kept contact's row
                s = set(QStringLiteral("contact_tags"), existing->first, {{kDeleted, 0}});
            if (!s)
                return s;
        }
        return success();
    }

    // Per channel the newer consent goes to the kept contact. When both have a row (UNIQUE per
    // contact and channel), the two rows swap what they say, so the older consent stays on
    // the merged record instead of being overwritten.
    Status mergeConsents()
    {
        const QString table = QStringLiteral("contact_consents");
        const QStringList payload = {QStringLiteral("granted"), QStringLiteral("recorded_on"), QStringLiteral("source"), kDeleted};
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT id, channel FROM contact_consents WHERE contact_id = ? AND deleted = 0 ORDER BY channel"));
        query.addBindValue(m_merge);
        if (!query.exec())
            return sqlError(query);
        QList<std::pair<QString, QString>> rows;
        while (query.next())
            rows.append({query.value(0).toString(), query.value(1).toString()});
        for (const auto &[mergedRow, channel] : std::as_const(rows)) {
            query.prepare(QStringLiteral("SELECT id FROM contact_consents WHERE contact_id = ? AND channel = ?"));
            query.addBindValue(m_keep);
            query.addBindValue(channel);
            if (!query.exec())
                return sqlError(query);
            if (!query.next()) {
                if (auto s = set(table, mergedRow, {{kContactId, m_keep}}); !s)
                    return s;
                continue;
            }
            const QString keptRow = query.value(0).toString();
            const auto mine = m_editor.read(table, keptRow, payload);
            const auto theirs = m_editor.read(table, mergedRow, payload);
            if (!mine)
                return mine.error();
            if (!theirs)
                return theirs.error();
            const bool theirsWins = mine->value(kDeleted).toBool()
                || newerConsent(theirs->value(QStringLiteral("recorded_on")).toString(),
                                mine->value(QStringLiteral("recorded_on")).toString());
            if (!theirsWins)
                continue;
            if (auto s = set(table, keptRow, *theirs); !s)
                return s;
            if (auto s = set(table, mergedRow, *mine); !s)
                return s;
        }
        return success();
    }

    // Every row whose `column` names the merged contact now names the kept one.
    Status moveAll(const QString &table, const QString &column)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column));
        query.addBindValue(m_merge);
        if (!query.exec())
            return sqlError(query);
        QStringList ids;
        while (query.next())
            ids.append(query.value(0).toString());
        for (const QString &id : std::as_const(ids)) {
            if (auto s = set(table, id, {{column, m_keep}}); !s)
                return s;
        }
        return success();
    }

    // A table where a contact has at most one row per `parent` (event, day, interaction; body and
    // chamber for districts).
    struct UniqueTable
    {
        QString table;
        QStringList parent;
        QStringList payload;
        // The kept row's payload when both rows are live, from (kept, merged).
        std::function<QVariantMap(const QVariantMap &, const QVariantMap &)> combine;
        // Called when the merged row gave way to the kept one: (kept row id, merged row id).
        std::function<Status(const QString &, const QString &)> replaced;
    };

    Status mergeUnique(const UniqueTable &t)
    {
        QStringList sameParent;
        for (const QString &column : t.parent)
            sameParent.append(QStringLiteral("k.%1 = m.%1").arg(column));
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT m.id, m.deleted, k.id, k.deleted FROM %1 m LEFT JOIN %1 k "
                                     "ON %2 AND k.contact_id = ? WHERE m.contact_id = ? ORDER BY m.id")
                          .arg(t.table, sameParent.join(QStringLiteral(" AND "))));
        query.addBindValue(m_keep);
        query.addBindValue(m_merge);
        if (!query.exec())
            return sqlError(query);
        struct Row
        {
            QString merged;
            bool mergedDeleted;
            QString kept;
            bool keptDeleted;
        };
        QList<Row> rows;
        while (query.next())
            rows.append({query.value(0).toString(), query.value(1).toBool(), query.value(2).toString(),
                         query.value(3).toBool()});
        for (const Row &row : std::as_const(rows)) {
            if (row.kept.isEmpty()) {
                if (auto s = set(t.table, row.merged, {{kContactId, m_keep}}); !s)
                    return s;
                continue;
            }
            if (row.mergedDeleted)
                continue; // both had one, and the merged contact's was already removed
            QVariantMap values;
            if (!t.payload.isEmpty()) {
                const auto kept = m_editor.read(t.table, row.kept, t.payload);
                const auto merged = m_editor.read(t.table, row.merged, t.payload);
                if (!kept)
                    return kept.error();
                if (!merged)
                    return merged.error();
                // A kept row that was removed gives way to the live one; two live rows combine.
                values = row.keptDeleted ? *merged : t.combine(*kept, *merged);
            }
            values.insert(kDeleted, 0);
            if (auto s = set(t.table, row.kept, values); !s)
                return s;
            if (auto s = set(t.table, row.merged, {{kDeleted, 1}}); !s)
                return s;
            if (t.replaced) {
                if (auto s = t.replaced(row.kept, row.merged); !s)
                    return s;
            }
        }
        return success();
    }

    // A merged contact's advocacy-day place gave way to the kept contact's: its meetings now
    // count the kept attendee, and a team it led is led by the kept attendee.
    Status repointAttendee(const QString &keptAttendee, const QString &mergedAttendee)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT m.id, m.deleted, k.id, k.deleted FROM meeting_attendees m "
                                     "LEFT JOIN meeting_attendees k ON k.meeting_id = m.meeting_id AND k.attendee_id = ? "
                                     "WHERE m.attendee_id = ? ORDER BY m.id"));
        query.addBindValue(keptAttendee);
        query.addBindValue(mergedAttendee);
        if (!query.exec())
            return sqlError(query);
        QList<std::tuple<QString, bool, QString, bool>> rows;
        while (query.next())
            rows.append({query.value(0).toString(), query.value(1).toBool(), query.value(2).toString(),
                         query.value(3).toBool()});
        const QString table = QStringLiteral("meeting_attendees");
        for (const auto &[merged, mergedDeleted, kept, keptDeleted] : std::as_const(rows)) {
            Status s = success();
            if (kept.isEmpty()) {
                s = set(table, merged, {{QStringLiteral("attendee_id"), keptAttendee}});
            } else if (!mergedDeleted) {
                if (keptDeleted)
                    s = set(table, kept, {{kDeleted, 0}});
                if (s)
                    s = set(table, merged, {{kDeleted, 1}});
            }
            if (!s)
                return s;
        }
        query.prepare(QStringLiteral("SELECT id FROM meetings WHERE lead_attendee_id = ? ORDER BY id"));
        query.addBindValue(mergedAttendee);
        if (!query.exec())
            return sqlError(query);
        QStringList meetings;
        while (query.next())
            meetings.append(query.value(0).toString());
        for (const QString &meeting : std::as_const(meetings)) {
            if (auto s = set(QStringLiteral("meetings"), meeting, {{QStringLiteral("lead_attendee_id"), keptAttendee}}); !s)
                return s;
        }
        return success();
    }

    Status moveReferences()
    {
        auto larger = [](const QVariant &a, const QVariant &b) { return std::max(a.toLongLong(), b.toLongLong()); };
        const UniqueTable registrations{
            QStringLiteral("event_registrations"),
            {QStringLiteral("event_id")},
            {QStringLiteral("registered"), QStringLiteral("walk_in"), QStringLiteral("checked_in_at")},
            [&](const QVariantMap &kept, const QVariantMap &merged) {
                QVariantMap out = kept;
                out.insert(QStringLiteral("registered"), larger(kept.value(QStringLiteral("registered")),
                                                                merged.value(QStringLiteral("registered"))));
                // Whichever record was checked in, the person came; the earlier arrival counts.
                const QVariant a = kept.value(QStringLiteral("checked_in_at"));
                const QVariant b = merged.value(QStringLiteral("checked_in_at"));
                if (a.isNull() || (!b.isNull() && b.toLongLong() < a.toLongLong()))
                    out.insert(QStringLiteral("checked_in_at"), b);
                return out;
            },
            {}};
        const UniqueTable voterRecords{
            QStringLiteral("voter_records"),
            {QStringLiteral("event_id")},
            {QStringLiteral("eligible"), QStringLiteral("status"), QStringLiteral("pledged"), QStringLiteral("follow_up_done"),
             QStringLiteral("notes")},
            [&](const QVariantMap &kept, const QVariantMap &merged) {
                QVariantMap out = kept;
                if (kept.value(QStringLiteral("eligible")).isNull())
                    out.insert(QStringLiteral("eligible"), merged.value(QStringLiteral("eligible")));
                if (kept.value(QStringLiteral("status")).toString() == QLatin1String("unknown"))
                    out.insert(QStringLiteral("status"), merged.value(QStringLiteral("status")));
                for (const QString &flag : {QStringLiteral("pledged"), QStringLiteral("follow_up_done")})
                    out.insert(flag, larger(kept.value(flag), merged.value(flag)));
                const QString mine = kept.value(QStringLiteral("notes")).toString();
                const QString theirs = merged.value(QStringLiteral("notes")).toString();
                if (mine.isEmpty())
                    out.insert(QStringLiteral("notes"), theirs);
                else if (!theirs.isEmpty() && theirs != mine)
                    out.insert(QStringLiteral("notes"), mine + QLatin1Char('\n') + theirs);
                return out;
            },
            {}};
        const UniqueTable participants{QStringLiteral("interaction_participants"), {QStringLiteral("interaction_id")}, {}, {}, {}};
        const UniqueTable attendees{
            QStringLiteral("day_attendees"),
            {QStringLiteral("day_id")},
            {QStringLiteral("role")},
            [](const QVariantMap &kept, const QVariantMap &merged) {
                // A team lead or note taker is a job someone was given; plain constituent is not.
                return kept.value(QStringLiteral("role")).toString() == QLatin1String("constituent") ? merged : kept;
            },
            [this](const QString &kept, const QString &merged) { return repointAttendee(kept, merged); }};
        const UniqueTable districts{
            QStringLiteral("contact_districts"),
            {QStringLiteral("body_id"), QStringLiteral("chamber")},
            {QStringLiteral("district"), QStringLiteral("status"), QStringLiteral("candidates"), QStringLiteral("source")},
            [](const QVariantMap &kept, const QVariantMap &merged) {
                return districtWeight(merged) > districtWeight(kept) ? merged : kept;
            },
            {}};

        for (const UniqueTable *t : {&registrations, &voterRecords, &participants, &attendees, &districts}) {
            if (auto s = mergeUnique(*t); !s)
                return s;
        }
        if (auto s = moveAll(QStringLiteral("organization_members"), kContactId); !s)
            return s;
        if (auto s = moveAll(QStringLiteral("organizations"), QStringLiteral("owner_id")); !s)
            return s;
        return moveOtherReferences();
    }

    // A table added later that refers to contacts must not keep pointing at the tombstoned
    // record: its rows move too. Should that break a constraint, the merge fails whole and
    // someone teaches this class about the table.
    Status moveOtherReferences()
    {
        static const QSet<QString> handled = {
            QStringLiteral("contact_emails.contact_id"),        QStringLiteral("contact_phones.contact_id"),
            QStringLiteral("contact_tags.contact_id"),          QStringLiteral("contact_consents.contact_id"),
            QStringLiteral("contact_activities.contact_id"),    QStringLiteral("event_registrations.contact_id"),
            QStringLiteral("voter_records.contact_id"),         QStringLiteral("interaction_participants.contact_id"),
            QStringLiteral("day_attendees.contact_id"),         QStringLiteral("organization_members.contact_id"),
            QStringLiteral("organizations.owner_id"),           QStringLiteral("contact_districts.contact_id"),
        };
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                                       "WHERE m.type = 'table' AND f.\"table\" = 'contacts' ORDER BY 1, 2")))
            return sqlError(query);
        QList<std::pair<QString, QString>> references;
        while (query.next()) {
            const QString table = query.value(0).toString();
            const QString column = query.value(1).toString();
            if (!handled.contains(table + QLatin1Char('.') + column))
                references.append({table, column});
        }
        for (const auto &[table, column] : std::as_const(references)) {
            if (auto s = moveAll(table, column); !s)
                return s;
        }
        return success();
    }

    Status addMergedActivity(const QString &contactId, const QString &otherName)
    {
        const QString id = newId();
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO contact_activities (id, contact_id, kind, detail, occurred_at, created_at, "
                                     "updated_at, device_id) VALUES (?, ?, 'merged', ?, ?, ?, ?, ?)"));
        const WriteContext &ctx = m_editor.context();
        for (const QVariant &v : {QVariant(id), QVariant(contactId), QVariant(otherName.isNull() ? QStringLiteral("") : otherName),
                                  QVariant(ctx.now), QVariant(ctx.now), QVariant(ctx.now), QVariant(ctx.deviceId)})
            query.addBindValue(v);
        if (!query.exec())
            return sqlError(query);
        m_record.addedRows.append({QStringLiteral("contact_activities"), id});
        return success();
    }

private:
    RowEditor m_editor;
    QSqlDatabase m_db;
    MergeRecord &m_record;
    QString m_keep;
    QString m_merge;
};

} // namespace

int MergeRecord::movedCount(const QString &table) const
{
    int count = 0;
    for (const MergeRowChange &change : changes) {
        if (change.table != table)
            continue;
        for (auto it = change.after.cbegin(); it != change.after.cend(); ++it) {
            if (it.value().toString() == keepId && change.before.value(it.key()).toString() == mergeId) {
                ++count;
                break;
            }
        }
    }
    return count;
}

Contact ContactMerger::combined(const Contact &kept, const Contact &merged, const Contact &chosen)
{
    Contact out = kept;
    out.givenName = chosen.givenName;
    out.familyName = chosen.familyName;
    out.preferredName = chosen.preferredName;
    out.address = chosen.address;
    out.usState = chosen.usState;
    out.district = chosen.district;
    out.chapterId = chosen.chapterId;
    out.organization = chosen.organization;
    out.role = chosen.role;
    out.notes = chosen.notes;
    out.birthday = chosen.birthday;
    // Either person's opt-out holds for the one they turn out to be.
    out.doNotContact = !kept.doNotContact.isEmpty() ? kept.doNotContact : merged.doNotContact;

    auto addMissing = [](QList<LabeledValue> &into, const QList<LabeledValue> &from, Qt::CaseSensitivity cs) {
        QStringList have;
        for (const LabeledValue &v : std::as_const(into))
            have.append(v.value);
        for (const LabeledValue &v : from) {
            if (!have.contains(v.value, cs)) {
                have.append(v.value);
                into.append(v);
            }
        }
    };
    addMissing(out.emails, merged.emails, Qt::CaseInsensitive);
    addMissing(out.phones, merged.phones, Qt::CaseSensitive);
    appendMissing(out.languages, merged.languages);
    appendMissing(out.skills, merged.skills);
    appendMissing(out.interests, merged.interests);
    for (const QString &tag : merged.tags) {
        if (!out.tags.contains(tag, Qt::CaseInsensitive))
            out.tags.append(tag);
    }
    std::sort(out.tags.begin(), out.tags.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    for (const Consent &theirs : merged.consents) {
        const auto mine = std::find_if(out.consents.begin(), out.consents.end(),
                                       [&](const Consent &c) { return c.channel == theirs.channel; });
        if (mine == out.consents.end())
            out.consents.append(theirs);
        else if (newerConsent(theirs.date.toString(Qt::ISODate), mine->date.toString(Qt::ISODate)))
            *mine = theirs;
    }
    std::sort(out.consents.begin(), out.consents.end(),
              [](const Consent &a, const Consent &b) { return a.channel < b.channel; });
    return out;
}

Result<MergeRecord> ContactMerger::merge(const QString &keepId, const QString &mergeId, const Contact &chosenFields)
{
    if (keepId.isEmpty() || mergeId.isEmpty() || keepId == mergeId)
        return Error{Error::Code::InvalidInput, tr("Choose two different contacts to merge.")};

    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus().error();
    const WriteContext ctx{m_database.connection(), m_database.deviceId(), nowMs()};
    const auto kept = loadContact(ctx.db, keepId, false);
    if (!kept)
        return kept.error();
    const auto merged = loadContact(ctx.db, mergeId, false);
    if (!merged)
        return merged.error();

    // Validated as any save is, on the fields this write sets; emails and phones are moved
    // as rows and were validated when saved.
    Contact row = combined(*kept, *merged, chosenFields);
    row.emails.clear();
    row.phones.clear();
    const auto target = ContactValidator::normalized(row);
    if (!target)
        return target.error();

    MergeRecord record;
    record.keepId = keepId;
    record.mergeId = mergeId;
    record.keptBefore = *kept;
    record.mergedBefore = *merged;
    Merge m(ctx, record);
    const QString emails = QStringLiteral("contact_emails");
    const QString phones = QStringLiteral("contact_phones");
    Status s = m.updateKept(*target);
    if (s)
        s = m.moveLabeled(emails, QStringLiteral("address"), Qt::CaseInsensitive);
    if (s)
        s = m.moveLabeled(phones, QStringLiteral("number"), Qt::CaseSensitive);
    if (s)
        s = m.mergeTags();
    if (s)
        s = m.mergeConsents();
    if (s)
        s = m.moveAll(QStringLiteral("contact_activities"), kContactId);
    if (s)
        s = m.moveReferences();
    if (s)
        s = m.addMergedActivity(keepId, merged->displayName());
    if (s)
        s = m.addMergedActivity(mergeId, kept->displayName());
    if (s)
        s = m.set(QStringLiteral("contacts"), mergeId, {{kDeleted, 1}});
    if (s)
        s = unindexContact(ctx, mergeId);
    if (!s)
        return s.error();
    const auto after = loadContact(ctx.db, keepId, false);
    if (!after)
        return after.error();
    if (auto indexed = indexContact(ctx, *after); !indexed)
        return indexed.error();
    record.keptAfter = *after;
    crashpoint::hit("merge.before-commit");
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    crashpoint::hit("merge.after-commit");
    return record;
}

Status ContactMerger::undo(const MergeRecord &record)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.beginStatus();
    const WriteContext ctx{m_database.connection(), m_database.deviceId(), nowMs()};
    const RowEditor editor(ctx);
    const Error changedSince{
        Error::Code::InvalidInput,
        tr("%1 or %2 changed after they were merged, so the merge cannot be undone without losing that change.")
            .arg(record.keptBefore.displayName(), record.mergedBefore.displayName())};

    for (auto it = record.addedRows.crbegin(); it != record.addedRows.crend(); ++it) {
        const auto now = editor.read(it->first, it->second, {kDeleted});
        if (!now)
            return now.error();
        if (now->value(kDeleted).toBool())
            return changedSince;
        if (auto s = editor.write(it->first, it->second, {{kDeleted, 1}}); !s)
            return s;
    }
    for (auto it = record.changes.crbegin(); it != record.changes.crend(); ++it) {
        const auto now = editor.read(it->table, it->rowId, it->after.keys());
        if (!now)
            return now.error();
        if (!sameValues(*now, it->after))
            return changedSince;
        if (auto s = editor.write(it->table, it->rowId, it->before); !s)
            return s;
    }

    for (const QString &id : {record.keepId, record.mergeId}) {
        const auto contact = loadContact(ctx.db, id, false);
        if (!contact)
            return contact.error();
        if (auto s = indexContact(ctx, *contact); !s)
            return s;
    }
    return tx.commit();
}

} // namespace majlis
