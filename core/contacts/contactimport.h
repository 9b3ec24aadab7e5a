#pragma once

#include "common/result.h"
#include "contacts/contact.h"
#include "contacts/contactcolumns.h"

#include <QCoreApplication>

#include <functional>

namespace majlis {

class CsvTable;
class Database;

enum class DuplicateAction { Merge, Skip, Create };

// A row that cannot be imported as it is: its line in the file, the column and why.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString message;
};

// A row that looks like someone already in the workspace (or earlier in the same file).
struct ImportMatch
{
    int row = 0; // index into ImportPlan::contacts
    QString existingId; // empty when the match is an earlier row of the file
    QString existingName;
    QString reason; // "same email a@b.org"
    DuplicateAction action = DuplicateAction::Merge;
};

// What an import would do, worked out before anything is written: the dry run.
struct ImportPlan
{
    QList<Contact> contacts; // the valid rows, in file order
    QList<int> lines;        // the line each came from
    QList<ImportProblem> problems;
    QList<ImportMatch> matches;
    int rowsRead = 0;

    int toCreate() const;
    int toMerge() const;
    int toSkip() const; // matches skipped; invalid rows are counted in problems
};

struct ImportResult
{
    int created = 0;
    int merged = 0;
    int skipped = 0;
};

// Imports contacts from a spreadsheet. plan() reads and validates every row and matches each
// against the workspace by email, phone, and name with postal code; run() writes the plan in
// one transaction, so a cancel, an error or a crash leaves the workspace exactly as it was.
class ContactImport
{
    Q_DECLARE_TR_FUNCTIONS(ContactImport)

public:
    struct Options
    {
        QList<ContactField> mapping; // one per column of the table
        QString chapterId;           // for every imported contact
        // For rows that name no country; empty: the chapter's country, else the workspace's
        // (phoneregion.h).
        QString defaultCountry;
        DuplicateAction onDuplicate = DuplicateAction::Merge;
        QString source; // recorded with consents, e.g. "import of members.csv"
    };

    // The progress callback gets rows read and the total, every few hundred rows; returning
    // false cancels (nothing has been written at this stage anyway).
    static Result<ImportPlan> plan(Database &database, const CsvTable &table, const Options &options,
                                   const std::function<bool(int done, int total)> &progress = {});
    // The same for contacts read from another format (vCard): "lines" are their positions, 1-based.
    static Result<ImportPlan> planContacts(Database &database, const QList<Contact> &contacts, const Options &options);
    // The progress callback gets rows done and the total, and may return false to cancel.
    static Result<ImportResult> run(Database &database, const ImportPlan &plan,
                                    const std::function<bool(int done, int total)> &progress = {});
    // The problems as CSV (line, column, problem) to save beside the file and fix.
    static QByteArray problemsCsv(const ImportPlan &plan);
};

} // namespace majlis
