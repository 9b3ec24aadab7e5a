#include "clirunner.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace majlis::test {

std::unique_ptr<QProcess> startCli(const QTemporaryDir &dir, QStringList arguments, const QString &database, const QString &crashAt)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("MAJLIS_CRASH_AT"));
    if (!crashAt.isEmpty())
        env.insert(QStringLiteral("MAJLIS_CRASH_AT"), crashAt);
    process->setProcessEnvironment(env);
    arguments.prepend(database.isEmpty() ? dir.filePath(QStringLiteral("ws.majlis")) : database);
    arguments.prepend(QStringLiteral("--database"));
    process->start(QStringLiteral(MAJLIS_CLI_PATH), arguments);
    REQUIRE(process->waitForStarted(10000));
    return process;
}

Run cli(const QTemporaryDir &dir, QStringList arguments, const QString &database, const QString &crashAt)
{
    auto process = startCli(dir, std::move(arguments), database, crashAt);
    REQUIRE(process->waitForFinished(30000));
    return {process->exitStatus() == QProcess::CrashExit ? kCrashed : process->exitCode(), QString::fromUtf8(process->readAllStandardOutput()),
            QString::fromUtf8(process->readAllStandardError())};
}

} // namespace majlis::test
