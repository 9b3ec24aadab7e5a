#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace majlis::phone {

// Phone numbers of every country through libphonenumber (Google's metadata of numbering plans),
// instead of rules written by hand for a few countries.

// E.164 ("+493012345678") for what a person typed, read as a number of `region` (ISO 3166-1
// alpha-2) unless it starts with + or 00; nothing when it cannot be a number of that region.
// Arabic-Indic and Persian digits are read as 0-9.
std::optional<QString> toE164(const QString &typed, const QString &region);

// Whether libphonenumber knows the region's numbering plan.
bool isKnownRegion(const QString &region);
// Every region libphonenumber knows, upper case, in code order: the countries a user can choose.
QStringList knownRegions();

// How the number is written in its own country ("030 12345678") and abroad
// ("+49 30 12345678"); the text unchanged when it is not an E.164 number.
QString national(const QString &stored);
QString international(const QString &stored);

// How a stored number is shown to a person whose numbers are read in `homeRegion` (the
// contact's country, else its chapter's or the workspace's): the national form for a number of
// that country, the international form for any other. A number kept as typed, or one that
// cannot be read, is shown exactly as it is, with `readable` false so the view can flag it.
struct Display
{
    QString text;
    bool readable = true;
};
Display display(const QString &stored, const QString &homeRegion);
// What a view says beside a number display() could not read, translated.
QString unreadableMessage(const QString &homeRegion);

// The digit strings a stored number is found by: every digit of it, the national number with
// and without the trunk prefix ("02079460958", "2079460958") and, in North America, the
// seven-digit local number. For a number kept as typed, its digits.
QStringList searchTokens(const QString &stored);

} // namespace majlis::phone
