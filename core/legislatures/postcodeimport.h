#pragma once

#include "common/result.h"
#include "legislatures/legislativebody.h"
#include "legislatures/postcodefile.h"

#include <QCoreApplication>

namespace majlis {

class Database;

// Imports a postcode to district file for one chamber of one body, replacing what an earlier
// import brought for that chamber, all in one transaction. The rows stay on this laptop.
class PostcodeImport
{
    Q_DECLARE_TR_FUNCTIONS(PostcodeImport)

public:
    struct Report
    {
        LegislativeBody body;
        Chamber chamber = Chamber::House;
        int rows = 0;      // postcode and district pairs now held
        int postcodes = 0; // distinct postcodes among them
        QList<PostcodeFile::Problem> problems; // rows left out
        // Rows imported whose district no current member of the chamber holds: a typo, or a file
        // for other district lines. Listed only when the chamber has members here.
        QList<PostcodeFile::Problem> unknownDistricts;
    };

    // `body` is a code ("us-mi") or name; a U.S. state legislature not yet here is added.
    static Result<Report> import(Database &database, const QString &body, const QString &chamber, const QByteArray &data);
    static Result<Report> importFile(Database &database, const QString &body, const QString &chamber, const QString &path);
};

} // namespace majlis
