#include "i18n/datetext.h"

#include <QCalendar>
#include <QCoreApplication>

namespace majlis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DateText)
};

} // namespace

QString hijriDate(QDate date, const QLocale &locale)
{
    return locale.toString(date, u"d MMMM yyyy", QCalendar(QCalendar::System::IslamicCivil));
}

QString withHijri(const QString &gregorian, QDate date, const DateDisplay &display)
{
    if (!display.hijri || !date.isValid())
        return gregorian;
    //: A Gregorian date or time, then the same day in the Hijri calendar: "13 March 2026 (24 Ramadan 1447)"
    return Tr::tr("%1 (%2)").arg(gregorian, hijriDate(date, display.locale));
}

QString formatDate(QDate date, const DateDisplay &display)
{
    return withHijri(display.locale.toString(date, QLocale::LongFormat), date, display);
}

QString hijriCaveat()
{
    return Tr::tr("Hijri dates follow the Islamic civil (tabular) calendar. Where months begin with the "
                  "sighting of the moon, or by the Umm al-Qura calendar, the date announced locally may "
                  "differ by a day.");
}

} // namespace majlis
