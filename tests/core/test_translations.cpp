#include "advocacy/advocacyday.h"
#include "i18n/translations.h"
#include "support/catchqt.h"

#include <catch2/catch.hpp>

using namespace majlis;

TEST_CASE("switching the language back to English leaves no Arabic behind", "[i18n]")
{
    installTranslations(QStringLiteral("ar"));
    const QString arabic = roleName(AttendeeRole::TeamLead);
    installTranslations(QStringLiteral("en"));
    const QString english = roleName(AttendeeRole::TeamLead);
    CHECK(arabic != QStringLiteral("Team lead")); // Arabic was really in use
    CHECK(english == QStringLiteral("Team lead"));
    CHECK(availableLanguages().contains(QStringLiteral("ar")));
}
