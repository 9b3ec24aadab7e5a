#pragma once

#include <QString>
#include <QStringList>

namespace majlis::bidi {

// The one place a piece of display text is made safe to sit inside a line of another
// direction. In the Arabic, Urdu and Farsi interface, "+13135550100" placed in a right-to-left
// line reads "13135550100+", and a Latin name between Arabic words drags the punctuation
// around it. Unicode isolates (or <bdi> in HTML) keep each piece in its own direction without
// affecting its neighbours.
//
// Only what is shown gets isolates: never what is stored, synced, exported (CSV, vCard,
// iCalendar) or copied; clean() takes them off again.

// What a value is, which decides the direction it is isolated in.
enum class Kind {
    Text, // typed by people in any script (names, titles, notes): its first strong letter decides
    Ltr, // always left to right: phone numbers, emails, URLs, ids, rooms, bill numbers, paths
};

// LRI … PDI for Kind::Ltr, FSI … PDI for Kind::Text. An empty string stays empty, and a string
// that is already one whole isolate is returned as it is.
QString isolate(const QString &text, Kind kind = Kind::Text);
inline QString isolateLtr(const QString &text)
{
    return isolate(text, Kind::Ltr);
}

// Each item isolated, then joined with ", ": in "علي, John, فاطمة" without isolates the Latin
// name and the commas swap places in a right-to-left line. Empty items are left out.
QString isolateEach(const QStringList &items, Kind kind = Kind::Text);

// Whether the whole string is one isolate (LRI, RLI or FSI up to its matching PDI).
bool isIsolated(const QString &text);
// The text without the isolates added for display, for the clipboard and files.
QString clean(const QString &text);

// For HTML that browsers read: escaped and wrapped in <bdi>, with dir="ltr" for Kind::Ltr.
QString bdi(const QString &text, Kind kind = Kind::Text);
// For HTML given to QTextDocument (print preview, PDF): Qt's rich text ignores <bdi>, so the
// escaped text carries Unicode isolates instead.
QString richText(const QString &text, Kind kind = Kind::Text);

} // namespace majlis::bidi
