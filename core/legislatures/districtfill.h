#pragma once

#include "common/result.h"
#include "legislatures/legislativebody.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace majlis {

class Database;

// Which contacts: every one, or those with these ids, this tag, at this advocacy day; the
// conditions that are given all apply.
struct DistrictSelection
{
    QStringList contactIds;
    QString tag;
    QString dayId;
};

// Fills contacts' districts from their postcodes: the U.S. House from the ZIP file bundled in
// the program (or one imported in its place), other bodies from the postcode files imported for
// them. A postcode in one district sets it, marked estimated; one spanning several leaves the
// candidates for the organizer, never a guess; a district entered by hand or confirmed is kept.
class DistrictFill
{
    Q_DECLARE_TR_FUNCTIONS(DistrictFill)

public:
    // A contact the organizer should look at: its postcode and the candidates, when there are.
    struct Entry
    {
        QString contactId;
        QString name;
        QString bodyCode;
        QString bodyName;
        Chamber chamber = Chamber::House;
        QString postcode;
        QStringList candidates; // "MI-12" for the U.S. House, district names elsewhere
    };

    struct Report
    {
        bool dryRun = false;
        int contacts = 0;      // contacts looked at
        int filled = 0;        // districts set now (or, in a dry run, that would be)
        int alreadyFilled = 0; // estimated before, from the same postcode, to the same district
        int kept = 0;          // entered by hand or confirmed: left alone
        int noPostcode = 0;    // no postcode, or an address in another country than the body's
        QList<Entry> ambiguous;       // postcode spans districts: the candidates, for choosing
        QList<Entry> unknownPostcode; // no file knows the postcode (or it is not one)
        QList<Entry> otherState;      // the ZIP lies only in states other than the contact's
        QString notice;               // what could not be filled at all, and what to do
    };

    explicit DistrictFill(Database &database) : m_database(database) {}

    // Every body with a postcode source, or only `bodyId`. One transaction; a dry run writes
    // nothing and reports what would be done.
    Result<Report> fill(const DistrictSelection &selection, const QString &bodyId = {}, bool dryRun = false);

    // Who still has districts to choose among (ambiguous, or marked to check), with the candidates.
    Result<QList<Entry>> ambiguous(const DistrictSelection &selection, const QString &bodyId = {}) const;

private:
    Database &m_database;
};

} // namespace majlis
