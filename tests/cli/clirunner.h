#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace majlis::test {

// Run::exitCode of a program that died of a signal rather than exiting.
constexpr int kCrashed = -2;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// Runs the real majlis-cli on a workspace in `dir`, with a home of its own. With `crashAt`, it dies
// at that named crash point (core/common/crashpoint.h) as if killed.
Run cli(const QTemporaryDir &dir, QStringList arguments, const QString &database = {}, const QString &crashAt = {});
// The same, left running: to be killed in the middle of its work.
std::unique_ptr<QProcess> startCli(const QTemporaryDir &dir, QStringList arguments, const QString &database = {},
                                   const QString &crashAt = {});

} // namespace majlis::test
