#include "io/vcard.h"
#include "support/catchqt.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

#include <optional>

using namespace majlis;

namespace {

QString labelsAndValues(const QList<LabeledValue> &items)
{
    QStringList out;
    for (const LabeledValue &item : items)
        out.append(item.label + QStringLiteral(": ") + item.value);
    return out.join(QStringLiteral(" | "));
}

bool anyContains(const QStringList &lines, const QString &text)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) { return line.contains(text); });
}

QString sharedVCardFolder()
{
    return QStringLiteral(MAJLIS_SHARED_DATA "/vcard");
}

std::optional<VCardImport> parseSharedFile(const QString &relative)
{
    QFile file(sharedVCardFolder() + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto parsed = VCard::parse(file.readAll());
    if (!parsed.ok())
        return std::nullopt;
    return parsed.value();
}

// A card with a name, judged from the raw text alone: an N or FN line whose value is more than
// semicolons.
bool hasNamedCard(const QByteArray &data)
{
    static const QRegularExpression named(QStringLiteral("^(?:[A-Za-z0-9-]+\\.)?(?:N|FN)(?:;[^:\\r\\n]*)?:[^\\r\\n]*[^;\\s]"),
                                          QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return named.match(QString::fromLatin1(data)).hasMatch();
}

// The names of X- properties and PHOTOs that hold something, again from the raw text.
QSet<QString> droppedNamesIn(const QByteArray &data)
{
    static const QRegularExpression property(QStringLiteral("^(?:[A-Za-z0-9-]+\\.)?(X-[A-Za-z0-9/-]+|PHOTO)(?:;[^:]*)?:(.*)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    QSet<QString> names;
    const QStringList lines = QString::fromLatin1(data).split(QRegularExpression(QStringLiteral("\r?\n")));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto match = property.match(lines.at(i));
        if (!match.hasMatch())
            continue;
        const QString name = match.captured(1).toUpper();
        const bool folded = i + 1 < lines.size() && (lines.at(i + 1).startsWith(u' ') || lines.at(i + 1).startsWith(u'\t'));
        if (name != u"X-ABLABEL" && (!match.captured(2).trimmed().isEmpty() || folded))
            names.insert(name);
    }
    return names;
}

} // namespace

TEST_CASE("vCard 2.1 reads quoted-printable UTF-8 Arabic, soft line breaks and bare types", "[io][vcard]")
{
    // The soft break in FN falls inside the two bytes of ر (=D8=B1).
    const QByteArray data = "BEGIN:VCARD\r\n"
                            "VERSION:2.1\r\n"
                            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=B1=D8=AD=D9=85=D8=A7=D9=86;=D8=A3=D9=85=D9=8A=D9=86=D8=A9;;;\r\n"
                            "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=A3=D9=85=D9=8A=D9=86=D8=A9=20=D8=\r\n"
                            "=B1=D8=AD=D9=85=D8=A7=D9=86\r\n"
                            "TEL;HOME;VOICE:+1 313 555 0100\r\n"
                            "TEL;CELL:313-555-0101\r\n"
                            "EMAIL;INTERNET:amina@example.org\r\n"
                            "NOTE;QUOTED-PRINTABLE:Volunteers at the food=\r\n"
                            " drive=0D=0ASecond line\r\n"
                            "ADR;HOME;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:;;Stra=DFe 1;K=F6ln;;50667;Germany\r\n"
                            "ORG:Dar al-Salam\\Dearborn;Youth\\; Families\r\n"
                            "TITLE:Youth\r\n"
                            " coordinator\r\n"
                            "END:VCARD\r\n";
    auto parsed = VCard::parse(data);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->contacts.size() == 1);
    const Contact c = parsed->contacts.first();
    CHECK(c.givenName == QStringLiteral("أمينة"));
    CHECK(c.familyName == QStringLiteral("رحمان"));
    CHECK(c.preferredName.isEmpty()); // FN says nothing the name does not
    CHECK(labelsAndValues(c.phones) == QStringLiteral("home: +1 313 555 0100 | mobile: 313-555-0101"));
    CHECK(labelsAndValues(c.emails) == QStringLiteral("other: amina@example.org"));
    CHECK(c.notes == QStringLiteral("Volunteers at the food drive\nSecond line"));
    CHECK(c.address.street == QStringLiteral("Straße 1"));
    CHECK(c.address.locality == QStringLiteral("Köln"));
    CHECK(c.address.postalCode == QStringLiteral("50667"));
    CHECK(c.address.country == QStringLiteral("DE"));
    CHECK(c.usState.isEmpty());
    // In 2.1 a backslash escapes only a semicolon, and unfolding keeps the space after the break.
    CHECK(c.organization == QStringLiteral("Dar al-Salam\\Dearborn, Youth; Families"));
    CHECK(c.role == QStringLiteral("Youth coordinator"));
    CHECK(parsed->notKept.isEmpty());
    CHECK(parsed->problems.isEmpty());
}

TEST_CASE("vCard 3.0 unescapes values and keeps several typed emails, phones and addresses", "[io][vcard]")
{
    const QByteArray data = "BEGIN:VCARD\r\n"
                            "VERSION:3.0\r\n"
                            "N:Yusuf;Omar\\, Jr.;;Dr.;\r\n"
                            "FN:Dr. Omar\\, Jr. Yusuf\r\n"
                            "ORG:Council on Civic Life\\; Detroit;Outreach\r\n"
                            "TITLE:Director\\, Outreach\r\n"
                            "EMAIL;TYPE=INTERNET,HOME:omar@home.example\r\n"
                            "EMAIL;TYPE=INTERNET;TYPE=WORK;TYPE=PREF:omar@work.example\r\n"
                            "TEL;TYPE=CELL,VOICE:+1 313 555 0102\r\n"
                            "TEL;TYPE=FAX,WORK:+1 313 555 0103\r\n"
                            "ADR;TYPE=WORK:;Suite 200;1 Woodward Ave;Detroit;MI;48226;USA\r\n"
                            "ADR;TYPE=HOME:;;12 Elm St\\nApt 3;Dearborn;MI;48124;United States of America\r\n"
                            "NOTE:Met at the iftar\\; asked about voter registration.\\nCall back\r\n"
                            "  in March \\\\o/\r\n"
                            "END:VCARD\r\n";
    auto parsed = VCard::parse(data);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->contacts.size() == 1);
    const Contact c = parsed->contacts.first();
    CHECK(c.givenName == QStringLiteral("Omar, Jr."));
    CHECK(c.familyName == QStringLiteral("Yusuf"));
    CHECK(c.preferredName == QStringLiteral("Dr. Omar, Jr. Yusuf"));
    CHECK(c.organization == QStringLiteral("Council on Civic Life; Detroit, Outreach"));
    CHECK(c.role == QStringLiteral("Director, Outreach"));
    // The preferred address comes first; TYPE=PREF says which.
    CHECK(labelsAndValues(c.emails) == QStringLiteral("work: omar@work.example | home: omar@home.example"));
    CHECK(labelsAndValues(c.phones) == QStringLiteral("mobile: +1 313 555 0102 | work fax: +1 313 555 0103"));
    // One address per contact: the home one, which places the person in a district.
    CHECK(c.address.street == QStringLiteral("12 Elm St\nApt 3"));
    CHECK(c.address.locality == QStringLiteral("Dearborn"));
    CHECK(c.address.region == QStringLiteral("MI"));
    CHECK(c.address.postalCode == QStringLiteral("48124"));
    CHECK(c.address.country == QStringLiteral("US"));
    CHECK(c.usState == QStringLiteral("MI"));
    // The fold's one space is dropped and the other kept, as RFC 2425 unfolds.
    CHECK(c.notes == QStringLiteral("Met at the iftar; asked about voter registration.\nCall back in March \\o/"));
    REQUIRE(parsed->notKept.size() == 1);
    CHECK(parsed->notKept.first().startsWith(QStringLiteral("Card 1 (Dr. Omar, Jr. Yusuf): ADR")));
    CHECK(parsed->notKept.first().contains(QStringLiteral("Suite 200, 1 Woodward Ave")));
}

TEST_CASE("vCard 4.0 reads quoted type lists, PREF, tel: URIs and Apple's grouped labels", "[io][vcard]")
{
    const QByteArray data = "BEGIN:VCARD\r\n"
                            "VERSION:4.0\r\n"
                            "FN:Bilal Hassan\r\n"
                            "N:Hassan;Bilal;;;\r\n"
                            "TEL;VALUE=uri;TYPE=\"cell,text\":tel:+1-313-555-0105\r\n"
                            "TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+1-313-555-0104;ext=12\r\n"
                            "item1.EMAIL:bilal@masjid.example\r\n"
                            "item1.X-ABLabel:Masjid office\r\n"
                            "item2.TEL:+1 313 555 0106\r\n"
                            "ITEM2.X-ABLABEL:_$!<HomeFAX>!$_\r\n"
                            "EMAIL;TYPE=home:bilal@home.example\r\n"
                            "ADR;TYPE=home;LABEL=\"1 Main St\\nDearborn, MI\":;;1 Main St;Dearborn;MI;48126;\r\n"
                            "END:VCARD\r\n";
    auto parsed = VCard::parse(data);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->contacts.size() == 1);
    const Contact c = parsed->contacts.first();
    CHECK(c.displayName() == QStringLiteral("Bilal Hassan"));
    CHECK(c.preferredName.isEmpty());
    CHECK(labelsAndValues(c.phones)
          == QStringLiteral("work: +1-313-555-0104 ext. 12 | mobile: +1-313-555-0105 | home fax: +1 313 555 0106"));
    CHECK(labelsAndValues(c.emails) == QStringLiteral("Masjid office: bilal@masjid.example | home: bilal@home.example"));
    // No country, but a state and a ZIP code: a U.S. address.
    CHECK(c.address.country.isEmpty());
    CHECK(c.usState == QStringLiteral("MI"));
    CHECK(parsed->notKept.isEmpty()); // the labels went with their properties
}

TEST_CASE("vCard CATEGORIES become tags and BDAY a birthday when it is a whole date", "[io][vcard]")
{
    const QByteArray data = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Karim;Sara;;;\r\n"
                            "CATEGORIES:Volunteers,Donors\r\nCATEGORIES:donors,Youth\\, 18-25\r\n"
                            "BDAY;ALTID=1:19900228\r\nBDAY;ALTID=1;VALUE=text:1990-02-28\r\nEND:VCARD\r\n"
                            "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Ali;Zaid\r\nBDAY:19851103\r\nEND:VCARD\r\n"
                            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Huda Noor\r\nN:Noor;Huda;;;\r\nBDAY:--0412\r\nEND:VCARD\r\n"
                            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Khan;Imran;;;\r\nBDAY:1979-07-04T00:00:00Z\r\nEND:VCARD\r\n"
                            "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Said;Lina;;;\r\nBDAY;VALUE=text:sometime in May\r\nEND:VCARD\r\n";
    auto parsed = VCard::parse(data);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->contacts.size() == 5);
    const QList<Contact> &c = parsed->contacts;
    CHECK(c[0].tags == QStringList{QStringLiteral("Volunteers"), QStringLiteral("Donors"), QStringLiteral("Youth, 18-25")});
    CHECK(c[0].birthday == QDate(1990, 2, 28));
    CHECK(c[1].birthday == QDate(1985, 11, 3));
    CHECK_FALSE(c[2].birthday.isValid());
    CHECK(c[3].birthday == QDate(1979, 7, 4));
    CHECK_FALSE(c[4].birthday.isValid());
    CHECK(c[1].tags.isEmpty());
    REQUIRE(parsed->notKept.size() == 2);
    CHECK(parsed->notKept.at(0).startsWith(QStringLiteral("Card 3 (Huda Noor): BDAY --0412")));
    CHECK(parsed->notKept.at(1).startsWith(QStringLiteral("Card 5 (Lina Said): BDAY")));
    CHECK(parsed->notKept.at(1).contains(QStringLiteral("sometime in May")));
}

TEST_CASE("vCard PHOTO, URL and X- properties are named in notKept once per card", "[io][vcard]")
{
    const QByteArray data = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rahman;Amina;;;\r\nFN:Amina Rahman\r\n"
                            "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ\r\n  SkZJRg==\r\n"
                            "PHOTO;VALUE=uri:https://example.org/amina.jpg\r\n"
                            "X-AIM:amina.aim\r\nX-AIM:amina.second\r\n"
                            "X-SOCIALPROFILE;TYPE=twitter:amina\r\n"
                            "URL:https://example.org\r\n"
                            "EMAIL:amina@example.org\r\n"
                            "END:VCARD\r\n"
                            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Yusuf;Omar;;;\r\nX-AIM:omar\r\nPHOTO:\r\nEND:VCARD\r\n"
                            // Some 2.1 writers continue base64 without the fold's leading space.
                            "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Noor;Huda\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQ\r\n"
                            "SkZJRgABAQ\r\nAAAQABAAD==\r\n\r\nTEL;CELL:313-555-0107\r\nEND:VCARD\r\n";
    auto parsed = VCard::parse(data);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->contacts.size() == 3);
    CHECK(parsed->problems.isEmpty());
    CHECK(parsed->contacts.first().emails.size() == 1); // the base64 did not swallow what follows
    CHECK(parsed->contacts.last().phones.size() == 1);
    CHECK(parsed->notKept
          == QStringList{QStringLiteral("Card 1 (Amina Rahman): PHOTO was not imported"),
                         QStringLiteral("Card 1 (Amina Rahman): X-AIM was not imported"),
                         QStringLiteral("Card 1 (Amina Rahman): X-SOCIALPROFILE was not imported"),
                         QStringLiteral("Card 1 (Amina Rahman): URL was not imported"),
                         QStringLiteral("Card 2 (Omar Yusuf): X-AIM was not imported"), // an empty PHOTO lost nothing
                         QStringLiteral("Card 3 (Huda Noor): PHOTO was not imported")});
}

TEST_CASE("vCard files with a byte-order mark, in UTF-8 or UTF-16, read as text", "[io][vcard]")
{
    const QString card = QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nN:رحمان;أمينة;;;\r\nEND:VCARD\r\n");
    const QByteArray utf8 = QByteArray("\xEF\xBB\xBF") + card.toUtf8();
    // Some Outlook versions save .vcf files as UTF-16.
    QByteArray utf16("\xFF\xFE");
    utf16 += QByteArray(reinterpret_cast<const char *>(card.utf16()), card.size() * 2);
    for (const QByteArray &data : {utf8, utf16}) {
        auto parsed = VCard::parse(data);
        REQUIRE(parsed.ok());
        REQUIRE(parsed->contacts.size() == 1);
        CHECK(parsed->contacts.first().givenName == QStringLiteral("أمينة"));
        CHECK(parsed->contacts.first().familyName == QStringLiteral("رحمان"));
    }
}

TEST_CASE("vCard input that is not vCard or does not pair BEGIN and END is refused with its line", "[io][vcard]")
{
    auto csv = VCard::parse("name,email\r\nAmina,amina@example.org\r\n");
    REQUIRE_FALSE(csv.ok());
    CHECK(csv.error().code == Error::Code::InvalidInput);
    CHECK(csv.error().message.contains(QStringLiteral("Line 1")));

    auto cut = VCard::parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Amina Rahman\r\n");
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().message.contains(QStringLiteral("line 1")));

    auto mismatched = VCard::parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Amina Rahman\r\nEND:VCALENDAR\r\n");
    REQUIRE_FALSE(mismatched.ok());
    CHECK(mismatched.error().message.contains(QStringLiteral("Line 4")));

    auto stray = VCard::parse("BEGIN:VCARD\r\nFN:Amina Rahman\r\nEND:VCARD\r\nEND:VCARD\r\n");
    REQUIRE_FALSE(stray.ok());
    CHECK(stray.error().message.contains(QStringLiteral("Line 4")));

    CHECK_FALSE(VCard::parse("").ok());
    CHECK_FALSE(VCard::parse("\r\n\r\n").ok());
}

TEST_CASE("vCard skips a malformed line or a nameless card and says where", "[io][vcard]")
{
    const QByteArray data = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Amina Rahman\r\n"
                            "this line has no colon\r\n"
                            "EMAIL:amina@example.org\r\n"
                            "NOTE;ENCODING=QUOTED-PRINTABLE:a stray soft break=\r\n" // END is still END
                            "END:VCARD\r\n"
                            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nEMAIL:nobody@example.org\r\nEND:VCARD\r\n";
    auto parsed = VCard::parse(data);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->contacts.size() == 1);
    CHECK(parsed->contacts.first().givenName == QStringLiteral("Amina")); // FN split when there is no N
    CHECK(parsed->contacts.first().familyName == QStringLiteral("Rahman"));
    CHECK(parsed->contacts.first().emails.size() == 1);
    CHECK(parsed->contacts.first().notes == QStringLiteral("a stray soft break"));
    REQUIRE(parsed->problems.size() == 2);
    CHECK(parsed->problems.at(0).contains(QStringLiteral("Line 4")));
    CHECK(parsed->problems.at(1).contains(QStringLiteral("Card 2")));
    CHECK(parsed->problems.at(1).contains(QStringLiteral("line 8")));
    CHECK(parsed->problems.at(1).contains(QStringLiteral("nobody@example.org")));
}

TEST_CASE("vCard export reads back with the same names, emails, phones, address and the rest", "[io][vcard]")
{
    const auto version = GENERATE(VCard::Version::V3, VCard::Version::V4);
    Contact a;
    a.id = QStringLiteral("0b6b3b7e-2f0c-4a55-9d3e-1c2b3a4d5e6f");
    a.givenName = QStringLiteral("أمينة");
    a.familyName = QStringLiteral("رحمان");
    a.preferredName = QStringLiteral("Umm Yusuf");
    a.emails = {{QStringLiteral("work"), QStringLiteral("amina@work.example")},
                {QStringLiteral("home"), QStringLiteral("amina@home.example")},
                {QStringLiteral("Masjid office"), QStringLiteral("office@masjid.example")}};
    a.phones = {{QStringLiteral("mobile"), QStringLiteral("+1 313 555 0100")},
                {QStringLiteral("home fax"), QStringLiteral("+1 313 555 0101")},
                {QStringLiteral("other"), QStringLiteral("+1 313 555 0102")},
                {QStringLiteral("Shura, council; line"), QStringLiteral("+1 313 555 0103")},
                {QStringLiteral("mobile work"), QStringLiteral("+1 313 555 0104")}}; // TYPE would reorder it
    a.address = {QStringLiteral("12 Elm St\nApt 3, rear; side door"), QStringLiteral("Dearborn"), QStringLiteral("MI"),
                 QStringLiteral("48124"), QStringLiteral("US")};
    a.usState = QStringLiteral("MI");
    a.organization = QStringLiteral("Council on Civic Life; Detroit, Outreach");
    a.role = QStringLiteral("Director, Outreach");
    a.tags = {QStringLiteral("volunteer"), QStringLiteral("board, member"), QStringLiteral("رمضان")};
    a.notes = QStringLiteral("Line one; with a semicolon\nLine two, with a \\ backslash and a tail long enough to fold "
                             "more than once across the seventy-five octet limit of a content line.");
    a.birthday = QDate(1985, 4, 12);
    Contact b;
    b.givenName = QStringLiteral("Zaid");
    b.familyName = QStringLiteral("Ali");
    b.phones = {{QStringLiteral("work"), QStringLiteral("555-0199")}};

    const QByteArray written = VCard::write({a, b}, version);
    if (version == VCard::Version::V4) {
        CHECK(written.contains("VERSION:4.0\r\n"));
        CHECK(written.contains("UID:urn:uuid:0b6b3b7e-2f0c-4a55-9d3e-1c2b3a4d5e6f\r\n"));
    } else {
        CHECK(written.contains("VERSION:3.0\r\n"));
        CHECK(written.contains("UID:0b6b3b7e-2f0c-4a55-9d3e-1c2b3a4d5e6f\r\n"));
        CHECK_FALSE(written.contains("urn:uuid"));
    }
    CHECK(written.contains("TEL;TYPE=home,fax:+1 313 555 0101\r\n")); // a label other programs know
    CHECK(written.count("END:VCARD\r\n") == 2);

    auto parsed = VCard::parse(written);
    REQUIRE(parsed.ok());
    CHECK(parsed->notKept.isEmpty());
    CHECK(parsed->problems.isEmpty());
    REQUIRE(parsed->contacts.size() == 2);
    const Contact &ra = parsed->contacts.at(0);
    CHECK(ra.id.isEmpty()); // the repository gives ids when it saves
    CHECK(ra.givenName == a.givenName);
    CHECK(ra.familyName == a.familyName);
    CHECK(ra.preferredName == a.preferredName);
    CHECK(labelsAndValues(ra.emails) == labelsAndValues(a.emails));
    CHECK(labelsAndValues(ra.phones) == labelsAndValues(a.phones));
    CHECK(ra.address == a.address);
    CHECK(ra.usState == a.usState);
    CHECK(ra.organization == a.organization);
    CHECK(ra.role == a.role);
    CHECK(ra.tags == a.tags);
    CHECK(ra.notes == a.notes);
    CHECK(ra.birthday == a.birthday);
    const Contact &rb = parsed->contacts.at(1);
    CHECK(rb.givenName == b.givenName);
    CHECK(rb.familyName == b.familyName);
    CHECK(rb.preferredName.isEmpty());
    CHECK(labelsAndValues(rb.phones) == labelsAndValues(b.phones));
    CHECK(rb.emails.isEmpty());
    CHECK(rb.address == PostalAddress{});
    CHECK(rb.tags.isEmpty());
    CHECK_FALSE(rb.birthday.isValid());
}

TEST_CASE("vCard export folds at 75 octets with CRLF and never splits a UTF-8 character", "[io][vcard]")
{
    Contact c;
    c.givenName = QStringLiteral("Fatima");
    c.familyName = QStringLiteral("Zahra");
    // One-, two-, three- and four-byte characters, so some fold points fall inside one.
    c.notes = QStringLiteral("a ب € 🌙 ").repeated(40);
    c.organization = QStringLiteral("مجلس الشورى للمنظمات الإسلامية في ميشيغان ").repeated(3).trimmed();
    for (const auto version : {VCard::Version::V3, VCard::Version::V4}) {
        const QByteArray written = VCard::write({c}, version);
        CHECK(written.count('\n') == written.count("\r\n"));
        REQUIRE(written.endsWith("\r\n"));
        int continuations = 0;
        const QList<QByteArray> lines = written.chopped(2).split('\n');
        for (QByteArray line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
            CHECK(line.size() <= 75);
            CHECK(QString::fromUtf8(line).toUtf8() == line); // no sequence was cut
            continuations += line.startsWith(' ') ? 1 : 0;
        }
        CHECK(continuations >= 5);
        auto parsed = VCard::parse(written);
        REQUIRE(parsed.ok());
        REQUIRE(parsed->contacts.size() == 1);
        CHECK(parsed->contacts.first().notes == c.notes.trimmed());
        CHECK(parsed->contacts.first().organization == c.organization);
    }
}

TEST_CASE("every vCard file written by other programs reads without an error", "[io][vcard][shared]")
{
    const QString root = sharedVCardFolder();
    if (!QDir(root).exists()) {
        WARN("No shared vCard files at " << root.toStdString() << "; skipped");
        return;
    }
    int files = 0;
    int contacts = 0;
    QDirIterator it(root, {QStringLiteral("*.vcf")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        INFO(path.toStdString());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        auto parsed = VCard::parse(data);
        REQUIRE(parsed.ok());
        ++files;
        contacts += int(parsed->contacts.size());
        if (hasNamedCard(data))
            CHECK_FALSE(parsed->contacts.isEmpty());
        for (const Contact &c : parsed->contacts) {
            CHECK_FALSE(c.displayName().isEmpty());
            CHECK_FALSE(c.givenName.contains(u'\r'));
            CHECK_FALSE(c.notes.contains(u'\r'));
        }
        for (const QString &line : parsed->notKept) {
            CHECK(line.startsWith(QStringLiteral("Card ")));
            CHECK(line.contains(QStringLiteral("not imported")));
        }
        for (const QString &line : parsed->problems)
            CHECK(line.contains(QRegularExpression(QStringLiteral("[Ll]ine \\d+"))));
        if (!parsed->contacts.isEmpty()) {
            for (const QString &name : droppedNamesIn(data)) {
                INFO(name.toStdString());
                CHECK(anyContains(parsed->notKept, QStringLiteral(": ") + name + QStringLiteral(" was not imported")));
            }
        }
    }
    CHECK(files >= 50);
    CHECK(contacts >= 100);
}

TEST_CASE("vCard files from phones, Outlook, Apple and KDE keep what they say", "[io][vcard][shared]")
{
    if (!QDir(sharedVCardFolder()).exists()) {
        WARN("No shared vCard files; skipped");
        return;
    }

    // vCard 4.0, RFC 6350's own example: tel: URIs with an extension, a birthday without a year.
    auto rfc = parseSharedFile(QStringLiteral("more/rfc6350-example-4.0.vcf"));
    REQUIRE(rfc);
    REQUIRE(rfc->contacts.size() == 1);
    CHECK(rfc->contacts.first().displayName() == QStringLiteral("Simon Perreault"));
    CHECK(labelsAndValues(rfc->contacts.first().phones)
          == QStringLiteral("work: +1-418-656-9254 ext. 102 | work mobile: +1-418-262-6501"));
    CHECK(rfc->contacts.first().address.street == QStringLiteral("Suite D2-630, 2875 Laurier"));
    CHECK(rfc->contacts.first().address.country == QStringLiteral("CA"));
    CHECK_FALSE(rfc->contacts.first().birthday.isValid());
    CHECK(anyContains(rfc->notKept, QStringLiteral("BDAY --0203")));

    // Android 2.1: six cards, two without a name, quoted-printable soft breaks inside "Ñ".
    auto android = parseSharedFile(QStringLiteral("more/android-2.1-qp-multi.vcf"));
    REQUIRE(android);
    REQUIRE(android->contacts.size() == 4);
    CHECK(android->problems.size() == 2);
    CHECK(android->contacts.at(1).familyName == QStringLiteral("Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"));
    CHECK(android->contacts.at(1).phones.size() == 4);

    // Shift_JIS, once quoted-printable in 2.1 and once with a trail byte that is a backslash.
    auto sjis = parseSharedFile(QStringLiteral("more/aosp-2.1-shiftjis-qp-japanese.vcf"));
    REQUIRE(sjis);
    REQUIRE(sjis->contacts.size() == 1);
    CHECK(sjis->contacts.first().familyName == QStringLiteral("安藤"));
    CHECK(sjis->contacts.first().givenName == QStringLiteral("ロイド1"));
    CHECK(sjis->contacts.first().address.street == QStringLiteral("東京都渋谷区桜丘町26-1セルリアンタワー6階"));
    CHECK(sjis->contacts.first().notes == QStringLiteral("メモ"));
    auto backslash = parseSharedFile(QStringLiteral("more/aosp-3.0-shiftjis-charset-param.vcf"));
    REQUIRE(backslash);
    REQUIRE(backslash->contacts.size() == 1);
    CHECK(backslash->contacts.first().familyName == QStringLiteral("伊能"));
    CHECK(backslash->contacts.first().givenName == QStringLiteral("圭一"));

    // Latin-1 without a CHARSET in a 3.0 file.
    auto sap = parseSharedFile(QStringLiteral("more/sap-3.0-latin1-multi.vcf"));
    REQUIRE(sap);
    QStringList families;
    for (const Contact &c : sap->contacts)
        families.append(c.familyName);
    CHECK(families.contains(QStringLiteral("Töcken")));
    CHECK(families.contains(QStringLiteral("Spaßlund")));

    // A soft break between the two bytes of one Cyrillic letter, and one before a leading space.
    auto calcard = parseSharedFile(QStringLiteral("more/calcard-2.1-charset-utf8-hangul.vcf"));
    REQUIRE(calcard);
    REQUIRE(calcard->contacts.size() == 10);
    CHECK(calcard->contacts.at(2).familyName == QStringLiteral("Doe얁"));
    CHECK(calcard->contacts.at(3).preferredName == QStringLiteral("гор ЗаорсЁкі xyz і"));

    // Outlook 2003: a base64 KEY folded with four spaces and ended by blank lines.
    auto outlook = parseSharedFile(QStringLiteral("more/outlook-2003-2.1.vcf"));
    REQUIRE(outlook);
    REQUIRE(outlook->contacts.size() == 1);
    CHECK(outlook->contacts.first().notes == QStringLiteral("This is the note field!!\nSecond line\n\nThird line is empty"));
    CHECK(labelsAndValues(outlook->contacts.first().emails) == QStringLiteral("other: jdoe@hotmail.com"));
    CHECK(outlook->contacts.first().usState == QStringLiteral("TX"));
    CHECK(anyContains(outlook->notKept, QStringLiteral("KEY was not imported")));

    // macOS Address Book: LF inside a CRLF file, Apple labels, a photo.
    auto mac = parseSharedFile(QStringLiteral("more/macos-addressbook-3.0-mixed-eol.vcf"));
    REQUIRE(mac);
    REQUIRE(mac->contacts.size() == 1);
    CHECK(labelsAndValues(mac->contacts.first().phones).contains(QStringLiteral("AssistantPhone: 905-222-1234")));
    CHECK(anyContains(mac->notKept, QStringLiteral("PHOTO was not imported")));

    // Gmail: a custom label tied to its email by a group.
    auto gmail = parseSharedFile(QStringLiteral("more/gmail-3.0-single-many-fields.vcf"));
    REQUIRE(gmail);
    REQUIRE(gmail->contacts.size() == 1);
    CHECK(labelsAndValues(gmail->contacts.first().emails)
              .contains(QStringLiteral("CustomEmailCategory: customcategory@example.com")));

    // A vCard nested in another is not read as part of it.
    auto nested = parseSharedFile(QStringLiteral("more/INVALID-aosp-2.1-nested-vcards.vcf"));
    REQUIRE(nested);
    REQUIRE(nested->contacts.size() == 1);
    CHECK(nested->contacts.first().familyName == QStringLiteral("parent"));
    CHECK(anyContains(nested->notKept, QStringLiteral("line 4")));

    // No name anywhere, and an "FN" line without a colon.
    auto nameless = parseSharedFile(QStringLiteral("kcontacts/vcard4.vcf"));
    REQUIRE(nameless);
    CHECK(nameless->contacts.isEmpty());
    CHECK(anyContains(nameless->problems, QStringLiteral("Line 3")));
}
