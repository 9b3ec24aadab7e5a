#pragma once

#include <QString>

namespace majlis::maskedcontact {

// Enough of an email or phone number to tell two people of one name apart on a screen the
// public can see (the check-in door), and never the whole of it. Only what is shown is masked:
// searching and duplicate checks keep working on the real values.
//
// Letters are counted as a reader sees them (grapheme clusters), so an Arabic letter keeps its
// harakat and a character outside the BMP is never cut between its surrogates. The result has
// no direction marks of its own: a view puts it in a left-to-right isolate, as it does any email.

// "amina.khan@example.org" -> "am…@ex…org": the first two letters of the local part and of the
// domain, and the top-level domain. A short part shows fewer letters, so no part is ever whole;
// without a domain only the masked local part is left.
QString email(const QString &address);

// "+1 313 555 0142" -> "••• ••42": the last two digits, and only those of a number long enough
// that most of it stays hidden. Digits of any script count, and are shown as written.
QString phone(const QString &number);

// The email masked when there is one, else the phone: what the door shows beside a name.
QString either(const QString &email, const QString &phone);

} // namespace majlis::maskedcontact
