#include "advocacy/itinerary.h"
#include "i18n/datetext.h"

#include <QCalendar>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

// The tabular Islamic calendar by arithmetic alone (Reingold and Dershowitz, "Calendrical
// Calculations", fixed-from-islamic), as a second source beside QCalendar: years 2, 5, 7, 10,
// 13, 16, 18, 21, 24, 26 and 29 of each 30 are leap years; 1 Muharram AH 1 is Julian day 1948440.
QDate civilIslamicToGregorian(int year, int month, int day)
{
    const qint64 julianDay = 1948440 - 1 + (year - 1) * 354LL + (3 + 11 * year) / 30 + 29 * (month - 1) + month / 2 + day;
    return QDate::fromJulianDay(julianDay);
}

} // namespace

TEST_CASE("Gregorian dates convert to the Islamic civil calendar as two sources agree", "[datetext][hijri]")
{
    const QCalendar civil(QCalendar::System::IslamicCivil);
    // 13 March 2026 is 24 Ramadan 1447 in the civil calendar (Ramadan began on 18 February where
    // it was announced by the Umm al-Qura calendar too).
    const QCalendar::YearMonthDay ramadan = civil.partsFromDate(QDate(2026, 3, 13));
    CHECK(ramadan.year == 1447);
    CHECK(ramadan.month == 9);
    CHECK(ramadan.day == 24);
    CHECK(civilIslamicToGregorian(1447, 9, 24) == QDate(2026, 3, 13));
    CHECK(civil.dateFromParts(1447, 9, 24) == QDate(2026, 3, 13));
    // 1 Muharram 1447 (Islamic new year) and 1 Shawwal 1446 (Eid al-Fitr), both ways.
    for (const auto &[y, m, d] : {std::tuple {1447, 1, 1}, std::tuple {1446, 10, 1}, std::tuple {1400, 12, 29}}) {
        INFO(y << "-" << m << "-" << d);
        CHECK(civil.dateFromParts(y, m, d) == civilIslamicToGregorian(y, m, d));
    }
    // The civil calendar's 1 Muharram 1447 is 27 June 2025; Saudi Arabia's Umm al-Qura calendar
    // began the year on 26 June: the day's difference the preference's tooltip warns of.
    CHECK(civilIslamicToGregorian(1447, 1, 1) == QDate(2025, 6, 27));
}

TEST_CASE("formatDate adds the Hijri date in the reader's language only when asked", "[datetext][hijri]")
{
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    const QDate friday(2026, 3, 13);
    CHECK(formatDate(friday, {false, british}) == QStringLiteral("Friday, 13 March 2026"));
    CHECK(formatDate(friday, {true, british}) == QStringLiteral("Friday, 13 March 2026 (24 Ramadan 1447)"));
    CHECK(hijriDate(friday, QLocale(QLocale::Arabic, QLocale::SaudiArabia)).contains(QStringLiteral("رمضان")));
    CHECK(withHijri(QStringLiteral("13/03/2026 18:30"), friday, {false, british}) == QStringLiteral("13/03/2026 18:30"));
    CHECK(withHijri(QStringLiteral("13/03/2026 18:30"), friday, {true, british}).endsWith(QStringLiteral("(24 Ramadan 1447)")));
    CHECK_FALSE(hijriCaveat().isEmpty());
}

TEST_CASE("an itinerary's date carries the Hijri date when the preference is on", "[datetext][hijri][advocacy]")
{
    DaySnapshot s;
    s.day.title = QStringLiteral("Spring Advocacy Day");
    s.day.date = QDate(2026, 3, 13);
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    const Itinerary plain = Itineraries::forAttendee(s, {}, {false, british});
    const Itinerary hijri = Itineraries::forAttendee(s, {}, {true, british});
    CHECK_FALSE(plain.subtitle.contains(QStringLiteral("Ramadan")));
    CHECK(hijri.subtitle.contains(QStringLiteral("24 Ramadan 1447")));
    CHECK(Itineraries::html({hijri}).contains(QStringLiteral("24 Ramadan 1447")));
}
