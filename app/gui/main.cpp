// majlis: the desktop app. Parses its arguments and opens the window; everything else lives in
// ui/ and core/.

#include "demo/demodata.h"
#include "i18n/translations.h"
#include "shell/mainwindow.h"
#include "shell/preferencesdialog.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace majlis;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Majlis"));
    QApplication::setApplicationName(QStringLiteral("majlis"));
    QApplication::setApplicationDisplayName(QStringLiteral("Majlis"));
    QApplication::setApplicationVersion(QStringLiteral(MAJLIS_VERSION));

    const QStringList arguments = app.arguments();
    const qsizetype langAt = arguments.indexOf(QStringLiteral("--lang"));
    // --lang for this run, else the language chosen in Preferences, else the system's.
    const QLocale locale = installTranslations(langAt > 0 && langAt + 1 < arguments.size() ? arguments.at(langAt + 1)
                                                                                          : majlis::PreferencesDialog::language());
    QApplication::setLayoutDirection(locale.textDirection());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Offline-first organizer for civic and advocacy organizations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("main", "Open this workspace file (default: %1).")
                                          .arg(QDir::toNativeSeparators(Database::defaultPath())),
                                      QApplication::translate("main", "path"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open a fictional demo workspace, creating it if needed."));
    const QCommandLineOption lang(QStringLiteral("lang"), QApplication::translate("main", "Language, such as ar or en."),
                                  QApplication::translate("main", "code"));
    parser.addOptions({database, demo, lang});
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(demo)) {
        const QString path = parser.isSet(database)
            ? parser.value(database)
            : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo.majlis"));
        if (QFileInfo::exists(path))
            window.openWorkspace(path);
        else
            window.createDemoWorkspace(path);
    } else {
        window.openWorkspace(parser.isSet(database) ? parser.value(database) : Database::defaultPath());
    }
    return app.exec();
}
