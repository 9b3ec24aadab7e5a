#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace majlis {

// A postcode to district file an organizer imports for a legislature's chamber: a CSV with a
// postcode column and a district column (and, for the U.S. House, the state), found by their
// header names. One row per postcode and district: a postcode that spans districts has several.
class PostcodeFile
{
    Q_DECLARE_TR_FUNCTIONS(PostcodeFile)

public:
    enum class Kind {
        UsZip,     // U.S. ZIP codes: 5 digits, ZIP+4 read as its ZIP
        UsHouse,   // U.S. ZIP codes to House seats: the district is written "MI-12"
        Postcodes, // any other country's postcodes: compared upper-case without spaces
    };

    struct Row
    {
        QString postcode;
        QString district;
        int line = 0;
    };
    struct Problem
    {
        int line = 0;
        QString message;
    };
    struct Contents
    {
        QList<Row> rows;
        QList<Problem> problems; // rows left out, each with its line
    };

    // Fails for a file that cannot be read or lacks the columns; bad rows are problems.
    static Result<Contents> parse(const QByteArray &data, Kind kind);
    // The postcode as the table stores it, or nothing when it cannot be one of this kind.
    static std::optional<QString> normalizedPostcode(const QString &text, Kind kind);
};

} // namespace majlis
