#pragma once

#include <QString>

class QComboBox;
class QWidget;

// The two choices of place that recur in the window: a country (for phone numbers) and a time
// zone. Built in one place so the events page, Workspace Settings and its chapter table offer
// the same lists and find entries the same way.
namespace majlis::placecombos {

// Editable, with every IANA zone this computer knows; typing any part of a name ("london",
// "york") filters the list. The text is what is chosen: "" when cleared.
QComboBox *timeZone(QWidget *parent);

// Every country libphonenumber knows, by its name in the interface's language, sorted as that
// language sorts, with its code shown and kept as the item's data. When `unsetText` is given,
// a first item with data "" offers to set nothing.
QComboBox *country(QWidget *parent, const QString &unsetText = {});

} // namespace majlis::placecombos
