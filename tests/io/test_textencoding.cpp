#include "contacts/contactdirectory.h"
#include "contacts/contactimport.h"
#include "contacts/contactrepository.h"
#include "io/csvfile.h"
#include "io/textdecoding.h"
#include "support/catchqt.h"
#include "support/encodedtext.h"
#include "support/tempworkspace.h"

#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace majlis;
using majlis::test::encodedAs;

namespace {

// Names as organizers type them on Arabic, Persian and Urdu keyboards, in letters Windows-1256
// has (it has no Persian yeh or Urdu yeh: Windows writes ي for both).
const QStringList kArabic {QStringLiteral("محمد علي"), QStringLiteral("فاطمة الزهراء"),
    QStringLiteral("عبد الرحمن الحسيني"), QStringLiteral("خديجة بنت خويلد"), QStringLiteral("يوسف القرضاوي")};
const QStringList kPersian {QStringLiteral("کوروش پرويزي"), QStringLiteral("ژاله گلشيري"), QStringLiteral("چنگيز")};
const QStringList kUrdu {QStringLiteral("شاہد بھٹو"), QStringLiteral("رضوانہ ڈار"), QStringLiteral("بڑے")};

QString csvOf(const QStringList &names)
{
    QString text = QStringLiteral("Name,Email\r\n");
    int n = 0;
    for (const QString &name : names)
        text += name + QStringLiteral(",p%1@example.org\r\n").arg(++n);
    return text;
}

void checkDetected(const QByteArray &bytes, TextEncoding expected, const QString &text)
{
    INFO(TextEncodings::name(expected).toStdString() << ": " << text.toStdString());
    const EncodingGuess guess = detectEncoding(bytes);
    CHECK(TextEncodings::name(guess.encoding) == TextEncodings::name(expected));
    CHECK(decodeText(bytes).text == text);
}

} // namespace

TEST_CASE("encodings are known by the names people and programs give them", "[io][encoding]")
{
    CHECK(TextEncodings::fromName(QStringLiteral("windows-1256")) == TextEncoding::Windows1256);
    CHECK(TextEncodings::fromName(QStringLiteral("CP1256")) == TextEncoding::Windows1256);
    CHECK(TextEncodings::fromName(QStringLiteral("ISO-8859-6")) == TextEncoding::Iso8859_6);
    CHECK(TextEncodings::fromName(QStringLiteral("iso_8859-6")) == TextEncoding::Iso8859_6);
    CHECK(TextEncodings::fromName(QStringLiteral("utf8")) == TextEncoding::Utf8);
    CHECK(TextEncodings::fromName(QStringLiteral("UTF-16LE")) == TextEncoding::Utf16LE);
    CHECK(TextEncodings::fromName(QStringLiteral("latin1")) == TextEncoding::Iso8859_1);
    CHECK(TextEncodings::fromName(QStringLiteral("Windows-1252")) == TextEncoding::Windows1252);
    CHECK_FALSE(TextEncodings::fromName(QStringLiteral("shift_jis")));
    CHECK_FALSE(TextEncodings::fromName(QString()));
    for (TextEncoding encoding : TextEncodings::all()) {
        CHECK(TextEncodings::fromName(TextEncodings::name(encoding)) == encoding);
        CHECK(TextEncodings::displayName(encoding).contains(TextEncodings::name(encoding).left(5)));
    }
}

TEST_CASE("a Windows-1256 spreadsheet of Arabic, Persian and Urdu names is detected", "[io][encoding]")
{
    for (const QStringList &names : {kArabic, kPersian, kUrdu, kArabic + kPersian + kUrdu}) {
        const QString text = csvOf(names);
        checkDetected(encodedAs(text, "windows-1256"), TextEncoding::Windows1256, text);
    }
    // One or two names alone, where statistical detectors guess Latin-1.
    for (const QString &name : kArabic + kPersian + kUrdu)
        checkDetected(encodedAs(name, "windows-1256"), TextEncoding::Windows1256, name);
    checkDetected(encodedAs(QStringLiteral("محمد علي\r\nفاطمة الزهراء\r\n"), "windows-1256"), TextEncoding::Windows1256,
        QStringLiteral("محمد علي\r\nفاطمة الزهراء\r\n"));
}

TEST_CASE("one name alone is enough to tell Windows-1256 from Windows-1252", "[io][encoding]")
{
    // Where statistical detectors fail: a file of one short name, with or without a header.
    const QStringList arabic =
        QStringLiteral("أحمد محمود مصطفى عمر عثمان حسين حسن إبراهيم إسماعيل يحيى زينب مريم عائشة سارة ليلى نور هدى رقية "
                       "سلمى أسماء خالد طارق سعيد سعاد جميلة كريم نبيل وليد ياسين صالح منى رشا ريم دعاء آمنة بلال حمزة "
                       "أنس معاذ ضياء ثامر ظافر غادة ذكرى فيصل قاسم كمال لطيفة پژمان گلاره چکاوک ژينا کامران شاہد "
                       "عمرانہ بھٹو ڈار")
            .split(u' ');
    const QStringList western = QStringLiteral("José Zoë Müller Straße Françoise Gaëlle Renée Jürgen Björn Søren Ångström "
                                               "Œdipe Jérôme Hélène Noël Maël Chloé Anaïs Çelik Ñúñez Désirée Åsa Øyvind")
                                    .split(u' ');
    for (const QString &name : arabic) {
        checkDetected(encodedAs(name, "windows-1256"), TextEncoding::Windows1256, name);
        const QString file = QStringLiteral("Name\r\n") + name + QStringLiteral("\r\n");
        checkDetected(encodedAs(file, "windows-1256"), TextEncoding::Windows1256, file);
    }
    for (const QString &name : western) {
        const QString file = QStringLiteral("Name\r\n") + name + QStringLiteral("\r\n");
        CHECK(decodeText(encodedAs(name, "windows-1252")).text == name);
        CHECK(decodeText(encodedAs(file, "windows-1252")).text == file);
    }
    // ISO-8859-6 puts Arabic letters on other bytes, so a list of names reads right; one short
    // name alone can read as another name in Windows-1256 (أحمد as أحهد), which the wizard's
    // preview shows and --encoding corrects.
    const QString list = arabic.mid(0, 48).join(QStringLiteral("\r\n"));
    checkDetected(encodedAs(list, "ISO-8859-6"), TextEncoding::Iso8859_6, list);
}

TEST_CASE("an ISO-8859-6 file of Arabic names is detected", "[io][encoding]")
{
    const QString text = csvOf(kArabic);
    checkDetected(encodedAs(text, "ISO-8859-6"), TextEncoding::Iso8859_6, text);
    for (const QString &name :
        {QStringLiteral("محمد علي"), QStringLiteral("فاطمة الزهراء"), QStringLiteral("يوسف القرضاوي")})
        checkDetected(encodedAs(name, "ISO-8859-6"), TextEncoding::Iso8859_6, name);
}

TEST_CASE("French and German names in Windows-1252 and ISO-8859-1 still read right", "[io][encoding]")
{
    // œ and € exist only in Windows-1252; ISO-8859-1 reads those bytes as control characters.
    const QString western
        = QStringLiteral("Name,Note\r\nHélène Lefèvre,cœur\r\nJürgen Großmann,20 €\r\nÉlodie Bœuf,\r\n");
    checkDetected(encodedAs(western, "windows-1252"), TextEncoding::Windows1252, western);
    for (const QString &name :
        {QStringLiteral("Straße"), QStringLiteral("Œdipe"), QStringLiteral("Müller"), QStringLiteral("Éric")})
        checkDetected(encodedAs(name, "windows-1252"), TextEncoding::Windows1252, name);
    // Without œ, € or curly quotes the two read the same, and Windows-1252 is the name given.
    const QString latin1 = QStringLiteral("Name\nFrançois Müller\nStraße\nJosé Núñez\n");
    const QByteArray bytes = encodedAs(latin1, "ISO-8859-1");
    CHECK(decodeText(bytes).text == latin1);
    CHECK(decodeText(bytes, TextEncoding::Iso8859_1).value()
        == decodeText(bytes, detectEncoding(bytes).encoding).value());
    CHECK(detectEncoding(bytes).encoding == TextEncoding::Windows1252);
}

TEST_CASE("Unicode files with and without a byte-order mark", "[io][encoding]")
{
    const QString text = QStringLiteral("Name\r\nمحمد علي\r\nHélène\r\nکوروش\r\n");
    checkDetected(text.toUtf8(), TextEncoding::Utf8, text);
    checkDetected("\xEF\xBB\xBF" + text.toUtf8(), TextEncoding::Utf8, text);
    QStringEncoder le(QStringEncoder::Utf16LE);
    QStringEncoder be(QStringEncoder::Utf16BE);
    const QByteArray leBytes = le(text);
    const QByteArray beBytes = be(text);
    checkDetected(leBytes, TextEncoding::Utf16LE, text);
    checkDetected(beBytes, TextEncoding::Utf16BE, text);
    checkDetected("\xFF\xFE" + leBytes, TextEncoding::Utf16LE, text);
    checkDetected("\xFE\xFF" + beBytes, TextEncoding::Utf16BE, text);
    CHECK(detectEncoding("\xFF\xFE" + leBytes).confidence == 100);
    // Arabic script alone has hardly a NUL byte in UTF-16; its 0x06 high bytes tell instead.
    for (const QString &names : {QStringLiteral("محمد علي"), QStringLiteral("فاطمة الزهراء\nشاہد بھٹو\n")}) {
        checkDetected(le(names), TextEncoding::Utf16LE, names);
        checkDetected(be(names), TextEncoding::Utf16BE, names);
    }
    CHECK(decodeText("\xEF\xBB\xBF" + text.toUtf8(), TextEncoding::Utf8).value() == text);
}

TEST_CASE("bytes the chosen encoding cannot read are an error naming the line", "[io][encoding]")
{
    // 0xFF has no character in ISO-8859-6, 0x81 none in Windows-1252 (ICU's C1 control is not
    // text), ک (0x98 in Windows-1256) none in ISO-8859-6; Arabic in Windows-1256 is not UTF-8.
    auto arabic = decodeText(QByteArray("Name\n\xE3\xCD\xE3\xCF\n\xFF\n"), TextEncoding::Iso8859_6);
    REQUIRE_FALSE(arabic);
    CHECK(arabic.error().message.contains(QStringLiteral("Line 3")));
    CHECK(arabic.error().message.contains(QStringLiteral("0xFF")));
    CHECK(arabic.error().message.contains(QStringLiteral("ISO-8859-6")));
    auto western = decodeText(QByteArray("a\x81"), TextEncoding::Windows1252);
    REQUIRE_FALSE(western);
    CHECK(western.error().message.contains(QStringLiteral("Line 1")));
    auto persian = decodeText(encodedAs(QStringLiteral("Name\nکوروش\n"), "windows-1256"), TextEncoding::Iso8859_6);
    REQUIRE_FALSE(persian);
    CHECK(persian.error().message.contains(QStringLiteral("Line 2")));
    CHECK(persian.error().message.contains(QStringLiteral("0x98")));
    auto halfPair = decodeText(QByteArray("a\0\n\0\x3D\xD8"
                                          "b\0",
                                   8),
        TextEncoding::Utf16LE); // a lone high surrogate
    REQUIRE_FALSE(halfPair);
    CHECK(halfPair.error().message.contains(QStringLiteral("Line 2")));
    const QByteArray windows = encodedAs(QStringLiteral("Name\nمحمد\n"), "windows-1256");
    auto utf8 = decodeText(windows, TextEncoding::Utf8);
    REQUIRE_FALSE(utf8);
    CHECK(utf8.error().message.contains(QStringLiteral("Line 2")));
    CHECK(decodeText(windows, TextEncoding::Windows1256).value() == QStringLiteral("Name\nمحمد\n"));
    // The lenient reading keeps every other character.
    CHECK(decodeTextLeniently(QByteArray("ab\x81"
                                         "c"),
              TextEncoding::Windows1252)
        == QStringLiteral("ab\uFFFDc"));
}

TEST_CASE("a Windows-1256 spreadsheet imports its names intact by detection alone", "[io][encoding][import]")
{
    test::TempWorkspace ws;
    const QStringList names = kArabic + kPersian + kUrdu;
    QString text = QStringLiteral("First Name,Last Name,E-mail Address\r\n");
    for (int i = 0; i < names.size(); ++i) {
        const QStringList parts = names.at(i).split(u' ');
        text += QStringLiteral("%1,%2,n%3@example.org\r\n").arg(parts.first(), parts.mid(1).join(u' ')).arg(i);
    }
    auto file = readCsvFile(encodedAs(text, "windows-1256"));
    REQUIRE(file);
    CHECK(file->encoding == TextEncoding::Windows1256);
    CHECK(file->encodingDetected);
    ContactImport::Options options;
    options.mapping = guessContactFields(file->table.header());
    auto plan = ContactImport::plan(ws.db(), file->table, options);
    REQUIRE(plan);
    REQUIRE(plan->problems.isEmpty());
    REQUIRE(ContactImport::run(ws.db(), plan.value()));
    auto contacts = ContactRepository(ws.db()).getMany({});
    REQUIRE(contacts);
    QStringList imported;
    for (const Contact &c : contacts.value())
        imported << (c.givenName + u' ' + c.familyName).trimmed();
    for (const QString &name : names)
        CHECK(imported.contains(name));

    // Chosen by hand, the same bytes read as Windows-1252 give the mojibake the issue reported.
    auto wrong = readCsvFile(encodedAs(QStringLiteral("Name\nمحمد علي\n"), "windows-1256"), TextEncoding::Windows1252);
    REQUIRE(wrong);
    CHECK_FALSE(wrong->encodingDetected);
    CHECK(wrong->table.cell(0, 0) == QStringLiteral("ãÍãÏ Úáí"));
    CHECK_FALSE(readCsvFile(QByteArray("Name\n\xFF\n"), TextEncoding::Iso8859_6));
}
