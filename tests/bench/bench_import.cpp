// Import and export at scale.
//   - Imports a generated CSV of 100,000 contacts with validation, search indexing and duplicate
//     matching, and compares it with the sqlite3 shell's .import of the same file into a plain
//     table (target: within 3x).
//   - Exports 100,000 contacts as vCard (target: under 2 s).
//
//   bench_import [--contacts N]

#include "contacts/chapter.h"
#include "contacts/contactexport.h"
#include "contacts/contactimport.h"
#include "contacts/contactrepository.h"
#include "demo/demodata.h"
#include "io/csv.h"
#include "io/textdecoding.h"
#include "io/vcard.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace majlis;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("contacts"), QStringLiteral("Rows to import."), QStringLiteral("n"),
                                         QStringLiteral("100000"));
    const QCommandLineOption workspaceOption(QStringLiteral("export-from"),
                                             QStringLiteral("Skip the import; time the vCard export of this workspace."),
                                             QStringLiteral("path"));
    parser.addOptions({countOption, workspaceOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    if (parser.isSet(workspaceOption)) {
        auto existing = Database::open(parser.value(workspaceOption));
        if (!existing) {
            out << existing.error().message << '\n';
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        auto all = ContactRepository(**existing).getMany();
        const qint64 loaded = timer.elapsed();
        const QByteArray cards = VCard::write(all.value(), VCard::Version::V4);
        const qint64 written = timer.elapsed();
        out << QStringLiteral("vCard export: %1 contacts in %2 s (read %3 s, write %4 s), %5 MiB (target under 2 s)\n")
                   .arg(all->size())
                   .arg(written / 1000.0, 0, 'f', 2)
                   .arg(loaded / 1000.0, 0, 'f', 2)
                   .arg((written - loaded) / 1000.0, 0, 'f', 2)
                   .arg(cards.size() / (1024 * 1024));
        return 0;
    }

    QTemporaryDir dir;
    const QByteArray csv = ContactExport::csv(DemoData::contacts(count, 42, {}));
    const QString csvPath = dir.filePath(QStringLiteral("contacts.csv"));
    {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(csv);
    }
    out << "file: " << count << " rows, " << csv.size() / (1024 * 1024) << " MiB\n";

    auto db = Database::open(dir.filePath(QStringLiteral("import.majlis")));
    if (!db) {
        out << db.error().message << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const DecodedText decoded = decodeText(csv);
    auto table = CsvTable::parse(decoded.text, detectDelimiter(decoded.text), true);
    const qint64 parsed = timer.elapsed();
    ContactImport::Options options;
    options.mapping = guessContactFields(table->header());
    options.onDuplicate = DuplicateAction::Create;
    auto plan = ContactImport::plan(**db, table.value(), options);
    const qint64 planned = timer.elapsed();
    auto result = ContactImport::run(**db, plan.value());
    const qint64 imported = timer.elapsed();
    if (!result) {
        out << result.error().message << '\n';
        return 1;
    }
    out << QStringLiteral("import: %1 created in %2 s (parse %3 s, validate and match %4 s, write and index %5 s): %6 rows/s\n")
               .arg(result->created)
               .arg(imported / 1000.0, 0, 'f', 2)
               .arg(parsed / 1000.0, 0, 'f', 2)
               .arg((planned - parsed) / 1000.0, 0, 'f', 2)
               .arg((imported - planned) / 1000.0, 0, 'f', 2)
               .arg(count * 1000.0 / std::max<qint64>(1, imported), 0, 'f', 0);

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        QProcess shell;
        timer.restart();
        shell.start(sqlite3, {dir.filePath(QStringLiteral("plain.db")), QStringLiteral(".mode csv"),
                              QStringLiteral(".import %1 contacts").arg(csvPath)});
        shell.waitForFinished(600000);
        const qint64 plain = timer.elapsed();
        out << QStringLiteral("sqlite3 .import into a plain table: %1 s; Majlis takes %2x as long (target 3x)\n")
                   .arg(plain / 1000.0, 0, 'f', 2)
                   .arg(double(imported) / std::max<qint64>(1, plain), 0, 'f', 1);
    }

    timer.restart();
    auto all = ContactRepository(**db).getMany();
    const qint64 loaded = timer.elapsed();
    const QByteArray cards = VCard::write(all.value(), VCard::Version::V4);
    const qint64 written = timer.elapsed();
    out << QStringLiteral("vCard export: %1 contacts in %2 s (read %3 s, write %4 s), %5 MiB (target under 2 s)\n")
               .arg(all->size())
               .arg(written / 1000.0, 0, 'f', 2)
               .arg(loaded / 1000.0, 0, 'f', 2)
               .arg((written - loaded) / 1000.0, 0, 'f', 2)
               .arg(cards.size() / (1024 * 1024));
    return 0;
}
