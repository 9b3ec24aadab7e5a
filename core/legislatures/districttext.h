#pragma once

#include <QString>

#include <optional>

namespace majlis::districttext {

// A district as files and people write it, made comparable: trimmed, inner spaces single, and a
// number without leading zeros ("007" and "7" are one district). Other names ("1A", "Bexley
// and Sidcup") are kept as written.
QString canonical(const QString &district);
bool same(const QString &a, const QString &b); // canonical, ignoring case

// A seat in the U.S. House: its state and district number, 0 at-large.
struct HouseSeat
{
    QString state; // USPS code, upper case
    int district = 0;

    QString label() const; // "MI-12"
    bool operator==(const HouseSeat &) const = default;
};

// "MI-12", "mi 12", "MI-AL", "MI-0", or "12" and "AL" when the state is given apart. Nothing for
// text that names no seat, or a state that is not two letters.
std::optional<HouseSeat> houseSeat(const QString &text, const QString &state = {});

} // namespace majlis::districttext
