#include "passwordpolicy.h"

#include "support/catchqt.h"

#include <catch2/catch.hpp>

using namespace majlis;
using namespace majlis::server;

namespace {

QString refusal(const QString &password, const QString &user = QStringLiteral("amina"))
{
    const Status checked = PasswordPolicy::check(password, user);
    return checked ? QString() : checked.error().message;
}

} // namespace

TEST_CASE("weak passwords are refused with a reason to act on", "[accounts][security]")
{
    struct Row
    {
        QString password;
        const char *why; // a word the message must contain
    };
    const Row rows[] = {
        {QStringLiteral("aaaaaaaaaa"), "different"},
        {QStringLiteral("1212121212"), "different"},
        {QStringLiteral("1234567890"), "run"},
        {QStringLiteral("0987654321"), "run"},
        {QStringLiteral("abcdefghijk"), "run"},
        {QStringLiteral("qwertyuiop"), "run"},
        {QStringLiteral("asdfghjkl;"), "run"},
        {QStringLiteral("          "), "only spaces"},
        {QStringLiteral(" leading space"), "begin or end"},
        {QStringLiteral("trailing space "), "begin or end"},
        {QStringLiteral("Password2024!"), "common"},
        {QStringLiteral("P@ssw0rd2024"), "common"},
        {QStringLiteral("iloveyou123"), "common"},
        {QStringLiteral("Sunshine!!!"), "common"},
        {QStringLiteral("2024football"), "common"},
        {QStringLiteral("I love you 2"), "common"},
        {QStringLiteral("Amina-rocks-2024"), "user name"},
        {QStringLiteral("123456789"), "at least 10"},
        {QString(257, u'x'), "at most 256"},
    };
    for (const Row &row : rows) {
        INFO(row.password.toStdString());
        const QString message = refusal(row.password);
        CHECK(message.contains(QLatin1String(row.why)));
    }
}

TEST_CASE("good passphrases are accepted, up to 256 characters counted as a person counts them", "[accounts][security]")
{
    CHECK(refusal(QStringLiteral("correct horse battery")).isEmpty());
    CHECK(refusal(QStringLiteral("quiet river 7 lanterns")).isEmpty());
    CHECK(refusal(QStringLiteral("شاي بالنعناع في الحديقة")).isEmpty());
    CHECK(refusal(QStringLiteral("1357924680")).isEmpty()); // digits, but no run and varied enough

    // 256 code points, some outside the BMP (two UTF-16 units each): the limit is on characters.
    QString longest;
    const QString phrase = QStringLiteral("tea 🍵 in the garden, ");
    while (longest.toUcs4().size() < 256)
        longest += phrase;
    longest = QString::fromUcs4(reinterpret_cast<const char32_t *>(longest.toUcs4().constData()), 256).trimmed();
    while (longest.toUcs4().size() < 256)
        longest += u'z';
    REQUIRE(longest.toUcs4().size() == 256);
    CHECK(longest.size() > 256);
    CHECK(refusal(longest).isEmpty());
    CHECK(refusal(longest + u'z').contains(QLatin1String("at most 256")));
}
