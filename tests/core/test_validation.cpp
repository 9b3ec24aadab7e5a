#include "contacts/validation.h"
#include "support/catchqt.h"

#include <catch2/catch.hpp>

using namespace majlis;

TEST_CASE("emails are trimmed with a lower-case domain, and bad ones say what is wrong")
{
    CHECK(ContactValidator::normalizeEmail(QStringLiteral("  Aisha.R@Example.ORG ")).value() == QStringLiteral("Aisha.R@example.org"));
    CHECK(ContactValidator::normalizeEmail(QStringLiteral("a@b.org")).value() == QStringLiteral("a@b.org"));

    auto noAt = ContactValidator::normalizeEmail(QStringLiteral("aisha.example.org"));
    REQUIRE_FALSE(noAt);
    CHECK(noAt.error().message.contains(QStringLiteral("@")));
    CHECK_FALSE(ContactValidator::normalizeEmail(QStringLiteral("@example.org")));
    CHECK_FALSE(ContactValidator::normalizeEmail(QStringLiteral("a@localhost")));
    CHECK_FALSE(ContactValidator::normalizeEmail(QStringLiteral("a@exa mple.org")));
    CHECK_FALSE(ContactValidator::normalizeEmail(QStringLiteral("a@-bad-.org")));
    CHECK(ContactValidator::normalizeEmail(QString()).error().code == Error::Code::InvalidInput);
}

TEST_CASE("phone numbers become E.164 where the country is known")
{
    CHECK(ContactValidator::normalizePhone(QStringLiteral("(313) 555-0100"), QStringLiteral("US")).value() == QStringLiteral("+13135550100"));
    CHECK(ContactValidator::normalizePhone(QStringLiteral("1-313-555-0100"), QStringLiteral("US")).value() == QStringLiteral("+13135550100"));
    CHECK(ContactValidator::normalizePhone(QStringLiteral("+44 20 7946 0958"), {}).value() == QStringLiteral("+442079460958"));
    CHECK(ContactValidator::normalizePhone(QStringLiteral("0044 20 7946 0958"), {}).value() == QStringLiteral("+442079460958"));
    CHECK(ContactValidator::normalizePhone(QStringLiteral("020 7946 0958"), QStringLiteral("GB")).value() == QStringLiteral("+442079460958"));
    CHECK(ContactValidator::normalizePhone(QStringLiteral("06 12 34 56 78"), QStringLiteral("FR")).value() == QStringLiteral("+33612345678"));
    // Every country libphonenumber knows, not a list of a few.
    CHECK(ContactValidator::normalizePhone(QStringLiteral("0300 1234567"), QStringLiteral("PK")).value() == QStringLiteral("+923001234567"));
    // Unknown country: kept as written rather than guessed.
    CHECK(ContactValidator::normalizePhone(QStringLiteral("0300 1234567"), {}).value() == QStringLiteral("0300 1234567"));
    CHECK(ContactValidator::normalizePhone(QStringLiteral("0300 1234567"), QStringLiteral("XX")).value() == QStringLiteral("0300 1234567"));

    auto letters = ContactValidator::normalizePhone(QStringLiteral("555-CALL-NOW"), QStringLiteral("US"));
    REQUIRE_FALSE(letters);
    CHECK(letters.error().message.contains(QStringLiteral("digits")));
    auto shortUs = ContactValidator::normalizePhone(QStringLiteral("555-0100"), QStringLiteral("US"));
    REQUIRE_FALSE(shortUs);
    // Seven digits are a number only with its area code: said, not stored as +15550100.
    CHECK(shortUs.error().message.contains(QStringLiteral("area code")));
    CHECK_FALSE(ContactValidator::normalizePhone(QStringLiteral("+12"), {}));
}

TEST_CASE("contact validation names the field at fault")
{
    Contact c;
    auto fields = [&] {
        QStringList names;
        for (const FieldError &e : ContactValidator::validate(c))
            names.append(e.field);
        return names;
    };
    CHECK(fields() == QStringList{QStringLiteral("givenName")});
    c.familyName = QStringLiteral("Diallo");
    CHECK(fields().isEmpty());

    c.emails = {{{}, QStringLiteral("ok@example.org")}, {{}, QStringLiteral("broken")}};
    c.phones = {{{}, QStringLiteral("abc")}};
    c.usState = QStringLiteral("XX");
    CHECK(fields() == QStringList{QStringLiteral("emails/1"), QStringLiteral("phones/0"), QStringLiteral("usState")});

    c.emails.removeLast();
    c.phones.clear();
    c.usState.clear();
    c.district = 4;
    CHECK(fields() == QStringList{QStringLiteral("district")}); // a district needs a state
    c.usState = QStringLiteral("mn");
    c.district = 99;
    CHECK(fields() == QStringList{QStringLiteral("district")});
    c.district = 0; // at-large
    CHECK(fields().isEmpty());

    auto normalized = ContactValidator::normalized(c);
    REQUIRE(normalized);
    CHECK(normalized->usState == QStringLiteral("MN"));
    CHECK(normalized->address.country == QStringLiteral("US"));
}
