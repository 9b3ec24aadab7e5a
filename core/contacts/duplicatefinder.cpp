#include "contacts/duplicatefinder.h"

#include "contacts/contact.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace majlis {

namespace {

using Evidence = DuplicateFinder::Evidence;

// Contacts that share one value. `value` is what the reason shows (the address or number).
struct Block
{
    Evidence kind;
    QString value;
    QStringList ids;
};

// Everything two contacts share. Keyed by the ids in ascending order.
struct PairEvidence
{
    unsigned kinds = 0;
    QList<std::pair<Evidence, QString>> reasons;
};

using PairKey = std::pair<QString, QString>;

unsigned bit(Evidence kind)
{
    return 1u << static_cast<unsigned>(kind);
}

// Both queries normalize the same way in SQL, so find() and forContact() agree on what "the
// same" is: lower() folds ASCII case only, which is what emails and postal codes need.
const QString kEmailKey = QStringLiteral("lower(e.address)");
const QString kPostalKey = QStringLiteral("lower(replace(c.postal_code, ' ', ''))");

int blockLimit(Evidence kind)
{
    return kind == Evidence::Name ? DuplicateFinder::maxSameName : DuplicateFinder::maxSharedBy;
}

QString reasonText(Evidence kind, const QString &value)
{
    switch (kind) {
    case Evidence::Email:
        return DuplicateFinder::tr("same email %1").arg(value);
    case Evidence::Phone:
        return DuplicateFinder::tr("same phone %1").arg(value);
    case Evidence::NameAndPostalCode:
        return DuplicateFinder::tr("same name and postal code");
    case Evidence::Name:
        return DuplicateFinder::tr("same name");
    }
    return {};
}

QList<Evidence> kindsIn(unsigned kinds)
{
    QList<Evidence> list;
    for (Evidence kind : {Evidence::Email, Evidence::Phone, Evidence::NameAndPostalCode, Evidence::Name}) {
        if (kinds & bit(kind))
            list.append(kind);
    }
    return list;
}

// The reasons as the user reads them: strongest kind first, values in order, no repeats, and no
// bare "same name" when the postal code matched too.
QStringList reasonTexts(QList<std::pair<Evidence, QString>> reasons, unsigned kinds)
{
    std::sort(reasons.begin(), reasons.end());
    QStringList texts;
    for (const auto &[kind, value] : reasons) {
        if (kind == Evidence::Name && (kinds & bit(Evidence::NameAndPostalCode)))
            continue;
        const QString text = reasonText(kind, value);
        if (!texts.contains(text))
            texts.append(text);
    }
    return texts;
}

void addPair(QHash<PairKey, PairEvidence> &pairs, const QString &a, const QString &b, const Block &block)
{
    PairEvidence &evidence = pairs[a < b ? PairKey{a, b} : PairKey{b, a}];
    evidence.kinds |= bit(block.kind);
    const std::pair<Evidence, QString> reason{block.kind, block.value};
    if (!evidence.reasons.contains(reason))
        evidence.reasons.append(reason);
}

// Reads rows of (value shown, comma-separated ids) into blocks of one kind.
Status readBlocks(QSqlQuery &query, Evidence kind, QList<Block> &blocks)
{
    if (!query.exec())
        return sqlError(query);
    while (query.next()) {
        QStringList ids = query.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        ids.removeDuplicates();
        if (ids.size() < 2 || ids.size() > blockLimit(kind))
            continue;
        blocks.append({kind, query.value(0).toString(), ids});
    }
    return success();
}

// Display names for the ids, a few hundred per query so no statement has too many parameters.
Result<QHash<QString, QString>> displayNames(const QSqlDatabase &db, const QStringList &ids)
{
    QHash<QString, QString> names;
    constexpr qsizetype chunk = 400;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const QStringList part = ids.mid(start, chunk);
        QStringList markers;
        markers.fill(QStringLiteral("?"), part.size());
        query.prepare(QStringLiteral("SELECT id, given_name, family_name, preferred_name FROM contacts WHERE id IN (%1)")
                          .arg(markers.join(QLatin1Char(','))));
        for (const QString &id : part)
            query.addBindValue(id);
        if (!query.exec())
            return sqlError(query);
        while (query.next()) {
            Contact c;
            c.givenName = query.value(1).toString();
            c.familyName = query.value(2).toString();
            c.preferredName = query.value(3).toString();
            names.insert(query.value(0).toString(), c.displayName());
        }
    }
    return names;
}

Error cancelled()
{
    return Error{Error::Code::InvalidInput, DuplicateFinder::tr("The search for duplicates was cancelled.")};
}

// Union-find over contact indexes, for joining pairs into groups.
class Components
{
public:
    int add()
    {
        m_parent.append(static_cast<int>(m_parent.size()));
        return static_cast<int>(m_parent.size() - 1);
    }
    int find(int i)
    {
        while (m_parent[i] != i) {
            m_parent[i] = m_parent[m_parent[i]];
            i = m_parent[i];
        }
        return i;
    }
    // The root of the joined component.
    int join(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
        return std::min(a, b);
    }

private:
    QList<int> m_parent;
};

} // namespace

int DuplicateFinder::evidenceScore(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Email:
        return 90;
    case Evidence::Phone:
        return 80;
    case Evidence::NameAndPostalCode:
        return 70;
    case Evidence::Name:
        return 40;
    }
    return 0;
}

int DuplicateFinder::combinedScore(const QList<Evidence> &evidence)
{
    const bool namePostal = evidence.contains(Evidence::NameAndPostalCode);
    double unlikely = 1.0;
    QList<Evidence> counted;
    for (Evidence kind : evidence) {
        if (counted.contains(kind) || (kind == Evidence::Name && namePostal))
            continue;
        counted.append(kind);
        unlikely *= 1.0 - evidenceScore(kind) / 100.0;
    }
    if (counted.isEmpty())
        return 0;
    return std::clamp(static_cast<int>(std::lround(100.0 * (1.0 - unlikely))), 0, 100);
}

Result<QList<DuplicateGroup>> DuplicateFinder::find(const std::function<bool(int, int)> &progress) const
{
    constexpr int steps = 6;
    int done = 0;
    auto advance = [&] { return !progress || progress(++done, steps); };
    if (progress && !progress(0, steps))
        return cancelled();

    const QSqlDatabase db = m_database.connection();
    QList<Block> blocks;
    QSqlQuery query(db);
    query.setForwardOnly(true);

    // One query per kind of evidence; HAVING keeps only blocks worth comparing within. CROSS
    // JOIN keeps SQLite from starting at contacts (through the index on deleted), which reads
    // every contact's emails one lookup at a time: several times slower.
    const QString blockQueries[] = {
        QStringLiteral("SELECT min(e.address), group_concat(DISTINCT e.contact_id) FROM contact_emails e "
                       "CROSS JOIN contacts c ON c.id = e.contact_id WHERE e.deleted = 0 AND c.deleted = 0 "
                       "GROUP BY %1 HAVING count(DISTINCT e.contact_id) BETWEEN 2 AND %2")
            .arg(kEmailKey)
            .arg(maxSharedBy),
        QStringLiteral("SELECT p.number, group_concat(DISTINCT p.contact_id) FROM contact_phones p "
                       "CROSS JOIN contacts c ON c.id = p.contact_id WHERE p.deleted = 0 AND c.deleted = 0 "
                       "GROUP BY p.number HAVING count(DISTINCT p.contact_id) BETWEEN 2 AND %1")
            .arg(maxSharedBy),
        QStringLiteral("SELECT '', group_concat(c.id) FROM contacts c WHERE c.deleted = 0 AND c.sort_key <> '' "
                       "AND %1 <> '' GROUP BY c.sort_key, %1 HAVING count(*) BETWEEN 2 AND %2")
            .arg(kPostalKey)
            .arg(maxSharedBy),
        QStringLiteral("SELECT '', group_concat(c.id) FROM contacts c WHERE c.deleted = 0 AND c.sort_key <> '' "
                       "GROUP BY c.sort_key HAVING count(*) BETWEEN 2 AND %1")
            .arg(maxSameName),
    };
    const Evidence kinds[] = {Evidence::Email, Evidence::Phone, Evidence::NameAndPostalCode, Evidence::Name};
    for (int i = 0; i < 4; ++i) {
        query.prepare(blockQueries[i]);
        if (auto s = readBlocks(query, kinds[i], blocks); !s)
            return s.error();
        if (!advance())
            return cancelled();
    }
    query.finish();

    QHash<PairKey, PairEvidence> pairs;
    for (const Block &block : std::as_const(blocks)) {
        for (qsizetype i = 0; i < block.ids.size(); ++i) {
            for (qsizetype j = i + 1; j < block.ids.size(); ++j)
                addPair(pairs, block.ids[i], block.ids[j], block);
        }
    }

    // Strongest pairs join first, so each group's score is its weakest necessary link.
    struct Edge
    {
        int score;
        PairKey key;
    };
    QList<Edge> edges;
    edges.reserve(pairs.size());
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        edges.append({combinedScore(kindsIn(it->kinds)), it.key()});
    std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) {
        return a.score != b.score ? a.score > b.score : a.key < b.key;
    });

    QHash<QString, int> indexOf;
    QStringList idAt;
    Components components;
    auto indexFor = [&](const QString &id) {
        auto it = indexOf.constFind(id);
        if (it != indexOf.cend())
            return *it;
        idAt.append(id);
        return indexOf.insert(id, components.add()).value();
    };
    QHash<int, int> scoreOfRoot;
    for (const Edge &edge : std::as_const(edges)) {
        const int a = indexFor(edge.key.first);
        const int b = indexFor(edge.key.second);
        const int ra = components.find(a);
        const int rb = components.find(b);
        if (ra == rb)
            continue;
        scoreOfRoot.remove(ra);
        scoreOfRoot.remove(rb);
        scoreOfRoot.insert(components.join(ra, rb), edge.score); // edges come weakest last
    }
    if (!advance())
        return cancelled();

    struct Collected
    {
        QStringList ids;
        unsigned kinds = 0;
        QList<std::pair<Evidence, QString>> reasons;
    };
    QHash<int, Collected> byRoot;
    for (int i = 0; i < idAt.size(); ++i)
        byRoot[components.find(i)].ids.append(idAt[i]);
    for (const Edge &edge : std::as_const(edges)) {
        Collected &group = byRoot[components.find(indexOf.value(edge.key.first))];
        const PairEvidence &evidence = *pairs.constFind(edge.key);
        group.kinds |= evidence.kinds;
        for (const auto &reason : evidence.reasons) {
            if (!group.reasons.contains(reason))
                group.reasons.append(reason);
        }
    }

    const auto names = displayNames(db, idAt);
    if (!names)
        return names.error();
    QList<DuplicateGroup> groups;
    groups.reserve(byRoot.size());
    for (auto it = byRoot.begin(); it != byRoot.end(); ++it) {
        DuplicateGroup group;
        group.contactIds = it->ids;
        std::sort(group.contactIds.begin(), group.contactIds.end());
        for (const QString &id : std::as_const(group.contactIds))
            group.names.append(names->value(id));
        group.score = scoreOfRoot.value(it.key());
        group.reasons = reasonTexts(it->reasons, it->kinds);
        groups.append(std::move(group));
    }
    std::sort(groups.begin(), groups.end(), [](const DuplicateGroup &a, const DuplicateGroup &b) {
        return a.score != b.score ? a.score > b.score : a.contactIds < b.contactIds;
    });
    if (!advance())
        return cancelled();
    return groups;
}

Result<QList<DuplicateGroup>> DuplicateFinder::forContact(const QString &contactId) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT c.sort_key, %1 FROM contacts c WHERE c.id = ? AND c.deleted = 0").arg(kPostalKey));
    query.addBindValue(contactId);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return Error{Error::Code::NotFound, tr("The contact no longer exists; it may have been deleted.")};
    const QString sortKey = query.value(0).toString();
    const QString postal = query.value(1).toString();

    QList<Block> blocks;
    // Runs a query of (key, value shown, contact id) rows and makes one block per key. The value
    // shown is the contact's own spelling of it.
    auto collect = [&](Evidence kind, const QString &sql, const QVariantList &values) -> Status {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return sqlError(query);
        QHash<QString, Block> byKey;
        QStringList order;
        while (query.next()) {
            const QString key = query.value(0).toString();
            if (!byKey.contains(key)) {
                order.append(key);
                byKey.insert(key, {kind, query.value(1).toString(), {}});
            }
            Block &block = byKey[key];
            const QString id = query.value(2).toString();
            if (id == contactId)
                block.value = query.value(1).toString();
            if (!block.ids.contains(id))
                block.ids.append(id);
        }
        for (const QString &key : std::as_const(order)) {
            const Block &block = byKey[key];
            if (block.ids.size() >= 2 && block.ids.size() <= blockLimit(kind) && block.ids.contains(contactId))
                blocks.append(block);
        }
        return success();
    };
    auto valuesOf = [&](const QString &sql) -> Result<QVariantList> {
        query.prepare(sql);
        query.addBindValue(contactId);
        if (!query.exec())
            return sqlError(query);
        QVariantList values;
        while (query.next()) {
            if (!values.contains(query.value(0)))
                values.append(query.value(0));
        }
        return values;
    };
    auto markers = [](const QVariantList &values) {
        QStringList list;
        list.fill(QStringLiteral("?"), values.size());
        return list.join(QLatin1Char(','));
    };

    const auto emails = valuesOf(QStringLiteral("SELECT %1 FROM contact_emails e WHERE e.contact_id = ? AND e.deleted = 0")
                                     .arg(kEmailKey));
    if (!emails)
        return emails.error();
    if (!emails->isEmpty()) {
        // lower() cannot use the address index: one scan of the emails, as find() makes, but
        // in table order (an ORDER BY here made SQLite walk an index and read rows at random).
        if (auto s = collect(Evidence::Email,
                             QStringLiteral("SELECT %1, e.address, e.contact_id FROM contact_emails e "
                                            "CROSS JOIN contacts c ON c.id = e.contact_id WHERE e.deleted = 0 AND c.deleted = 0 "
                                            "AND %1 IN (%2)")
                                 .arg(kEmailKey, markers(*emails)),
                             *emails);
            !s)
            return s.error();
    }
    const auto phones = valuesOf(QStringLiteral("SELECT number FROM contact_phones WHERE contact_id = ? AND deleted = 0"));
    if (!phones)
        return phones.error();
    if (!phones->isEmpty()) {
        if (auto s = collect(Evidence::Phone,
                             QStringLiteral("SELECT p.number, p.number, p.contact_id FROM contact_phones p "
                                            "CROSS JOIN contacts c ON c.id = p.contact_id WHERE p.deleted = 0 AND c.deleted = 0 "
                                            "AND p.number IN (%1)")
                                 .arg(markers(*phones)),
                             *phones);
            !s)
            return s.error();
    }
    if (!sortKey.isEmpty()) {
        const QString sameName = QStringLiteral("SELECT %1, '', c.id FROM contacts c WHERE c.deleted = 0 AND c.sort_key = ?");
        if (auto s = collect(Evidence::Name, sameName.arg(QStringLiteral("''")), {sortKey}); !s)
            return s.error();
        if (!postal.isEmpty()) {
            if (auto s = collect(Evidence::NameAndPostalCode,
                                 sameName.arg(kPostalKey) + QStringLiteral(" AND %1 = ?").arg(kPostalKey),
                                 {sortKey, postal});
                !s)
                return s.error();
        }
    }

    QHash<PairKey, PairEvidence> pairs;
    for (const Block &block : std::as_const(blocks)) {
        for (const QString &other : block.ids) {
            if (other != contactId)
                addPair(pairs, contactId, other, block);
        }
    }
    QStringList ids{contactId};
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        ids.append(it.key().first == contactId ? it.key().second : it.key().first);
    const auto names = displayNames(db, ids);
    if (!names)
        return names.error();

    QList<DuplicateGroup> groups;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const QString other = it.key().first == contactId ? it.key().second : it.key().first;
        groups.append({{contactId, other},
                       {names->value(contactId), names->value(other)},
                       combinedScore(kindsIn(it->kinds)),
                       reasonTexts(it->reasons, it->kinds)});
    }
    std::sort(groups.begin(), groups.end(), [](const DuplicateGroup &a, const DuplicateGroup &b) {
        return a.score != b.score ? a.score > b.score : a.contactIds < b.contactIds;
    });
    return groups;
}

} // namespace majlis
