#include "i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace majlis {

QLocale installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    // A language chosen before goes first: the English file holds only plural forms, so an
    // Arabic translator left installed would still answer every other string.
    static QList<QPointer<QTranslator>> installed;
    for (const QPointer<QTranslator> &translator : std::as_const(installed)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed.clear();

    // Owned by the application object so they live as long as it does.
    auto *app = QCoreApplication::instance();
    auto *ours = new QTranslator(app);
    // English is the fallback: it carries the plural forms of the source strings ("1 contact").
    if (ours->load(locale, QStringLiteral("majlis"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/majlis_en.qm"))) {
        QCoreApplication::installTranslator(ours);
        installed.append(ours);
    } else
        delete ours;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed.append(qt);
    } else
        delete qt;
    return locale;
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("majlis_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(7, file.size() - 10));
    return languages;
}

} // namespace majlis
