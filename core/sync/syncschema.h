#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace majlis::sync {

// Which chapter a synced row belongs to decides who may see and write it. The server works this
// out from the rows it already holds, never from what a client claims; the client uses the same
// table to know what to send and what to keep.
enum class Scope {
    Organization, // everyone in the organization sees it (legislators, tags, advocacy days)
    OwnChapter,   // the row is a chapter: its members see it
    ChapterColumn, // a column names the chapter; when empty the row is shared with the organization
    PrivateChapterColumn, // a column names the chapter; when empty the writer's first chapter is used
    Parent,       // the chapter of the row a column points to
    ServerOnly,   // written by the server (the conflict log); clients may only mark it resolved
};

// A column holding the id of a row of another synced table. The server checks every one a push
// names against what the writer may see, not only the column that decides the chapter.
struct Reference
{
    QString column;
    QString table;
};

struct TableRule
{
    QString table;
    Scope scope = Scope::Organization;
    QString column;      // the chapter column, or the column pointing at the parent row
    QString parentTable; // for Scope::Parent
    // Organization-wide tables most volunteers must not rewrite (legislators, advocacy days), and
    // every table under one: a row hung on an organizer-only row is organizer-only too.
    bool organizersOnly = false;
    // Derived or bookkeeping columns: merged last-writer-wins like the others, but a lost
    // value there is not a conflict anyone needs to review.
    QStringList quietFields;
    // Every column that names another row, the parent column included.
    QList<Reference> references;
};

// Every table that travels, parents before children, so a first push never sends a child
// before the row it belongs to.
const QList<TableRule> &tableRules();
const TableRule *ruleFor(const QString &table);

// Columns only the server writes: a push that names one as a field is refused.
bool isServerOwnedColumn(const QString &column);

// Columns that never travel: the local integer key of contacts, kept for the search index.
bool isLocalColumn(const QString &table, const QString &column);

// The `fields` of a change-log entry that erases a person on request (PersonErasure), in place
// of the list of changed columns; pushed as {"erase": true}.
inline const QString kErasureMark = QStringLiteral("!erase");

// Bumped when a change to the rules or the wire format would make an older peer misbehave.
// 2: a person erased on request ("erase" in a push, "erased" in a pull).
// 3: a pulled row carries "values" and "clocks" (with "*" for most fields) instead of "fields".
// 4: a pulled tombstone carries only its id, deleted mark and bookkeeping; a laptop that never
//    had the row does not make one.
constexpr int kProtocolVersion = 4;

} // namespace majlis::sync
