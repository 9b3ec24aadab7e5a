#pragma once

#include "common/result.h"
#include "i18n/datetext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace majlis {
class Database;
}

namespace majlis::cli {

// Exit codes: scripts can tell a mistake in the command line from a refusal by the data.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// What every command gets: the opened workspace, the output mode, its own arguments.
struct Context
{
    Q_DECLARE_TR_FUNCTIONS(majlis::cli::Context)

public:
    QString databasePath;
    bool json = false;
    QStringList arguments; // the command's own arguments, program name first

    Result<std::unique_ptr<Database>> openDatabase() const;
    // Prints a JSON value, or the text lines, to stdout.
    void print(const QJsonValue &json, const QStringList &text) const;
};

// Parses a command's own arguments (adding --help). Returns an exit code when the command
// should stop here: a usage error, or the help was printed.
std::optional<int> parseArguments(QCommandLineParser &parser, const Context &context);

// --hijri, for every verb that prints a date: the Hijri date beside the Gregorian one.
QCommandLineOption hijriOption();
DateDisplay dateDisplay(const QCommandLineParser &parser);

int fail(const Error &error);
// Writes a whole file or nothing: a failure leaves what was there.
Status writeFile(const QString &path, const QByteArray &data);
int usage(const QString &message);

int runInit(const Context &context);
int runContacts(const QString &verb, const Context &context);
int runChapters(const QString &verb, const Context &context);
int runDemo(const Context &context);
int runLegislators(const QString &verb, const Context &context);
int runBodies(const QString &verb, const Context &context);
int runDay(const QString &verb, const Context &context);
int runPartners(const QString &verb, const Context &context);
int runEvents(const QString &verb, const Context &context);
int runImport(const QString &verb, const Context &context);
int runExport(const QString &verb, const Context &context);
int runSync(const Context &context);
int runDistricts(const QString &verb, const Context &context);
// Phone banks, door lists and get-out-the-vote drives: "campaigns ..." and "gotv ...".
int runCampaigns(const QString &verb, const Context &context);
int runGotv(const QString &verb, const Context &context);
// "contacts districts": a contact's districts, filling them from postcodes, choosing among them.
int runContactDistricts(const Context &context);

} // namespace majlis::cli
