#pragma once

#include "advocacy/capitolcampus.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace majlis {

enum class Chamber { Senate, House };

// A member of Congress and their Washington office.
struct Legislator
{
    QString id;
    QString bioguideId; // the stable key across re-imports
    Chamber chamber = Chamber::House;
    QString state;                // USPS code
    std::optional<int> district;  // House only; 0 for at-large
    int senateClass = 0;          // Senate only: 1, 2 or 3
    QString party;
    QString firstName;
    QString lastName;
    QString fullName;
    QString nickname;
    QString phone;
    QString url;
    QString contactForm;
    QString address;
    OfficeLocation office;
    bool inOffice = true; // false once a newer import no longer lists them

    // "Sen. Maria Cantwell (WA)", "Rep. Suzan DelBene (WA-1)", for lists and itineraries.
    QString title() const;
    // The same with the name and the seat each isolated (i18n/bidi.h), for views and print: in
    // Arabic "النائب %1 (%2)" the parentheses around "WA-1" otherwise land on the wrong side.
    QString shownTitle() const;
    // "WA", "WA-1", "AK-AL"
    QString seat() const;

    bool operator==(const Legislator &) const = default;
};

} // namespace majlis

Q_DECLARE_METATYPE(majlis::Legislator)
