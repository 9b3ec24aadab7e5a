// One main for every test executable: a Qt application object first, so Qt's event loop,
// translations and (for widget tests) the offscreen platform are there before any test runs.

#include "i18n/translations.h"

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef MAJLIS_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
#ifdef MAJLIS_TEST_WIDGETS
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // Tests must never touch a real user's settings or workspace.
    qputenv("XDG_CONFIG_HOME", QByteArray("/nonexistent-majlis-test-config"));
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("MajlisTests"));
    TestApplication::setApplicationName(QStringLiteral("majlis-tests"));
    // What an English-speaking user sees, whatever the machine's locale.
    majlis::installTranslations(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
