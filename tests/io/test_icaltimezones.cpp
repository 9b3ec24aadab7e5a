#include "io/icalendar.h"
#include "io/icaltimezone.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

QStringList lines(const ICalComponent &c)
{
    return QString::fromUtf8(ICalendar::write(c)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("UTC offsets are written as RFC 5545 wants them", "[ical][timezone]")
{
    CHECK(icaltimezone::utcOffset(0) == QStringLiteral("+0000"));
    CHECK(icaltimezone::utcOffset(3600) == QStringLiteral("+0100"));
    CHECK(icaltimezone::utcOffset(-5 * 3600) == QStringLiteral("-0500"));
    CHECK(icaltimezone::utcOffset(5 * 3600 + 45 * 60) == QStringLiteral("+0545"));
    CHECK(icaltimezone::utcOffset(-(3600 + 15 * 60 + 7)) == QStringLiteral("-011507"));
}

TEST_CASE("a VTIMEZONE holds the observance in force and each change over the span", "[ical][timezone]")
{
    const ICalComponent london
        = icaltimezone::component(QTimeZone("Europe/London"), utc(2026, 3, 1), utc(2026, 11, 30));
    const QStringList text = lines(london);
    INFO(text.join(u'\n').toStdString());
    CHECK(london.text(QStringLiteral("TZID")) == QStringLiteral("Europe/London"));
    // In force on 1 March: GMT since October 2025; then BST from 01:00 GMT on 29 March; then
    // GMT again from 02:00 BST on 25 October.
    REQUIRE(london.children.size() == 3);
    CHECK(london.children.at(0).name == QStringLiteral("STANDARD"));
    CHECK(london.children.at(0).text(QStringLiteral("DTSTART")) == QStringLiteral("20251026T020000"));
    CHECK(london.children.at(1).name == QStringLiteral("DAYLIGHT"));
    CHECK(london.children.at(1).text(QStringLiteral("DTSTART")) == QStringLiteral("20260329T010000"));
    CHECK(london.children.at(1).text(QStringLiteral("TZOFFSETFROM")) == QStringLiteral("+0000"));
    CHECK(london.children.at(1).text(QStringLiteral("TZOFFSETTO")) == QStringLiteral("+0100"));
    CHECK(london.children.at(1).text(QStringLiteral("TZNAME")) == QStringLiteral("BST"));
    CHECK(london.children.at(2).text(QStringLiteral("DTSTART")) == QStringLiteral("20261025T020000"));
    CHECK(london.children.at(2).text(QStringLiteral("TZOFFSETTO")) == QStringLiteral("+0000"));

    // Riyadh has kept +03:00 for decades: one STANDARD block is the whole story.
    const ICalComponent riyadh = icaltimezone::component(QTimeZone("Asia/Riyadh"), utc(2026, 1, 1), utc(2026, 12, 31));
    REQUIRE(riyadh.children.size() == 1);
    CHECK(riyadh.children.first().name == QStringLiteral("STANDARD"));
    CHECK(riyadh.children.first().text(QStringLiteral("TZOFFSETTO")) == QStringLiteral("+0300"));
}

TEST_CASE("event times are written with their zone's TZID, or in UTC", "[ical][timezone]")
{
    const QDateTime wall(QDate(2026, 3, 13), QTime(18, 30));
    const ICalProperty london = icaltimezone::dateTime(QStringLiteral("DTSTART"), wall, QTimeZone("Europe/London"));
    CHECK(london.parameters.value(QStringLiteral("TZID")) == QStringLiteral("Europe/London"));
    CHECK(london.value == QStringLiteral("20260313T183000"));
    const ICalProperty inUtc = icaltimezone::dateTime(QStringLiteral("DTSTART"), wall, QTimeZone::utc());
    CHECK(inUtc.parameters.isEmpty());
    CHECK(inUtc.value == QStringLiteral("20260313T183000Z"));
    const ICalProperty fixed = icaltimezone::dateTime(QStringLiteral("DTSTART"), wall, QTimeZone(3600));
    CHECK(fixed.value == QStringLiteral("20260313T173000Z")); // no IANA id to name: the instant in UTC
}

TEST_CASE("imported times follow their TZID; an unknown zone stays floating with a warning", "[ical][timezone]")
{
    const auto read = [](const QString &tzid, QString *warning) {
        return ICalendar::parseDateTime({QStringLiteral("DTSTART"), {{QStringLiteral("TZID"), tzid}},
                                         QStringLiteral("20260314T190000")},
                                        warning);
    };
    QString warning;
    const QDateTime newYork = read(QStringLiteral("America/New_York"), &warning);
    CHECK(newYork.toUTC() == utc(2026, 3, 14, 23)); // EDT since 8 March
    CHECK(warning.isEmpty());
    // Outlook names zones the Windows way; other programs put a prefix before the IANA id.
    CHECK(read(QStringLiteral("Eastern Standard Time"), &warning).toUTC() == utc(2026, 3, 14, 23));
    CHECK(read(QStringLiteral("/freeassociation.sourceforge.net/Tzfile/America/New_York"), &warning).toUTC()
          == utc(2026, 3, 14, 23));
    CHECK(warning.isEmpty());

    const QDateTime unknown = read(QStringLiteral("Mars/Olympus_Mons"), &warning);
    CHECK(unknown.isValid());
    CHECK(unknown.timeSpec() == Qt::LocalTime);
    CHECK(unknown.time() == QTime(19, 0));
    CHECK(warning.contains(QStringLiteral("Mars/Olympus_Mons")));
    CHECK(read(QString(1000, u'/'), nullptr).time() == QTime(19, 0)); // no warning asked for, no crash
}

TEST_CASE("calendar files of other programs with TZIDs read without a crash", "[ical][timezone][shared]")
{
    const QString folder = QStringLiteral(MAJLIS_SHARED_DATA "/ical");
    if (!QFileInfo::exists(folder))
        return;
    int zoned = 0;
    QDirIterator it(folder, {QStringLiteral("*.ics")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        auto calendars = ICalendar::parse(file.readAll());
        if (!calendars)
            continue;
        for (const ICalComponent &calendar : calendars.value()) {
            for (const ICalComponent &child : calendar.children) {
                const ICalProperty *start = child.property(QStringLiteral("DTSTART"));
                if (!start || !start->parameters.contains(QStringLiteral("TZID")))
                    continue;
                QString warning;
                const QDateTime time = ICalendar::parseDateTime(*start, &warning);
                // Either placed in a zone this computer knows, or floating and said so.
                if (time.isValid() && warning.isEmpty()) {
                    CHECK(time.timeSpec() == Qt::TimeZone);
                    ++zoned;
                }
            }
        }
    }
    CHECK(zoned > 0);
}
