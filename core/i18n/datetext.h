#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace majlis {

// How dates are shown to this user. Core takes it as a value: the GUI fills it from its
// preference (QSettings "display/hijri"), majlis-cli from --hijri.
struct DateDisplay
{
    bool hijri = false; // add the Hijri date (Islamic civil calendar) beside the Gregorian one
    QLocale locale;     // the application's default locale unless given
};

// "Friday 13 March 2026 (24 Ramadan 1447)": the locale's long date, then the Hijri date when
// asked for.
QString formatDate(QDate date, const DateDisplay &display);
// Any Gregorian text about `date` (a short date, a date and time) with the Hijri date after it
// when asked for: what lists use.
QString withHijri(const QString &gregorian, QDate date, const DateDisplay &display);
// "24 Ramadan 1447" in the locale's language and digits, from QCalendar's Islamic civil
// (tabular) calendar.
QString hijriDate(QDate date, const QLocale &locale);
// Why a Hijri date may be a day off from the one announced locally: for tooltips.
QString hijriCaveat();

} // namespace majlis
