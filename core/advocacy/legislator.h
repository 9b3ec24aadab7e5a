#pragma once

#include "advocacy/capitolcampus.h"
#include "legislatures/legislativebody.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace majlis {

// An office of a member other than the one at the capitol: a district office, a second
// capitol address. Addresses are free text, as the sources write them.
struct LegislatorOffice
{
    enum class Kind { Capitol, District };

    Kind kind = Kind::District;
    QString name; // "District Office", "Dearborn office"
    QString address;
    QString phone;
    QString fax;
    QString email;

    bool operator==(const LegislatorOffice &) const = default;
};

// A member of a legislature and their office at its capitol.
struct Legislator
{
    QString id;
    QString bodyId;   // the legislature (legislativebody.h); Congress for rows older than bodies
    QString sourceId; // the stable key across re-imports: bioguide id, Open States person id, ...
    Chamber chamber = Chamber::House;
    QString state;    // USPS code for U.S. bodies; empty elsewhere
    // The district as the body names it: "12", "Middlesex 2nd", "Islington North". Empty for a
    // seat of the whole state (a U.S. senator); "0" for a state's one at-large House seat.
    QString district;
    int senateClass = 0; // U.S. Senate only: 1, 2 or 3
    QString party;
    QString firstName;
    QString lastName;
    QString fullName;
    QString nickname;
    QString email;
    QString phone;
    QString url;
    QString contactForm;
    QString address; // the capitol office
    OfficeLocation office;
    QDate termStart;
    QDate termEnd;
    QList<LegislatorOffice> offices; // district offices and any other
    bool inOffice = true; // false once a newer import no longer lists them

    // "Sen. Maria Cantwell (WA)", "Rep. Suzan DelBene (WA-1)", "Jeremy Corbyn (Islington
    // North)" for lists and itineraries.
    QString title() const;
    // The same with the name and the seat each isolated (i18n/bidi.h), for views and print: in
    // Arabic "النائب %1 (%2)" the parentheses around "WA-1" otherwise land on the wrong side.
    QString shownTitle() const;
    // "WA", "WA-1", "AK-AL", "NH-Hillsborough 12", "Islington North"
    QString seat() const;

    bool operator==(const Legislator &) const = default;
};

} // namespace majlis

Q_DECLARE_METATYPE(majlis::Legislator)
