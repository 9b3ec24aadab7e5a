// What the check-in door shows of an email or phone: enough to tell two people apart, never the
// whole value, and never half a letter.

#include "privacy/maskedcontact.h"
#include "support/catchqt.h"

#include <QTextBoundaryFinder>

#include <catch2/catch.hpp>

using namespace majlis;

namespace {

const QString kEllipsis = QStringLiteral("\u2026");

// Every high surrogate followed by a low one, and no low one alone.
bool wellFormed(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (text.at(i).isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

// The text before the ellipsis ends on a grapheme boundary of the original: no letter loses
// its marks.
bool cutAtGrapheme(const QString &original, const QString &masked)
{
    const qsizetype shown = masked.indexOf(kEllipsis);
    if (shown < 0 || !original.startsWith(masked.left(shown)))
        return false;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, original);
    finder.setPosition(shown);
    return finder.isAtBoundary();
}

} // namespace

TEST_CASE("an email is shown as two letters of its name and domain and its top-level domain", "[privacy][mask]")
{
    CHECK(maskedcontact::email(QStringLiteral("amina.khan@example.org")) == QStringLiteral("am…@ex…org"));
    CHECK(maskedcontact::email(QStringLiteral("  Bilal.Haddad@Mail.Example.co.uk ")) == QStringLiteral("Bi…@Ma…uk"));
    CHECK(maskedcontact::email(QStringLiteral("amina@localhost")) == QStringLiteral("am…@lo…"));

    // Two people of one name stay apart.
    CHECK(maskedcontact::email(QStringLiteral("amina.khan@example.org"))
        != maskedcontact::email(QStringLiteral("akhan@outlook.com")));

    const QStringList addresses {QStringLiteral("amina.khan@example.org"), QStringLiteral("zainab@masjid.net"),
        QStringLiteral("x7@ab.io"), QStringLiteral("o'brien+iftar@example.ie")};
    for (const QString &address : addresses) {
        const QString masked = maskedcontact::email(address);
        INFO(address.toStdString() << " -> " << masked.toStdString());
        const QString local = address.left(address.indexOf(u'@'));
        const QString domain = address.mid(address.indexOf(u'@') + 1);
        CHECK_FALSE(masked.contains(local));
        CHECK_FALSE(masked.contains(domain.left(domain.lastIndexOf(u'.'))));
        CHECK(masked.size() < address.size());
    }
}

TEST_CASE("an email in Arabic or Persian script is cut between letters, never inside one", "[privacy][mask]")
{
    CHECK(maskedcontact::email(QStringLiteral("فاطمة.حسن@example.org")) == QStringLiteral("فا…@ex…org"));
    CHECK(maskedcontact::email(QStringLiteral("زهرا@مثال.ایران")) == QStringLiteral("زه…@مث…ایران"));

    // Harakat stay on their letter: "مُ" and "حَ" are two letters of four code units.
    const QString withHarakat = QStringLiteral("مُحَمَّد@example.org");
    const QString masked = maskedcontact::email(withHarakat);
    CHECK(masked == QStringLiteral("مُحَ…@ex…org"));
    CHECK(cutAtGrapheme(withHarakat, masked));

    // A Persian name with a zero-width non-joiner keeps it on the letter before.
    const QString persian = QStringLiteral("می\u200Cنا@example.ir");
    CHECK(cutAtGrapheme(persian, maskedcontact::email(persian)));

    // Outside the BMP: letters are surrogate pairs, an emoji with its skin tone is two.
    for (const QString &address : {QStringLiteral("𝓪𝓶𝓲𝓷𝓪@example.org"),
             QStringLiteral("👋🏽👋🏽👋🏽@example.org"), QStringLiteral("𝓪@𝓮𝔁.org")}) {
        const QString shown = maskedcontact::email(address);
        INFO(address.toStdString() << " -> " << shown.toStdString());
        CHECK(wellFormed(shown));
        CHECK(cutAtGrapheme(address, shown));
    }
    CHECK(maskedcontact::email(QStringLiteral("𝓪𝓶𝓲𝓷𝓪@example.org")) == QStringLiteral("𝓪𝓶…@ex…org"));
    CHECK(maskedcontact::email(QStringLiteral("👋🏽👋🏽👋🏽@example.org"))
        == QStringLiteral("👋🏽👋🏽…@ex…org"));
}

TEST_CASE("a short or odd email never shows any part of it whole", "[privacy][mask]")
{
    CHECK(maskedcontact::email(QString()).isEmpty());
    CHECK(maskedcontact::email(QStringLiteral("   ")).isEmpty());
    CHECK(maskedcontact::email(QStringLiteral("ab@cd.org")) == QStringLiteral("a…@c…org"));
    CHECK(maskedcontact::email(QStringLiteral("a@b.co")) == QStringLiteral("…@…co"));
    CHECK(maskedcontact::email(QStringLiteral("amina")) == QStringLiteral("am…")); // no domain
    CHECK(maskedcontact::email(QStringLiteral("amina@")) == QStringLiteral("am…"));
    CHECK(maskedcontact::email(QStringLiteral("amina@example.org.")) == QStringLiteral("am…@ex…org"));
    CHECK(maskedcontact::email(QStringLiteral("@example.org")) == QStringLiteral("…@ex…org"));
    // A quoted name with an '@' of its own: the domain is after the last one.
    CHECK(maskedcontact::email(QStringLiteral("\"a@b\"@example.org")) == QStringLiteral("\"a…@ex…org"));
}

TEST_CASE("a phone number is shown as its last two digits", "[privacy][mask]")
{
    CHECK(maskedcontact::phone(QStringLiteral("+13135550142")) == QStringLiteral("••• ••42"));
    CHECK(maskedcontact::phone(QStringLiteral("(313) 555-0142")) == QStringLiteral("••• ••42"));
    CHECK(maskedcontact::phone(QStringLiteral("+49 30 12345678")) == QStringLiteral("••• ••78"));
    // Digits of another script are shown as they were written.
    CHECK(maskedcontact::phone(QStringLiteral("٠٣١٣٥٥٥٠١٤٢")) == QStringLiteral("••• ••٤٢"));
    CHECK(maskedcontact::phone(QStringLiteral("۰۹۱۲۳۴۵۶۷۸۹")) == QStringLiteral("••• ••۸۹"));

    // Too short for two digits to leave most of it hidden, or no digits at all.
    CHECK(maskedcontact::phone(QStringLiteral("0142")) == QStringLiteral("••• ••"));
    CHECK(maskedcontact::phone(QStringLiteral("ask at desk")) == QStringLiteral("••• ••"));
    CHECK(maskedcontact::phone(QString()).isEmpty());
    CHECK(maskedcontact::phone(QStringLiteral("  ")).isEmpty());
}

TEST_CASE("the door's detail is the masked email, else the masked phone", "[privacy][mask]")
{
    CHECK(maskedcontact::either(QStringLiteral("amina@example.org"), QStringLiteral("+13135550142"))
        == QStringLiteral("am…@ex…org"));
    CHECK(maskedcontact::either(QString(), QStringLiteral("+13135550142")) == QStringLiteral("••• ••42"));
    CHECK(maskedcontact::either(QStringLiteral(" "), QStringLiteral("+13135550142")) == QStringLiteral("••• ••42"));
    CHECK(maskedcontact::either(QString(), QString()).isEmpty());
}
