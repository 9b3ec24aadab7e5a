#pragma once

#include "common/result.h"
#include "legislatures/legislativebody.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace majlis {

class Database;

// A district a postcode may lie in: a chamber of a body, and the district there.
struct DistrictCandidate
{
    QString bodyId;
    QString bodyCode;
    QString bodyName;
    Chamber chamber = Chamber::House;
    QString state;    // the U.S. state for a House seat; the body's region otherwise
    QString district; // "12" ("0" at-large) for the U.S. House; as the file names it otherwise

    // What the organizer reads and types: "MI-12" for the U.S. House, the district otherwise.
    QString label() const;
    bool operator==(const DistrictCandidate &) const = default;
};

// Which districts a U.S. ZIP code lies in: congressional districts from the file bundled in the
// program (or a file imported for the U.S. House in its place) and the districts of every body
// and chamber a postcode file was imported for. A ZIP that spans districts gives them all.
class PostcodeLookup
{
    Q_DECLARE_TR_FUNCTIONS(PostcodeLookup)

public:
    explicit PostcodeLookup(Database &database) : m_database(database) {}

    struct Answer
    {
        QString zip; // the five digits looked up
        // Empty for a ZIP no file knows (one serving only post office boxes, say).
        QList<DistrictCandidate> candidates;
        // Set when this build has no ZIP file for the U.S. House and none was imported: what to do.
        QString houseFileMissing;
    };

    // "48126", "48126-1234" or " 48126 "; other text is an InvalidInput error.
    Result<Answer> lookup(const QString &zip) const;

    // Whether a postcode file was imported for the U.S. House, replacing the bundled file.
    Result<bool> houseFileImported() const;

private:
    Database &m_database;
};

} // namespace majlis
