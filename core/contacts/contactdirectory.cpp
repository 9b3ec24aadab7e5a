#include "contacts/contactdirectory.h"

#include "contacts/phoneregion.h"
#include "contacts/searchtext.h"
#include "contacts/validation.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace majlis {

namespace {

const char *orderColumn(ContactQuery::SortKey key)
{
    switch (key) {
    case ContactQuery::SortKey::Name:
        return "c.sort_key";
    case ContactQuery::SortKey::Email:
        return "email";
    case ContactQuery::SortKey::Phone:
        return "phone";
    case ContactQuery::SortKey::Chapter:
        return "(SELECT name FROM chapters WHERE id = c.chapter_id) COLLATE NOCASE";
    case ContactQuery::SortKey::District:
        return "c.us_state, c.district";
    case ContactQuery::SortKey::Organization:
        return "c.organization COLLATE NOCASE";
    case ContactQuery::SortKey::Tags:
        return "tags COLLATE NOCASE";
    case ContactQuery::SortKey::Updated:
        return "c.updated_at";
    }
    return "c.sort_key";
}

// The WHERE clause and its bound values for a query; shared by page() and count() so the
// count in the status bar always describes the rows in the list.
struct Filter
{
    QString from;
    QString where;
    QVariantList values;
};

const QString kEmail = QStringLiteral(
    "(SELECT address FROM contact_emails WHERE contact_id = c.id AND deleted = 0 ORDER BY position LIMIT 1)");
const QString kPhone = QStringLiteral(
    "(SELECT number FROM contact_phones WHERE contact_id = c.id AND deleted = 0 ORDER BY position LIMIT 1)");
const QString kTags = QStringLiteral(
    "(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
    "WHERE ct.contact_id = c.id AND ct.deleted = 0 ORDER BY t.name COLLATE NOCASE))");

Filter filterFor(const ContactQuery &q, SearchPlan plan = SearchPlan::SortMatches)
{
    // Sorting the matches, the full-text index drives the query (CROSS JOIN fixes the order), so
    // a search touches only the contacts it matches instead of probing all of them.
    Filter f;
    const QString match = searchtext::matchExpression(q.search);
    if (match.isEmpty()) {
        f.from = QStringLiteral("contacts c");
        f.where = QStringLiteral("WHERE c.deleted = 0");
    } else if (plan == SearchPlan::WalkListProbingIndex) {
        f.from = QStringLiteral("contacts c");
        f.where = QStringLiteral("WHERE c.deleted = 0 AND EXISTS (SELECT 1 FROM contact_search "
                                 "WHERE contact_search MATCH ? AND rowid = c.rid)");
        f.values.append(match);
    } else if (plan == SearchPlan::WalkListAgainstSet) {
        f.from = QStringLiteral("contacts c");
        f.where = QStringLiteral("WHERE c.deleted = 0 AND c.rid IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)");
        f.values.append(match);
    } else {
        f.from = QStringLiteral("contact_search s CROSS JOIN contacts c ON c.rid = s.rowid");
        f.where = QStringLiteral("WHERE contact_search MATCH ? AND c.deleted = 0");
        f.values.append(match);
    }
    if (!q.chapterId.isEmpty()) {
        f.where += QStringLiteral(" AND c.chapter_id = ?");
        f.values.append(q.chapterId);
    }
    if (!q.tag.isEmpty()) {
        f.where += QStringLiteral(" AND c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                                  "WHERE ct.deleted = 0 AND t.name = ? COLLATE NOCASE)");
        f.values.append(q.tag);
    }
    return f;
}

} // namespace

SearchPlan searchPlanFor(int matchCount, int contactCount)
{
    // Measured at 100,000 contacts (tests/bench/bench_contacts): sorting every match costs about
    // 1 µs a match, so it is the way up to a few thousand matches, whatever their names; beyond
    // that, walking the list in order and testing each contact is cheaper, against the set of
    // matches (built once, about 0.1 µs a match) or, when most contacts match, by asking the
    // index about each contact it passes (about 15 µs each, but only a page's worth of them).
    constexpr int sortAtMost = 5000;
    constexpr double probeFromShare = 0.6;
    if (matchCount < sortAtMost)
        return SearchPlan::SortMatches;
    if (contactCount > 0 && matchCount >= probeFromShare * contactCount)
        return SearchPlan::WalkListProbingIndex;
    return SearchPlan::WalkListAgainstSet;
}

Result<QList<ContactRow>> ContactDirectory::page(const ContactQuery &q, int offset, int limit, int matchCount) const
{
    const bool inListOrder = q.sortKey == ContactQuery::SortKey::Name || q.sortKey == ContactQuery::SortKey::Updated;
    if (!inListOrder || matchCount < 0)
        return pageWith(SearchPlan::SortMatches, q, offset, limit);
    return pageWith(searchPlanFor(matchCount, contactCountEstimate()), q, offset, limit);
}

Result<QList<ContactRow>> ContactDirectory::pageWith(SearchPlan plan, const ContactQuery &q, int offset, int limit) const
{
    const Filter filter = filterFor(q, plan);
    const QString direction = q.descending ? QStringLiteral(" DESC") : QString();
    QString order = QString::fromLatin1(orderColumn(q.sortKey));
    order.replace(QStringLiteral(","), direction + QStringLiteral(","));
    // Two steps: pick the page's contacts in order first, then build the shown columns for those
    // rows only. Sorting by email, phone or tags needs those columns for every match.
    QString sortColumns;
    if (q.sortKey == ContactQuery::SortKey::Email)
        sortColumns = QStringLiteral(", ") + kEmail + QStringLiteral(" AS email");
    else if (q.sortKey == ContactQuery::SortKey::Phone)
        sortColumns = QStringLiteral(", ") + kPhone + QStringLiteral(" AS phone");
    else if (q.sortKey == ContactQuery::SortKey::Tags)
        sortColumns = QStringLiteral(", ") + kTags + QStringLiteral(" AS tags");
    const QString sql = QStringLiteral(
        "WITH pick AS (SELECT c.rid%3 FROM %4 %5 ORDER BY %1%2, c.rid%2 LIMIT ? OFFSET ?) "
        "SELECT c.id, c.given_name, c.family_name, c.preferred_name, c.us_state, c.district, c.organization, "
        "%6 AS email, %7 AS phone, ch.name, %8 AS tags, c.country, ch.country, c.do_not_contact FROM pick JOIN contacts c ON c.rid = pick.rid "
        "LEFT JOIN chapters ch ON ch.id = c.chapter_id ORDER BY %1%2, c.rid%2")
                            .arg(order, direction, sortColumns, filter.from, filter.where, kEmail, kPhone, kTags);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : filter.values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return sqlError(query);
    QList<ContactRow> rows;
    const QString workspaceRegion = phoneregion::workspaceRegion(m_database);
    while (query.next()) {
        ContactRow row;
        row.id = query.value(0).toString();
        const QString preferred = query.value(3).toString();
        row.displayName = !preferred.isEmpty()
            ? preferred
            : (query.value(1).toString() + QLatin1Char(' ') + query.value(2).toString()).trimmed();
        row.usState = query.value(4).toString();
        if (!query.value(5).isNull())
            row.district = query.value(5).toInt();
        row.organization = query.value(6).toString();
        row.email = query.value(7).toString();
        row.phone = query.value(8).toString();
        row.chapterName = query.value(9).toString();
        row.tags = query.value(10).toString();
        const QString chapterCountry = query.value(12).toString().trimmed().toUpper();
        Contact where;
        where.address.country = query.value(11).toString();
        where.usState = row.usState;
        row.phoneRegion = ContactValidator::phoneRegion(where, chapterCountry.isEmpty() ? workspaceRegion : chapterCountry);
        row.doNotContact = query.value(13).toString();
        rows.append(row);
    }
    return rows;
}

Result<int> ContactDirectory::count(const ContactQuery &q) const
{
    QSqlQuery query(m_database.connection());
    const QString match = searchtext::matchExpression(q.search);
    if (!match.isEmpty() && q.chapterId.isEmpty() && q.tag.isEmpty()) {
        // The index holds live contacts only (deleting unindexes), so it can count on its own.
        query.prepare(QStringLiteral("SELECT count(*) FROM contact_search WHERE contact_search MATCH ?"));
        query.addBindValue(match);
    } else {
        const Filter filter = filterFor(q);
        query.prepare(QStringLiteral("SELECT count(*) FROM %1 %2").arg(filter.from, filter.where));
        for (const QVariant &value : filter.values)
            query.addBindValue(value);
    }
    if (!query.exec() || !query.next())
        return sqlError(query);
    return query.value(0).toInt();
}

int ContactDirectory::contactCountEstimate() const
{
    // Rows ever given an id, deleted ones included: a plan needs the size, not the exact count,
    // and this costs one step down the table's tree instead of a count of every row.
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT max(rid) FROM contacts")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Result<QStringList> ContactDirectory::tags() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT name FROM tags t WHERE deleted = 0 AND EXISTS (SELECT 1 FROM contact_tags ct "
                                   "WHERE ct.tag_id = t.id AND ct.deleted = 0) ORDER BY name COLLATE NOCASE")))
        return sqlError(query);
    QStringList tags;
    while (query.next())
        tags.append(query.value(0).toString());
    return tags;
}

Result<QString> ContactDirectory::resolveId(const QString &prefix) const
{
    const QString trimmed = prefix.trimmed().toLower();
    static const QRegularExpression idChars(QStringLiteral("^[0-9a-f-]{4,36}$"));
    if (!idChars.match(trimmed).hasMatch())
        return Error{Error::Code::InvalidInput,
                     tr("\"%1\" is not a contact id; use the id shown by \"contacts list\" (at least 4 characters).").arg(prefix)};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM contacts WHERE deleted = 0 AND id >= ? AND id < ? ORDER BY id LIMIT 2"));
    query.addBindValue(trimmed);
    query.addBindValue(trimmed + QChar(0x7f));
    if (!query.exec())
        return sqlError(query);
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    if (ids.isEmpty())
        return Error{Error::Code::NotFound, tr("No contact has the id %1.").arg(prefix)};
    if (ids.size() > 1)
        return Error{Error::Code::InvalidInput, tr("More than one contact has an id starting with %1; give more of it.").arg(prefix)};
    return ids.first();
}

Result<QStringList> ContactDirectory::resolveIds(const QStringList &prefixes) const
{
    QStringList ids;
    for (const QString &prefix : prefixes) {
        auto id = resolveId(prefix);
        if (!id)
            return id.error();
        ids.append(id.value());
    }
    return ids;
}

QString formatDistrict(const QString &usState, std::optional<int> district)
{
    if (usState.isEmpty())
        return {};
    if (!district)
        return usState;
    if (*district == 0)
        return usState + QStringLiteral("-AL");
    return usState + QLatin1Char('-') + QString::number(*district);
}

} // namespace majlis
