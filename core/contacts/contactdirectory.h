#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace majlis {

class Database;

// What the contacts list shows: a search, optional chapter and tag filters, and an order.
struct ContactQuery
{
    enum class SortKey { Name, Email, Phone, Chapter, District, Organization, Tags, Updated };

    QString search;    // as the user typed it
    QString chapterId; // empty: every chapter
    QString tag;       // empty: any tag
    SortKey sortKey = SortKey::Name;
    bool descending = false;
};

// One line of the contacts list: only what the table shows, so a page is cheap to fetch.
struct ContactRow
{
    QString id;
    QString displayName;
    QString email;
    QString phone;
    QString chapterName;
    QString usState;
    std::optional<int> district;
    QString organization;
    QString tags; // comma-separated
    // The country the phone is shown for (ISO 3166-1 alpha-2; empty when nothing says): the
    // contact's, else its chapter's, else the workspace's, as phoneregion.h chooses.
    QString phoneRegion;
    QString doNotContact; // the opt-out's reason, '' when the person may be contacted
};

// How a search finds one page of matches in list order; see searchPlanFor().
enum class SearchPlan {
    SortMatches,          // the full-text index lists the matches, which are sorted
    WalkListAgainstSet,   // the list is walked in order, each contact looked up in the set of matches
    WalkListProbingIndex, // the list is walked in order, the index asked about each contact
};

// The cheapest plan for a search with `matchCount` matches among about `contactCount` contacts.
SearchPlan searchPlanFor(int matchCount, int contactCount);

// Read-only queries over the contacts: counted, filtered, searched pages for lists and the CLI.
class ContactDirectory
{
    Q_DECLARE_TR_FUNCTIONS(ContactDirectory)

public:
    explicit ContactDirectory(Database &database) : m_database(database) {}

    // `matchCount`, when the caller already counted the matches, lets a broad search ("m")
    // walk the contacts in list order and stop at the page's end instead of sorting every match.
    Result<QList<ContactRow>> page(const ContactQuery &query, int offset, int limit, int matchCount = -1) const;
    // The same page found by a given plan: every plan gives the same rows, only the cost differs.
    Result<QList<ContactRow>> pageWith(SearchPlan plan, const ContactQuery &query, int offset, int limit) const;
    Result<int> count(const ContactQuery &query) const;
    // Every tag in use, for the filter menu and tag completion.
    Result<QStringList> tags() const;
    // The full id of the one live contact whose id starts with `prefix` (at least 4 characters),
    // so the CLI accepts the short ids it prints.
    Result<QString> resolveId(const QString &prefix) const;
    // Each of `prefixes` resolved, in order; the first that names no one contact is the error.
    Result<QStringList> resolveIds(const QStringList &prefixes) const;

private:
    int contactCountEstimate() const;

    Database &m_database;
};

// "MI-13", "CA-AL" for at-large seats, "" when unknown.
QString formatDistrict(const QString &usState, std::optional<int> district);

} // namespace majlis
