#pragma once

#include <QString>

namespace majlis {

// How much a decoded text reads like names and words, per non-ASCII character: about 1 for
// text a person wrote, below 0 for mojibake. The detector decodes 8-bit bytes with each
// candidate encoding and keeps the most plausible reading, because a statistical detector
// cannot tell Windows-1256 from Latin-1 on a file of two names.
//
// What counts: words whose letters are all of one script (Arabic, or Latin with a few accented
// letters) read well, common Arabic letters more than rare ones; mixed-script words ("Straكe"),
// Latin words made mostly of accented capitals and small letters ("ãÍãÏ"), symbols inside
// words ("Ø×ãÏ"), C1 control characters and misplaced harakat read badly. ASCII is left out:
// every candidate reads it the same.
double textPlausibility(const QString &text);

} // namespace majlis
