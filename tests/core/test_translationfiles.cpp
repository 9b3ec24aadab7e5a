#include "support/catchqt.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

const QString kTranslations = QStringLiteral(MAJLIS_SOURCE_DIR "/translations");

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            messages.append({context, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes"});
        } else if (name == u"source" && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (name == u"translation" && !messages.isEmpty() && !messages.last().numerus) {
            messages.last().translations << xml.readElementText();
        } else if (name == u"numerusform" && !messages.isEmpty()) {
            messages.last().translations << xml.readElementText();
        }
    }
    INFO(path.toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QSet<QString> keys(const QList<Message> &messages)
{
    QSet<QString> set;
    for (const Message &m : messages)
        set.insert(m.context + u'\x1f' + m.source);
    return set;
}

QStringList placeholders(const QString &text, bool withN)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n|L\\d)"));
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QString p = it.next().captured();
        if (withN || p != u"%n")
            found << p;
    }
    found.sort();
    return found;
}

QStringList tsFiles()
{
    QStringList files;
    for (const QString &name : QDir(kTranslations).entryList({QStringLiteral("majlis_*.ts")}, QDir::Files, QDir::Name))
        files << QDir(kTranslations).filePath(name);
    return files;
}

} // namespace

TEST_CASE("every translation file holds every string of the sources", "[i18n][ts]")
{
    const QString lupdate = QStringLiteral(MAJLIS_LUPDATE);
    if (!QFile::exists(lupdate)) {
        WARN("lupdate is not installed; the translation files are not checked against the sources");
        return;
    }
    // lupdate over the same sources as the update_translations target, into a scratch file.
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QStringList sources;
    for (const char *folder : {"core", "ui", "app"}) {
        QDirIterator it(QStringLiteral(MAJLIS_SOURCE_DIR "/") + QLatin1String(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            sources << it.next();
    }
    QFile list(dir.filePath(QStringLiteral("sources.lst")));
    REQUIRE(list.open(QIODevice::WriteOnly));
    list.write(sources.join(u'\n').toUtf8());
    list.close();
    QProcess process;
    process.start(lupdate, {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                            QStringLiteral(MAJLIS_SOURCE_DIR "/core"), QStringLiteral("-I"), QStringLiteral(MAJLIS_SOURCE_DIR "/ui"),
                            QStringLiteral("@") + list.fileName(), QStringLiteral("-ts"), fresh});
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitCode() == 0);
    const QSet<QString> wanted = keys(readTs(fresh));
    REQUIRE(wanted.size() > 1000);
    for (const QString &file : tsFiles()) {
        const QSet<QString> have = keys(readTs(file));
        QStringList missing;
        for (const QString &key : wanted) {
            if (!have.contains(key))
                missing << key.section(u'\x1f', 0, 0) + QStringLiteral(": ") + key.section(u'\x1f', 1).left(60);
        }
        INFO(file.toStdString() << " misses " << missing.size() << " strings; run the update_translations target. First: "
                                << missing.mid(0, 3).join(QStringLiteral(" | ")).toStdString());
        CHECK(missing.isEmpty());
    }
}

TEST_CASE("translations keep the placeholders of their source", "[i18n][ts]")
{
    const QStringList files = tsFiles();
    REQUIRE(files.size() >= 9);
    for (const QString &file : files) {
        int checked = 0;
        for (const Message &m : readTs(file)) {
            for (const QString &translation : m.translations) {
                if (translation.isEmpty())
                    continue; // not translated yet: the English source is shown
                ++checked;
                // A plural form may say "one contact" without the number; every other argument stays.
                INFO(file.toStdString() << " [" << m.context.toStdString() << "] " << m.source.toStdString() << " -> "
                                        << translation.toStdString());
                CHECK(placeholders(translation, !m.numerus) == placeholders(m.source, !m.numerus));
            }
        }
        if (file.endsWith(QStringLiteral("_ar.ts"))) // the complete one: the check must have looked at something
            CHECK(checked > 100);
    }
}
