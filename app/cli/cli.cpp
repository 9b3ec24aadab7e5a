#include "cli.h"

#include "contacts/searchrefresh.h"
#include "io/savefile.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace majlis::cli {

Result<std::unique_ptr<Database>> Context::openDatabase() const
{
    auto opened = Database::open(databasePath);
    if (!opened)
        return opened;
    // A workspace made by an older Majlis is searched with today's folding from its first use.
    if (auto s = searchrefresh::upgradeFolding(**opened); !s)
        return s.error();
    return opened;
}

QCommandLineOption hijriOption()
{
    return {QStringLiteral("hijri"), Context::tr("Also print the Hijri date (Islamic civil calendar).")};
}

DateDisplay dateDisplay(const QCommandLineParser &parser)
{
    return {parser.isSet(QStringLiteral("hijri")), QLocale()};
}

void Context::print(const QJsonValue &value, const QStringList &text) const
{
    QTextStream out(stdout);
    if (json) {
        const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        out << document.toJson(QJsonDocument::Indented);
    } else {
        for (const QString &line : text)
            out << line << '\n';
    }
}

std::optional<int> parseArguments(QCommandLineParser &parser, const Context &context)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(context.arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return Ok;
    }
    return std::nullopt;
}

int fail(const Error &error)
{
    QTextStream(stderr) << QCoreApplication::translate("majlis-cli", "majlis-cli: error: %1").arg(error.message) << '\n';
    return Failed;
}

int usage(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::translate("majlis-cli", "majlis-cli: %1").arg(message) << '\n'
                        << QCoreApplication::translate("majlis-cli", "Run \"majlis-cli --help\" for the commands.") << '\n';
    return Usage;
}

int runInit(const Context &context)
{
    auto database = context.openDatabase();
    if (!database)
        return fail(database.error());
    const QString path = QDir::toNativeSeparators((*database)->path());
    context.print(QJsonObject{{QStringLiteral("database"), path},
                              {QStringLiteral("schemaVersion"), (*database)->schemaVersion()}},
                  {Context::tr("Workspace ready at %1 (format %2).").arg(path).arg((*database)->schemaVersion())});
    return Ok;
}

Status writeFile(const QString &path, const QByteArray &data)
{
    return saveFile(path, data);
}

} // namespace majlis::cli
