#include "io/vcard.h"
#include "support/catchqt.h"
#include "support/encodedtext.h"

#include <catch2/catch.hpp>

using namespace majlis;
using majlis::test::encodedAs;

namespace {

// Quoted-printable as phones write it in vCard 2.1: every byte as =XX.
QByteArray quotedPrintable(const QByteArray &bytes)
{
    QByteArray out;
    for (const char c : bytes)
        out += '=' + QByteArray(1, c).toHex().toUpper();
    return out;
}

bool anyContains(const QStringList &lines, const QString &text)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) { return line.contains(text); });
}

} // namespace

TEST_CASE("vCard 2.1 values read in the CHARSET they name: Windows-1256, ISO-8859-6, UTF-8", "[io][vcard][encoding]")
{
    const QByteArray data = "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                            "N;CHARSET=WINDOWS-1256;ENCODING=QUOTED-PRINTABLE:"
        + quotedPrintable(encodedAs(QStringLiteral("الحسيني;يوسف"), "windows-1256"))
        + "\r\nFN;CHARSET=ISO-8859-6:" + encodedAs(QStringLiteral("يوسف الحسيني"), "ISO-8859-6")
        + "\r\nNOTE;CHARSET=windows-1256:" + encodedAs(QStringLiteral("پدر کوروش"), "windows-1256")
        + "\r\nEND:VCARD\r\n"
          "BEGIN:VCARD\r\nVERSION:2.1\r\n"
          "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
        + quotedPrintable(QStringLiteral("بھٹو;شاہد").toUtf8())
        + "\r\nADR;CHARSET=ISO-8859-6;ENCODING=QUOTED-PRINTABLE:;;"
        + quotedPrintable(encodedAs(QStringLiteral("شارع الملك فيصل"), "ISO-8859-6"))
        + ";Dearborn;MI;48126;USA\r\nEND:VCARD\r\n";
    auto parsed = VCard::parse(data);
    REQUIRE(parsed);
    REQUIRE(parsed->contacts.size() == 2);
    const Contact &yusuf = parsed->contacts.at(0);
    CHECK(yusuf.familyName == QStringLiteral("الحسيني"));
    CHECK(yusuf.givenName == QStringLiteral("يوسف"));
    CHECK(yusuf.displayName().contains(QStringLiteral("يوسف")));
    CHECK(yusuf.notes == QStringLiteral("پدر کوروش"));
    const Contact &shahid = parsed->contacts.at(1);
    CHECK(shahid.familyName == QStringLiteral("بھٹو"));
    CHECK(shahid.givenName == QStringLiteral("شاہد"));
    CHECK(shahid.address.street == QStringLiteral("شارع الملك فيصل"));
    CHECK(parsed->problems.isEmpty());
}

TEST_CASE("a vCard CHARSET that cannot read its value falls back to detection and says so", "[io][vcard][encoding]")
{
    const QByteArray arabic = quotedPrintable(encodedAs(QStringLiteral("علي;محمد"), "windows-1256"));
    const QByteArray unknown = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=X-MAC-KLINGON;ENCODING=QUOTED-PRINTABLE:"
        + arabic + "\r\nEND:VCARD\r\n";
    auto parsed = VCard::parse(unknown);
    REQUIRE(parsed);
    REQUIRE(parsed->contacts.size() == 1);
    CHECK(parsed->contacts.first().familyName == QStringLiteral("علي"));
    CHECK(parsed->contacts.first().givenName == QStringLiteral("محمد"));
    REQUIRE(parsed->problems.size() == 1);
    CHECK(parsed->problems.first().contains(QStringLiteral("Line 3")));
    CHECK(parsed->problems.first().contains(QStringLiteral("X-MAC-KLINGON")));
    CHECK(parsed->problems.first().contains(QStringLiteral("Windows-1256")));

    // A label that lies: ف (0xDD in Windows-1256) has no byte in ISO-8859-6.
    const QByteArray lying = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-6:"
        + encodedAs(QStringLiteral("يوسف;فاطمة"), "windows-1256") + "\r\nEND:VCARD\r\n";
    auto relabelled = VCard::parse(lying);
    REQUIRE(relabelled);
    REQUIRE(relabelled->contacts.size() == 1);
    CHECK(relabelled->contacts.first().familyName == QStringLiteral("يوسف"));
    CHECK(anyContains(relabelled->problems, QStringLiteral("ISO-8859-6")));
}

TEST_CASE("a vCard file saved in Windows-1256 without CHARSET is detected", "[io][vcard][encoding]")
{
    const QString text = QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nN:علي;محمد;;;\r\nFN:محمد علي\r\n"
                                        "ORG:مسجد النور\r\nEND:VCARD\r\n"
                                        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:گلشيري;ژاله;;;\r\nFN:ژاله گلشيري\r\n"
                                        "END:VCARD\r\n"
                                        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lefèvre;Hélène;;;\r\nEND:VCARD\r\n");
    auto parsed = VCard::parse(encodedAs(text, "windows-1256"));
    REQUIRE(parsed);
    REQUIRE(parsed->contacts.size() == 3);
    CHECK(parsed->contacts.at(0).familyName == QStringLiteral("علي"));
    CHECK(parsed->contacts.at(0).organization == QStringLiteral("مسجد النور"));
    CHECK(parsed->contacts.at(1).givenName == QStringLiteral("ژاله"));
    CHECK(parsed->contacts.at(2).givenName == QStringLiteral("Hélène"));
    CHECK(parsed->problems.isEmpty());

    // One short card alone, in 2.1 with quoted-printable and no CHARSET.
    const QByteArray one = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:"
        + quotedPrintable(encodedAs(QStringLiteral("حسن;فاطمة"), "windows-1256")) + "\r\nEND:VCARD\r\n";
    auto short21 = VCard::parse(one);
    REQUIRE(short21);
    REQUIRE(short21->contacts.size() == 1);
    CHECK(short21->contacts.first().givenName == QStringLiteral("فاطمة"));
}
