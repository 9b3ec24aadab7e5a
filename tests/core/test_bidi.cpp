// Right-to-left isolation of display text (issue 15): the one helper every view, list and
// document goes through, so "+1 313 555 0100" never reads "0100 555 313 1+" in Arabic.

#include "i18n/bidi.h"
#include "support/catchqt.h"

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

const QChar kLri(0x2066);
const QChar kFsi(0x2068);
const QChar kPdi(0x2069);

} // namespace

TEST_CASE("numbers, emails and ids are isolated left to right, names by their first letter", "[bidi]")
{
    CHECK(bidi::isolateLtr(QStringLiteral("+13135550100")) == kLri + QStringLiteral("+13135550100") + kPdi);
    CHECK(bidi::isolate(QStringLiteral("a@b.org"), bidi::Kind::Ltr) == kLri + QStringLiteral("a@b.org") + kPdi);
    CHECK(bidi::isolate(QStringLiteral("فاطمة الزهراء")) == kFsi + QStringLiteral("فاطمة الزهراء") + kPdi);
    CHECK(bidi::isolate(QStringLiteral("John Smith"), bidi::Kind::Text) == kFsi + QStringLiteral("John Smith") + kPdi);
    // An empty cell stays empty rather than holding two invisible characters.
    CHECK(bidi::isolateLtr(QString()).isEmpty());
    CHECK(bidi::isolate(QString()).isEmpty());
}

TEST_CASE("isolating twice changes nothing, but two isolates side by side are wrapped", "[bidi]")
{
    const QString once = bidi::isolateLtr(QStringLiteral("2107"));
    CHECK(bidi::isolateLtr(once) == once);
    CHECK(bidi::isolate(once) == once);
    const QString name = bidi::isolate(QStringLiteral("علي"));
    CHECK(bidi::isolate(name) == name);
    CHECK(bidi::isIsolated(once));
    CHECK_FALSE(bidi::isIsolated(QStringLiteral("2107")));
    // Starts with an isolate and ends with a PDI, yet is two isolates and a space between.
    const QString pair = once + u' ' + name;
    CHECK_FALSE(bidi::isIsolated(pair));
    CHECK(bidi::isolateLtr(pair) == kLri + pair + kPdi);
    CHECK_FALSE(bidi::isIsolated(QString(kPdi) + kLri)); // closes before it opens
}

TEST_CASE("a list isolates each item, so its commas stay between the names", "[bidi]")
{
    const QStringList names {QStringLiteral("علي"), QString(), QStringLiteral("John Smith")};
    CHECK(bidi::isolateEach(names) == kFsi + QStringLiteral("علي") + kPdi + QStringLiteral(", ") + kFsi + QStringLiteral("John Smith") + kPdi);
    CHECK(bidi::isolateEach({QStringLiteral("H.R. 12"), QStringLiteral("S. 4")}, bidi::Kind::Ltr)
          == kLri + QStringLiteral("H.R. 12") + kPdi + QStringLiteral(", ") + kLri + QStringLiteral("S. 4") + kPdi);
    CHECK(bidi::clean(bidi::isolateEach(names)) == QStringLiteral("علي, John Smith"));
    CHECK(bidi::isolateEach({}).isEmpty());
}

TEST_CASE("clean() gives back exactly the text that was isolated", "[bidi]")
{
    const QString typed = QStringLiteral("Dr. منصور +44 20 7946 0958");
    CHECK(bidi::clean(bidi::isolate(typed)) == typed);
    CHECK(bidi::clean(QStringLiteral("%1 — %2").arg(bidi::isolate(QStringLiteral("علي")), bidi::isolateLtr(QStringLiteral("a@b.org"))))
          == QStringLiteral("علي — a@b.org"));
    // A right-to-left mark a Persian typist put in a name is theirs, not ours: it stays.
    const QString withMark = QStringLiteral("می\u200Fخواهم");
    CHECK(bidi::clean(withMark) == withMark);
}

TEST_CASE("HTML for browsers gets escaped <bdi>, HTML for Qt's rich text gets isolates", "[bidi][html]")
{
    CHECK(bidi::bdi(QStringLiteral("H.R. 1234")) == QStringLiteral("<bdi>H.R. 1234</bdi>"));
    CHECK(bidi::bdi(QStringLiteral("+1 202-224-3441"), bidi::Kind::Ltr) == QStringLiteral("<bdi dir=\"ltr\">+1 202-224-3441</bdi>"));
    CHECK(bidi::bdi(QStringLiteral("<script>&\"")) == QStringLiteral("<bdi>&lt;script&gt;&amp;&quot;</bdi>"));
    CHECK(bidi::bdi(QString()).isEmpty());
    // Text already isolated for a view becomes one <bdi>, not a <bdi> around isolates.
    CHECK(bidi::bdi(bidi::isolateLtr(QStringLiteral("2107"))) == QStringLiteral("<bdi dir=\"ltr\">2107</bdi>"));
    CHECK(bidi::bdi(bidi::isolate(QStringLiteral("علي"))) == QStringLiteral("<bdi>علي</bdi>"));
    CHECK(bidi::richText(QStringLiteral("a<b"), bidi::Kind::Ltr) == kLri + QStringLiteral("a&lt;b") + kPdi);
}
